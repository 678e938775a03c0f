// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { browserEnv, createConsent, decodeDecision } from '../src/index.js';
import { baseConfig } from './config.js';

afterEach(() => {
  for (const name of Object.keys(browserEnv().cookies.get())) browserEnv().cookies.remove(name);
});

describe('browserEnv', () => {
  it('reads navigator, location and document when called', () => {
    const env = browserEnv();
    expect(env.doc).toBe(document);
    expect(env.location).toBe(location);
    expect(env.win).toBe(window);
    expect(env.languages()).toEqual(navigator.languages);
    expect(env.gpc()).toBe(false);
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    expect(env.gpc()).toBe(true);
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    expect(env.randomId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(env.now() - Date.now())).toBeLessThan(1000);
  });

  it('stores the decision in document.cookie and reads it back', () => {
    const m = createConsent(baseConfig());
    const d = m.save({ categories: ['analytics'], services: { analytics: ['matomo'] } });
    expect(document.cookie).toContain('akkoord=1|');
    expect(decodeDecision(browserEnv().cookies.get('akkoord'))).toEqual(d);
    expect(createConsent(baseConfig()).get()).toEqual(d);
    m.reset();
    expect(document.cookie).not.toContain('akkoord=');
  });

  it('deletes declared cookies from document.cookie on withdrawal', () => {
    document.cookie = '_ga=GA1.1.1; path=/';
    const m = createConsent(baseConfig());
    m.acceptAll();
    expect(document.cookie).toContain('_ga=');
    m.rejectAll();
    expect(document.cookie).not.toContain('_ga=');
  });
});
