/**
 * The studio page: header with file actions, the guided form, and beside it the findings and the
 * live preview. State lives in one store (store.ts); this component only subscribes and renders.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Declarations, Finding } from './generator.js';
import { groupFindings } from './group-findings.js';
import { createT, type UiLang } from './i18n.js';
import { FindingsPanel } from './findings-panel.js';
import { Preview } from './preview.js';
import { ScanPanel, type ImportedScan } from './scan-panel.js';
import { scheduleIdle } from './schedule-idle.js';
import { SECTIONS, type SectionKey } from './section-keys.js';
import { DpoSection } from './sections/dpo-section.js';
import { MetaSection } from './sections/meta-section.js';
import { MoreSection } from './sections/more-section.js';
import { OrganisationSection } from './sections/organisation-section.js';
import { PurposesSection } from './sections/purposes-section.js';
import { RecipientsSection } from './sections/recipients-section.js';
import { RightsSection } from './sections/rights-section.js';
import { RolesSection } from './sections/roles-section.js';
import { CookiesSection } from './sections/cookies-section.js';
import { SecuritySection } from './sections/security-section.js';
import { SubjectsSection } from './sections/subjects-section.js';
import type { Store } from './store.js';
import { StudioContext, type StudioContextValue } from './studio-context.js';
import { changedSections, splitFindings, studioFindings } from './studio-findings.js';
import { Toolbar } from './toolbar.js';

export { SECTIONS };

/** Props of {@link App}. */
export interface AppProps {
  store: Store;
  initialLang: UiLang;
  /** Called when the interface language changes (persisted by main.tsx). */
  onLang?: (lang: UiLang) => void;
  /** Called on "start over" after the user confirmed. */
  onStartOver: () => void;
  /** Today as YYYY-MM-DD (injected so tests are not tied to the clock). */
  today: string;
}

/** The whole studio. */
export function App({ store, initialLang, onLang, onStartOver, today }: AppProps) {
  const [d, setD] = useState<Declarations>(store.get());
  const [lang, setLang] = useState<UiLang>(initialLang);
  const [findings, setFindings] = useState<Finding[]>([]);
  // Sections the marketer edited in this visit: their findings show even when emptied again.
  const [touched, setTouched] = useState<ReadonlySet<SectionKey>>(new Set());
  const touch = (sections: readonly SectionKey[]) => {
    if (sections.some((s) => !touched.has(s))) setTouched((prev) => new Set([...prev, ...sections]));
  };
  // The imported scan is not part of the declarations: it is shown until closed or started over.
  const [scan, setScan] = useState<ImportedScan | undefined>(undefined);
  // Layout effect, and catch up on changes made before it ran, so no early edit is missed.
  useLayoutEffect(() => {
    setD(store.get());
    return store.subscribe(setD);
  }, [store]);
  // Validation is deferred like the preview: typing never waits for the schema and rules.
  useEffect(() => scheduleIdle(() => setFindings(studioFindings(d, lang, today))), [d, lang, today]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const t = useMemo(() => createT(lang), [lang]);
  const { shown, todo } = useMemo(() => splitFindings(findings, d, touched, lang), [findings, d, touched, lang]);
  const findingsByField = useMemo(() => groupFindings(shown), [shown]);
  // Every edit from the form goes through these, so the sections it changes count as started.
  const edit = (write: () => void) => {
    const before = store.get();
    write();
    touch(changedSections(before, store.get()));
  };
  const ctx: StudioContextValue = {
    d,
    set: (path, value) => edit(() => store.set(path, value)),
    update: (fn) => edit(() => store.update(fn)),
    t,
    lang,
    findingsByField,
  };
  // The focused close button disappears with the panel: focus goes back to where a scan is opened.
  const closeScan = () => {
    setScan(undefined);
    document.getElementById('import-scan')?.focus();
  };
  const switchLang = (l: UiLang) => {
    setLang(l);
    onLang?.(l);
  };
  return (
    <StudioContext.Provider value={ctx}>
      <a class="skip" href="#form">
        {t('app.skip')}
      </a>
      <header class="top">
        <div class="brand">
          <h1>{t('app.title')}</h1>
          <p>{t('app.tagline')}</p>
        </div>
        <div class="ui-lang">
          <label for="ui-lang">{t('app.uiLanguage')}</label>
          <select id="ui-lang" value={lang} onChange={(e) => switchLang((e.currentTarget as HTMLSelectElement).value as UiLang)}>
            <option value="nl" lang="nl">
              Nederlands
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
        <Toolbar
          onImport={(x) => {
            // Another file: what was started belongs to the work it replaces.
            setTouched(new Set());
            store.replace(x);
          }}
          onScan={(report, file) => setScan({ report, file })}
          onStartOver={() => {
            setScan(undefined);
            setTouched(new Set());
            onStartOver();
          }}
        />
      </header>
      <div class="layout">
        <nav class="sections-nav" aria-label={t('app.sections')}>
          <ul>
            {SECTIONS.map((s) => (
              <li>
                <a href={`#s-${s}`}>{t(`section.${s}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="form" class="form" tabIndex={-1}>
          {scan ? <ScanPanel scan={scan} today={today} onClose={closeScan} /> : null}
          <form onSubmit={(e) => e.preventDefault()} aria-label={t('app.title')}>
            <OrganisationSection />
            <DpoSection />
            <SubjectsSection />
            <PurposesSection />
            <RecipientsSection />
            <RolesSection />
            <CookiesSection />
            <SecuritySection />
            <RightsSection />
            <MoreSection />
            <MetaSection />
          </form>
        </main>
        <aside class="side" aria-label={t('preview.title')}>
          <FindingsPanel findings={shown} todo={todo} />
          <Preview />
        </aside>
      </div>
    </StudioContext.Provider>
  );
}
