/** The controller: name, KvK, address and contact details. */
import { useStudio } from '../studio-context.js';
import { commaList, TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/** The "your organisation" section. */
export function OrganisationSection() {
  const { t } = useStudio();
  const o = (...rest: string[]) => ['organisation', ...rest];
  return (
    <Section name="organisation" paths={['organisation', 'organisation.address']}>
      <TextField path={o('legalName')} label={t('field.legalName')} autocomplete="organization" />
      <TextField path={o('tradeNames')} label={t('field.tradeNames')} {...commaList} />
      <TextField path={o('kvk')} label={t('field.kvk')} />
      <div class="row">
        <TextField path={o('address', 'street')} label={t('field.street')} autocomplete="street-address" />
        <TextField path={o('address', 'postalCode')} label={t('field.postalCode')} autocomplete="postal-code" />
        <TextField path={o('address', 'city')} label={t('field.city')} autocomplete="address-level2" />
      </div>
      <div class="row">
        <TextField path={o('email')} label={t('field.email')} type="email" autocomplete="email" />
        <TextField path={o('phone')} label={t('field.phone')} type="tel" autocomplete="tel" />
        <TextField path={o('website')} label={t('field.website')} type="url" autocomplete="url" />
      </div>
      <h3>{t('field.privacyContact')}</h3>
      <TextLangField path={o('privacyContact', 'name')} label={t('field.contactName')} />
      <TextField path={o('privacyContact', 'email')} label={t('field.contactEmail')} type="email" />
    </Section>
  );
}
