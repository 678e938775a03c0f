/** The last scan of the live site (compared with the declared cookies), the cookie-settings link and the statement's address for the banner. */
import { fieldDomId } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';
import { lineList, TextField } from '../ui/text-field.js';

/**
 * `cookieScan`, `links.cookieSettings` and `links.privacyStatement` (the banner links to the
 * statement there; consent.json gets it as `privacyStatementUrl`). The scan is what a scanner (or the browser's developer
 * tools) found on the live site: the validator warns about every name found but not declared and
 * every declared cookie the scan did not find, so the cookie list stays true.
 */
export function CookieScanFields() {
  const { t } = useStudio();
  return (
    <>
      <fieldset class="group" id={fieldDomId('cookieScan')}>
        <legend>{t('field.cookieScan')}</legend>
        <p class="hint">{t('field.cookieScanHint')}</p>
        <FieldFindings path="cookieScan" />
        <TextField path={['cookieScan', 'date']} label={t('field.scanDate')} type="date" />
        <TextField path={['cookieScan', 'found']} label={t('field.scanFound')} multiline {...lineList} />
      </fieldset>
      <TextField path={['links', 'cookieSettings']} label={t('field.cookieSettingsLink')} />
      <TextField path={['links', 'privacyStatement']} label={t('field.statementUrl')} hint={t('field.statementUrlHint')} />
    </>
  );
}
