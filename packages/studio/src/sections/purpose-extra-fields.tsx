/**
 * The less common parts of a purpose: a decision taken by a computer alone (Art. 22), the
 * version that introduced the purpose, and the facts that go only into the register (Art. 30).
 */
import { useState } from 'preact/hooks';
import { fieldDomId } from '../field-path.js';
import { DECISION_BASES } from '../generator.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';
import { SelectField } from '../ui/select-field.js';
import { commaList, TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';

/**
 * `purposes[i].automatedDecision`. Ticking the box stores an empty decision, so the validator
 * asks for the three answers the law needs. The questions stay open while the marketer clears
 * and retypes an answer (the store drops an object left empty), remembered per purpose id
 * because list items are rendered by position.
 */
export function AutomatedDecisionFields({ i }: { i: number }) {
  const { t, d, set } = useStudio();
  const purpose = d.purposes?.[i];
  const stored = purpose?.automatedDecision;
  const [openFor, setOpenFor] = useState<string | undefined>(undefined);
  const shown = stored !== undefined || (openFor !== undefined && openFor === purpose?.id);
  const at = (...rest: string[]) => ['purposes', i, 'automatedDecision', ...rest];
  const id = fieldDomId(at());
  const keepOpen = () => setOpenFor(purpose?.id);
  return (
    <div class="field" id={id}>
      <div class="check">
        <input
          type="checkbox"
          id={`${id}-on`}
          checked={shown}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            setOpenFor(on ? purpose?.id : undefined);
            set(at(), on ? (stored ?? {}) : undefined);
          }}
        />
        <label for={`${id}-on`}>{t('field.automated')}</label>
      </div>
      <FieldFindings path={`purposes[${i}].automatedDecision`} />
      {shown ? (
        <fieldset class="group" onFocusIn={keepOpen}>
          <legend>{t('field.automatedDetails')}</legend>
          <TextLangField path={at('logic')} label={t('field.automatedLogic')} multiline />
          <TextLangField path={at('significance')} label={t('field.automatedSignificance')} multiline />
          <TextLangField path={at('consequences')} label={t('field.automatedConsequences')} multiline />
          <SelectField
            path={at('basis')}
            label={t('field.automatedBasis')}
            empty={t('choose')}
            options={DECISION_BASES.map((b) => ({ value: b, label: t(`decisionBasis.${b}`) }))}
          />
        </fieldset>
      ) : null}
    </div>
  );
}

/** `purposes[i].addedIn` (checked against the changelog) and `purposes[i].internal` (register only, never in the statement). */
export function PurposeRegisterFields({ i }: { i: number }) {
  const { t } = useStudio();
  const at = (...rest: string[]) => ['purposes', i, 'internal', ...rest];
  return (
    <>
      <TextField path={['purposes', i, 'addedIn']} label={t('field.addedIn')} />
      <fieldset class="group" id={fieldDomId(at())}>
        <legend>{t('field.internal')}</legend>
        <p class="hint">{t('field.internalHint')}</p>
        <FieldFindings path={`purposes[${i}].internal`} />
        <TextField path={at('owner')} label={t('field.owner')} />
        <div class="row">
          <TextField path={at('systems')} label={t('field.systems')} {...commaList} />
          <TextField path={at('access')} label={t('field.access')} {...commaList} />
        </div>
        <div class="row">
          <TextField path={at('dpia')} label={t('field.dpia')} />
          <TextField path={at('lia')} label={t('field.lia')} />
        </div>
      </fieldset>
    </>
  );
}
