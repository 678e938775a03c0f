/** Cookies and similar technologies. */
import type { Cookie } from '@akkoord/privacy-statement';
import { itemLabel } from '../field-labels.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { BANNER_CATEGORY_ORDER, COOKIE_PARTIES, COOKIE_TYPES, PRIVACY_FRIENDLY_SETTINGS } from '../generator.js';
import { recipientName } from '../preset-recipient.js';
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { DurationField } from '../ui/duration-field.js';
import { FieldFindings, findingsId, useFieldState } from '../ui/field-findings.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { CookieScanFields } from './cookie-scan-fields.js';
import { Section } from './section.js';

/**
 * `cookies[i].consent`: whether the banner asks before the cookie is placed. Unset means the
 * category's default (ask, except for necessary cookies), so the box writes only a departure from
 * it. Asking for consent makes an exemption moot, so ticking the box drops the exemption.
 */
function ConsentField({ i }: { i: number }) {
  const { t, d, update } = useStudio();
  const k = d.cookies?.[i];
  const byDefault = k?.category !== 'necessary';
  const path = formatPath(['cookies', i, 'consent']);
  const id = fieldDomId(path);
  const { hasFindings } = useFieldState(path);
  const write = (on: boolean) =>
    update((cur) => {
      const cookies = [...(cur.cookies ?? [])];
      const { consent: _c, exemption, ...rest } = cookies[i] as Cookie;
      cookies[i] = { ...rest, ...(on || !exemption ? {} : { exemption }), ...(on === byDefault ? {} : { consent: on }) };
      return { ...cur, cookies };
    });
  return (
    <div class="field check">
      <input
        type="checkbox"
        id={id}
        checked={k?.consent ?? byDefault}
        aria-describedby={hasFindings ? findingsId(path) : undefined}
        onChange={(e) => write((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{t('field.cookieConsent')}</label>
      <FieldFindings path={path} />
    </div>
  );
}

/** The "cookies" section. */
export function CookiesSection() {
  const { t, d, update, lang } = useStudio();
  // Choosing an exemption also states `consent: false` (the generator reads consent from that
  // field); clearing it brings back the category's default.
  const chooseExemption = (i: number, v: string | undefined) =>
    update((cur) => {
      const cookies = [...(cur.cookies ?? [])];
      const { exemption: _e, consent: _c, ...rest } = cookies[i] as Cookie;
      cookies[i] = v
        ? { ...rest, exemption: v as Cookie['exemption'], ...(rest.category !== 'necessary' ? { consent: false } : {}) }
        : rest;
      return { ...cur, cookies };
    });
  const services = [
    { value: '', label: t('field.ownSite') },
    ...(d.recipients ?? []).map((r) => ({ value: r.id, label: recipientName(r, lang) || r.id })),
  ];
  return (
    <Section name="cookies">
      <ItemList
        path={['cookies']}
        itemLabel={(n, item) => itemLabel('cookies', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('section.cookies').toLowerCase()}`}
        newItem={() => ({ category: 'necessary' })}
      >
        {(i) => {
          const k = d.cookies?.[i];
          // Only analytics can be consent-free as "low impact"; only necessary ones as functional.
          const exemptions =
            k?.category === 'analytics'
              ? (['analytics-low-impact'] as const)
              : k?.category === 'necessary'
                ? (['functional'] as const)
                : [];
          return (
            <>
              <TextField path={['cookies', i, 'name']} label={t('field.cookieName')} />
              <SelectField
                path={['cookies', i, 'service']}
                label={t('field.cookieService')}
                options={services.slice(1)}
                empty={services[0]?.label ?? ''}
              />
              <div class="row">
                <TextField path={['cookies', i, 'provider']} label={t('field.cookieProvider')} />
                {/* Defaults as the generator reads them: third party when a service places it. */}
                <SelectField
                  path={['cookies', i, 'party']}
                  label={t('field.cookieParty')}
                  defaultValue={k?.service ? 'third' : 'first'}
                  options={COOKIE_PARTIES.map((v) => ({ value: v, label: t(`cookieParty.${v}`) }))}
                />
                <SelectField
                  path={['cookies', i, 'type']}
                  label={t('field.cookieType')}
                  defaultValue="cookie"
                  options={COOKIE_TYPES.map((v) => ({ value: v, label: t(`cookieType.${v}`) }))}
                />
              </div>
              {/* In the banner's order (necessary first, the most intrusive last), not the schema's. */}
              <SelectField
                path={['cookies', i, 'category']}
                label={t('field.cookieCategory')}
                options={BANNER_CATEGORY_ORDER.map((c) => ({ value: c, label: t(`cookieCat.${c}`) }))}
              />
              <TextLangField path={['cookies', i, 'purpose']} label={t('field.cookiePurpose')} />
              <DurationField path={['cookies', i, 'duration']} label={t('field.duration')} session />
              <ConsentField i={i} />
              {exemptions.length || k?.exemption ? (
                <SelectField
                  path={['cookies', i, 'exemption']}
                  label={t('field.exemption')}
                  empty={t('field.exemptionNone')}
                  onChoose={(v) => chooseExemption(i, v)}
                  options={exemptions.map((e) => ({ value: e, label: t(`exemptionKind.${e}`) }))}
                />
              ) : null}
              {k?.exemption === 'analytics-low-impact' || k?.privacyFriendly !== undefined ? (
                <fieldset class="group" id={`f-cookies-${i}-privacyFriendly`}>
                  <legend>{t('field.privacyFriendly')}</legend>
                  {/* The settings that together make analytics low-impact enough to run without consent (AP guidance). */}
                  {PRIVACY_FRIENDLY_SETTINGS.map((x) => (
                    <CheckField path={['cookies', i, 'privacyFriendly', x]} label={t(`pf.${x}`)} />
                  ))}
                  <FieldFindings path={`cookies[${i}].privacyFriendly`} />
                </fieldset>
              ) : null}
            </>
          );
        }}
      </ItemList>
      <CookieScanFields />
    </Section>
  );
}
