import { describe, expect, it } from 'vitest';
import type { AkkoordConfig } from '../src/index.js';
import { createConsent, decodeDecision } from '../src/index.js';
import { baseConfig } from './config.js';
import { fakeEnv } from './fake-env.js';

const withGpc = (signal: boolean, config: AkkoordConfig = baseConfig(), cookieValues?: Record<string, string>) => {
  const f = fakeEnv({ gpc: () => signal, cookieValues });
  return { ...f, m: createConsent(config, f.env) };
};

describe('Global Privacy Control', () => {
  it('refuses marketing-type categories by default and exposes which', () => {
    const { m } = withGpc(true);
    expect(m.gpc).toBe(true);
    expect(m.gpcRefused).toEqual(['marketing']);
    expect(m.has('marketing')).toBe(false);
    expect(m.needsDecision()).toBe(true);
  });

  it('does nothing without the signal or when config turns it off', () => {
    expect(withGpc(false).m.gpcRefused).toEqual([]);
    const off = withGpc(true, { ...baseConfig(), gpc: { enabled: false } }).m;
    expect([off.gpc, off.gpcRefused]).toEqual([false, []]);
  });

  it('follows the per-category gpc flag', () => {
    const c = baseConfig();
    c.categories[1]!.gpc = true;
    c.categories[2]!.gpc = false;
    expect(withGpc(true, c).m.gpcRefused).toEqual(['analytics']);
  });

  it('an explicit later choice wins: acceptAll and accept grant GPC-refused categories', () => {
    const { m } = withGpc(true);
    expect(m.acceptAll().categories).toContain('marketing');
    expect(m.has('marketing:youtube')).toBe(true);
    m.accept(['analytics']);
    expect(m.has('marketing')).toBe(false);
    m.allow('marketing');
    expect(m.has('marketing')).toBe(true);
  });

  it('a stored explicit decision wins over the signal', () => {
    const first = withGpc(false);
    first.m.acceptAll();
    const { m } = withGpc(true, baseConfig(), { akkoord: first.jar.akkoord! });
    expect(m.has('marketing')).toBe(true);
    expect(m.needsDecision()).toBe(false);
  });

  it('autoDecide stores a refusing decision with action gpc instead of asking', () => {
    const { m, jar } = withGpc(true, { ...baseConfig(), gpc: { autoDecide: true } });
    expect(m.needsDecision()).toBe(false);
    expect(m.get()).toMatchObject({ action: 'gpc', categories: ['necessary'] });
    expect(decodeDecision(jar.akkoord)!.action).toBe('gpc');
    expect(withGpc(false, { ...baseConfig(), gpc: { autoDecide: true } }).m.needsDecision()).toBe(true);
  });
});
