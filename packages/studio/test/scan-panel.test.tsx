// @vitest-environment happy-dom
import { createReportTranslate, findingFix, findingSentence, type InlineFormat, type ScanReport } from '@akkoord/scanner/browser';
import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReport, XSS_NAME } from '../../scanner/test/sample-report.js';
import { createT, type UiLang } from '../src/i18n.js';
import { ScanPanel } from '../src/scan-panel.js';
import { createStore, type Store } from '../src/store.js';
import { StudioContext } from '../src/studio-context.js';

/** The sentences as plain text, worded independently of the studio's own format. */
const PLAIN: InlineFormat = { text: (s) => s, code: (s) => s, value: (s) => s };

/** The panel in the studio context, re-rendered on every store change like the app does. */
function Harness({ store, report, lang }: { store: Store; report: ScanReport; lang: UiLang }) {
  const [d, setD] = useState(store.get());
  useLayoutEffect(() => store.subscribe(setD), [store]);
  return (
    <StudioContext.Provider
      value={{
        d,
        set: store.set,
        update: store.update,
        t: createT(lang),
        lang,
        findingsByField: new Map(),
      }}
    >
      <ScanPanel scan={{ report, file: 'bakkerij-scan.json' }} today="2026-11-24" onClose={() => undefined} />
    </StudioContext.Provider>
  );
}

const mount = (lang: UiLang = 'en') => {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore({});
  const report = sampleReport();
  render(<Harness store={store} report={report} lang={lang} />, root);
  return { root, store, report };
};

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('scan panel', () => {
  it("shows every finding with the reports' sentence and fix, grouped by severity", () => {
    const { root, report } = mount('en');
    const rt = createReportTranslate('en');
    expect(root.querySelector('h2')?.textContent).toBe('Cookie scan of https://bakkerij.example/');
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Violations (4)',
      'Undeclared (2)',
      'To check (3)',
      'Hints (1)',
    ]);
    const items = [...root.querySelectorAll('.scan-finding')];
    expect(items.map((li) => li.querySelector('.scan-sentence')?.textContent)).toEqual(
      report.findings.map((f) => findingSentence(rt, f, PLAIN)),
    );
    expect(items.map((li) => li.querySelector('.scan-fix')?.textContent)).toEqual(
      report.findings.map((f) => `How to fix: ${findingFix(rt, f, PLAIN)}`),
    );
    // The locale's code spans become <code>; pages and evidence are folded away.
    expect(items[0]?.querySelector('.scan-fix code')?.textContent).toBe('<script type="text/plain" data-consent="marketing">');
    expect(items[0]?.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(items[0]?.querySelector('details summary')?.textContent).toBe('Pages (2)');
    expect(root.querySelector('.scan-counts tbody tr')?.textContent).toBe(
      `Cookies${report.counts.before.cookies}${report.counts.accept.cookies}${report.counts.reject.cookies}`,
    );
  });

  it('keeps hostile names as text', () => {
    const { root } = mount('en');
    expect(root.querySelector('script, img')).toBeNull();
    expect(root.textContent).toContain(`Cookie ${XSS_NAME} from tracker.example`);
  });

  it('speaks the interface language', () => {
    const { root, report } = mount('nl');
    const rt = createReportTranslate('nl');
    expect(root.querySelector('.scan-sentence')?.textContent).toBe(findingSentence(rt, report.findings[0]!, PLAIN));
    expect(root.querySelector('#apply-scan')?.textContent).toBe('Toepassen op mijn declaraties');
  });

  it('applies the scan once: the entries and the scan date land in the store, a second click adds nothing', async () => {
    const { root, store } = mount('en');
    expect(root.querySelector('.scan-apply p')?.textContent).toMatch(/^Applying adds 6 entries to your cookie list for you to review: /);
    (root.querySelector('#apply-scan') as HTMLButtonElement).click();
    await tick();
    expect(store.get().cookies?.map((c) => c.name)).toEqual(['*script*alert(1)*/script*', 'CookieConsent', '_fbp', '_ga', '_gid', 'a|b']);
    expect(store.get().cookieScan?.date).toBe('2025-06-02');
    const status = root.querySelector('#scan-applied')?.textContent ?? '';
    expect(status).toMatch(/^Added 6 entries to the cookies: /);
    expect(status).toContain(
      'The Open Cookie Database does not know these, so their category and purpose are placeholders: *script*alert(1)*/script* and a|b.',
    );
    // The list of names reads as a sentence: commas, then "and" before the last.
    expect(status).toMatch(/: \*script\*alert\(1\)\*\/script\*, CookieConsent, _fbp, _ga, _gid and a\|b\./);
    expect(root.querySelector('#scan-applied a')?.getAttribute('href')).toBe('#s-cookies');
    const after = store.get();
    (root.querySelector('#apply-scan') as HTMLButtonElement).click();
    await tick();
    expect(store.get()).toBe(after);
    expect(root.querySelector('#scan-applied')?.textContent).toBe('The last scan is set; there was nothing new to add.');
    expect(root.querySelector('.scan-apply p')?.textContent).toMatch(
      /^Every cookie and storage key the scan found is already in your cookie list\./,
    );
  });
});
