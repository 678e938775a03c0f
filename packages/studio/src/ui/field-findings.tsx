/** The validator findings that concern one control or group, shown right beside it. */
import { useStudio } from '../studio-context.js';
import { fieldDomId, parsePath } from '../field-path.js';
import { isUnknownField } from '../schema-fields.js';

/** The id of the findings list of a field, for `aria-describedby`. */
export const findingsId = (path: string): string => `${fieldDomId(path)}-findings`;

/** Whether any finding of the field is an error (sets `aria-invalid`). */
export function useFieldState(path: string): { hasFindings: boolean; invalid: boolean } {
  const list = useStudio().findingsByField.get(path) ?? [];
  return { hasFindings: list.length > 0, invalid: list.some((f) => f.severity === 'error') };
}

/** Renders the findings of `path` (nothing when there are none). */
export function FieldFindings({ path }: { path: string }) {
  const { findingsByField, t, set } = useStudio();
  const list = findingsByField.get(path);
  if (!list?.length) return null;
  return (
    <ul class="inline-findings" id={findingsId(path)}>
      {list.map((f) => (
        <li class={`finding finding-${f.severity}`} data-rule={f.rule}>
          <strong>{t(`findings.${f.severity}`)}:</strong> {f.message}
          {f.why ? <span class="why"> {f.why}</span> : null}
          {/* A key the schema does not know has no control of its own: offer to remove it. */}
          {f.rule === 'SCHEMA' && isUnknownField(f.path) ? (
            <button type="button" class="link remove-unknown" onClick={() => set(parsePath(f.path), undefined)}>
              {t('actions.removeUnknown', { field: String(parsePath(f.path).at(-1)) })}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
