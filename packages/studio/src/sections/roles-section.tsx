/**
 * The business's roles: controller for its own processing, joint controller with others
 * (Art. 26), and processor for its clients (Art. 28; the register of Art. 30(2)).
 */
import { itemLabel } from '../field-labels.js';
import { fieldDomId } from '../field-path.js';
import { schemaNode } from '../schema-fields.js';
import { useStudio } from '../studio-context.js';
import { idOptions, type Referable } from '../id-options.js';
import { CheckField } from '../ui/check-field.js';
import { FieldFindings } from '../ui/field-findings.js';
import { IdChecklist } from '../ui/id-checklist.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { YesNoField } from '../ui/yes-no-field.js';
import { Section } from './section.js';

/**
 * What happens to client data when the contract ends, in schema order. Read from the schema
 * itself (the enum has no exported constant), so the form offers exactly what the validator accepts.
 */
const END_OF_CONTRACT = (schemaNode('roles.processorFor[].clientControls.endOfContract')?.enum ?? []).map(String);

/** `roles.processorFor[i].clientControls`: portal access, export in a machine-readable format, the end of the contract. */
function ClientControlsFields({ i }: { i: number }) {
  const { t } = useStudio();
  const at = (...rest: string[]) => ['roles', 'processorFor', i, 'clientControls', ...rest];
  return (
    <fieldset class="group" id={fieldDomId(at())}>
      <legend>{t('field.clientControls')}</legend>
      <FieldFindings path={`roles.processorFor[${i}].clientControls`} />
      <TextLangField path={at('portal')} label={t('field.clientPortal')} multiline />
      {/* Yes or no: the statement says either ("clients can / cannot export their data"). */}
      <YesNoField path={at('export')} label={t('field.clientExport')} />
      <SelectField
        path={at('endOfContract')}
        label={t('field.endOfContract')}
        empty={t('choose')}
        options={END_OF_CONTRACT.map((v) => ({ value: v, label: t(`endOfContract.${v}`) }))}
      />
    </fieldset>
  );
}

/** The "your role" section. */
export function RolesSection() {
  const { t, d, lang } = useStudio();
  const ref = (list: readonly Referable[] | undefined) => idOptions(list, lang);
  return (
    <Section name="roles" paths={['roles']}>
      <CheckField path={['roles', 'controller']} label={t('field.controller')} defaultValue />
      <h3>{t('field.jointControllers')}</h3>
      <p class="hint">{t('field.jointControllersHint')}</p>
      <ItemList
        path={['organisation', 'jointControllers']}
        itemLabel={(n, item) => itemLabel('organisation.jointControllers', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('field.jointControllers').toLowerCase()}`}
        newItem={() => ({})}
      >
        {(i) => (
          <>
            <TextField path={['organisation', 'jointControllers', i, 'name']} label={t('field.orgName')} />
            <TextField path={['organisation', 'jointControllers', i, 'contact']} label={t('field.jointContact')} />
            <TextLangField path={['organisation', 'jointControllers', i, 'arrangement']} label={t('field.arrangement')} multiline />
          </>
        )}
      </ItemList>
      <h3>{t('field.processorFor')}</h3>
      <p class="hint">{t('field.processorForHint')}</p>
      <ItemList
        path={['roles', 'processorFor']}
        itemLabel={(n, item) => itemLabel('roles.processorFor', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('field.processorFor').toLowerCase()}`}
        newItem={(n) => ({ id: `service-${n + 1}` })}
      >
        {(i) => {
          const at = (...rest: (string | number)[]) => ['roles', 'processorFor', i, ...rest];
          return (
            <>
              <TextLangField path={at('clients')} label={t('field.clients')} />
              <TextLangField path={at('processing')} label={t('field.processing')} multiline />
              <TextField path={at('id')} label={t('field.id')} />
              <IdChecklist path={at('dataCategories')} label={t('field.purposeCategories')} options={ref(d.dataCategories)} />
              <IdChecklist path={at('subProcessors')} label={t('field.subProcessors')} options={ref(d.recipients)} />
              <TextLangField path={at('security')} label={t('field.activitySecurity')} multiline />
              <TextLangField path={at('agreement')} label={t('field.processorAgreement')} multiline />
              <TextLangField path={at('retention')} label={t('field.processorRetention')} />
              <ClientControlsFields i={i} />
            </>
          );
        }}
      </ItemList>
    </Section>
  );
}
