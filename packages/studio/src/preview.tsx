/**
 * The live preview: the statement (or cookie table, or register) in Dutch or English, rebuilt
 * after the user pauses, shown in an iframe with `sandbox=""` — no scripts, no forms, an opaque
 * origin — so even if declaration text slipped past the generator's escaping it could not run.
 */
import { useEffect, useState } from 'preact/hooks';
import { cookieTable, registerHtml, statementPage, type Declarations, type Lang, type Output } from './generator.js';
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
  const [lang, setLang] = useState<Lang>(uiLang);
  const [tab, setTab] = useState<PreviewTab>('statement');
  const [out, setOut] = useState<{ result: Output; ms: number } | undefined>(undefined);
  useEffect(
    () =>
      scheduleIdle(() => {
        const t0 = performance.now();
        const result = previewDocument(d, lang, tab);
        const ms = performance.now() - t0;
        setOut({ result, ms });
        // Exposed for the browser test and the bench: generation time of the last update.
        performance.mark('akkoord-studio:preview', { detail: { ms } });
      }),
    [d, lang, tab],
  );
  const tabLabel = t(`preview.${tab}`);
  return (
    <section class="preview" aria-labelledby="preview-h">
      <div class="preview-bar">
        <h2 id="preview-h">{t('preview.title')}</h2>
        <div role="tablist" aria-label={t('preview.title')}>
          {TABS.map((x) => (
            <button type="button" role="tab" id={`tab-${x}`} aria-selected={tab === x ? 'true' : 'false'} aria-controls="preview-panel" onClick={() => setTab(x)}>
              {t(`preview.${x}`)}
            </button>
          ))}
        </div>
        <fieldset class="lang-toggle">
          <legend class="sr-only">{t('preview.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <label>
              <input type="radio" name="preview-lang" value={l} checked={lang === l} onChange={() => setLang(l)} />
              {t(`lang.${l}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div id="preview-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {out && !out.result.ok ? <p class="preview-error" role="status">{t('preview.failed', { error: out.result.error })}</p> : null}
        <iframe
          class="preview-frame"
          sandbox=""
          title={t('preview.frame', { tab: tabLabel, lang: t(`lang.${lang}`) })}
          srcdoc={out?.result.ok ? out.result.text : ''}
          data-lang={lang}
          data-tab={tab}
          data-ms={out ? out.ms.toFixed(1) : ''}
        />
      </div>
    </section>
  );
}
