/**
 * A yes/no question bound to one boolean in the declarations, for facts the statement states
 * either way ("the cameras record no sound"). Unlike a checkbox it can also be left unanswered,
 * so `false` is written only when the marketer says no: the statement never reads an unticked
 * box as a declared "no".
 */
import { getIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from './field-findings.js';

/** Props of {@link YesNoField}. */
export interface YesNoFieldProps {
  path: Path;
  label: string;
}

/** A `<select>` with "Choose…", "Yes" and "No". */
export function YesNoField({ path, label }: YesNoFieldProps) {
  const { d, set, t } = useStudio();
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings, invalid } = useFieldState(p);
  const raw = getIn(d, path);
  const value = raw === true ? 'yes' : raw === false ? 'no' : '';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={hasFindings ? findingsId(p) : undefined}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          set(path, v === 'yes' ? true : v === 'no' ? false : undefined);
        }}
      >
        <option value="">{t('choose')}</option>
        <option value="yes">{t('answer.yes')}</option>
        <option value="no">{t('answer.no')}</option>
      </select>
      <FieldFindings path={p} />
    </div>
  );
}
