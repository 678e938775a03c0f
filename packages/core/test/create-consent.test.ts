import { describe, expect, it, vi } from 'vitest';
import type { ChangeDetail } from '../src/index.js';
import { ConfigError, createConsent, decodeDecision, encodeDecision, safeConsent } from '../src/index.js';
import { baseConfig } from './config.js';
import { fakeEnv } from './fake-env.js';

const setup = (over: Parameters<typeof fakeEnv>[0] = {}, config = baseConfig()) => {
  const f = fakeEnv(over);
  const m = createConsent(config, f.env);
  const changes: ChangeDetail[] = [];
  m.on('change', (d) => changes.push(d));
  return { ...f, m, changes };
};

describe('createConsent: before a decision', () => {
  it('grants only the required category; nothing is pre-ticked', () => {
    const { m } = setup();
    expect(m.needsDecision()).toBe(true);
    expect(m.get()).toBeNull();
    expect(m.has('necessary')).toBe(true);
    expect(m.has('necessary:anything')).toBe(true);
    for (const w of ['analytics', 'analytics:ga', 'marketing', 'marketing:youtube', 'unknown']) expect(m.has(w)).toBe(false);
  });

  it('exposes the validated config with defaults', () => {
    expect(setup().m.config.cookie!.name).toBe('akkoord');
  });
});

