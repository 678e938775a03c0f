// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { AkkoordConfig } from '../src/index.js';
import { consentMode, createConsent, createGate } from '../src/index.js';
import { baseConfig } from './config.js';
import { fakeEnv } from './fake-env.js';

const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const isArguments = (x: unknown) => Object.prototype.toString.call(x) == '[object Arguments]';

const setup = (config: AkkoordConfig = baseConfig(), cookieValues?: Record<string, string>) => {
  const f = fakeEnv({ cookieValues });
  const m = createConsent(config, f.env);
  const update = consentMode(m, f.env);
  return { ...f, m, update, layer: (f.env.win.dataLayer || []) as IArguments[] };
};
const plain = (entry: IArguments) => Array.from(entry);

describe('consentMode', () => {
  it('pushes consent default as an Arguments object: all denied except security, with wait_for_update', () => {
    const { layer } = setup();
    expect(layer).toHaveLength(1);
    expect(isArguments(layer[0])).toBe(true);
    expect(plain(layer[0]!)).toEqual(['consent', 'default', { ...denied, wait_for_update: 500 }]);
  });

  it('pushes consent update on every decision with the default mapping', () => {
    const { m, layer } = setup();
    m.accept(['analytics']);
    expect(isArguments(layer[1])).toBe(true);
    expect(plain(layer[1]!)).toEqual(['consent', 'update', { ...denied, analytics_storage: 'granted' }]);
    m.acceptAll();
    expect(plain(layer[2]!)[2]).toEqual({
      ...denied,
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
    m.reset();
    expect(plain(layer[3]!)).toEqual(['consent', 'update', denied]);
  });

  it('a category limited to some services does not grant its types (GA must not store when only Matomo is allowed)', () => {
    const { m, layer } = setup();
    m.save({ categories: ['analytics'], services: { analytics: ['matomo'] } });
    expect(plain(layer[1]!)[2]).toEqual(denied);
  });

  it('a service allowed from its placeholder grants no type, even as the only service of its category', () => {
    const { m, layer } = setup();
    m.allow('marketing:youtube');
    expect(plain(layer[1]!)).toEqual(['consent', 'update', denied]);
    // The visitor's explicit choice of the category does.
    m.accept(['marketing']);
    expect(plain(layer[2]!)[2]).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
  });

  it('a category:service mapping grants its types while that service is granted', () => {
    const { m, layer } = setup({ ...baseConfig(), consentMode: { mapping: { 'analytics:ga': ['analytics_storage'] } } });
    m.save({ categories: ['analytics'], services: { analytics: ['matomo'] } });
    expect(plain(layer[1]!)[2]).toEqual(denied);
    m.allow('analytics:ga');
    expect(plain(layer[2]!)[2]).toEqual({ ...denied, analytics_storage: 'granted' });
  });

  it('pushes an update at start when a decision is stored', () => {
    const first = setup();
    first.m.accept(['marketing']);
    const { layer } = setup(baseConfig(), { akkoord: first.jar.akkoord! });
    expect(layer.map((e) => plain(e)[1])).toEqual(['default', 'update']);
    expect(plain(layer[1]!)[2]).toMatchObject({ ad_storage: 'granted', analytics_storage: 'denied' });
  });

  it('uses config mapping, waitForUpdate, and grants the required category’s types in the default', () => {
    const { m, layer } = setup({
      ...baseConfig(),
      consentMode: {
        waitForUpdate: 2000,
        mapping: { necessary: ['functionality_storage'], analytics: ['analytics_storage', 'personalization_storage'] },
      },
    });
    expect(plain(layer[0]!)[2]).toEqual({ ...denied, functionality_storage: 'granted', wait_for_update: 2000 });
    m.accept(['analytics']);
    expect(plain(layer[1]!)[2]).toMatchObject({
      analytics_storage: 'granted',
      personalization_storage: 'granted',
      functionality_storage: 'granted',
    });
  });

  it('reuses window.gtag and an existing dataLayer', () => {
    const calls: unknown[][] = [];
    const f = fakeEnv({ win: { dataLayer: ['existing'], gtag: (...a: unknown[]) => void calls.push(a) } });
    consentMode(createConsent(baseConfig(), f.env), f.env);
    expect(f.env.win.dataLayer).toEqual(['existing']);
    expect(calls[0]!.slice(0, 2)).toEqual(['consent', 'default']);
  });

  it('does nothing when disabled', () => {
    const { m, env } = setup({ ...baseConfig(), consentMode: { enabled: false } });
    m.acceptAll();
    expect(env.win.dataLayer).toBeUndefined();
  });

  it('default and the update are in dataLayer before the gate inserts a tag (call order: consentMode, then createGate)', () => {
    const f = fakeEnv();
    const m = createConsent(baseConfig(), f.env);
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">1</script>`;
    consentMode(m, f.env);
    const atInsert: unknown[] = [];
    const replace = Element.prototype.replaceChild;
    const spy = vi.spyOn(Element.prototype, 'replaceChild').mockImplementation(function <T extends Node>(this: Element, n: Node, o: T) {
      atInsert.push(...(f.env.win.dataLayer as IArguments[]).map((e) => plain(e)[1]));
      return replace.call(this, n, o) as T;
    });
    const g = createGate(m, document);
    m.acceptAll();
    g.stop();
    spy.mockRestore();
    expect(atInsert).toEqual(['default', 'update']);
  });
});
