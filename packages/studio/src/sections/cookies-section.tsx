/** Cookies and similar technologies. */
import type { Cookie, CookieCategory, PrivacyFriendlyAnalytics } from '@akkoord/privacy-statement';
import { useStudio } from '../studio-context.js';
import { CheckField } from '../ui/check-field.js';
import { DurationField } from '../ui/duration-field.js';
import { FieldFindings } from '../ui/field-findings.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

const CATEGORIES: readonly CookieCategory[] = ['necessary', 'preferences', 'analytics', 'marketing'];

/** The settings that together make analytics low-impact enough to run without consent (AP guidance). */
const PRIVACY_FRIENDLY: readonly (keyof PrivacyFriendlyAnalytics)[] = ['ipAnonymised', 'noDataSharing', 'processingAgreement', 'noOtherServices'];

/** The "cookies" section. */
export function CookiesSection() {
  const { t, d, update } = useStudio();
  // Choosing an exemption also states `consent: false` (the generator reads consent from that
  // field); clearing it brings back the category's default.
  const chooseExemption = (i: number, v: string | undefined) =>
    update((cur) => {
      const cookies = [...(cur.cookies ?? [])];
      const { exemption: _e, consent: _c, ...rest } = cookies[i] as Cookie;
      cookies[i] = v ? { ...rest, exemption: v as Cookie['exemption'], ...(rest.category !== 'necessary' ? { consent: false } : {}) } : rest;
      return { ...cur, cookies };
    });
  const services = [{ value: '', label: t('field.ownSite') }, ...(d.recipients ?? []).map((r) => ({ value: r.id, label: r.name || r.id }))];
  return (
    <Section name="cookies">
      <ItemList
        path={['cookies']}
        itemLabel={(n, item) => (item as Cookie | undefined)?.name || t('field.cookie', { n })}
        addLabel={`${t('actions.add')}: ${t('section.cookies').toLowerCase()}`}
        newItem={() => ({ category: 'necessary' })}
      >
        {(i) => {
          const k = d.cookies?.[i];
          // Only analytics can be consent-free as "low impact"; only necessary ones as functional.
          const exemptions = k?.category === 'analytics' ? (['analytics-low-impact'] as const) : k?.category === 'necessary' ? (['functional'] as const) : [];
          return (
            <>
              <TextField path={['cookies', i, 'name']} label={t('field.cookieName')} />
              <SelectField path={['cookies', i, 'service']} label={t('field.cookieService')} options={services.slice(1)} empty={services[0]?.label ?? ''} />
              <SelectField path={['cookies', i, 'category']} label={t('field.cookieCategory')} options={CATEGORIES.map((c) => ({ value: c, label: t(`cookieCat.${c}`) }))} />
              <TextLangField path={['cookies', i, 'purpose']} label={t('field.cookiePurpose')} />
              <DurationField path={['cookies', i, 'duration']} label={t('field.duration')} session />
              {exemptions.length || k?.exemption ? (
                <SelectField path={['cookies', i, 'exemption']} label={t('field.exemption')} empty={t('field.exemptionNone')} onChoose={(v) => chooseExemption(i, v)} options={exemptions.map((e) => ({ value: e, label: t(`exemptionKind.${e}`) }))} />
              ) : null}
              {k?.exemption === 'analytics-low-impact' ? (
                <fieldset class="group" id={`f-cookies-${i}-privacyFriendly`}>
                  <legend>{t('field.privacyFriendly')}</legend>
                  {PRIVACY_FRIENDLY.map((x) => <CheckField path={['cookies', i, 'privacyFriendly', x]} label={t(`pf.${x}`)} />)}
                  <FieldFindings path={`cookies[${i}].privacyFriendly`} />
                </fieldset>
              ) : null}
            </>
          );
        }}
      </ItemList>
    </Section>
  );
}
