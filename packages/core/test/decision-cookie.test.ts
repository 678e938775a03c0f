import { describe, expect, it } from 'vitest';
import type { ConsentDecision } from '../src/index.js';
import { cookieAttributes, decodeDecision, encodeDecision, isCurrent, validateConfig } from '../src/index.js';
import { baseConfig } from './config.js';
import { fakeEnv } from './fake-env.js';

const decision = (over: Partial<ConsentDecision> = {}): ConsentDecision => ({
  id: '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f',
  revision: '1',
  categories: ['necessary', 'analytics', 'marketing'],
  services: { analytics: ['matomo'] },
  time: Date.UTC(2026, 0, 1, 12),
  action: 'custom',
  ...over,
});
const config = validateConfig(baseConfig()).config!;

describe('decision cookie encoding', () => {
  it('round-trips a decision in a short value', () => {
    const d = decision();
    const raw = encodeDecision(d);
    expect(raw).toBe(`1|${d.id}|1|${d.time.toString(36)}|2|necessary.analytics:matomo.marketing`);
    expect(raw.length).toBeLessThan(90);
    expect(decodeDecision(raw)).toEqual(d);
  });

  it('round-trips every action, an empty grant list and revisions with separators', () => {
    for (const action of ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'renewal', 'embed'] as const) {
      const d = decision({ action, categories: [], services: {}, revision: '2026|05 v1.2%' });
      expect(decodeDecision(encodeDecision(d))).toEqual(d);
    }
  });

  it('marks a pending decision with a seventh part, and reads every value written before it', () => {
    const d = decision({ action: 'embed', pending: true, categories: ['necessary', 'marketing'], services: { marketing: ['youtube'] } });
    const raw = encodeDecision(d);
    expect(raw).toBe(`1|${d.id}|1|${d.time.toString(36)}|6|necessary.marketing:youtube|p`);
    expect(decodeDecision(raw)).toEqual(d);
    // A value of the earlier format (six parts) is an answered decision, as it always was.
    const old = `1|${d.id}|1|${d.time.toString(36)}|2|necessary.analytics:matomo.marketing`;
    expect(decodeDecision(old)).toEqual(decision());
    expect(decodeDecision(old)!.pending).toBeUndefined();
    expect(decodeDecision(raw.replace(/p$/, 'x'))).toBeNull();
  });

  it('treats garbage, foreign, truncated and other-version values as no decision, without throwing', () => {
    const good = encodeDecision(decision());
    const bad = [
      undefined,
      null,
      '',
      'yes',
      'true',
      '{"necessary":true}', // another tool's JSON under the same name
      'GA1.2.3456.7890',
      '%E0%A4%A', // malformed percent-encoding
      good.slice(0, 20), // truncated
      good.slice(0, good.lastIndexOf('|')),
      `2${good.slice(1)}`, // future version
      `${good}|extra`,
      good.replace('|2|', '|9|'), // unknown action
      good.replace('|1|', '|%ZZ|'), // undecodable revision
      good.replace('necessary.', 'necess<ary.'),
      good.replace(/\|[0-9a-z]+\|2\|/, '|-5|2|'), // bad time
    ];
    for (const raw of bad) expect(decodeDecision(raw as string)).toBeNull();
  });
});

describe('isCurrent', () => {
  const d = decision();
  it('accepts a decision under the same revision within expiryDays', () => {
    expect(isCurrent(d, config, d.time + 181 * 864e5)).toBe(true);
    expect(isCurrent(d, { ...config, revision: '1' }, d.time)).toBe(true);
  });
  it('asks again after expiryDays counted from the decision time', () => {
    expect(isCurrent(d, config, d.time + 182 * 864e5)).toBe(false);
    const short = validateConfig({ ...baseConfig(), cookie: { expiryDays: 30 } }).config!;
    expect(isCurrent(d, short, d.time + 31 * 864e5)).toBe(false);
  });
  it('asks again when the revision changed', () => {
    expect(isCurrent(d, { ...config, revision: 2 }, d.time)).toBe(false);
  });
});

describe('cookieAttributes', () => {
  it('uses the configured options and adds Secure only on https', () => {
    const c = validateConfig({ ...baseConfig(), cookie: { domain: 'example.nl', expiryDays: 90 } }).config!;
    const { env } = fakeEnv();
    expect(cookieAttributes(c, env)).toEqual({ expires: 90, domain: 'example.nl', path: '/', sameSite: 'Lax', secure: true });
    env.location.protocol = 'http:';
    expect(cookieAttributes(config, env)).toEqual({ expires: 182, domain: undefined, path: '/', sameSite: 'Lax', secure: false });
  });
});
