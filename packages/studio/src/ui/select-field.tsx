/** A labelled drop-down bound to one value in the declarations. */
import { getIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from './field-findings.js';

/** One option: stored value and shown label, optionally in a named group. */
export interface SelectOption {
  value: string;
  label: string;
  group?: string;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  path: Path;
  label: string;
  options: readonly SelectOption[];
  /** Label of the empty choice, which removes the value. Omit to require a choice. */
  empty?: string;
  /** Called instead of a plain write, for choices that change more than one value. */
  onChoose?: (value: string | undefined) => void;
  /**
   * The value the generator assumes when none is stored (the schema default). It is shown as
   * chosen, and choosing it while nothing is stored writes nothing, so the file stays short.
   */
  defaultValue?: string;
}

/** A `<select>`; options with a `group` are shown under an `<optgroup>`. */
export function SelectField({ path, label, options, empty, onChoose, defaultValue }: SelectFieldProps) {
  const { d, set } = useStudio();
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings, invalid } = useFieldState(p);
  const raw = getIn(d, path);
  const value = typeof raw === 'string' ? raw : (defaultValue ?? '');
  const groups = [...new Set(options.map((o) => o.group))];
  const opt = (o: SelectOption) => <option value={o.value}>{o.label}</option>;
  // A value the list does not know (typed in a file) stays visible and selected instead of being lost.
  const unknown = value && !options.some((o) => o.value === value) ? <option value={value}>{value}</option> : null;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={hasFindings ? findingsId(p) : undefined}
        onChange={(e) => {
          const chosen = (e.currentTarget as HTMLSelectElement).value || undefined;
          const v = raw === undefined && chosen === defaultValue ? undefined : chosen;
          if (onChoose) onChoose(v);
          else set(path, v);
        }}
      >
        {empty !== undefined || !value ? <option value="">{empty ?? ''}</option> : null}
        {unknown}
        {groups.map((g) =>
          g ? <optgroup label={g}>{options.filter((o) => o.group === g).map(opt)}</optgroup> : options.filter((o) => !o.group).map(opt),
        )}
      </select>
      <FieldFindings path={p} />
    </div>
  );
}
