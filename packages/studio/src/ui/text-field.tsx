/** A labelled text input (or textarea) bound to one string in the declarations. */
import { useState } from 'preact/hooks';
import { getIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from './field-findings.js';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  path: Path;
  label: string;
  /** Input type. @default "text" */
  type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'number';
  multiline?: boolean;
  /** Converts the shown text back to the stored value (e.g. a comma list to an array). */
  parse?: (text: string) => unknown;
  /** Converts the stored value to the shown text. */
  show?: (value: unknown) => string;
  autocomplete?: string;
  /** One line of help under the label, read out with the field (`aria-describedby`). */
  hint?: string;
  /** What applies while the field is empty (a catalogue preset's value), shown greyed in the input. */
  placeholder?: string;
}

/** A text input whose findings appear below it and are announced through `aria-describedby`. */
export function TextField({ path, label, type = 'text', multiline, parse, show, autocomplete, hint, placeholder }: TextFieldProps) {
  const { d, set } = useStudio();
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings, invalid } = useFieldState(p);
  const raw = getIn(d, path);
  // A parsed field (a list) keeps the text as typed while it still means the stored value:
  // otherwise the comma or line break just typed would be parsed away before the next item.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const shown = show ? show(raw) : raw === undefined || raw === null ? '' : String(raw);
  const value = parse && draft !== undefined && JSON.stringify(parse(draft)) === JSON.stringify(raw) ? draft : shown;
  const onInput = (e: Event) => {
    const text = (e.currentTarget as HTMLInputElement).value;
    if (parse) {
      setDraft(text);
      set(path, parse(text));
    } else if (type === 'number') set(path, text === '' ? undefined : Number(text));
    else set(path, text);
  };
  const described = [hint ? `${id}-hint` : '', hasFindings ? findingsId(p) : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    onInput,
    placeholder,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} autocomplete={autocomplete} {...common} />}
      <FieldFindings path={p} />
    </div>
  );
}

/** A comma-separated list shown in one input: `a, b` ⇄ `['a', 'b']`. */
export const commaList = {
  parse: (text: string): string[] | undefined => {
    const list = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return list.length ? list : undefined;
  },
  show: (value: unknown): string => (Array.isArray(value) ? value.join(', ') : ''),
};

/** One item per line in a textarea: `a⏎b` ⇄ `['a', 'b']` (for names that may hold commas). */
export const lineList = {
  parse: (text: string): string[] | undefined => {
    const list = text
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    return list.length ? list : undefined;
  },
  show: (value: unknown): string => (Array.isArray(value) ? value.join('\n') : ''),
};