describe('createConsent: decisions', () => {
  it('acceptAll grants everything, stores the cookie and reports what was granted', () => {
    const { m, jar, calls, changes } = setup();
    const d = m.acceptAll();
    expect(d).toMatchObject({ action: 'accept-all', revision: '1', categories: ['necessary', 'analytics', 'marketing'], services: {} });
    expect(d.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(m.has('analytics:ga')).toBe(true);
    expect(m.needsDecision()).toBe(false);
    expect(decodeDecision(jar.akkoord)).toEqual(d);
    expect(calls.find((c) => c.op == 'set')!.attributes).toEqual({
      expires: 182,
      domain: undefined,
      path: '/',
      sameSite: 'Lax',
      secure: true,
    });
    expect(changes).toEqual([
      {
        decision: d,
        previous: null,
        withdrawn: [],
        granted: ['analytics', 'analytics:matomo', 'analytics:ga', 'marketing', 'marketing:youtube'],
        action: 'accept-all',
        id: d.id,
      },
    ]);
  });

  it('rejectAll grants only the required category', () => {
    const { m, changes } = setup();
    const d = m.rejectAll();
    expect(d).toMatchObject({ action: 'reject-all', categories: ['necessary'] });
    expect(m.has('analytics')).toBe(false);
    expect(m.needsDecision()).toBe(false);
    expect(changes[0]).toMatchObject({ withdrawn: [], granted: [] });
  });

  it('accept() is custom unless it equals all or none, and ignores unknown ids', () => {
    expect(setup().m.accept(['analytics', 'bogus']).action).toBe('custom');
    const { m } = setup();
    m.accept(['analytics', 'bogus']);
    expect(m.get()!.categories).toEqual(['necessary', 'analytics']);
    expect(m.accept(['analytics', 'marketing']).action).toBe('accept-all');
    expect(setup().m.accept([]).action).toBe('reject-all');
  });

  it('save() keeps a per-service selection and computes withdrawn/granted entries', () => {
    const { m, changes } = setup();
    m.acceptAll();
    const d = m.save({ categories: ['analytics', 'marketing'], services: { analytics: ['matomo'] } });
    // Google Analytics was granted and is not any more.
    expect(d.action).toBe('withdraw');
    expect(d.services).toEqual({ analytics: ['matomo'] });
    // Limited to some services, the category as a whole is no longer granted.
    expect(m.has('analytics')).toBe(false);
    expect(m.get()!.categories).toContain('analytics');
    expect(m.has('analytics:matomo')).toBe(true);
    expect(m.has('analytics:ga')).toBe(false);
    expect(changes[1]).toMatchObject({ withdrawn: ['analytics', 'analytics:ga'], granted: [] });
    m.save({ categories: ['analytics'], services: { analytics: [] } }, 'withdraw');
    expect(m.get()).toMatchObject({ categories: ['necessary'], action: 'withdraw' });
    expect(changes[2]!.withdrawn).toEqual(['analytics:matomo', 'marketing', 'marketing:youtube']);
  });

  it('allow() grants one category or service in place and keeps the rest', () => {
    const { m, changes } = setup();
    m.allow('marketing:youtube');
    expect(m.has('marketing:youtube')).toBe(true);
    // Its only service, yet not the category: the visitor allowed a video, not marketing.
    expect(m.has('marketing')).toBe(false);
    expect(m.has('analytics')).toBe(false);
    expect(changes[0]).toMatchObject({ granted: ['marketing:youtube'], withdrawn: [], action: 'embed' });
    m.accept(['analytics']);
    m.allow('marketing');
    expect(m.get()!.categories).toEqual(['necessary', 'analytics', 'marketing']);
    expect(m.has('marketing')).toBe(true);
    m.save({ categories: ['analytics'], services: { analytics: ['ga'] } });
    m.allow('analytics:matomo');
    expect(m.get()!.services).toEqual({ analytics: ['matomo', 'ga'] });
    expect(m.has('analytics:matomo') && m.has('analytics:ga')).toBe(true);
    expect(m.has('analytics')).toBe(false);
  });

  it('keeps the consent id across changes; reset forgets it and emits a change with decision null', () => {
    const { m, jar, calls, changes } = setup();
    const first = m.accept(['analytics']).id;
    expect(m.rejectAll().id).toBe(first);
    m.acceptAll();
    m.reset();
    expect(m.get()).toBeNull();
    expect(m.needsDecision()).toBe(true);
    expect(jar.akkoord).toBeUndefined();
    expect(calls.filter((c) => c.op == 'remove' && c.name == 'akkoord').map((c) => c.attributes)).toEqual([
      { expires: 182, domain: undefined, path: '/', sameSite: 'Lax', secure: true },
      { path: '/' },
    ]);
    expect(changes.at(-1)).toMatchObject({ decision: null, granted: [], action: 'reset', id: first });
    expect(changes.at(-1)!.withdrawn).toContain('marketing');
    expect(m.acceptAll().id).not.toBe(first);
  });

  it('reset also deletes the cookie on the configured domain', () => {
    const { m, calls } = setup({}, { ...baseConfig(), cookie: { domain: 'example.nl' } });
    m.reset();
    expect(calls.filter((c) => c.op == 'remove').map((c) => c.attributes!.domain)).toEqual(['example.nl', undefined]);
  });
});

describe('createConsent: stored decisions', () => {
  const stored = (over: object = {}) => {
    const a = setup();
    a.m.save({ categories: ['analytics'] });
    return { value: a.jar.akkoord!, decision: a.m.get()!, ...over };
  };

  it('reads a valid stored decision', () => {
    const { value, decision } = stored();
    const { m } = setup({ cookieValues: { akkoord: value } });
    expect(m.get()).toEqual(decision);
    expect(m.has('analytics')).toBe(true);
    expect(m.needsDecision()).toBe(false);
  });

  it('asks again when the revision changed, and keeps the consent id for the renewed decision', () => {
    const { value, decision } = stored();
    const { m } = setup({ cookieValues: { akkoord: value } }, { ...baseConfig(), revision: 2 });
    expect(m.needsDecision()).toBe(true);
    expect(m.has('analytics')).toBe(false);
    expect(m.acceptAll()).toMatchObject({ id: decision.id, revision: '2', action: 'renewal' });
    // Renewed once: the next answer is an ordinary one again.
    expect(m.accept(['analytics', 'marketing']).action).toBe('accept-all');
  });

  it('asks again when the decision is older than expiryDays, even if the cookie survived', () => {
    const { value, decision } = stored();
    const later = (days: number) => setup({ cookieValues: { akkoord: value }, time: decision.time + days * 864e5 }).m;
    expect(later(181).needsDecision()).toBe(false);
    expect(later(182).needsDecision()).toBe(true);
    expect(later(182).rejectAll()).toMatchObject({ id: decision.id, action: 'renewal', categories: ['necessary'] });
  });

  it('treats a foreign or broken cookie value as no decision', () => {
    for (const v of ['ok', '1|x', encodeDecision({ ...stored().decision, id: 'bad id' })]) {
      expect(setup({ cookieValues: { akkoord: v } }).m.needsDecision()).toBe(true);
    }
  });

  it('uses the configured cookie name', () => {
    const { value } = stored();
    const { m } = setup({ cookieValues: { toestemming: value } }, { ...baseConfig(), cookie: { name: 'toestemming' } });
    expect(m.needsDecision()).toBe(false);
  });
});

describe('createConsent: events', () => {
  it('dispatches akkoord:change on the document with the same detail', () => {
    const doc = new EventTarget() as unknown as Document;
    const seen: unknown[] = [];
    doc.addEventListener('akkoord:change', (e) => seen.push((e as CustomEvent).detail));
    const { m, changes } = setup({ doc });
    m.rejectAll();
    expect(seen).toEqual(changes);
  });

  it('off() unsubscribes; a throwing listener does not stop the others', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { m, changes } = setup();
    const fn = vi.fn();
    m.on('change', () => {
      throw new Error('site bug');
    });
    m.on('change', fn);
    m.acceptAll();
    m.off('change', fn);
    m.rejectAll();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(changes).toHaveLength(2);
    expect(err).toHaveBeenCalledTimes(2);
    err.mockRestore();
  });

  it('ready() emits once; late subscribers are called at once', () => {
    const doc = new EventTarget() as unknown as Document;
    const onDoc = vi.fn();
    doc.addEventListener('akkoord:ready', onDoc);
    const { m } = setup({ doc });
    const early = vi.fn();
    m.on('ready', early);
    expect(early).not.toHaveBeenCalled();
    m.ready();
    m.ready();
    expect(early).toHaveBeenCalledTimes(1);
    expect(onDoc).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    m.on('ready', late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('fail closed', () => {
  it('createConsent throws a ConfigError carrying every issue', () => {
    const { env } = fakeEnv();
    try {
      createConsent({ revision: 1, categories: [{ id: 'a b', title: 'x' }], extra: 1 } as never, env);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).errors.map((x) => x.path)).toEqual(['categories[0].id', 'extra']);
      expect((e as Error).message).toMatch(/^Akkoord: invalid config \(config\): categories\[0\]\.id: expected an id/);
    }
  });

  it('safeConsent logs the formatted errors, returns null and never throws', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { env, calls } = fakeEnv();
    expect(safeConsent(undefined, 'consent.json', env)).toBeNull();
    expect(safeConsent({ revision: 1, categories: [{ id: 'x', title: 'X', required: 'yes' }] }, 'inline', env)).toBeNull();
    expect(err.mock.calls.map((c) => c[0])).toEqual([
      'Akkoord: invalid config (consent.json): expected an object',
      'Akkoord: invalid config (inline): categories[0].required: expected true or false',
    ]);
    expect(calls).toEqual([]);
    expect(safeConsent(baseConfig(), 'ok', env)!.has('analytics')).toBe(false);
    err.mockRestore();
  });
});

describe('createConsent: every change says what it was (the consent log records it)', () => {
  it('withdraw: any grant taken back, from the dialog or by reject all, whatever else changed', () => {
    const { m, changes } = setup();
    m.accept(['analytics']);
    m.save({ categories: ['marketing'] });
    expect(changes[1]).toMatchObject({ action: 'withdraw', withdrawn: ['analytics', 'analytics:matomo', 'analytics:ga'] });
    expect(changes[1]!.granted).toEqual(['marketing', 'marketing:youtube']);
    m.acceptAll();
    expect(m.rejectAll().action).toBe('withdraw');
    // Nothing granted any more: refusing again takes nothing back.
    expect(m.rejectAll().action).toBe('reject-all');
    expect(changes.map((c) => c.action)).toEqual(['custom', 'withdraw', 'accept-all', 'withdraw', 'reject-all']);
  });

  it('a caller that names the action keeps it', () => {
    const { m } = setup();
    m.acceptAll();
    expect(m.save({ categories: [] }, 'custom').action).toBe('custom');
  });

  it('the change carries the consent id, also the one reset() forgets; reset without any decision has none', () => {
    const { m, changes } = setup();
    m.reset();
    expect(changes[0]).toMatchObject({ action: 'reset', decision: null, id: undefined });
    const id = m.allow('marketing:youtube').id;
    m.reset();
    expect(changes[2]).toMatchObject({ action: 'reset', id, withdrawn: ['marketing:youtube'] });
  });

  it('reset() of a stale decision names its id, and the next answer is a first one, not a renewal', () => {
    const a = setup();
    const old = a.m.acceptAll();
    const { m, changes } = setup({ cookieValues: { akkoord: a.jar.akkoord! }, randomId: () => 'fresh' }, { ...baseConfig(), revision: 2 });
    m.reset();
    expect(changes[0]).toMatchObject({ action: 'reset', id: old.id, previous: null });
    expect(m.acceptAll()).toMatchObject({ action: 'accept-all', id: 'fresh' });
  });
});

describe('createConsent: a service allowed in place (embed placeholder)', () => {
  it('grants that service only and leaves every other question open', () => {
    const { m, jar, changes } = setup();
    const d = m.allow('marketing:youtube');
    expect(d).toMatchObject({
      action: 'embed',
      pending: true,
      categories: ['necessary', 'marketing'],
      services: { marketing: ['youtube'] },
    });
    expect(m.needsDecision()).toBe(true);
    expect(m.get()).toEqual(d);
    // Stored, so the next page view keeps the video allowed and still asks.
    const next = setup({ cookieValues: { akkoord: jar.akkoord! } }).m;
    expect(next.get()).toEqual(d);
    expect(next.has('marketing:youtube')).toBe(true);
    expect(next.needsDecision()).toBe(true);
    expect(changes).toHaveLength(1);
  });

  it('a second embed keeps the first and stays pending; allowing what is granted changes nothing', () => {
    const { m, changes } = setup();
    m.allow('marketing:youtube');
    const d = m.allow('analytics:matomo');
    expect(d).toMatchObject({ pending: true, services: { marketing: ['youtube'], analytics: ['matomo'] } });
    expect(m.allow('analytics:matomo')).toBe(d);
    expect(changes).toHaveLength(2);
  });

  it('the answer that follows decides every category: accept all keeps it, reject all refuses it too', () => {
    const a = setup();
    a.m.allow('marketing:youtube');
    expect(a.m.acceptAll()).toMatchObject({ action: 'accept-all', services: {} });
    expect(a.m.get()!.pending).toBeUndefined();
    expect(a.m.needsDecision()).toBe(false);

    const b = setup();
    const id = b.m.allow('marketing:youtube').id;
    // Reject all is the visitor's latest explicit word: it takes the video back, as a withdrawal.
    expect(b.m.rejectAll()).toMatchObject({ id, action: 'withdraw', categories: ['necessary'], services: {} });
    expect(b.m.has('marketing:youtube')).toBe(false);
    expect(b.m.needsDecision()).toBe(false);
  });

  it('after an answer, an embed allowed later is not pending and does not ask again', () => {
    const { m, changes } = setup();
    m.rejectAll();
    const d = m.allow('marketing:youtube');
    expect(d.pending).toBeUndefined();
    expect(d.action).toBe('embed');
    expect(m.needsDecision()).toBe(false);
    expect(changes.at(-1)).toMatchObject({ action: 'embed', granted: ['marketing:youtube'], withdrawn: [] });
  });

  it('an embed before renewing a stale answer leaves the renewal to the answer', () => {
    const a = setup();
    a.m.acceptAll();
    const { m } = setup({ cookieValues: { akkoord: a.jar.akkoord! } }, { ...baseConfig(), revision: 2 });
    expect(m.allow('marketing:youtube')).toMatchObject({ action: 'embed', pending: true });
    expect(m.accept(['analytics', 'marketing']).action).toBe('renewal');
  });

  it('an unknown id is an error naming it, and changes nothing', () => {
    const { m, changes } = setup();
    expect(() => m.allow('marketing:vimeo')).toThrow('allow("marketing:vimeo"): no such category or service.');
    expect(() => m.allow('ads')).toThrow('allow("ads")');
    expect(changes).toEqual([]);
    expect(m.get()).toBeNull();
  });
});
