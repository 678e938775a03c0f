/** A duration (`P7Y`, `session`) edited as an amount and a unit. */
import { useState } from 'preact/hooks';
import { DURATION_UNITS, joinDuration, splitDuration, type DurationUnit } from '../duration.js';
import { getIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from './field-findings.js';

/** Props of {@link DurationField}. */
export interface DurationFieldProps {
  path: Path;
  label: string;
  /** Offer "until the browser closes" (cookies only). @default false */
  session?: boolean;
}

/** Amount + unit; a duration the form cannot split is shown as raw ISO 8601 text instead. */
export function DurationField({ path, label, session }: DurationFieldProps) {
  const { d, set, t } = useStudio();
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings, invalid } = useFieldState(p);
  const raw = getIn(d, path);
  const value = typeof raw === 'string' ? raw : undefined;
  // The unit chosen before an amount is typed has no stored value yet; keep it locally.
  const [draftUnit, setDraftUnit] = useState<DurationUnit>('M');
  const split = value ? splitDuration(value) : { amount: '', unit: draftUnit };
  const aria = { 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': hasFindings ? findingsId(p) : undefined };
  if (!split) {
    return (
      <div class="field">
        <label for={id}>{`${label} (${t('unit.raw')})`}</label>
        <input id={id} type="text" value={value ?? ''} {...aria} onInput={(e) => set(path, (e.currentTarget as HTMLInputElement).value)} />
        <FieldFindings path={p} />
      </div>
    );
  }
  const units = DURATION_UNITS.filter((u) => session || u !== 'session');
  const write = (amount: string, unit: DurationUnit) => {
    setDraftUnit(unit);
    set(path, joinDuration(amount, unit));
  };
  return (
    <fieldset class="field duration" id={id}>
      <legend>{label}</legend>
      <div class="duration-row">
        {split.unit !== 'session' ? (
          <span>
            <label for={`${id}-amount`} class="sr-only">
              {t('unit.amount')}
            </label>
            <input
              id={`${id}-amount`}
              type="number"
              min="0"
              inputMode="numeric"
              value={split.amount}
              {...aria}
              onInput={(e) => write((e.currentTarget as HTMLInputElement).value, split.unit)}
            />
          </span>
        ) : null}
        <span>
          <label for={`${id}-unit`} class="sr-only">
            {t('unit.unit')}
          </label>
          <select
            id={`${id}-unit`}
            value={split.unit}
            onChange={(e) => write(split.amount, (e.currentTarget as HTMLSelectElement).value as DurationUnit)}
          >
            {units.map((u) => (
              <option value={u}>{t(`unit.${u}`)}</option>
            ))}
          </select>
        </span>
      </div>
      <FieldFindings path={p} />
    </fieldset>
  );
}
