/** Version, dates and changelog (policy metadata). */
import { itemLabel } from '../field-labels.js';
import { fieldDomId } from '../field-path.js';
import { ADDRESS_FORMS, BANNER_LANGS, BANNER_PLACEMENTS, LANGS, publishedLangs } from '../generator.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings } from '../ui/field-findings.js';
import { CheckField } from '../ui/check-field.js';
import { ItemList } from '../ui/item-list.js';
import { SelectField } from '../ui/select-field.js';
import { TextField } from '../ui/text-field.js';
import { TextLangField } from '../ui/text-lang-field.js';
import { Section } from './section.js';

/** Props of {@link LanguageChecks}. */
interface LanguageChecksProps {
  /** `languages` or `bannerLanguages` under `meta`. */
  field: 'languages' | 'bannerLanguages';
  /** The languages offered, in the order they are written. */
  langs: readonly string[];
  /** What applies while the file says nothing (the schema default). */
  fallback: readonly string[];
  hint?: string;
}

/**
 * A list of languages as checkboxes: `meta.languages` (the statement's, both by default) and
 * `meta.bannerLanguages` (the banner's, the statement's by default). The last ticked box cannot be
 * unticked, since both lists need at least one language.
 */
function LanguageChecks({ field, langs, fallback, hint }: LanguageChecksProps) {
  const { t, d, set } = useStudio();
  const raw = d.meta?.[field] as readonly string[] | undefined;
  const list = raw ?? fallback;
  const id = fieldDomId(`meta.${field}`);
  // Written in the offered order whatever order the file had: the order carries no meaning.
  const toggle = (l: string, on: boolean) =>
    set(
      ['meta', field],
      langs.filter((x) => (x === l ? on : list.includes(x))),
    );
  return (
    <fieldset class="field radios" id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{t(`field.${field}`)}</legend>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {langs.map((l) => (
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
      <FieldFindings path={`meta.${field}`} />
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
      <LanguageChecks field="languages" langs={LANGS} fallback={LANGS} />
      <LanguageChecks field="bannerLanguages" langs={BANNER_LANGS} fallback={publishedLangs(d)} hint={t('field.bannerLanguagesHint')} />
      <SelectField
        path={['meta', 'bannerPlacement']}
        label={t('field.bannerPlacement')}
        defaultValue="bottom"
        options={BANNER_PLACEMENTS.map((v) => ({ value: v, label: t(`bannerPlacement.${v}`) }))}
      />
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
