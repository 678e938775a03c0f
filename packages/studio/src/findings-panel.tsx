/** Every finding in one list; each entry moves focus to the field it concerns. */
import type { Finding } from './generator.js';
import { fieldDomId, parsePath, resolveFieldPath } from './field-path.js';
import { isUnknownField } from './schema-fields.js';
import { useStudio } from './studio-context.js';

/** Moves focus to the control for a finding's path (the first input of a group), scrolling it into view. */
export function focusField(path: string): boolean {
  if (typeof document === 'undefined') return false;
  const target = resolveFieldPath(path);
  if (!target) return false;
  const el = document.getElementById(fieldDomId(target));
  if (!el) return false;
  const control = el.matches('input,select,textarea') ? el : el.querySelector<HTMLElement>('input,select,textarea') ?? el;
  if (control === el && !el.matches('input,select,textarea') && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}

/** The findings list with counts per severity. */
export function FindingsPanel({ findings }: { findings: readonly Finding[] }) {
  const { t, set } = useStudio();
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return (
    <section class="findings" aria-labelledby="findings-h">
      <h2 id="findings-h">{t('findings.title')}</h2>
      <p role="status" aria-live="polite">
        {findings.length ? t('findings.count', { errors: count('error'), warnings: count('warning'), infos: count('info') }) : t('findings.none')}
      </p>
      <ul class="findings-list">
        {findings.map((f) => (
          <li class={`finding finding-${f.severity}`} data-rule={f.rule} data-path={f.path}>
            <button type="button" class="link" onClick={() => focusField(f.path)} disabled={!resolveFieldPath(f.path)}>
              <strong>{t(`findings.${f.severity}`)}</strong> · <code>{f.path || t('findings.whole')}</code>
            </button>
            <span> {f.message}</span>
            {f.why ? <span class="why"> {f.why}</span> : null}
            {/* A top-level key the schema does not know has no section: offer to remove it here. */}
            {f.rule === 'SCHEMA' && !resolveFieldPath(f.path) && isUnknownField(f.path) ? (
              <button type="button" class="link remove-unknown" onClick={() => set(parsePath(f.path), undefined)}>
                {t('actions.removeUnknown', { field: f.path })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
