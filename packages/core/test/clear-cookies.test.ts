import { describe, expect, it } from 'vitest';
import { clearCookies, createConsent, validateConfig } from '../src/index.js';
import { baseConfig } from './config.js';
import { fakeEnv } from './fake-env.js';

const config = validateConfig(baseConfig()).config!;
const removed = (calls: ReturnType<typeof fakeEnv>['calls']) => calls.filter((c) => c.op == 'remove');

describe('clearCookies', () => {
  it('removes matching cookies for every domain and path candidate, host-only included', () => {
    const { env, calls } = fakeEnv({ cookieValues: { _ga: '1', other: '2' } });
    env.location.hostname = 'shop.www.example.co.uk';
    env.location.pathname = '/nl/winkel';
    const names = clearCookies(config, (w) => w.startsWith('marketing'), env);
    expect(names).toEqual(['_ga']);
    const attrs = removed(calls).map((c) => `${c.attributes!.domain ?? '(host)'} ${c.attributes!.path}`);
    const domains = [
      '(host)',
      'shop.www.example.co.uk',
      '.shop.www.example.co.uk',
      'www.example.co.uk',
      '.www.example.co.uk',
      'example.co.uk',
      '.example.co.uk',
      'co.uk',
      '.co.uk',
    ];
    const paths = ['/', '/nl', '/nl/', '/nl/winkel', '/nl/winkel/'];
    expect(attrs).toEqual(domains.flatMap((d) => paths.map((p) => `${d} ${p}`)));
    expect(attrs.some((a) => /^\.?uk /.test(a))).toBe(false);
    expect(removed(calls).every((c) => c.name == '_ga')).toBe(true);
  });

  it('matches exact names, * wildcards and /regular expressions/', () => {
    const cookieValues = {
      _ga: '',
      _ga_ABC123: '',
      _ga_lower: '',
      '_pk_id.1.abcd': '',
      '_pk_ses.1.abcd': '',
      _pk_idx: '',
      VISITOR_INFO1_LIVE: '',
    };
    const { env } = fakeEnv({ cookieValues });
    env.location.hostname = 'localhost';
    expect(clearCookies(config, () => false, env).sort()).toEqual([
      'VISITOR_INFO1_LIVE',
      '_ga',
      '_ga_ABC123',
      '_pk_id.1.abcd',
      '_pk_ses.1.abcd',
    ]);
  });

  it('leaves granted services, required categories and the decision cookie alone', () => {
    const c = validateConfig({
      ...baseConfig(),
      categories: [
        { id: 'necessary', required: true, title: 'N', services: [{ id: 'site', name: 'Site', cookies: [{ name: 'PHPSESSID' }] }] },
        { id: 'analytics', title: 'A', services: [{ id: 'x', name: 'X', cookies: [{ name: '*' }] }] },
      ],
    }).config!;
    const { env } = fakeEnv({ cookieValues: { PHPSESSID: '1', akkoord: '1|x', _ga: '' } });
    const m = createConsent(c, env);
    expect(clearCookies(c, m.has, env)).toEqual(['_ga']);
    expect(clearCookies(c, () => true, env)).toEqual([]);
  });
});

describe('withdrawal through the manager', () => {
  it('deletes cookies of withdrawn services (a withdrawn category withdraws all its services)', () => {
    const { env, jar, calls } = fakeEnv();
    const m = createConsent(baseConfig(), env);
    m.acceptAll();
    Object.assign(jar, { _ga: 'GA1', '_pk_id.1.a': 'x', VISITOR_INFO1_LIVE: 'y' });
    m.save({ categories: ['analytics', 'marketing'], services: { analytics: ['matomo'] } });
    expect(Object.keys(jar).sort()).toEqual(['VISITOR_INFO1_LIVE', '_pk_id.1.a', 'akkoord']);
    m.accept(['analytics']);
    expect(Object.keys(jar).sort()).toEqual(['_pk_id.1.a', 'akkoord']);
    calls.length = 0;
    m.reset();
    expect(Object.keys(jar)).toEqual([]);
  });

  it('also clears on the first reject (cookies set before any decision)', () => {
    const { env, jar } = fakeEnv({ cookieValues: { _ga: 'early' } });
    createConsent(baseConfig(), env).rejectAll();
    expect(jar._ga).toBeUndefined();
  });

  it('clears refused cookies again on a later page view with a decision (scripts re-set them), not without one', () => {
    const first = fakeEnv();
    createConsent(baseConfig(), first.env).accept(['marketing']);
    const { env, jar } = fakeEnv({ cookieValues: { akkoord: first.jar.akkoord!, _ga: 'again', VISITOR_INFO1_LIVE: 'ok' } });
    createConsent(baseConfig(), env);
    expect(Object.keys(jar).sort()).toEqual(['VISITOR_INFO1_LIVE', 'akkoord']);
    const fresh = fakeEnv({ cookieValues: { _ga: 'before any decision' } });
    createConsent(baseConfig(), fresh.env);
    expect(fresh.jar._ga).toBe('before any decision');
  });

  it('reloads after a withdrawal only when reloadOnWithdraw is set', () => {
    const a = fakeEnv();
    const m = createConsent({ ...baseConfig(), reloadOnWithdraw: true }, a.env);
    m.acceptAll();
    m.allow('analytics');
    expect(a.state.reloads).toBe(0);
    m.rejectAll();
    expect(a.state.reloads).toBe(1);
    const b = fakeEnv();
    const n = createConsent(baseConfig(), b.env);
    n.acceptAll();
    n.rejectAll();
    expect(b.state.reloads).toBe(0);
  });
});
