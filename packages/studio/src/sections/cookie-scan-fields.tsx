/** The last scan of the live site (compared with the declared cookies), the cookie-settings link and the statement's address for the banner. */
import { fieldDomId } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';
import { lineList, TextField } from '../ui/text-field.js';
import { StatementUrlField } from './statement-url-field.js';

/**
 * `cookieScan` and `links.cookieSettings`. The scan is what a scanner (or the browser's developer
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
      <StatementUrlField />
    </>
  );
}
