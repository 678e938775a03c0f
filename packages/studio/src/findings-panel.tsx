/**
 * Every finding in one list, each naming its place as the form does (`Doelen › Nieuwsbrief ›
 * Grondslag`) and moving focus to that field; below it, the sections not started yet with what
 * they still need (see studio-findings.ts for why those are a checklist and not errors).
 */
import type { Finding } from './generator.js';
import { fieldDomId, parsePath, resolveFieldPath } from './field-path.js';
import { placeOf } from './field-labels.js';
import type { T, UiLang } from './i18n.js';
import { listText } from './list-text.js';
import { isUnknownField } from './schema-fields.js';
import type { TodoItem } from './studio-findings.js';
import { useStudio } from './studio-context.js';

/** Moves focus to the control for a finding's path (the first input of a group), scrolling it into view. */
export function focusField(path: string): boolean {
  if (typeof document === 'undefined') return false;
  const target = resolveFieldPath(path);
  if (!target) return false;
  const el = document.getElementById(fieldDomId(target));
  if (!el) return false;
  const control = el.matches('input,select,textarea') ? el : (el.querySelector<HTMLElement>('input,select,textarea') ?? el);
  if (control === el && !el.matches('input,select,textarea') && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}

/** A label inside a sentence: "Officiële naam" → "officiële naam", "E-mailadres" → "e-mailadres", but "KvK-nummer" and "IP-adressen" stay. */
const inSentence = (label: string) => (/^\p{Lu}[^\s\p{Lu}]*(\s|$)/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

/** "1 fout, 2 waarschuwingen en 1 tip": the counts that are not zero, each in its right plural. */
export function countText(findings: readonly Finding[], t: T, lang: UiLang): string {
  const parts = (['error', 'warning', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0);
  return listText(
    parts.map(([s, n]) => t(`findings.n.${s}`, { count: n })),
    lang,
  );
}

/** The findings list with counts per severity, then the checklist of sections not started. */
export function FindingsPanel({ findings, todo = [] }: { findings: readonly Finding[]; todo?: readonly TodoItem[] }) {
  const { t, set, d, lang } = useStudio();
  const status = findings.length ? countText(findings, t, lang) : todo.length ? t('findings.noneYet') : t('findings.none');
  return (
    <section class="findings" aria-labelledby="findings-h">
      <h2 id="findings-h">{t('findings.title')}</h2>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <ul class="findings-list">
        {findings.map((f) => (
          <li class={`finding finding-${f.severity}`} data-rule={f.rule} data-path={f.path}>
            <button type="button" class="link" onClick={() => focusField(f.path)} disabled={!resolveFieldPath(f.path)}>
              <strong>{t(`findings.${f.severity}`)}</strong> · <span class="where">{placeOf(f.path, d, t, lang).where}</span>
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
      {todo.length ? (
        <>
          <h3 id="todo-h">{t('findings.todoTitle')}</h3>
          <p class="hint">{t('findings.todoHint')}</p>
          <ul class="todo-list" aria-labelledby="todo-h">
            {todo.map((x) => (
              <li data-section={x.section}>
                <a href={`#s-${x.section}`}>{t(`section.${x.section}`)}</a>
                {x.fields.length ? `: ${listText(x.fields.map(inSentence), lang)}` : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
