/** `recipients[i].preset`: which catalogue entry fills in the recipient, and what it fills in. */
import { fieldDomId } from '../field-path.js';
import { listText } from '../list-text.js';
import { presetOf, RECIPIENT_PRESETS } from '../preset-recipient.js';
import { useStudio } from '../studio-context.js';
import { SelectField } from '../ui/select-field.js';

/**
 * The preset drop-down (grouped by banner category) and, when one is chosen, a line saying where
 * the empty fields get their values and which cookies it adds. The facts themselves are shown in
 * the fields below, greyed, so the marketer sees what applies without reading the catalogue.
 */
export function PresetField({ index }: { index: number }) {
  const { t, d, lang } = useStudio();
  const r = d.recipients?.[index];
  const p = presetOf(r);
  const id = fieldDomId(['recipients', index, 'preset']);
  const options = RECIPIENT_PRESETS.map((x) => ({
    value: x.id,
    label: `${x.name} (${x.provider?.name ?? ''})`,
    group: t(`cookieCat.${x.category}`),
  }));
  const checked = p ? new Date(`${p.checked}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' }) : '';
  return (
    <div class="preset">
      <SelectField path={['recipients', index, 'preset']} label={t('field.preset')} empty={t('catalogue.noPreset')} options={options} />
      {p ? (
        <div class="hint" id={`${id}-applies`}>
          <p>{t('catalogue.applies', { service: p.name, provider: p.provider?.name ?? '', date: checked })}</p>
          <p>
            {p.cookies.length
              ? t('catalogue.cookies', {
                  names: listText(
                    p.cookies.map((k) => k.name),
                    lang,
                  ),
                })
              : t('catalogue.noCookies')}
          </p>
          {/* The catalogue leaves out what depends on the contract rather than guess it. */}
          {p.provider?.role ? null : <p>{t('catalogue.roleYours')}</p>}
        </div>
      ) : null}
    </div>
  );
}
