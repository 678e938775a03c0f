/** Ticks a subset of the ids of another list (e.g. which recipients a purpose uses). */
import { getIn, type Path } from '../set-in.js';
import { fieldDomId, formatPath } from '../field-path.js';
import { useStudio } from '../studio-context.js';
import { FieldFindings, findingsId, useFieldState } from './field-findings.js';

/** Props of {@link IdChecklist}. */
export interface IdChecklistProps {
  path: Path;
  label: string;
  options: readonly { id: string; label: string }[];
  /** Shown when nothing is ticked, e.g. "nobody else receives the data". */
  noneText?: string;
}

/**
 * Checkboxes in a fieldset. Unticking the last one leaves an empty list (not a removed key): for
 * recipients, `[]` states that nobody else receives the data, which the statement says explicitly.
 */
export function IdChecklist({ path, label, options, noneText }: IdChecklistProps) {
  const { d, set, t } = useStudio();
  const p = formatPath(path);
  const id = fieldDomId(p);
  const { hasFindings } = useFieldState(p);
  const raw = getIn(d, path);
  const selected = Array.isArray(raw) ? (raw as string[]) : [];
  const unknown = selected.filter((x) => !options.some((o) => o.id === x));
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((x) => x !== value);
    set(path, next);
  };
  return (
    <fieldset class="field checklist" id={id} aria-describedby={hasFindings ? findingsId(p) : undefined}>
      <legend>{label}</legend>
      {options.length === 0 && unknown.length === 0 ? <p class="hint">{t('field.noneYet')}</p> : null}
      {options.map((o, i) => (
        <div class="check">
          <input
            type="checkbox"
            id={`${id}-${i}`}
            checked={selected.includes(o.id)}
            onChange={(e) => toggle(o.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
      {/* An id from a file that matches nothing (a typo, a removed item): shown ticked so it can be unticked. */}
      {unknown.map((x, i) => (
        <div class="check">
          <input type="checkbox" id={`${id}-unknown-${i}`} checked onChange={() => toggle(x, false)} />
          <label for={`${id}-unknown-${i}`}>{t('field.unknownId', { id: x })}</label>
        </div>
      ))}
      {noneText && Array.isArray(raw) && raw.length === 0 ? <p class="hint">{noneText}</p> : null}
      <FieldFindings path={p} />
    </fieldset>
  );
}
