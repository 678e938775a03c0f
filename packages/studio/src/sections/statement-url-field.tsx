/** The address of the privacy statement, which the banner's consent.json links to (see statement-url.ts). */
import { fieldDomId } from '../field-path.js';
import { publishedLangs } from '../generator.js';
import { STATEMENT_URL_PATH } from '../statement-url.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from '../ui/field-findings.js';

/** One input per language the statement is published in; one plain input when it is published in one. */
export function StatementUrlField() {
  const { t, d, statementUrl, setStatementUrl } = useStudio();
  const id = fieldDomId(STATEMENT_URL_PATH);
  const { hasFindings, invalid } = useFieldState(STATEMENT_URL_PATH);
  const langs = publishedLangs(d);
  return (
    <fieldset class="field text-lang" id={id} aria-describedby={hasFindings ? findingsId(STATEMENT_URL_PATH) : undefined}>
      <legend>{t('field.statementUrl')}</legend>
      <p class="hint">{t('field.statementUrlHint')}</p>
      <div class="lang-pair">
        {langs.map((l) => (
          <div>
            <label for={`${id}-${l}`}>{t(`lang.${l}`)}</label>
            <input
              type="text"
              inputMode="url"
              id={`${id}-${l}`}
              value={statementUrl[l] ?? ''}
              aria-invalid={invalid ? 'true' : undefined}
              onInput={(e) => setStatementUrl({ ...statementUrl, [l]: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        ))}
      </div>
      <FieldFindings path={STATEMENT_URL_PATH} />
    </fieldset>
  );
}
