// @vitest-environment happy-dom
/**
 * The service catalogue in the studio (issue 14): the search behind "add from the catalogue",
 * the combobox that adds a recipient `{ id, preset }` by keyboard or click, what a preset
 * recipient shows while its fields are empty, and the banner languages (issue 13).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { searchPresets } from '../src/catalogue-search.js';
import { findingsFor, statementFragment, type Declarations } from '../src/generator.js';
import { createT } from '../src/i18n.js';
import {
  effectiveRecipient,
  placePresetCookieFindings,
  presetRecipientId,
  RECIPIENT_PRESETS,
  recipientName,
} from '../src/preset-recipient.js';
import { createStore } from '../src/store.js';

const settle = () => new Promise((r) => setTimeout(r, 300));

const mount = async (d: Declarations = {}, lang: 'nl' | 'en' = 'en') => {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore(d);
  render(<App store={store} initialLang={lang} today="2026-11-24" onStartOver={() => store.replace({})} />, root);
  await settle();
  return store;
};

const el = <T extends HTMLElement = HTMLInputElement>(id: string) => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} is not on the page`);
  return e as T;
};
const search = () => el('catalogue-search');
const typeQuery = async (value: string) => {
  search().focus();
  search().value = value;
  search().dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
};
const press = async (key: string) => {
  search().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  await settle();
};
/** The names of the services the list shows now (none while it is hidden). */
const shown = () => {
  const list = el<HTMLUListElement>('catalogue-options');
  if (list.hidden) return [];
  return [...list.querySelectorAll('[role="option"] .preset-name')].map((o) => o.textContent);
};

