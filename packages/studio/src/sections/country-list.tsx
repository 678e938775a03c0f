/** Where a recipient processes or stores the data: a list of country pickers. */
import { countryName } from '../countries.js';
import { fieldDomId } from '../field-path.js';
import type { Recipient } from '../generator.js';
import { listText } from '../list-text.js';
import { effectiveRecipient, presetOf } from '../preset-recipient.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';
import type { SelectOption } from '../ui/select-field.js';

/**
 * `recipients[i].countries`. Empty means "where the recipient is established", as the generator
 * reads it; the list shows that country greyed as the implied value until the marketer adds one.
 * Without a seat either, where the data goes is unknown (never assumed to be the Netherlands), and
 * the list says so.
 */
export function CountryList({ index, options }: { index: number; options: readonly SelectOption[] }) {
  const { t, d, set, lang } = useStudio();
  const r = d.recipients?.[index] as Recipient | undefined;
  const list = r?.countries ?? [];
  const path = ['recipients', index, 'countries'];
  const id = fieldDomId(path);
  const write = (next: string[]) => set(path, next.length ? next : undefined);
  const eff = effectiveRecipient(r);
  const implied = eff?.country;
  // The catalogue's list: shown as a line; changing it starts from a copy, since the file's list replaces it whole.
  const fromPreset = list.length === 0 && presetOf(r) && eff?.countries?.length ? eff.countries : undefined;
  return (
    <fieldset class="field countries" id={id}>
      <legend>{t('field.processedIn')}</legend>
      {fromPreset ? (
        <>
          <p class="hint">
            {t('catalogue.countries', {
              countries: listText(
                fromPreset.map((c) => `${countryName(c, lang)} (${c})`),
                lang,
              ),
            })}
          </p>
          <button type="button" class="link" onClick={() => write([...fromPreset])}>
            {t('catalogue.changeCountries')}
          </button>
        </>
      ) : list.length === 0 ? (
        <p class="hint">{implied ? `${countryName(implied, lang)} (${implied})` : t('field.countriesUnknown')}</p>
      ) : null}
      {list.map((c, j) => (
        <div class="country-row">
          <label for={`${id}-${j}`} class="sr-only">{`${t('field.country')} ${j + 1}`}</label>
          <select
            id={`${id}-${j}`}
            value={c}
            onChange={(e) => write(list.map((x, k) => (k === j ? (e.currentTarget as HTMLSelectElement).value : x)))}
          >
            {options.some((o) => o.value === c) ? null : <option value={c}>{c}</option>}
            {[...new Set(options.map((o) => o.group))].map((g) => (
              <optgroup label={g}>
                {options
                  .filter((o) => o.group === g)
                  .map((o) => (
                    <option value={o.value}>{o.label}</option>
                  ))}
              </optgroup>
            ))}
          </select>
          <button type="button" class="remove" onClick={() => write(list.filter((_, k) => k !== j))}>
            {t('actions.removeItem', { what: countryName(c, lang) })}
          </button>
        </div>
      ))}
      {/* A new row starts at the seat (or the Netherlands, the most common answer, when there is none yet). */}
      {fromPreset ? null : (
        <button type="button" class="add" onClick={() => write([...list, implied ?? 'NL'])}>
          {t('field.addCountry')}
        </button>
      )}
      <FieldFindings path={`recipients[${index}].countries`} />
    </fieldset>
  );
}
