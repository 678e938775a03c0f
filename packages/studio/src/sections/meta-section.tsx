/** Version, dates and changelog (policy metadata). */
import type { Lang } from '@akkoord/privacy-statement';
import { itemLabel } from '../field-labels.js';
import { fieldDomId } from '../field-path.js';
import { ADDRESS_FORMS, LANGS } from '../generator.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';
import { CheckField } from '../ui/check-field.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/**
 * `meta.languages`: the statement's languages (both by default). The last ticked box cannot be
 * unticked, since a statement needs at least one language.
 */
function LanguagesField() {
  const { t, d, set } = useStudio();
  const raw = d.meta?.languages;
  const list: readonly Lang[] = raw ?? LANGS;
  const id = fieldDomId('meta.languages');
  // Written in the order nl, en whatever order the file had: the order carries no meaning.
  const toggle = (l: Lang, on: boolean) =>
    set(
      ['meta', 'languages'],
      LANGS.filter((x) => (x === l ? on : list.includes(x))),
    );
  return (
    <fieldset class="field radios" id={id}>
      <legend>{t('field.languages')}</legend>
      {LANGS.map((l) => (
        <div class="check">
          <input
            type="checkbox"
            id={`${id}-${l}`}
            checked={list.includes(l)}
            disabled={list.length === 1 && list.includes(l)}
            onChange={(e) => toggle(l, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`${id}-${l}`}>{t(`lang.${l}`)}</label>
        </div>
      ))}
      <FieldFindings path="meta.languages" />
    </fieldset>
  );
}

/** The "version and changes" section. */
export function MetaSection() {
  const { t, d, lang } = useStudio();
  return (
    <Section name="meta" paths={['meta']}>
      <div class="row">
        <TextField path={['meta', 'version']} label={t('field.version')} />
        <TextField path={['meta', 'effectiveDate']} label={t('field.effectiveDate')} type="date" />
        <TextField path={['meta', 'lastReviewed']} label={t('field.lastReviewed')} type="date" />
      </div>
      <LanguagesField />
      <SelectField
        path={['meta', 'address']}
        label={t('field.address')}
        defaultValue="formal"
        options={ADDRESS_FORMS.map((v) => ({ value: v, label: t(`addressForm.${v}`) }))}
      />
      <TextField path={['meta', 'previousVersionsUrl']} label={t('field.previousVersionsUrl')} />
      <TextLangField path={['meta', 'changePolicy']} label={t('field.changePolicy')} multiline />
      <h3>{t('field.changelog')}</h3>
      <ItemList
        path={['meta', 'changelog']}
        itemLabel={(n, item) => itemLabel('meta.changelog', item, n, t, lang)}
        addLabel={`${t('actions.add')}: ${t('field.changelog').toLowerCase()}`}
        newItem={() => ({
          ...(d.meta?.version ? { version: d.meta.version } : {}),
          ...(d.meta?.effectiveDate ? { date: d.meta.effectiveDate } : {}),
          material: false,
        })}
      >
        {(i) => (
          <>
            <div class="row">
              <TextField path={['meta', 'changelog', i, 'version']} label={t('field.version')} />
              <TextField path={['meta', 'changelog', i, 'date']} label={t('field.changeDate')} type="date" />
            </div>
            <CheckField path={['meta', 'changelog', i, 'material']} label={t('field.material')} />
            <TextLangField path={['meta', 'changelog', i, 'summary']} label={t('field.summary')} multiline />
          </>
        )}
      </ItemList>
    </Section>
  );
}
