// @vitest-environment happy-dom
import { createConsent, type AkkoordConfig, type ConsentManager } from '@akkoord/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choices, mountBanner } from '../src/mount-banner.js';
import { textsFor } from '../src/texts.js';

const config: AkkoordConfig = {
  revision: 3,
  organisation: 'Bakkerij De Korenschoof',
  privacyStatementUrl: { nl: '/privacy/', en: '/privacy/en/' },
  categories: [
    { id: 'necessary', required: true, title: { nl: 'Noodzakelijk', en: 'Necessary' } },
    {
      id: 'analytics',
      title: { nl: 'Statistieken', en: 'Statistics' },
      services: [{ id: 'stats', name: 'Telraam', cookies: [{ name: '_tr', duration: { nl: '1 jaar', en: '1 year' } }] }],
    },
    {
      id: 'marketing',
      title: { nl: 'Marketing', en: 'Marketing' },
      services: [
        { id: 'video', name: 'Filmpjes' },
        { id: 'pixel', name: 'Advertentiepixel' },
      ],
    },
  ],
};

let m: ConsentManager;
const root = () => document.getElementById('akkoord-root')!.shadowRoot!;
const button = (action: string) => root().querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
const mount = (lang = 'nl') => mountBanner(m, { lang, texts: textsFor(m.config, lang) });
const boxes = () => [...root().querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
/** The dialog's control whose label starts with `name`. */
const control = (name: string) => boxes().find((b) => b.closest('label')!.textContent!.trim().startsWith(name))!;
const key = (key: string, shiftKey = false) =>
  root().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true }));

beforeEach(() => {
  for (const c of document.cookie.split('; '))
    if (c) document.cookie = c.split('=')[0] + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  document.body.innerHTML = '<input id="search"><a href="#" data-akkoord="preferences" id="prefs">Cookies</a>';
  m = createConsent(config);
});
afterEach(() => document.getElementById('akkoord-root')?.remove());