const t = createT('en');
const category = (c: string) => t(`cookieCat.${c}`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('searchPresets', () => {
  it('lists every recipient preset for an empty query, but no software without a provider', () => {
    const all = searchPresets('', category, 'en');
    expect(all.length).toBe(RECIPIENT_PRESETS.length);
    expect(all.map((p) => p.id)).toContain('youtube');
    // Self-hosted Matomo sends data to nobody: it cannot be a recipient.
    expect(all.map((p) => p.id)).not.toContain('matomo');
    expect(all.map((p) => p.id)).toContain('matomo-cloud');
  });

  it('matches the service, the company, the category and the description, in the interface language', () => {
    expect(searchPresets('vim', category, 'en').map((p) => p.id)).toEqual(['vimeo']);
    // The company: every Google service, and nothing else.
    const google = searchPresets('google ireland', category, 'en');
    expect(google.length).toBeGreaterThan(4);
    expect(google.every((p) => p.provider?.name === 'Google Ireland Limited')).toBe(true);
    // The category as the form words it, in Dutch too, without regard to case or accents.
    const nlT = createT('nl');
    const stats = searchPresets('STATISTIEKEN', (c) => nlT(`cookieCat.${c}`), 'nl').map((p) => p.id);
    expect(stats).toContain('plausible');
    expect(stats).not.toContain('youtube');
    expect(searchPresets('Mollié', category, 'en').map((p) => p.id)).toEqual(['mollie']);
    expect(searchPresets('no such service', category, 'en')).toEqual([]);
  });

  it('puts services whose name starts with the query first', () => {
    const hits = searchPresets('google', category, 'en');
    // YouTube is Google's too, but its name does not start with "google".
    expect(hits.map((p) => p.id).indexOf('youtube')).toBeGreaterThan(hits.map((p) => p.id).indexOf('google-maps'));
    expect(hits[0]?.name.toLowerCase().startsWith('google')).toBe(true);
  });
});

describe('a preset recipient', () => {
  it('gets a free id, named after the preset', () => {
    expect(presetRecipientId('youtube', [])).toBe('youtube');
    expect(presetRecipientId('youtube', ['youtube', 'youtube-2', 'stats'])).toBe('youtube-3');
  });

  it('is read with the preset filled in, the file winning', () => {
    const r = { id: 'video', preset: 'youtube', name: 'Ons videokanaal' } as never;
    const eff = effectiveRecipient(r);
    expect(eff?.name).toBe('Ons videokanaal');
    expect(eff?.role).toBe('controller');
    expect(eff?.country).toBe('IE');
    expect(recipientName({ preset: 'youtube' }, 'en')).toBe('YouTube');
    expect(recipientName({ preset: 'nonsense' }, 'en')).toBe('');
  });

  it('has the findings on the cookies its preset adds moved to its preset field', () => {
    const d: Declarations = {
      recipients: [{ id: 'video', preset: 'youtube' } as never],
      cookies: [{ name: 'own', category: 'necessary', purpose: 'login', duration: 'P1D' }],
    };
    const raw = findingsFor(d, 'en', '2026-11-24').filter((f) => /^cookies\[[1-9]/.test(f.path));
    // Two YouTube storage keys have no duration in the catalogue (rule V23).
    expect(raw.length).toBeGreaterThan(0);
    const placed = placePresetCookieFindings(raw, d);
    expect(placed.map((f) => f.path)).toEqual(raw.map(() => 'recipients[0].preset'));
    // A finding on the file's own cookie stays where it is.
    expect(placePresetCookieFindings([{ path: 'cookies[0].duration' }], d)).toEqual([{ path: 'cookies[0].duration' }]);
  });
});

describe('add from the catalogue', () => {
  it('filters as the marketer types and adds the highlighted service with Enter', async () => {
    const d: Declarations = {
      organisation: {
        legalName: 'Bakkerij Test',
        address: { street: 'Dorpsstraat 1', postalCode: '1234 AB', city: 'Ede' },
        email: 'a@b.nl',
      },
      purposes: [{ id: 'site', name: 'Website', recipients: [] } as never],
    };
    const store = await mount(d);
    const input = search();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(document.querySelector(`label[for="catalogue-search"]`)?.textContent).toBe(t('catalogue.search'));

    await typeQuery('tube');
    expect(shown().length).toBeGreaterThan(0);
    expect(shown().every((n) => /youtube/i.test(n ?? ''))).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    // The best match is highlighted at once; ArrowDown moves on, ArrowUp back.
    const first = el('catalogue-options').querySelector('[role="option"]') as HTMLElement;
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    // The provider and the category are shown beside the name.
    expect(first.textContent).toContain('Google Ireland Limited');
    expect(first.textContent).toContain(t('cookieCat.marketing'));

    await typeQuery('vimeo');
    expect(shown()).toEqual(['Vimeo']);
    expect(document.querySelector('.catalogue [role="status"]')?.textContent).toBe(t('catalogue.count', { count: 1 }));
    await press('Enter');
    expect(store.get().recipients).toEqual([{ id: 'vimeo', preset: 'vimeo' }]);
    // The search is cleared for the next service, and the status line says what happened.
    expect(search().value).toBe('');
    expect(document.querySelector('.catalogue [role="status"]')?.textContent).toContain('Vimeo');
    // The new recipient's fieldset is named after the service.
    expect(el('f-recipients-0').querySelector('legend')?.textContent).toBe('Vimeo');
  });

  it('works with the arrow keys alone, closes with Escape and adds a second copy under a new id', async () => {
    const store = await mount({ recipients: [{ id: 'youtube', preset: 'youtube' } as never] });
    search().focus();
    search().dispatchEvent(new Event('focus'));
    await typeQuery('youtube');
    const names = shown();
    const at = names.indexOf('YouTube');
    expect(at).toBeGreaterThanOrEqual(0);
    // An option already in the list says so.
    expect(el('catalogue-option-youtube').textContent).toContain(t('catalogue.inList'));
    await press('Escape');
    expect(shown()).toEqual([]);
    expect(search().getAttribute('aria-expanded')).toBe('false');
    expect(search().value).toBe('youtube');
    // Opening again with ArrowDown starts at the top; move down to YouTube.
    await press('ArrowDown');
    for (let i = 0; i < at; i++) await press('ArrowDown');
    expect(search().getAttribute('aria-activedescendant')).toBe('catalogue-option-youtube');
    await press('Enter');
    expect(store.get().recipients?.map((r) => r.id)).toEqual(['youtube', 'youtube-2']);
    // Escape with the list closed clears the search.
    await typeQuery('x');
    await press('Escape');
    await press('Escape');
    expect(search().value).toBe('');
  });

  it('adds by click, and the statement names the provider once a purpose uses it', async () => {
    const d: Declarations = { purposes: [{ id: 'site', name: 'Website', recipients: [] } as never] };
    const store = await mount(d);
    await typeQuery('hotjar');
    el('catalogue-option-hotjar').click();
    await settle();
    expect(store.get().recipients).toEqual([{ id: 'hotjar', preset: 'hotjar' }]);
    // The purposes' recipient list names it too, so it can be ticked there.
    expect(document.querySelector('label[for="f-purposes-0-recipients-0"]')?.textContent ?? '').toContain('Hotjar');
    const withPurpose: Declarations = { ...store.get(), purposes: [{ id: 'site', name: 'Website', recipients: ['hotjar'] } as never] };
    const html = statementFragment(withPurpose, 'en');
    expect(html.ok && html.text).toContain('Hotjar Ltd');
  });

  it('shows what the preset fills in while the fields are empty, and copies the safeguard to change it', async () => {
    const store = await mount({ recipients: [{ id: 'stats', preset: 'google-analytics' } as never] }, 'en');
    expect(el<HTMLSelectElement>('f-recipients-0-preset').value).toBe('google-analytics');
    expect(el('f-recipients-0-preset-applies').textContent).toContain('Google Ireland Limited');
    expect(el('f-recipients-0-preset-applies').textContent).toContain('_ga');
    expect(el('f-recipients-0-name-both').placeholder).toBe('Google Ireland Limited');
    expect(el('f-recipients-0-service-en').placeholder).toMatch(/statistics/i);
    expect(el<HTMLSelectElement>('f-recipients-0-role').value).toBe('processor');
    expect(el<HTMLSelectElement>('f-recipients-0-country').value).toBe('IE');
    expect(el('f-recipients-0-privacyPolicyUrl').placeholder).toMatch(/^https:\/\//);
    // The processor question follows the preset's role.
    expect(document.getElementById('f-recipients-0-processingAgreement')).not.toBeNull();
    // The countries and the safeguard are lines of text, each with a button that copies them to edit.
    expect(el('f-recipients-0-countries').textContent).toContain('United States');
    const transfer = el('f-recipients-0-transfer');
    expect(transfer.textContent).toContain(t('mechanism.dpf'));
    // V08 asks for the date the DPF list was checked: it lands on this group.
    expect(transfer.querySelector('.finding')?.getAttribute('data-rule')).toBe('V08');
    expect(store.get().recipients?.[0]).toEqual({ id: 'stats', preset: 'google-analytics' });
    (transfer.querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect(store.get().recipients?.[0]?.transfer).toEqual({ mechanism: 'dpf', fallback: 'sccs' });
    expect(el<HTMLSelectElement>('f-recipients-0-transfer-mechanism').value).toBe('dpf');
    expect(document.getElementById('f-recipients-0-transfer-dpfCheckedOn')).not.toBeNull();
  });

  it('lets the preset be chosen or removed on an existing recipient', async () => {
    const store = await mount({ recipients: [{ id: 'chat', name: 'Chat B.V.', role: 'processor', service: 'chat' }] });
    const select = el<HTMLSelectElement>('f-recipients-0-preset');
    expect(select.value).toBe('');
    select.value = 'intercom';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(store.get().recipients?.[0]).toEqual({ id: 'chat', name: 'Chat B.V.', role: 'processor', service: 'chat', preset: 'intercom' });
    // The file's own name wins over the catalogue's, in the form as in the statement.
    expect(el('f-recipients-0').querySelector('legend')?.textContent).toBe('Chat B.V.');
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(store.get().recipients?.[0]).not.toHaveProperty('preset');
  });
});

describe('banner languages', () => {
  it('follow the statement languages until the marketer ticks another, and keep at least one', async () => {
    const store = await mount({ meta: { languages: ['nl'] } }, 'nl');
    const box = (l: string) => el(`f-meta-bannerLanguages-${l}`);
    expect(['nl', 'en', 'de', 'fr'].map((l) => box(l).checked)).toEqual([true, false, false, false]);
    expect(box('nl').disabled).toBe(true);
    expect(document.querySelector('label[for="f-meta-bannerLanguages-de"]')?.textContent).toBe('Duits');
    box('de').click();
    await settle();
    expect(store.get().meta?.bannerLanguages).toEqual(['nl', 'de']);
    box('fr').click();
    await settle();
    box('nl').click();
    await settle();
    expect(store.get().meta?.bannerLanguages).toEqual(['de', 'fr']);
    // The hint says what German and French add.
    expect(el('f-meta-bannerLanguages-hint').textContent).toContain('consent.json');
  });
});
