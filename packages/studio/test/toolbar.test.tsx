// @vitest-environment happy-dom
/**
 * The file actions: opening a file asks before it replaces work only this browser holds (as
 * "Start over" does), and the banner config carries the statement's address typed in the form.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app.js';
import { bannerConfigJson, type Declarations } from '../src/generator.js';
import { createT } from '../src/i18n.js';
import { exportYaml } from '../src/export-yaml.js';
import { adoptSavedStatementUrl, statementUrlFindings } from '../src/statement-url.js';
import { createStore } from '../src/store.js';

const settle = () => new Promise((r) => setTimeout(r, 500));

function mount(d: Declarations = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore(d);
  render(<App store={store} initialLang="en" today="2026-11-24" onStartOver={() => store.replace({})} />, root);
  return { store };
}

/** Picks a file in the "Open a file" input, as the browser's file dialog would. */
async function openFile(name: string, text: string) {
  const input = document.getElementById('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/yaml' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

const OTHER = 'organisation:\n  legalName: Andere Zaak B.V.\n';
const statusText = () => document.getElementById('import-status')?.textContent ?? '';

/** Stands in for the browser's confirm dialog, answering `answer`. */
function answerConfirm(answer: boolean) {
  const confirm = vi.fn((_message?: string) => answer);
  window.confirm = confirm;
  return confirm;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('Open a file', () => {
  it('asks before replacing work that is not saved, and keeps it when the marketer says no', async () => {
    const confirm = answerConfirm(false);
    const { store } = mount({ organisation: { legalName: 'Mijn Werk B.V.' } });
    await settle();
    await openFile('andere.yaml', OTHER);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]?.[0]).toBe(
      'Open andere.yaml? It replaces what is in the form now. Save a YAML file first if you want to keep it.',
    );
    expect(store.get().organisation?.legalName).toBe('Mijn Werk B.V.');
    expect(statusText()).toContain('andere.yaml was not opened; the form is unchanged.');
    confirm.mockImplementation(() => true);
    await openFile('andere.yaml', OTHER);
    expect(store.get().organisation?.legalName).toBe('Andere Zaak B.V.');
    // What was just opened is saved in a file: opening the next one needs no question.
    await openFile('derde.yaml', 'organisation:\n  legalName: Derde B.V.\n');
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(store.get().organisation?.legalName).toBe('Derde B.V.');
  });

  it('does not ask for an empty form, after saving as YAML, or for a file it cannot read', async () => {
    const confirm = answerConfirm(false);
    URL.createObjectURL = () => 'blob:x';
    const { store } = mount();
    await settle();
    await openFile('eerste.yaml', OTHER);
    expect(store.get().organisation?.legalName).toBe('Andere Zaak B.V.');
    const name = document.getElementById('f-organisation-legalName') as HTMLInputElement;
    name.value = 'Gewijzigd B.V.';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    // A broken file is refused before anything is asked.
    await openFile('kapot.yaml', 'organisation: [\n');
    expect(confirm).not.toHaveBeenCalled();
    expect(statusText()).toMatch(/kapot\.yaml:\d+:\d+/);
    (document.getElementById('export-yaml') as HTMLButtonElement).click();
    await openFile('andere.yaml', 'organisation:\n  legalName: Vierde B.V.\n');
    expect(confirm).not.toHaveBeenCalled();
    expect(store.get().organisation?.legalName).toBe('Vierde B.V.');
  });
});

describe('the statement’s address for the banner', () => {
  it('is a field of the declarations whose value reaches consent.json and the YAML file', async () => {
    const { store } = mount({ organisation: { legalName: 'X B.V.' }, meta: { languages: ['nl', 'en'] } });
    await settle();
    // Missing, in a section not started yet: on the checklist.
    expect(document.querySelector('.todo-list li[data-section=cookies]')?.textContent).toBe(
      'Cookies: address of your privacy statement on the website',
    );
    const input = document.getElementById('f-links-privacyStatement') as HTMLInputElement;
    input.value = '/privacy';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(store.get().links).toEqual({ privacyStatement: '/privacy' });
    expect(exportYaml(store.get())).toContain('privacyStatement: /privacy');
    expect(document.getElementById('f-links-privacyStatement-findings')).toBeNull();
    const config = (d: Declarations) =>
      JSON.parse((bannerConfigJson(d, d.links?.privacyStatement) as { text: string }).text) as { privacyStatementUrl?: unknown };
    expect(config(store.get()).privacyStatementUrl).toBe('/privacy');
    expect(config({}).privacyStatementUrl).toBeUndefined();
  });

  it('warns beside the field while the address is missing; a malformed one is the schema’s error', async () => {
    const { store } = mount({ organisation: { legalName: 'X B.V.' }, cookies: [] });
    await settle();
    expect(document.getElementById('f-links-privacyStatement-findings')?.textContent).toMatch(
      /^Warning: The cookie banner does not link to your privacy statement yet: fill in its address\./,
    );
    store.set(['links', 'privacyStatement'], 'www.x.nl/privacy');
    await settle();
    const shown = document.getElementById('f-links-privacyStatement-findings')?.textContent ?? '';
    expect(shown).not.toMatch(/does not link/);
    expect(shown).toMatch(/^Error: .*not in the right form\. A full web address \(https:\/\/…\) or a path on your website \(\/privacy\)\./);
    const t = createT('nl');
    expect(statementUrlFindings({ links: { privacyStatement: 'https://x.nl/privacy' } }, t)).toEqual([]);
    const [missing] = statementUrlFindings({ links: { privacyStatement: '  ' } }, t);
    expect(missing).toMatchObject({ rule: 'S01', severity: 'warning', path: 'links.privacyStatement' });
    expect(missing?.message).toBe('De cookiebanner linkt nog niet naar uw privacyverklaring: vul het adres in.');
  });

  it('moves an address an earlier version kept in this browser into the declarations, once', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    const KEY = 'akkoord-studio:statement-url:v1';
    data.set(KEY, JSON.stringify({ nl: '/privacy', en: '/en/privacy' }));
    expect(adoptSavedStatementUrl(storage, { meta: { version: '1' } })).toEqual({
      meta: { version: '1' },
      links: { privacyStatement: '/privacy' },
    });
    expect(data.has(KEY)).toBe(false);
    // Read once: a second start finds nothing to move.
    expect(adoptSavedStatementUrl(storage, {})).toEqual({});
    // An address already in the declarations wins; a damaged entry is dropped.
    data.set(KEY, JSON.stringify({ en: '/en/privacy' }));
    const d: Declarations = { links: { privacyStatement: '/privacyverklaring' } };
    expect(adoptSavedStatementUrl(storage, d)).toBe(d);
    data.set(KEY, '[1,2');
    expect(adoptSavedStatementUrl(storage, {})).toEqual({});
    expect(data.size).toBe(0);
  });
});
