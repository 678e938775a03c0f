/** Children, data breaches and the complaint authority. */
import type { ComplaintAuthority } from '@akkoord/privacy-statement';
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { FieldFindings } from '../ui/field-findings.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/** The complaint authority: the Dutch AP (the default, written as absent) or another one. */
function ComplaintField() {
  const { t, d, set } = useStudio();
  const ca: ComplaintAuthority | undefined = d.complaintAuthority;
  // An object without a name or address is the AP with options (`{ contactUsFirst: true }`).
  const other = typeof ca === 'object' && (ca.name !== undefined || ca.url !== undefined || ca.address !== undefined);
  const first = typeof ca === 'object' && ca.contactUsFirst !== undefined ? { contactUsFirst: ca.contactUsFirst } : {};
  // `none` is kept when a file has it (the validator flags it); the form never offers it.
  const choice = ca === 'none' ? 'none' : other ? 'other' : 'ap';
  return (
    <>
      <fieldset class="field radios" id="f-complaintAuthority">
        <legend>{t('field.complaint')}</legend>
        {(['ap', 'other'] as const).map((v) => (
          <div class="check">
            <input
              type="radio"
              name="complaint"
              id={`f-complaintAuthority-${v}`}
              checked={choice === v}
              onChange={() =>
                set(['complaintAuthority'], v === 'other' ? { ...first, name: '', url: '' } : Object.keys(first).length ? first : undefined)
              }
            />
            <label for={`f-complaintAuthority-${v}`}>{t(`complaint.${v}`)}</label>
          </div>
        ))}
        <FieldFindings path="complaintAuthority" />
      </fieldset>
      {other ? (
        <>
          <div class="row">
            <TextField path={['complaintAuthority', 'name']} label={t('field.authorityName')} />
            <TextField path={['complaintAuthority', 'url']} label={t('field.authorityUrl')} type="url" />
          </div>
          <TextField path={['complaintAuthority', 'address']} label={t('field.authorityAddress')} />
        </>
      ) : null}
      {/* Ticking it writes `{ contactUsFirst: true }`, which still means the AP when no other authority is named. */}
      {choice !== 'none' ? (
        <CheckField path={['complaintAuthority', 'contactUsFirst']} label={t('field.contactUsFirst')} clearWhenOff />
      ) : null}
    </>
  );
}

/** The "children, data breaches and complaints" section. */
export function MoreSection() {
  const { t, d } = useStudio();
  return (
    <Section name="more" paths={['children', 'breach']}>
      <CheckField path={['children', 'targeted']} label={t('field.childrenTargeted')} />
      {/* Also shown when the file has these answers without `targeted`: the age rule (V26) still reads them. */}
      {d.children?.targeted || Object.keys(d.children ?? {}).some((k) => k !== 'targeted') ? (
        <>
          <TextField path={['children', 'minAge']} label={t('field.minAge')} type="number" />
          <TextLangField path={['children', 'parentalConsent']} label={t('field.parentalConsent')} multiline />
          <CheckField path={['children', 'childFriendlyLanguage']} label={t('field.childFriendly')} />
        </>
      ) : null}
      <TextLangField path={['breach', 'procedure']} label={t('field.breachProcedure')} multiline />
      <TextField path={['breach', 'notifyAuthorityWithinHours']} label={t('field.breachHours')} type="number" />
      {/* Only a processor tells its clients (Art. 33(2)); also shown when a file has the answer. */}
      {d.roles?.processorFor?.length || d.breach?.notifyClientsWithinHours !== undefined ? (
        <TextField path={['breach', 'notifyClientsWithinHours']} label={t('field.notifyClientsHours')} type="number" />
      ) : null}
      <ComplaintField />
    </Section>
  );
}
