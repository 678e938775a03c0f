/** The controller: name, legal form, what it does, KvK and VAT numbers, address, contact details, EU representative and the register. */
import { countryName, countryStatus } from '../countries.js';
import { fieldDomId } from '../field-path.js';
import type { Path } from '../set-in.js';
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { countryOptions } from '../ui/country-select.js';
import { FieldFindings } from '../ui/field-findings.js';
import { SelectField, type SelectOption } from '../ui/select-field.js';
import { commaList, TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/** Street, postcode, city and country of an address at `at`. */
function AddressFields({ at, countries, own }: { at: Path; countries: readonly SelectOption[]; own?: boolean }) {
  const { t, lang } = useStudio();
  // Browser autofill only for the business's own address, not for the representative's.
  const auto = (hint: string) => (own ? hint : 'off');
  return (
    <>
      <div class="row">
        <TextField path={[...at, 'street']} label={t('field.street')} autocomplete={auto('street-address')} />
        <TextField path={[...at, 'postalCode']} label={t('field.postalCode')} autocomplete={auto('postal-code')} />
        <TextField path={[...at, 'city']} label={t('field.city')} autocomplete={auto('address-level2')} />
      </div>
      <SelectField path={[...at, 'country']} label={t('field.country')} empty={`${countryName('NL', lang)} (NL)`} options={countries} />
    </>
  );
}

/**
 * The EU representative (Art. 27). Only a controller established outside the EEA needs one, so
 * the fields appear for such an address, or when the file already names a representative.
 */
function RepresentativeFields({ countries }: { countries: readonly SelectOption[] }) {
  const { t, d } = useStudio();
  const country = d.organisation?.address?.country ?? 'NL';
  if (countryStatus(country) === 'eea' && !d.organisation?.representative) return null;
  const r = (...rest: string[]) => ['organisation', 'representative', ...rest];
  return (
    <fieldset class="group" id="f-organisation-representative">
      <legend>{t('field.representative')}</legend>
      <p class="hint">{t('field.representativeHint')}</p>
      <FieldFindings path="organisation.representative" />
      <TextLangField path={r('name')} label={t('field.contactName')} />
      <div class="row">
        <TextField path={r('email')} label={t('field.email')} type="email" />
        <TextField path={r('phone')} label={t('field.phone')} type="tel" />
        <TextField path={r('url')} label={t('field.website')} type="url" />
      </div>
      <div id={fieldDomId('organisation.representative.address')} tabIndex={-1} class="anchor">
        <FieldFindings path="organisation.representative.address" />
      </div>
      <AddressFields at={r('address')} countries={countries} />
    </fieldset>
  );
}

/** The "your organisation" section. */
export function OrganisationSection() {
  const { t, lang } = useStudio();
  const o = (...rest: string[]) => ['organisation', ...rest];
  const countries = countryOptions(t, lang);
  return (
    <Section name="organisation" paths={['organisation', 'organisation.address']}>
      <TextField path={o('legalName')} label={t('field.legalName')} autocomplete="organization" />
      <TextLangField path={o('legalForm')} label={t('field.legalForm')} />
      <TextField path={o('tradeNames')} label={t('field.tradeNames')} {...commaList} />
      <TextLangField path={o('description')} label={t('field.orgDescription')} multiline />
      <div class="row">
        <TextField path={o('kvk')} label={t('field.kvk')} />
        <TextField path={o('vatNumber')} label={t('field.vatNumber')} />
      </div>
      <AddressFields at={o('address')} countries={countries} own />
      <div class="row">
        <TextField path={o('email')} label={t('field.email')} type="email" autocomplete="email" />
        <TextField path={o('phone')} label={t('field.phone')} type="tel" autocomplete="tel" />
        <TextField path={o('website')} label={t('field.website')} type="url" autocomplete="url" />
      </div>
      <h3>{t('field.privacyContact')}</h3>
      <TextLangField path={o('privacyContact', 'name')} label={t('field.contactName')} />
      <div class="row">
        <TextField path={o('privacyContact', 'email')} label={t('field.contactEmail')} type="email" />
        <TextField path={o('privacyContact', 'phone')} label={t('field.phone')} type="tel" />
        <TextField path={o('privacyContact', 'url')} label={t('field.contactUrl')} type="url" />
      </div>
      <RepresentativeFields countries={countries} />
      <h3>{t('field.register')}</h3>
      <TextField path={o('employees')} label={t('field.employees')} type="number" />
      <CheckField path={o('registerExempt')} label={t('field.registerExempt')} />
    </Section>
  );
}
