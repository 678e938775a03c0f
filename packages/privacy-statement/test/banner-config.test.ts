/** Banner config derived from the declarations: categories, services, cookies and a revision that tracks consent facts. */
import { validateConfig, type AkkoordConfig } from '@akkoord/core';
import { describe, expect, it } from 'vitest';
import { bannerConfig } from '../src/banner-config.js';
import { revisionHash } from '../src/revision-hash.js';
import { clone, exampleFiles, loadExample } from './fixtures.js';

const demo = loadExample('demo-site.yaml');

describe('bannerConfig', () => {
  const cfg: AkkoordConfig = bannerConfig(demo, { statementUrl: { nl: '/privacy/', en: '/en/privacy/' } });

  it('has the demo site categories with the service ids the page uses', () => {
    expect(cfg.categories.map((c) => c.id)).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
    const services = Object.fromEntries(cfg.categories.map((c) => [c.id, (c.services ?? []).map((s) => s.id)]));
    expect(services['analytics']).toEqual(['stats']);
    expect(services['marketing']).toEqual(['video', 'pixel']);
    expect(cfg.categories[0]?.required).toBe(true);
    expect(cfg.categories.filter((c) => c.required)).toHaveLength(1);
  });

  it('localises titles, descriptions and cookie durations in both languages', () => {
    const analytics = cfg.categories.find((c) => c.id === 'analytics');
    expect(analytics?.title).toEqual({ nl: 'Statistieken', en: 'Statistics' });
    const cookie = analytics?.services?.[0]?.cookies?.[0];
    expect(cookie).toMatchObject({ name: '_ks_stats', duration: { nl: '1 jaar', en: '1 year' } });
  });

  it('places the banner as meta.bannerPlacement says, the caller overriding it, always a valid consent.json', () => {
    const placed = (placement: string | undefined, options = {}) => {
      const d = clone(demo);
      d.meta = { ...d.meta, ...(placement ? { bannerPlacement: placement } : {}) } as typeof d.meta;
      const c = bannerConfig(d, options);
      expect(validateConfig(JSON.parse(JSON.stringify(c))).errors, `${placement} ${JSON.stringify(options)}`).toEqual([]);
      return [c.layout, c.position];
    };
    expect(placed(undefined)).toEqual([undefined, undefined]);
    expect(placed('bottom')).toEqual(['box', 'bottom']);
    expect(placed('bottom-left')).toEqual(['box', 'bottom-left']);
    expect(placed('middle')).toEqual(['box', 'middle']);
    expect(placed('bar')).toEqual(['bar', undefined]);
    // The CLI's --layout and --position win; a corner asked for is a box's, a bar drops a declared corner.
    expect(placed('bar', { position: 'bottom-right' })).toEqual(['box', 'bottom-right']);
    expect(placed('bottom-left', { layout: 'bar' })).toEqual(['bar', undefined]);
    expect(placed('middle', { layout: 'bar', position: 'bottom' })).toEqual(['bar', 'bottom']);
    expect(placed(undefined, { layout: 'box' })).toEqual(['box', undefined]);
  });

  it('carries organisation, statement URL and version', () => {
    expect(cfg).toMatchObject({
      organisation: 'De Korenschoof',
      privacyStatementUrl: { nl: '/privacy/', en: '/en/privacy/' },
      privacyStatementVersion: '1.2',
    });
  });

  it('revision changes with a new cookie or recipient country, not with rewording', () => {
    const reworded = clone(demo);
    reworded.cookies![2]!.purpose = { nl: 'telt bezoeken', en: 'counts visits' };
    expect(bannerConfig(reworded).revision).toBe(cfg.revision);
    const moreCookies = clone(demo);
    moreCookies.cookies!.push({ name: '_ks_new', service: 'pixel', category: 'marketing', purpose: 'x', duration: 'P1D' });
    expect(bannerConfig(moreCookies).revision).not.toBe(cfg.revision);
    const moved = clone(demo);
    moved.recipients!.find((r) => r.id === 'stats')!.countries = ['NL', 'US'];
    expect(bannerConfig(moved).revision).not.toBe(cfg.revision);
  });

  it('consent-free cookies sit in the required category', () => {
    const d = clone(demo);
    d.cookies = [
      { name: '_pk_id', category: 'analytics', purpose: 'x', duration: 'P13M', consent: false, exemption: 'analytics-low-impact' },
    ];
    expect(bannerConfig(d).categories.map((c) => c.id)).toEqual(['necessary']);
  });

  it('links to the statement the declarations name, unless the caller passes another link', () => {
    const d = clone(demo);
    d.links = { ...d.links };
    delete d.links.privacyStatement;
    expect(bannerConfig(d).privacyStatementUrl).toBeUndefined();
    d.links.privacyStatement = '/privacy/';
    expect(bannerConfig(d).privacyStatementUrl).toBe('/privacy/');
    // The CLI's --statement-url and the studio's field still win.
    expect(bannerConfig(d, { statementUrl: 'https://www.korenschoof.example/privacy' }).privacyStatementUrl).toBe(
      'https://www.korenschoof.example/privacy',
    );
    // Per language: a language the caller leaves empty gets the declared link.
    expect(bannerConfig(d, { statementUrl: { nl: '', en: '/en/privacy/' } }).privacyStatementUrl).toEqual({
      nl: '/privacy/',
      en: '/en/privacy/',
    });
    // An empty option is no option: the declared link stays.
    expect(bannerConfig(d, { statementUrl: '' }).privacyStatementUrl).toBe('/privacy/');
    expect(bannerConfig(d, { statementUrl: { nl: '', en: '' } }).privacyStatementUrl).toBe('/privacy/');
    const result = validateConfig(JSON.parse(JSON.stringify(bannerConfig(d))));
    expect(result.errors).toEqual([]);
  });

  it('shows a service name given in two languages as text, in the banner’s first language', () => {
    const d = clone(demo);
    const stats = d.recipients!.find((r) => r.id === 'stats')!;
    const before = bannerConfig(d).revision;
    stats.name = { nl: 'Statistiekdienst', en: 'Statistics service' };
    const cfg = bannerConfig(d);
    const service = cfg.categories.flatMap((c) => c.services ?? []).find((x) => x.id === 'stats');
    expect(service?.name).toBe('Statistiekdienst');
    expect(validateConfig(JSON.parse(JSON.stringify(cfg))).errors).toEqual([]);
    // A renamed service is asked again, like any new recipient.
    expect(cfg.revision).not.toBe(before);
  });

  for (const file of exampleFiles()) {
    it(`${file}: the config passes the banner's own validator (@akkoord/core validateConfig)`, () => {
      const result = validateConfig(JSON.parse(JSON.stringify(bannerConfig(loadExample(file), { statementUrl: '/privacy/' }))));
      expect(result.errors).toEqual([]);
      expect(result.config).not.toBeNull();
    });
  }

  it('revisionHash is stable, short and sensitive to one character', () => {
    expect(revisionHash('abc')).toBe(revisionHash('abc'));
    expect(revisionHash('abc')).not.toBe(revisionHash('abd'));
    expect(revisionHash('')).toMatch(/^[0-9a-z]{13}$/);
  });
});
