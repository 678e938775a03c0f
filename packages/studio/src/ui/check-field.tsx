/** A labelled checkbox bound to one boolean in the declarations. */
import { getIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from './field-findings.js';

/** Props of {@link CheckField}. */
export interface CheckFieldProps {
  path: Path;
  label: string;
  /** Value when nothing is stored (the schema default). @default false */
  defaultValue?: boolean;
  /**
   * Unticking removes the key instead of writing `false`: for claims only `true` says anything
   * about (`absent.profiling`), so an unticked box never reads as an answer in the file.
   * @default false
   */
  clearWhenOff?: boolean;
}

/**
 * A checkbox. Nothing is written until the marketer uses it; then it writes `true` or `false`
 * (an explicit answer), except with `clearWhenOff`, where unticking removes the key again.
 */
export function CheckField({ path, label, defaultValue = false, clearWhenOff = false }: CheckFieldProps) {
  const { d, set } = useStudio();
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings } = useFieldState(p);
  const raw = getIn(d, path);
  const checked = typeof raw === 'boolean' ? raw : defaultValue;
  return (
    <div class="field check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hasFindings ? findingsId(p) : undefined}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLInputElement).checked;
          set(path, (v === defaultValue && raw === undefined) || (clearWhenOff && !v) ? undefined : v);
        }}
      />
      <label for={id}>{label}</label>
      <FieldFindings path={p} />
    </div>
  );
}
