/** Whether the processing agreement (verwerkersovereenkomst) is signed, and when. */
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';

/**
 * `recipients[i].processingAgreement` is `true`, `false` or `{ signed, date }`. The form keeps
 * whichever shape the file had and only moves to the object form when a date is typed.
 */
export function AgreementField({ index }: { index: number }) {
  const { t, d, set } = useStudio();
  const path = ['recipients', index, 'processingAgreement'];
  const pa = d.recipients?.[index]?.processingAgreement;
  const signed = pa === true || (typeof pa === 'object' && pa.signed);
  const date = typeof pa === 'object' ? (pa.date ?? '') : '';
  const id = `f-recipients-${index}-processingAgreement`;
  return (
    <div class="field agreement" id={id}>
      <div class="check">
        <input
          type="checkbox"
          id={`${id}-signed`}
          checked={signed}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            set(path, typeof pa === 'object' ? { ...pa, signed: on } : on);
          }}
        />
        <label for={`${id}-signed`}>{t('field.agreement')}</label>
      </div>
      {signed ? (
        <>
          <label for={`${id}-date`}>{t('field.agreementDate')}</label>
          <input
            type="date"
            id={`${id}-date`}
            value={date}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              set(path, v ? { signed: true, date: v } : typeof pa === 'object' ? { signed: true } : true);
            }}
          />
        </>
      ) : null}
      <FieldFindings path={`recipients[${index}].processingAgreement`} />
    </div>
  );
}
