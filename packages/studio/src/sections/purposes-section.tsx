/** Purposes: what each processing is for, its basis, data, recipients and retention; camera surveillance; no automated decisions or profiling. */
import type { Purpose } from '@akkoord/privacy-statement';
import { itemLabel } from '../field-labels.js';
import { ART9_CONDITIONS, PROVISION_REQUIREMENTS, RETENTION_ACTIONS, SOURCE_TYPES } from '../generator.js';
import { recipientName } from '../preset-recipient.js';
import { useStudio } from '../studio-context.js';
import { idOptions, type Referable } from '../id-options.js';
import { CheckField } from '../ui/check-field.js';
import { DurationField } from '../ui/duration-field.js';
import { FieldFindings } from '../ui/field-findings.js';
import { IdChecklist } from '../ui/id-checklist.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { AbsentFields } from './absent-fields.js';
import { CameraFields } from './camera-fields.js';
import { LegalBasisField } from './legal-basis-field.js';
import { AutomatedDecisionFields, PurposeRegisterFields } from './purpose-extra-fields.js';
import { Section } from './section.js';

/** One purpose's fields. */
function PurposeFields({ i }: { i: number }) {
  const { t, d, lang } = useStudio();
  const purpose: Purpose | undefined = d.purposes?.[i];
  const at = (...rest: (string | number)[]) => ['purposes', i, ...rest];
  const cats = (d.dataCategories ?? []).filter((c) => purpose?.dataCategories?.includes(c.id));
  // The follow-ups appear only when the chosen data needs them (Art. 9(2), Art. 10 / UAVG art. 46).
  const special = cats.some((c) => c.special) || purpose?.art9Condition !== undefined;
  const legalGround = cats.some((c) => c.criminal || c.bsn) || purpose?.legalGround !== undefined;
  const ref = (list: readonly Referable[] | undefined) => idOptions(list, lang);
  return (
    <>
      <TextLangField path={at('name')} label={t('field.purposeName')} />
      <TextLangField path={at('description')} label={t('field.description')} multiline />
      <TextField path={at('id')} label={t('field.id')} />
      <IdChecklist path={at('dataSubjects')} label={t('field.purposeSubjects')} options={ref(d.dataSubjects)} />
      <IdChecklist path={at('dataCategories')} label={t('field.purposeCategories')} options={ref(d.dataCategories)} />
      {special ? (
        <SelectField
          path={at('art9Condition')}
          label={t('field.art9Condition')}
          empty={t('choose')}
          options={ART9_CONDITIONS.map((c) => ({ value: c, label: t(`art9.${c}`) }))}
        />
      ) : null}
      {legalGround ? <TextLangField path={at('legalGround')} label={t('field.legalGround')} /> : null}
      <LegalBasisField index={i} />
      <SelectField
        path={at('provision', 'requirement')}
        label={t('field.provision')}
        empty={t('choose')}
        options={PROVISION_REQUIREMENTS.map((v) => ({ value: v, label: t(`provisionReq.${v}`) }))}
      />
      {purpose?.provision && purpose.provision.requirement !== 'voluntary' ? (
        <TextLangField path={at('provision', 'consequence')} label={t('field.consequence')} />
      ) : null}
      <h3>{t('field.sources')}</h3>
      <ItemList
        path={at('sources')}
        itemLabel={(n, item) => itemLabel('purposes[].sources', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('field.sources').toLowerCase()}`}
        newItem={() => ({ type: 'third-party' })}
      >
        {(j) => (
          <>
            <SelectField
              path={at('sources', j, 'type')}
              label={t('field.sourceType')}
              options={SOURCE_TYPES.map((v) => ({ value: v, label: t(`sourceType.${v}`) }))}
            />
            {purpose?.sources?.[j]?.type !== 'data-subject' ? (
              <TextLangField path={at('sources', j, 'name')} label={t('field.sourceName')} />
            ) : null}
          </>
        )}
      </ItemList>
      <IdChecklist
        path={at('recipients')}
        label={t('field.purposeRecipients')}
        options={ref(d.recipients?.map((r) => ({ id: r.id, name: recipientName(r, lang) })))}
        noneText={t('field.noRecipients')}
      />
      <fieldset class="group" id={`f-purposes-${i}-retention`}>
        <legend>{t('field.retention')}</legend>
        <FieldFindings path={`purposes[${i}].retention`} />
        <DurationField path={at('retention', 'period')} label={t('field.period')} />
        <TextLangField path={at('retention', 'criterion')} label={t('field.criterion')} />
        <TextLangField path={at('retention', 'start')} label={t('field.retentionStart')} />
        <TextLangField path={at('retention', 'reason')} label={t('field.retentionReason')} />
        <SelectField
          path={at('retention', 'action')}
          label={t('field.retentionAction')}
          defaultValue="delete"
          options={RETENTION_ACTIONS.map((v) => ({ value: v, label: t(`retentionAction.${v}`) }))}
        />
      </fieldset>
      <CheckField path={at('directMarketing')} label={t('field.directMarketing')} />
      {purpose?.directMarketing || purpose?.optOut !== undefined ? <TextLangField path={at('optOut')} label={t('field.optOut')} /> : null}
      <AutomatedDecisionFields i={i} />
      <PurposeRegisterFields i={i} />
    </>
  );
}

/** The "purposes" section. */
export function PurposesSection() {
  const { t, lang } = useStudio();
  return (
    <Section name="purposes">
      <ItemList
        path={['purposes']}
        itemLabel={(n, item) => itemLabel('purposes', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('section.purposes').toLowerCase()}`}
        newItem={(n) => ({ id: `purpose-${n + 1}` })}
      >
        {(i) => <PurposeFields i={i} />}
      </ItemList>
      <h3>{t('field.camera')}</h3>
      <CameraFields />
      <AbsentFields keys={['automatedDecisions', 'profiling']} />
    </Section>
  );
}
