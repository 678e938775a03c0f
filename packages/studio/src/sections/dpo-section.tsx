/** Data protection officer (FG): none, not appointed with a reason, or appointed. */
import type { Dpo } from '@akkoord/privacy-statement';
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { FieldFindings } from '../ui/field-findings.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

type Choice = 'none' | 'not' | 'yes';

const choiceOf = (dpo: Dpo | undefined): Choice | undefined =>
  dpo === undefined ? undefined : dpo === 'none' ? 'none' : typeof dpo === 'object' && dpo.appointed ? 'yes' : 'not';

/** The DPO section: a radio group, then the fields the choice needs. */
export function DpoSection() {
  const { t, d, set } = useStudio();
  const choice = choiceOf(d.dpo);
  const pick = (c: Choice) => set(['dpo'], c === 'none' ? 'none' : c === 'not' ? { appointed: false } : { appointed: true });
  const options: [Choice, string][] = [
    ['none', t('field.dpoNone')],
    ['not', t('field.dpoNot')],
    ['yes', t('field.dpoYes')],
  ];
  return (
    <Section name="dpo">
      <fieldset class="field radios" id="f-dpo">
        <legend>{t('field.dpoChoice')}</legend>
        {options.map(([value, label]) => (
          <div class="check">
            <input type="radio" name="dpo" id={`f-dpo-${value}`} checked={choice === value} onChange={() => pick(value)} />
            <label for={`f-dpo-${value}`}>{label}</label>
          </div>
        ))}
        <FieldFindings path="dpo" />
      </fieldset>
      {choice === 'not' ? <TextLangField path={['dpo', 'reason']} label={t('field.dpoReason')} multiline /> : null}
      {choice === 'yes' ? (
        <>
          <TextLangField path={['dpo', 'name']} label={t('field.dpoName')} />
          <div class="row">
            <TextField path={['dpo', 'email']} label={t('field.email')} type="email" />
            <TextField path={['dpo', 'phone']} label={t('field.phone')} type="tel" />
          </div>
          <CheckField path={['dpo', 'mandatory']} label={t('field.dpoMandatory')} />
          <CheckField path={['dpo', 'notifiedToAP']} label={t('field.dpoNotified')} />
        </>
      ) : null}
    </Section>
  );
}
