import { describe, expect, it } from 'vitest';
import { CONSENT_MODE_MAPPING, formatConfigErrors, validateConfig } from '../src/index.js';
import { baseConfig } from './config.js';

const errorsOf = (patch: (c: any) => void) => {
  const c: any = baseConfig();
  patch(c);
  return validateConfig(c).errors;
};
const paths = (patch: (c: any) => void) => errorsOf(patch).map((e) => e.path);

describe('validateConfig', () => {
  it('accepts a valid config and applies every default', () => {
    const { config, errors } = validateConfig(baseConfig());
    expect(errors).toEqual([]);
    expect(config!.cookie).toEqual({ name: 'akkoord', expiryDays: 182, path: '/', sameSite: 'Lax' });
    expect(config!.language).toBe('auto');
    expect(config!.consentMode).toEqual({ enabled: true, waitForUpdate: 500, mapping: CONSENT_MODE_MAPPING });
    expect(config!.gpc).toEqual({ enabled: true });
    expect(config!.reloadOnWithdraw).toBe(false);
    expect(config!.categories.map((c) => c.gpc)).toEqual([false, false, true]);
    expect(config!.categories[0]!.services).toEqual([]);
  });

  it('is idempotent: a validated config validates again unchanged', () => {
    const once = validateConfig({ ...baseConfig(), categories: [{ id: 'necessary', required: true, title: 'N' }] }).config;
    expect(validateConfig(once)).toEqual({ errors: [], config: once });
  });

  it('keeps given values over defaults and merges the Consent Mode mapping per category', () => {
    const c: any = baseConfig();
    c.cookie = { name: 'toestemming', expiryDays: 30, domain: 'example.nl', sameSite: 'Strict' };
    c.consentMode = { mapping: { analytics: [], necessary: ['functionality_storage'] } };
    c.categories[2].gpc = false;
    const { config } = validateConfig(c);
    expect(config!.cookie).toEqual({ name: 'toestemming', expiryDays: 30, path: '/', domain: 'example.nl', sameSite: 'Strict' });
    expect(config!.consentMode!.mapping).toEqual({ ...CONSENT_MODE_MAPPING, analytics: [], necessary: ['functionality_storage'] });
    expect(config!.categories[2]!.gpc).toBe(false);
  });

  it('rejects input that is not an object', () => {
    for (const bad of [null, undefined, 'x', 42, []]) {
      const { config, errors } = validateConfig(bad);
      expect(config).toBeNull();
      expect(errors).toEqual([{ path: '', message: 'expected an object' }]);
    }
  });

  it('names missing required fields', () => {
    expect(validateConfig({}).errors).toEqual([
      { path: 'revision', message: 'required' },
      { path: 'categories', message: 'required' },
    ]);
    expect(paths((c) => delete c.categories[1].title)).toEqual(['categories[1].title']);
    expect(paths((c) => delete c.categories[1].services[0].name)).toEqual(['categories[1].services[0].name']);
  });

  it('names unknown fields and lists the known ones (typo protection)', () => {
    const [e] = errorsOf((c) => (c.reloadOnWithdrawl = true));
    expect(e!.path).toBe('reloadOnWithdrawl');
    expect(e!.message).toMatch(/^unknown field; expected one of .*reloadOnWithdraw/);
    expect(paths((c) => (c.categories[1].services[1].cookie = []))).toEqual(['categories[1].services[1].cookie']);
    expect(paths((c) => (c.cookie = { expires: 3 }))).toEqual(['cookie.expires']);
    // Names that an object literal inherits are not fields either.
    expect(paths((c) => (c.gpc = JSON.parse('{"constructor": true, "toString": 1, "__proto__": {}}')))).toEqual([
      'gpc.constructor',
      'gpc.toString',
      'gpc.__proto__',
    ]);
  });

  it('checks ids: pattern and uniqueness', () => {
    const [e] = errorsOf((c) => (c.categories[2].services[0].id = 'you tube'));
    expect(e).toEqual({ path: 'categories[2].services[0].id', message: 'expected an id of letters, digits, - or _' });
    const [d] = errorsOf((c) => (c.categories[2].id = 'analytics'));
    expect(d!.path).toBe('categories[2].id');
    expect(d!.message).toContain('"analytics" is used twice');
    expect(paths((c) => (c.categories[1].services[1].id = 'matomo'))).toEqual(['categories[1].services[1].id']);
  });

  it('allows at most one required category and at least one category', () => {
    const [e] = errorsOf((c) => (c.categories[1].required = true));
    expect(e).toEqual({ path: 'categories', message: 'only one category may be required, not necessary and analytics' });
    expect(errorsOf((c) => (c.categories = []))).toEqual([{ path: 'categories', message: 'expected at least one category' }]);
    expect(paths((c) => (c.categories = {}))).toEqual(['categories']);
  });

  it('checks revision, language, texts and LocalizedText', () => {
    expect(paths((c) => (c.revision = ''))).toEqual(['revision']);
    expect(paths((c) => (c.revision = true))).toEqual(['revision']);
    expect(errorsOf((c) => (c.revision = '2026-01'))).toEqual([]);
    expect(paths((c) => (c.language = 'Dutch!'))).toEqual(['language']);
    expect(errorsOf((c) => (c.language = 'nl-BE'))).toEqual([]);
    expect(paths((c) => (c.texts = { nl: 'hoi' }))).toEqual(['texts']);
    expect(paths((c) => (c.categories[1].title = { nl: 3 }))).toEqual(['categories[1].title']);
    expect(paths((c) => (c.privacyStatementUrl = { Nederlands: '/privacy' }))).toEqual(['privacyStatementUrl']);
  });

  it('accepts only links the banner may render: http(s), mailto or relative, never a script URL', () => {
    const bad = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '/privacy page',
      '',
    ];
    for (const url of bad) {
      expect(
        paths((c) => (c.privacyStatementUrl = url)),
        url,
      ).toEqual(['privacyStatementUrl']);
      expect(
        paths((c) => (c.privacyStatementUrl = { nl: '/privacy', en: url })),
        url,
      ).toEqual(['privacyStatementUrl']);
      expect(
        paths((c) => (c.categories[1].services[0].privacyUrl = url)),
        url,
      ).toEqual(['categories[1].services[0].privacyUrl']);
    }
    const [e] = errorsOf((c) => (c.categories[1].services[0].privacyUrl = 'javascript:alert(1)'));
    expect(e!.message).toBe('expected an https:, http: or mailto: URL or a path such as /privacy');
    const good = [
      'https://example.nl/privacy',
      'http://example.nl',
      'mailto:privacy@example.nl',
      '/privacy',
      'privacy.html',
      '../privacy/#cookies',
      '?lang=nl',
      '//example.nl/privacy',
    ];
    for (const url of good) {
      expect(
        errorsOf((c) => (c.privacyStatementUrl = { nl: url, en: url })),
        url,
      ).toEqual([]);
      expect(
        errorsOf((c) => (c.categories[1].services[0].privacyUrl = url)),
        url,
      ).toEqual([]);
    }
  });

  it('checks layout and position, and that a bar sits at the bottom only', () => {
    for (const [layout, position] of [
      ['box', 'bottom-left'],
      ['box', 'bottom-right'],
      ['box', 'middle'],
      ['bar', 'bottom'],
      [undefined, 'middle'],
      ['bar', undefined],
    ])
      expect(
        errorsOf((c) => Object.assign(c, { layout, position })),
        `${layout} ${position}`,
      ).toEqual([]);
    expect(errorsOf((c) => (c.layout = 'cloud'))).toEqual([{ path: 'layout', message: 'expected "box" or "bar"' }]);
    expect(errorsOf((c) => (c.position = 'top'))).toEqual([
      { path: 'position', message: 'expected "bottom", "bottom-left", "bottom-right" or "middle"' },
    ]);
    expect(errorsOf((c) => Object.assign(c, { layout: 'bar', position: 'bottom-left' }))).toEqual([
      { path: 'position', message: 'a bar sits at the bottom; use "layout": "box" for bottom-left' },
    ]);
  });

  it('checks cookie options, with 400 days as the most', () => {
    const [e] = errorsOf((c) => (c.cookie = { expiryDays: 401 }));
    expect(e).toEqual({ path: 'cookie.expiryDays', message: 'expected a number of days from 1 to 400' });
    expect(paths((c) => (c.cookie = { expiryDays: 0 }))).toEqual(['cookie.expiryDays']);
    expect(paths((c) => (c.cookie = { expiryDays: '30' }))).toEqual(['cookie.expiryDays']);
    expect(errorsOf((c) => (c.cookie = { expiryDays: 400 }))).toEqual([]);
    expect(paths((c) => (c.cookie = { sameSite: 'lax' }))).toEqual(['cookie.sameSite']);
    expect(paths((c) => (c.cookie = { name: 'my cookie' }))).toEqual(['cookie.name']);
    expect(paths((c) => (c.cookie = { domain: 'https://example.nl' }))).toEqual(['cookie.domain']);
    expect(paths((c) => (c.cookie = { path: 'shop' }))).toEqual(['cookie.path']);
    expect(errorsOf((c) => (c.cookie = { domain: '.example.nl', path: '/shop' }))).toEqual([]);
  });

  it('checks declared cookie names, including regular expressions', () => {
    const [e] = errorsOf((c) => (c.categories[1].services[0].cookies[0].name = '/([a-z/'));
    expect(e!.path).toBe('categories[1].services[0].cookies[0].name');
    expect(e!.message).toContain('valid /regular expression/');
    expect(paths((c) => (c.categories[1].services[0].cookies = [{ name: '' }]))).toEqual(['categories[1].services[0].cookies[0].name']);
  });

  it('checks Consent Mode types and that mapping keys name categories', () => {
    const [e] = errorsOf((c) => (c.consentMode = { mapping: { analytics: ['analytics_storrage'] } }));
    expect(e!.path).toBe('consentMode.mapping');
    expect(e!.message).toContain('analytics_storage');
    expect(errorsOf((c) => (c.consentMode = { mapping: { stats: ['analytics_storage'] } }))).toEqual([
      { path: 'consentMode.mapping.stats', message: 'no category or category:service has this id' },
    ]);
    // A service may have its own entry; an unknown service may not.
    expect(errorsOf((c) => (c.consentMode = { mapping: { 'analytics:ga': ['analytics_storage'] } }))).toEqual([]);
    expect(errorsOf((c) => (c.consentMode = { mapping: { 'analytics:hotjar': ['analytics_storage'] } }))).toEqual([
      { path: 'consentMode.mapping.analytics:hotjar', message: 'no category or category:service has this id' },
    ]);
    // In the order of the input's fields.
    expect(paths((c) => (c.consentMode = { waitForUpdate: -1, enabled: 'yes' }))).toEqual([
      'consentMode.waitForUpdate',
      'consentMode.enabled',
    ]);
  });

  it('checks gpc, reloadOnWithdraw and the reserved consentLog section loosely', () => {
    expect(paths((c) => (c.gpc = { enabled: 1, autodecide: true }))).toEqual(['gpc.enabled', 'gpc.autodecide']);
    expect(paths((c) => (c.reloadOnWithdraw = 'true'))).toEqual(['reloadOnWithdraw']);
    expect(paths((c) => (c.consentLog = { site: 'x' }))).toEqual(['consentLog']);
    expect(errorsOf((c) => (c.consentLog = { endpoint: '/v1/consents', batchSize: 5 }))).toEqual([]);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf((c) => {
      c.revision = null;
      c.categories[1].id = 'a b';
      c.cookie = { expiryDays: 1000 };
    });
    expect(errors.map((e) => e.path)).toEqual(['revision', 'categories[1].id', 'cookie.expiryDays']);
  });
});

describe('formatConfigErrors', () => {
  it('names the source, each path and what is valid', () => {
    const { errors } = validateConfig({ ...baseConfig(), revision: null, cookie: { expiryDays: 999 } });
    expect(formatConfigErrors(errors, 'consent.json')).toBe(
      'Akkoord: invalid config (consent.json): revision: required\n  cookie.expiryDays: expected a number of days from 1 to 400',
    );
    expect(formatConfigErrors(validateConfig(7).errors)).toBe('Akkoord: invalid config (config): expected an object');
  });
});
