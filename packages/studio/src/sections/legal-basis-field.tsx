/**
 * The legal-basis picker: one radio per Art. 6(1) basis with a plain sentence saying what it
 * means, then exactly the follow-up question the chosen basis needs by law.
 */
import { fieldDomId, formatPath } from '../field-path.js';
import { LEGAL_BASES } from '../generator.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from '../ui/field-findings.js';
import { TextLangField } from '../ui/text-lang-field.js';

/** Radio group for `purposes[i].legalBasis` with its follow-up field. */
export function LegalBasisField({ index }: { index: number }) {
  const { t, d, set } = useStudio();
  const path = ['purposes', index, 'legalBasis'] as const;
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings } = useFieldState(p);
  const purpose = d.purposes?.[index];
  const current = purpose?.legalBasis;
  // Withdrawal is asked for consent, and for explicit consent as the Art. 9(2)(a) exception
  // (rule V12 wants it for both); a value already in the file always keeps its field.
  const askWithdrawal = current === 'consent' || purpose?.art9Condition === 'explicit-consent' || purpose?.consentWithdrawal !== undefined;
  const askInterest = current === 'legitimate-interests' || purpose?.legitimateInterest !== undefined;
  return (
    <>
      <fieldset class="field radios basis" id={id} aria-describedby={hasFindings ? findingsId(p) : undefined}>
        <legend>{t('field.legalBasis')}</legend>
        {/* The schema lists the bases in the order of Art. 6(1), (a) to (f). */}
        {LEGAL_BASES.map((b) => (
          <div class="check">
            <input type="radio" name={`basis-${index}`} id={`${id}-${b}`} checked={current === b} onChange={() => set(path, b)} />
            <label for={`${id}-${b}`}>{t(`basis.${b}`)}</label>
          </div>
        ))}
        <FieldFindings path={p} />
      </fieldset>
      {askInterest ? (
        <TextLangField path={['purposes', index, 'legitimateInterest']} label={t('field.legitimateInterest')} multiline />
      ) : null}
      {askWithdrawal ? (
        <TextLangField path={['purposes', index, 'consentWithdrawal']} label={t('field.consentWithdrawal')} multiline />
      ) : null}
    </>
  );
}
