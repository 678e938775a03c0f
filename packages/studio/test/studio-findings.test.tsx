// @vitest-environment happy-dom
/**
 * What a marketer sees in the findings panel: no errors about sections nobody has started, a
 * checklist of what is still to fill in, findings of a section once it is touched, counts in the
 * right plural and lists that read as a sentence.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { countText } from '../src/findings-panel.js';
import type { Declarations, Finding } from '../src/generator.js';
import { createT } from '../src/i18n.js';
import { listText } from '../src/list-text.js';
import { createStore } from '../src/store.js';
import { changedSections, splitFindings, studioFindings } from '../src/studio-findings.js';

const TODAY = '2026-11-24';
const settle = () => new Promise((r) => setTimeout(r, 500));

const mount = (d: Declarations = {}, lang: 'nl' | 'en' = 'en') => {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore(d);
  render(<App store={store} initialLang={lang} today={TODAY} onStartOver={() => store.replace({})} />, root);
  return store;
};

const type = (id: string, value: string) => {
  const el = document.getElementById(id) as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

const listed = () => [...document.querySelectorAll('.findings-list .finding')].map((li) => li.getAttribute('data-rule'));
const todo = () => [...document.querySelectorAll('.todo-list li')].map((li) => li.textContent);
const status = () => document.querySelector('.findings [role=status]')?.textContent;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a new, empty studio', () => {
  it('greets with a checklist of what to fill in, not with errors', async () => {
    mount({}, 'nl');
    await settle();
    // The validator does find errors in an empty file…
    expect(studioFindings({}, 'nl', TODAY).filter((f) => f.severity === 'error').length).toBeGreaterThan(3);
    // …but none is shown before the marketer has started the section it is about.
    expect(listed()).toEqual([]);
    expect(document.querySelectorAll('.inline-findings').length).toBe(0);
    expect(status()).toBe('Nog niets na te kijken in wat u hebt ingevuld.');
    expect(todo()).toEqual([
      'Uw organisatie: officiële naam, adres, e-mailadres en KvK-nummer (8 cijfers)',
      'Functionaris gegevensbescherming: heeft u een functionaris gegevensbescherming?',
      'Cookies: adres van uw privacyverklaring op de website',
      'Beveiliging',
      'Rechten van mensen: waar mensen verzoeken heen sturen (e-mail of webformulier)',
      'Versie en wijzigingen: versie, geldt vanaf en wijzigingen',
    ]);
    expect(document.querySelector('.todo-list a')?.getAttribute('href')).toBe('#s-organisation');
  });

  it('shows a section’s findings beside its fields once the marketer starts it, and keeps the rest as a checklist', async () => {
    const store = mount();
    await settle();
    type('f-organisation-legalName', 'Bakkerij B.V.');
    await settle();
    expect(store.get().organisation?.legalName).toBe('Bakkerij B.V.');
    // The organisation is started: what it still lacks shows beside each field.
    expect(document.getElementById('f-organisation-email-findings')?.textContent).toMatch(
      /^Error: The organisation has no “E-mail address”\. /,
    );
    expect(listed()).toEqual(['V01', 'V01', 'V01']);
    expect(status()).toBe('2 errors and 1 warning');
    expect(todo()[0]).toBe('Data protection officer: do you have a data protection officer?');
    // Emptied again, a touched section keeps showing what it needs.
    type('f-organisation-legalName', '');
    await settle();
    expect(store.get().organisation).toBeUndefined();
    expect(listed()).toEqual(['V01', 'V01', 'V01', 'V01']);
  });

  it('shows every finding of an opened file’s sections, and lists the sections the file leaves empty', () => {
    const d: Declarations = { organisation: { legalName: 'X B.V.' }, dpo: 'none' };
    const { shown, todo: rest } = splitFindings(studioFindings(d, 'en', TODAY), d, new Set(), 'en');
    expect(new Set(shown.map((f) => f.path.split('.')[0]))).toEqual(new Set(['organisation']));
    expect(rest.map((x) => x.section)).toEqual(['cookies', 'security', 'rights', 'meta']);
  });

  it('knows which sections an edit touched', () => {
    const before: Declarations = { organisation: { legalName: 'A' }, meta: { version: '1' } };
    expect(changedSections(before, { ...before, organisation: { legalName: 'B' } })).toEqual(['organisation']);
    expect(changedSections(before, { ...before, dataCategories: [] })).toEqual(['subjects']);
    expect(changedSections(before, before)).toEqual([]);
  });
});

describe('counts and lists in a sentence', () => {
  const f = (severity: Finding['severity']): Finding => ({
    rule: 'X',
    severity,
    path: '',
    message: '',
    file: 'studio',
    line: 0,
    column: 0,
  });

  it('uses the right plural and leaves out what is zero', () => {
    expect(countText([f('error'), f('info')], createT('nl'), 'nl')).toBe('1 fout en 1 tip');
    expect(countText([f('error'), f('error'), f('warning'), f('info')], createT('nl'), 'nl')).toBe('2 fouten, 1 waarschuwing en 1 tip');
    expect(countText([f('warning'), f('warning')], createT('en'), 'en')).toBe('2 warnings');
    expect(countText([f('error'), f('warning'), f('info'), f('info')], createT('en'), 'en')).toBe('1 error, 1 warning and 2 tips');
  });

  it('reads a list as a sentence: commas, then "en" / "and"', () => {
    expect(listText(['naam', 'adres', 'e-mailadres'], 'nl')).toBe('naam, adres en e-mailadres');
    expect(listText(['name', 'address', 'email'], 'en')).toBe('name, address and email');
    expect(listText(['naam', '', 'adres'], 'nl')).toBe('naam en adres');
    expect(listText(['naam'], 'nl')).toBe('naam');
  });
});