describe('first layer', () => {
  it('names who processes data and why, links the statement, and offers three equal buttons', () => {
    mount().show();
    const region = root().querySelector('[role=region]')!;
    expect(region.getAttribute('aria-labelledby')).toBe('akk-t');
    expect(root().getElementById('akk-t')!.textContent).toBe('Cookies op deze website');
    expect(region.textContent).toContain('Bakkerij De Korenschoof');
    expect(region.textContent).toContain('statistieken, marketing');
    expect(region.querySelector('a')!.getAttribute('href')).toBe('/privacy/');
    const buttons = [...region.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.action)).toEqual(['accept-all', 'reject-all', 'preferences']);
    expect(buttons.map((b) => b.textContent)).toEqual(['Alles accepteren', 'Alles weigeren', 'Voorkeuren']);
    // Same element, same attributes apart from the action: no visual nudge towards accepting.
    expect(new Set(buttons.map((b) => b.className + b.type + b.outerHTML.replace(/data-action="[^"]+"|>[^<]*</g, ''))).size).toBe(1);
  });

  it('takes no focus from the page and comes first in the tab order instead', async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    mount().show();
    // Also not after its first frame (it used to take focus then, with a focus ring on every first view).
    await frame();
    expect(document.activeElement).toBe(document.body);
    expect(root().querySelector('[tabindex]')).toBeNull();
    // Keyboard users meet it first: its host is the first element of <body>.
    expect(document.body.firstElementChild!.id).toBe('akkoord-root');
    expect(root().querySelector('button')!.tabIndex).toBe(0);
  });

  it('stores a refusal with only the required category and hides', () => {
    mount().show();
    button('reject-all').click();
    expect(m.get()!.categories).toEqual(['necessary']);
    expect(m.get()!.action).toBe('reject-all');
    expect(document.cookie).toContain('akkoord=');
    expect(root().querySelector('[role=region]')).toBeNull();
  });

  it('accepts everything on accept all', () => {
    mount().show();
    button('accept-all').click();
    expect(m.has('analytics') && m.has('marketing:video')).toBe(true);
    expect(choices(m)).toMatchObject({ analytics: true, 'analytics:stats': true, marketing: true });
  });

  it('speaks English when mounted in English', () => {
    mount('en').show();
    expect(button('reject-all').textContent).toBe('Reject all');
    expect(root().querySelector('a')!.getAttribute('href')).toBe('/privacy/en/');
  });
});

describe('preferences dialog', () => {
  it('is a labelled modal dialog with nothing pre-ticked but the locked required category', () => {
    mount().showPreferences();
    const dialog = root().querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(root().getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Uw cookievoorkeuren');
    // Per category, then (hidden in <details>) per service of the category with two services.
    expect(boxes().map((b) => [b.closest('label')!.textContent!.trim(), b.checked, b.disabled])).toEqual([
      ['Noodzakelijk (altijd aan)', true, true],
      ['Statistieken', false, false],
      ['Marketing', false, false],
      ['Filmpjes', false, false],
      ['Advertentiepixel', false, false],
    ]);
    for (const b of boxes().slice(0, 3)) expect(root().getElementById(b.getAttribute('aria-describedby')!)).not.toBeNull();
    for (const b of boxes().slice(3)) expect(b.closest('details')).not.toBeNull();
    expect(dialog.textContent).toContain('_tr');
    expect(dialog.textContent).toContain('1 jaar');
  });

  it('saves exactly the switched-on categories', () => {
    mount().showPreferences();
    control('Statistieken').click();
    button('save').click();
    expect(m.get()!.categories.sort()).toEqual(['analytics', 'necessary']);
    expect(m.has('marketing')).toBe(false);
    expect(m.get()!.action).toBe('custom');
  });

  it('moves focus to the first switch, wraps Tab at both ends, and Escape goes back to the first layer while no choice is made', () => {
    mount().showPreferences();
    expect(root().activeElement).toBe(control('Statistieken'));
    const focusables = [...root().querySelectorAll<HTMLElement>('a,button,input:not([disabled]),summary')];
    expect(focusables[0]!.getAttribute('data-action')).toBe('close');
    focusables[focusables.length - 1]!.focus();
    key('Tab');
    expect(root().activeElement).toBe(focusables[0]);
    key('Tab', true);
    expect(root().activeElement).toBe(focusables[focusables.length - 1]);
    key('Escape');
    expect(root().querySelector('[role=dialog]')).toBeNull();
    expect(root().querySelector('[role=region]')).not.toBeNull();
    // Focus is not dropped on the page: it goes back to the button that opened the dialog.
    expect(root().activeElement).toBe(button('preferences'));
    expect(m.get()).toBeNull();
  });

  it('has a named close button that leaves without a choice, like Escape', () => {
    mount().show();
    button('preferences').click();
    const close = button('close');
    expect(close.getAttribute('aria-label')).toBe('Sluiten');
    close.click();
    expect(root().querySelector('[role=dialog]')).toBeNull();
    expect(root().querySelector('[role=region]')).not.toBeNull();
    expect(root().activeElement).toBe(button('preferences'));
    expect(m.get()).toBeNull();
    // Once decided, closing hides the dialog and changes nothing.
    m.rejectAll();
    const before = m.get();
    document.getElementById('prefs')!.click();
    button('close').click();
    expect(root().querySelector('[role=dialog],[role=region]')).toBeNull();
    expect(m.get()).toBe(before);
    expect(document.activeElement!.id).toBe('prefs');
  });

  it('keeps the page behind the dialog from scrolling, and gives the page its own overflow back', () => {
    document.documentElement.style.overflow = 'clip';
    try {
      const ui = mount();
      ui.show();
      expect(document.documentElement.style.overflow).toBe('clip');
      ui.showPreferences();
      expect(document.documentElement.style.overflow).toBe('hidden');
      control('Statistieken').click(); // a re-render keeps the lock
      expect(document.documentElement.style.overflow).toBe('hidden');
      key('Escape');
      expect(document.documentElement.style.overflow).toBe('clip');
      ui.showPreferences();
      button('save').click();
      expect(document.documentElement.style.overflow).toBe('clip');
      ui.showPreferences();
      ui.destroy();
      expect(document.documentElement.style.overflow).toBe('clip');
    } finally {
      document.documentElement.style.overflow = '';
    }
  });

  it('opens from any data-akkoord="preferences" element and shows the consent id once decided', () => {
    m.rejectAll();
    mount();
    document.getElementById('prefs')!.click();
    const dialog = root().querySelector('[role=dialog]')!;
    expect(dialog.textContent).toContain(m.get()!.id);
    root().activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(root().querySelector('[role=dialog],[role=region]')).toBeNull();
  });
});

describe('per-service switches', () => {
  it('are switches, except the category switch over several services, a checkbox that can say "mixed"', () => {
    mount().showPreferences();
    expect(control('Statistieken').getAttribute('role')).toBe('switch');
    expect(control('Filmpjes').getAttribute('role')).toBe('switch');
    expect(control('Marketing').hasAttribute('role')).toBe(false);
    // A category with one service gets no switch per service: its own switch says it all.
    expect(boxes()).toHaveLength(5);
  });

  it('category switch = all its services; one service on shows the category as mixed', () => {
    mount().showPreferences();
    control('Marketing').click();
    expect([control('Marketing').checked, control('Filmpjes').checked, control('Advertentiepixel').checked]).toEqual([true, true, true]);
    control('Advertentiepixel').click();
    expect(control('Marketing').checked).toBe(false);
    expect(control('Marketing').indeterminate).toBe(true);
    expect(control('Filmpjes').checked).toBe(true);
    control('Filmpjes').click();
    expect([control('Marketing').checked, control('Marketing').indeterminate]).toEqual([false, false]);
    control('Advertentiepixel').click();
    expect(control('Marketing').indeterminate).toBe(true);
    // Switching the mixed category on grants all of its services again.
    control('Marketing').click();
    expect([control('Marketing').checked, control('Marketing').indeterminate, control('Filmpjes').checked]).toEqual([true, false, true]);
  });

  it('saves the services switched on, in the decision cookie, through the manager', () => {
    mount().showPreferences();
    control('Filmpjes').click();
    button('save').click();
    expect(m.get()!.categories).toEqual(['necessary', 'marketing']);
    expect(m.get()!.services).toEqual({ marketing: ['video'] });
    expect(m.get()!.action).toBe('custom');
    expect([m.has('marketing:video'), m.has('marketing:pixel'), m.has('marketing')]).toEqual([true, false, false]);
    expect(choices(m)).toMatchObject({ marketing: false, 'marketing:video': true, 'marketing:pixel': false });
    // Read back from the cookie by a new manager, as on the next page view.
    expect(createConsent(config).get()!.services).toEqual({ marketing: ['video'] });
  });

  it('opens with the stored services switched on, and all services of a category make it whole again', () => {
    m.save({ categories: ['marketing'], services: { marketing: ['pixel'] } });
    const ui = mount();
    ui.showPreferences();
    expect([control('Marketing').indeterminate, control('Filmpjes').checked, control('Advertentiepixel').checked]).toEqual([
      true,
      false,
      true,
    ]);
    control('Filmpjes').click();
    expect(control('Marketing').checked).toBe(true);
    button('save').click();
    expect(m.get()!.services).toEqual({});
    expect(m.has('marketing')).toBe(true);
  });

  it('refuses a category whose services are all switched off', () => {
    m.acceptAll();
    mount().showPreferences();
    control('Filmpjes').click();
    control('Advertentiepixel').click();
    button('save').click();
    expect(m.get()!.categories).toEqual(['necessary', 'analytics']);
    expect(m.has('marketing:video') || m.has('marketing:pixel')).toBe(false);
  });
});

describe('embed placeholder', () => {
  it('names the service and allows it in place', () => {
    const ui = mount();
    const iframe = document.createElement('iframe');
    const el = ui.placeholder(iframe, 'marketing:video');
    expect(el.shadowRoot!.textContent).toContain('Filmpjes');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=allow]')!.click();
    expect(m.has('marketing:video')).toBe(true);
    expect(m.has('analytics')).toBe(false);
  });
});

describe('decisions made elsewhere', () => {
  it('hides the first layer when the site decides through the API, and keeps an open dialog', () => {
    const ui = mount();
    ui.show();
    m.acceptAll();
    expect(root().querySelector('[role=region]')).toBeNull();
    ui.showPreferences();
    m.rejectAll();
    expect(root().querySelector('[role=dialog]')).not.toBeNull();
  });
});

describe('destroy (single-page apps)', () => {
  it('mounts and destroys 100 times without growth: no listener, node or manager listener left', () => {
    // Count what is added to and removed from the document and the manager.
    let docListeners = 0;
    let managerListeners = 0;
    const add = document.addEventListener.bind(document);
    const remove = document.removeEventListener.bind(document);
    document.addEventListener = ((...a: Parameters<typeof add>) => (docListeners++, add(...a))) as typeof add;
    document.removeEventListener = ((...a: Parameters<typeof remove>) => (docListeners--, remove(...a))) as typeof remove;
    const on = m.on.bind(m);
    const off = m.off.bind(m);
    m.on = ((e: never, fn: never) => (managerListeners++, on(e, fn))) as typeof m.on;
    m.off = ((e: never, fn: never) => (managerListeners--, off(e, fn))) as typeof m.off;
    try {
      document.body.insertAdjacentHTML('beforeend', '<iframe data-consent="marketing" data-src="/v"></iframe>');
      const nodes = document.querySelectorAll('*').length;
      for (let i = 0; i < 100; i++) {
        const ui = mount();
        ui.show();
        ui.placeholder(document.querySelector('iframe')!, 'marketing:video').id = 'ph';
        document.body.append(document.getElementById('ph')!);
        expect(docListeners).toBeGreaterThan(0); // counted, so the zero below means something
        ui.destroy();
        expect([docListeners, managerListeners], `after ${i + 1} mounts`).toEqual([0, 0]);
      }
      expect(document.getElementById('akkoord-root')).toBeNull();
      expect(document.querySelectorAll('*').length).toBe(nodes);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });

  it('leaves the site alone afterwards: its preferences link no longer opens anything', () => {
    const ui = mount();
    ui.destroy();
    document.getElementById('prefs')!.click();
    expect(document.getElementById('akkoord-root')).toBeNull();
    m.acceptAll(); // a decision after destroy reaches no banner
    expect(document.querySelectorAll('[id=akkoord-root]')).toHaveLength(0);
  });
});
