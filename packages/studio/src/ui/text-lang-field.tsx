/**
 * A text in both languages (`Text` in the declarations). A value written as one string for both
 * languages (names, addresses) stays one string until the marketer chooses to split it, so a file
 * that is only opened and saved keeps its exact shape.
 */
import type { Text } from '@akkoord/privacy-statement';
import { getIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from './field-findings.js';

/** Props of {@link TextLangField}. */
export interface TextLangFieldProps {
  path: Path;
  label: string;
  multiline?: boolean;
  /**
   * Start with one input for both languages while nothing is stored, for names that are usually
   * the same in Dutch and English (a company name); the split button still gives one per language.
   * @default false
   */
  oneByDefault?: boolean;
  /** What applies while the text is empty (a catalogue preset's value), shown greyed in the inputs. */
  placeholder?: Text;
}

/** Two inputs (Dutch, English) in a fieldset, or one when the value is a single string. */
export function TextLangField({ path, label, multiline, oneByDefault = false, placeholder }: TextLangFieldProps) {
  const { d, set, t, lang: uiLang } = useStudio();
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings, invalid } = useFieldState(p);
  const value = getIn(d, path) as Text | undefined;
  const described = hasFindings ? findingsId(p) : undefined;
  const hintIn = (l: 'nl' | 'en') => (typeof placeholder === 'string' ? placeholder : placeholder?.[l]);
  const input = (inputId: string, v: string, onText: (s: string) => void, lang?: 'nl' | 'en') => {
    const props = {
      id: inputId,
      value: v,
      lang,
      placeholder: hintIn(lang ?? uiLang),
      'aria-invalid': invalid ? ('true' as const) : undefined,
      'aria-describedby': described,
      onInput: (e: Event) => onText((e.currentTarget as HTMLInputElement).value),
    };
    return multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />;
  };
  if (typeof value === 'string' || (oneByDefault && value === undefined)) {
    const both = value ?? '';
    return (
      <fieldset class="field text-lang" id={id}>
        <legend>{label}</legend>
        <label for={`${id}-both`}>{t('lang.both')}</label>
        {input(`${id}-both`, both, (s) => set(path, s))}
        <button type="button" class="link" onClick={() => set(path, { nl: both, en: both })}>
          {t('actions.separateLanguages')}
        </button>
        <FieldFindings path={p} />
      </fieldset>
    );
  }
  const obj = value && typeof value === 'object' ? value : {};
  return (
    <fieldset class="field text-lang" id={id}>
      <legend>{label}</legend>
      <div class="lang-pair">
        {(['nl', 'en'] as const).map((l) => (
          <div>
            <label for={`${id}-${l}`}>{t(`lang.${l}`)}</label>
            {input(`${id}-${l}`, obj[l] ?? '', (s) => set([...path, l], s), l)}
          </div>
        ))}
      </div>
      <FieldFindings path={p} />
    </fieldset>
  );
}
