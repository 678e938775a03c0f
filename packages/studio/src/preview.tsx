/**
 * The live preview: the statement (or cookie table, or register) in Dutch or English, rebuilt
 * after the user pauses, shown in a sandboxed iframe without `allow-scripts` — no script, form,
 * popup or navigation can run — so even if declaration text slipped past the generator's escaping
 * it stays inert. The one permission, `allow-same-origin`, lets the studio read and restore the
 * reader's scroll position when the document is replaced; without scripts it grants the frame's
 * content nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { cookieTable, publishedLangs, registerHtml, statementPage, type Declarations, type Lang, type Output } from './generator.js';
import { scheduleIdle } from './schedule-idle.js';
import { useStudio } from './studio-context.js';

/** The preview tabs. */
export type PreviewTab = 'statement' | 'cookies' | 'register';

const TABS: readonly PreviewTab[] = ['statement', 'cookies', 'register'];

/** A fragment as a complete document for the frame, with a few readable defaults. */
const framePage = (lang: Lang, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{font:15px/1.5 system-ui,sans-serif;margin:1rem;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}</style></head><body>${body}</body></html>`;

/** Builds the document the frame shows for a tab. */
export function previewDocument(d: Declarations, lang: Lang, tab: PreviewTab): Output {
  if (tab === 'statement') return statementPage(d, lang);
  const out = tab === 'cookies' ? cookieTable(d, lang) : registerHtml(d, lang);
  return out.ok ? { ok: true, text: framePage(lang, out.text) } : out;
}

/** Tabs, language toggle and the sandboxed frame. */
export function Preview() {
  const { d, t, lang: uiLang } = useStudio();
  const [picked, setLang] = useState<Lang>(uiLang);
  // Only the languages the statement is published in; a Dutch-only statement has no English preview.
  const langs = publishedLangs(d);
  const lang = langs.includes(picked) ? picked : (langs[0] as Lang);
  const [tab, setTab] = useState<PreviewTab>('statement');
  const [out, setOut] = useState<{ result: Output; ms: number; gen: number } | undefined>(undefined);
  const gen = useRef(0);
  const frame = useRef<HTMLIFrameElement>(null);
  const scroll = useRef(0);
  const shown = useRef('');
  useEffect(
    () =>
      scheduleIdle(() => {
        // Remember where the reader is, so the rebuilt document opens at the same place.
        // Another tab or language is another document: that one starts at the top.
        const key = `${lang}/${tab}`;
        scroll.current = shown.current === key ? (frame.current?.contentWindow?.scrollY ?? scroll.current) : 0;
        shown.current = key;
        const t0 = performance.now();
        const result = previewDocument(d, lang, tab);
        const ms = performance.now() - t0;
        // A counter, not the timing, tells a watcher that a new document arrived: two builds can
        // take the same tenth of a millisecond.
        gen.current += 1;
        setOut({ result, ms, gen: gen.current });
        // Exposed for the browser test and the bench: generation time of the last update.
        performance.mark('akkoord-studio:preview', { detail: { ms } });
      }),
    [d, lang, tab],
  );
  const tabLabel = t(`preview.${tab}`);
  // ARIA tabs pattern: arrow keys move between tabs, Home/End jump to the first/last.
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const x = TABS[next] as PreviewTab;
    setTab(x);
    document.getElementById(`tab-${x}`)?.focus();
  };
  return (
    <section class="preview" aria-labelledby="preview-h">
      <div class="preview-bar">
        <h2 id="preview-h">{t('preview.title')}</h2>
        <div role="tablist" aria-label={t('preview.title')} onKeyDown={onTabKey}>
          {TABS.map((x) => (
            <button
              type="button"
              role="tab"
              id={`tab-${x}`}
              tabIndex={tab === x ? 0 : -1}
              aria-selected={tab === x ? 'true' : 'false'}
              aria-controls="preview-panel"
              onClick={() => setTab(x)}
            >
              {t(`preview.${x}`)}
            </button>
          ))}
        </div>
        <fieldset class="lang-toggle">
          <legend class="sr-only">{t('preview.language')}</legend>
          {langs.map((l) => (
            <label>
              <input type="radio" name="preview-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />
              {t(`lang.${l}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div id="preview-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {out && !out.result.ok ? (
          <p class="preview-error" role="status">
            {t('preview.failed', { error: out.result.error })}
          </p>
        ) : null}
        <iframe
          ref={frame}
          class="preview-frame"
          sandbox="allow-same-origin"
          onLoad={() => frame.current?.contentWindow?.scrollTo(0, scroll.current)}
          title={t('preview.frame', { tab: tabLabel, lang: t(`lang.${lang}`) })}
          srcdoc={out?.result.ok ? out.result.text : ''}
          data-lang={lang}
          data-tab={tab}
          data-ms={out ? out.ms.toFixed(1) : ''}
          data-gen={out ? String(out.gen) : '0'}
        />
      </div>
    </section>
  );
}
