// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../src/boot.js';
import type { ConsentLog, ConsentLogOptions, DecisionRecordInput } from '@akkoord/consent-log';
import type { AkkoordApi } from '../src/global-api.js';

const w = window as Window & { akkoord?: AkkoordApi; dataLayer?: unknown[] };
const tick = () => new Promise((r) => setTimeout(r, 10));
const inline = (json: string) =>
  (document.body.innerHTML = `<script type="application/json" data-akkoord-config>${json}</script>
   <script type="text/plain" data-consent="analytics">window.__ran = true</script>`);
const valid = {
  revision: 1,
  categories: [
    { id: 'necessary', required: true, title: 'Necessary' },
    { id: 'analytics', title: 'Statistics' },
  ],
};

beforeEach(() => {
  delete w.akkoord;
  delete w.dataLayer;
  document.cookie = 'akkoord=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});
afterEach(() => {
  document.getElementById('akkoord-root')?.remove();
  vi.restoreAllMocks();
});

describe('boot', () => {
  it('defines window.akkoord at once with the documented methods, and fires ready', async () => {
    inline(JSON.stringify(valid));
    boot();
    const api = w.akkoord!;
    expect(
      Object.keys(api)
        .filter((k) => !k.startsWith('_'))
        .sort(),
    ).toEqual(['accept', 'acceptAll', 'get', 'has', 'off', 'on', 'rejectAll', 'reset', 'show', 'showPreferences'].sort());
    const ready = vi.fn();
    api.on('ready', ready); // before the config has loaded: kept
    // ready comes two tasks after the config (mount, then the gate): waited for, not timed.
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(document.getElementById('akkoord-root')!.shadowRoot!.querySelector('[role=region]')).not.toBeNull();
    expect(api.get()).toBeNull();
    api.rejectAll();
    expect(api.get()!.categories).toEqual(['necessary']);
    expect(api.has('analytics')).toBe(false);
  });

  it('pushes the Consent Mode default before the banner shows', async () => {
    inline(JSON.stringify(valid));
    boot();
    await tick();
    const first = w.dataLayer![0] as ArrayLike<unknown>;
    expect([first[0], first[1]]).toEqual(['consent', 'default']);
    expect((first[2] as Record<string, string>).analytics_storage).toBe('denied');
  });

  it('is a no-op the second time (a script included twice)', async () => {
    inline(JSON.stringify(valid));
    boot();
    const api = w.akkoord;
    boot();
    await tick();
    expect(w.akkoord).toBe(api);
    expect(document.querySelectorAll('#akkoord-root')).toHaveLength(1);
  });

  it('fails closed on a broken config: one console error naming the field, no banner, nothing granted, no throw', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    inline(JSON.stringify({ revision: 1, categories: [{ id: 'bad id!', title: 'X' }] }));
    expect(() => boot()).not.toThrow();
    await tick();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/categories\[0\]\.id/);
    expect(document.getElementById('akkoord-root')).toBeNull();
    w.akkoord!.acceptAll();
    expect(w.akkoord!.has('analytics')).toBe(false);
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('names the config URL and ends the sentence when it cannot be reached, like an HTTP error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const tag = document.createElement('script');
    tag.dataset.config = '/consent.json';
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(tag);
    document.body.innerHTML = '';
    boot();
    await tick();
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toBe('Akkoord: cannot load /consent.json (Failed to fetch). Nothing optional runs.');
    delete w.akkoord;
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('not found', { status: 404 }));
    boot();
    await tick();
    expect(error.mock.calls[1]![0]).toBe('Akkoord: cannot load /consent.json (HTTP 404). Nothing optional runs.');
  });

  it('names the source when the config is not JSON, and when there is none', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    inline('{ revision: 1');
    boot();
    await tick();
    expect(String(error.mock.calls[0]![0])).toMatch(/^Akkoord: inline config is not valid JSON/);
    delete w.akkoord;
    document.body.innerHTML = '';
    boot();
    await tick();
    expect(String(error.mock.calls[1]![0])).toMatch(/no config: add data-config/);
  });

  describe('consent log (akkoord-with-log.js)', () => {
    const withLog = { ...valid, consentLog: { endpoint: '/_k/v1/consents' } };
    /** Boots with a fake log client; resolves once the banner is mounted (the log starts there). */
    const bootLogged = async (config: object) => {
      const records: DecisionRecordInput[] = [];
      const factory = vi.fn((_: ConsentLogOptions): ConsentLog => ({ record: (r) => (records.push(r), 'receipt'), flush: async () => {} }));
      inline(JSON.stringify(config));
      boot(factory);
      await vi.waitFor(() => expect(factory).toHaveBeenCalled());
      return records;
    };
    const gpcSignal = (on: boolean) => Object.defineProperty(navigator, 'globalPrivacyControl', { value: on, configurable: true });
    afterEach(() => gpcSignal(false));

    it('records every change with the action that describes it, a reset too', async () => {
      const records = await bootLogged(withLog);
      const api = w.akkoord!;
      api.accept(['analytics']);
      api.rejectAll();
      const id = api.get()!.id;
      api.reset();
      expect(records.map((r) => r.action)).toEqual(['accept-all', 'withdraw', 'reset']);
      expect(records.every((r) => r.consentId == id && r.revision == '1' && r.language == 'en')).toBe(true);
      expect(records[0]!.choices).toEqual({ necessary: true, analytics: true });
      expect(records[2]!.choices).toEqual({ necessary: true, analytics: false });
      // A reset with no consent id left has no one to record.
      api.reset();
      expect(records).toHaveLength(3);
    });

    it('records the automatic GPC decision once, on the page view that made it', async () => {
      gpcSignal(true);
      const config = { ...withLog, gpc: { autoDecide: true } };
      const first = await bootLogged(config);
      expect(first).toHaveLength(1);
      expect(first[0]).toMatchObject({ action: 'gpc', consentId: w.akkoord!.get()!.id, choices: { necessary: true, analytics: false } });
      delete w.akkoord;
      document.getElementById('akkoord-root')?.remove();
      // The next page view reads the stored decision: nothing new to record.
      expect(await bootLogged(config)).toEqual([]);
    });
  });
});
