/** Recipients and processors, with the country picker, the transfer follow-up and the service catalogue. */
import { itemLabel } from '../field-labels.js';
import { countryStatus, needsTransferMechanism, recipientCountries } from '../countries.js';
import { RECIPIENT_ROLES, TRANSFER_FALLBACKS, TRANSFER_MECHANISMS, type Recipient } from '../generator.js';
import { effectiveRecipient, presetFacts } from '../preset-recipient.js';
import { useStudio } from '../studio-context.js';
import { countryOptions } from '../ui/country-select.js';
import { FieldFindings } from '../ui/field-findings.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { AbsentFields } from './absent-fields.js';
import { AgreementField } from './agreement-field.js';
import { CataloguePicker } from './catalogue-picker.js';
import { CountryList } from './country-list.js';
import { PresetField } from './preset-field.js';
import { Section } from './section.js';

/**
 * The transfer follow-up: asked only when a country needs a safeguard (or one is already stated).
 * Judged on the recipient as the statement shows it (`eff`, preset facts included). A safeguard
 * the catalogue gives is shown as a line with a button that copies it into the file: the file's
 * transfer replaces the catalogue's as a whole, so editing one part must start from all of it.
 */
function TransferFields({ i, r, eff }: { i: number; r: Recipient; eff: Recipient }) {
  const { t, set } = useStudio();
  const countries = recipientCountries(eff);
  const needed = needsTransferMechanism(countries);
  const outsideEea = countries.some((c) => countryStatus(c) !== 'eea');
  if (!needed && !eff.transfer) return outsideEea ? <p class="hint transfer-ok">{t('field.transferNotNeeded')}</p> : null;
  const at = (...rest: string[]) => ['recipients', i, 'transfer', ...rest];
  const fromPreset = !r.transfer ? eff.transfer : undefined;
  if (fromPreset)
    return (
      <fieldset class="group transfer" id={`f-recipients-${i}-transfer`}>
        <legend>{t('field.transfer')}</legend>
        <FieldFindings path={`recipients[${i}].transfer`} />
        <p class="hint">
          {t(fromPreset.fallback ? 'catalogue.transferWithFallback' : 'catalogue.transfer', {
            mechanism: t(`mechanism.${fromPreset.mechanism}`),
            fallback: fromPreset.fallback ? t(`mechanism.${fromPreset.fallback}`) : '',
          })}
        </p>
        <button type="button" class="link" onClick={() => set(at(), { ...fromPreset })}>
          {t('catalogue.changeTransfer')}
        </button>
      </fieldset>
    );
  // DPF is only open to US companies; an adequacy decision is not offered where none exists.
  const mechanisms = TRANSFER_MECHANISMS.filter((m) => (m === 'adequacy' ? !needed : m !== 'dpf' || countries.includes('US')));
  const options = mechanisms.map((m) => ({ value: m, label: t(`mechanism.${m}`) }));
  return (
    <fieldset class="group transfer" id={`f-recipients-${i}-transfer`}>
      <legend>{t('field.transfer')}</legend>
      <FieldFindings path={`recipients[${i}].transfer`} />
      {needed ? <p class="hint">{t('field.transferNeeded')}</p> : null}
      <SelectField path={at('mechanism')} label={t('field.mechanism')} empty={t('choose')} options={options} />
      {eff.transfer?.mechanism === 'dpf' ? (
        <div class="row">
          <TextField path={at('dpfCheckedOn')} label={t('field.dpfCheckedOn')} type="date" />
          <SelectField
            path={at('fallback')}
            label={t('field.fallback')}
            empty={t('choose')}
            options={TRANSFER_FALLBACKS.map((m) => ({ value: m, label: t(`mechanism.${m}`) }))}
          />
        </div>
      ) : null}
      <TextLangField path={at('copy')} label={t('field.copy')} />
    </fieldset>
  );
}

/** The "recipients and processors" section. */
export function RecipientsSection() {
  const { t, d, lang } = useStudio();
  const countries = countryOptions(t, lang);
  return (
    <Section name="recipients">
      <ItemList
        path={['recipients']}
        itemLabel={(n, item) => itemLabel('recipients', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('section.recipients').toLowerCase()}`}
        newItem={(n) => ({ id: `recipient-${n + 1}`, role: 'processor' })}
      >
        {(i) => {
          const r = d.recipients?.[i] as Recipient;
          // What applies: the file's fields over the preset's. Empty fields show the preset's value greyed.
          const eff = effectiveRecipient(r) ?? r;
          const facts = presetFacts(r);
          return (
            <>
              <PresetField index={i} />
              {/* A company's name is usually the same in both languages: one input until the marketer splits it. */}
              <TextLangField path={['recipients', i, 'name']} label={t('field.recipientName')} oneByDefault placeholder={facts.name} />
              <TextLangField path={['recipients', i, 'service']} label={t('field.service')} placeholder={facts.service} />
              <TextField path={['recipients', i, 'id']} label={t('field.id')} />
              <SelectField
                path={['recipients', i, 'role']}
                label={t('field.role')}
                defaultValue={facts.role}
                options={RECIPIENT_ROLES.map((v) => ({ value: v, label: t(`role.${v}`) }))}
              />
              {/* No default country: the generator reads a recipient without one as unknown, never as NL (rule V07 asks for it). */}
              <SelectField
                path={['recipients', i, 'country']}
                label={t('field.established')}
                empty={t('choose')}
                defaultValue={facts.country}
                options={countries}
              />
              <CountryList index={i} options={countries} />
              <TransferFields i={i} r={r} eff={eff} />
              {eff?.role === 'processor' ? <AgreementField index={i} /> : null}
              {eff?.role === 'joint-controller' || r?.arrangement !== undefined ? (
                <TextLangField path={['recipients', i, 'arrangement']} label={t('field.arrangement')} multiline />
              ) : null}
              <TextField
                path={['recipients', i, 'privacyPolicyUrl']}
                label={t('field.privacyPolicyUrl')}
                type="url"
                placeholder={facts.privacyPolicyUrl}
              />
            </>
          );
        }}
      </ItemList>
      <CataloguePicker />
      <AbsentFields keys={['transfersOutsideEEA']} />
    </Section>
  );
}
