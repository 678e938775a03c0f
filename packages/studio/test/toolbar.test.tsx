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
import { bannerStatementUrl, loadStatementUrl, saveStatementUrl, statementUrlFindings, type StatementUrl } from '../src/statement-url.js';
import { createStore } from '../src/store.js';

const settle = () => new Promise((r) => setTimeout(r, 500));

function mount(d: Declarations = {}, initialStatementUrl: StatementUrl = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore(d);
  const urls: StatementUrl[] = [];
  render(
    <App
      store={store}
      initialLang="en"
      today="2026-11-24"
      onStartOver={() => store.replace({})}
      initialStatementUrl={initialStatementUrl}
      onStatementUrl={(u) => urls.push(u)}
    />,
    root,
  );
  return { store, urls };
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
  it('is a field of the form whose value reaches consent.json', async () => {
    const { urls } = mount({ organisation: { legalName: 'X B.V.' }, meta: { languages: ['nl', 'en'] } });
    await settle();
    // Missing, in a section not started yet: on the checklist.
    expect(document.querySelector('.todo-list li[data-section=cookies]')?.textContent).toBe(
      'Cookies: address of your privacy statement on the website',
    );
    const nl = document.getElementById('f-studio-statementUrl-nl') as HTMLInputElement;
    nl.value = '/privacy';
    nl.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(urls.at(-1)).toEqual({ nl: '/privacy' });
    // Started: the warning beside the field names the language still missing.
    expect(document.getElementById('f-studio-statementUrl-findings')?.textContent).toMatch(
      /^Warning: The cookie banner does not link to your privacy statement yet: fill in its address \(English\)\./,
    );
    const config = (url: StatementUrl) =>
      JSON.parse((bannerConfigJson({}, bannerStatementUrl(url, ['nl', 'en'])) as { text: string }).text) as {
        privacyStatementUrl?: unknown;
      };
    expect(config({ nl: '/privacy', en: '/en/privacy' }).privacyStatementUrl).toEqual({ nl: '/privacy', en: '/en/privacy' });
    expect(config({ nl: '/privacy', en: '/privacy' }).privacyStatementUrl).toBe('/privacy');
    expect(config({}).privacyStatementUrl).toBeUndefined();
  });

  it('shows the saved address, and only asks for the languages the statement is published in', async () => {
    mount({ organisation: { legalName: 'X B.V.' }, meta: { languages: ['nl'] }, cookies: [] }, { nl: 'https://www.x.nl/privacy' });
    await settle();
    expect((document.getElementById('f-studio-statementUrl-nl') as HTMLInputElement).value).toBe('https://www.x.nl/privacy');
    expect(document.getElementById('f-studio-statementUrl-en')).toBeNull();
    expect(document.getElementById('f-studio-statementUrl-findings')).toBeNull();
  });

  it('checks the address in the studio: missing is a warning, not a link is an error', () => {
    const t = createT('nl');
    expect(statementUrlFindings({ nl: '/privacy', en: 'https://x.nl/en/privacy' }, ['nl', 'en'], t, 'nl')).toEqual([]);
    const [missing] = statementUrlFindings({}, ['nl', 'en'], t, 'nl');
    expect(missing).toMatchObject({ rule: 'S01', severity: 'warning', path: 'studio.statementUrl' });
    expect(missing?.message).toBe('De cookiebanner linkt nog niet naar uw privacyverklaring: vul het adres in (Nederlands en Engels).');
    const wrong = statementUrlFindings({ nl: 'www.x.nl/privacy' }, ['nl'], t, 'nl');
    expect(wrong.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'Het adres voor het Nederlands (‘www.x.nl/privacy’) is geen volledig webadres (https://…) en geen pad op uw website (/privacy).',
      ],
    ]);
  });

  it('is kept in this browser beside the declarations', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    saveStatementUrl(storage, { nl: '/privacy', en: '' });
    expect(loadStatementUrl(storage)).toEqual({ nl: '/privacy' });
    saveStatementUrl(storage, {});
    expect(data.size).toBe(0);
    data.set('akkoord-studio:statement-url:v1', '[1,2]');
    expect(loadStatementUrl(storage)).toEqual({});
  });
});
