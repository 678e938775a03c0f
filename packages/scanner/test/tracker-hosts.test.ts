import { describe, expect, test } from 'vitest';
import { SERVICE_CATALOGUE } from '@akkoord/privacy-statement';
import { BUILT_IN_HOSTS, CATALOGUE_HOSTS, createHostLookup, lookupHost } from '../src/tracker-hosts.js';
import type { KnownItem } from '../src/types.js';

/** A database entry with only the fields the host table reads. */
function entry(domain: string, category: KnownItem['category'], platform = 'Svc'): KnownItem {
  return { id: domain + category, platform, category, name: 'n', wildcard: false, domain, description: '', retention: '', controller: '' };
}

describe('lookupHost (shipped tables)', () => {
  test.each([
    ['www.google-analytics.com', 'Google Analytics', 'analytics'],
    ['region1.google-analytics.com', 'Google Analytics', 'analytics'],
    ['analytics.google.com', 'Google Analytics', 'analytics'],
    ['www.googletagmanager.com', 'Google Tag Manager', 'analytics'],
    ['stats.g.doubleclick.net', 'Google Ads', 'marketing'],
    ['pagead2.googlesyndication.com', 'Google AdSense', 'marketing'],
    ['connect.facebook.net', 'Meta Pixel', 'marketing'],
    ['www.facebook.com', 'Meta Pixel', 'marketing'],
    ['px.ads.linkedin.com', 'LinkedIn Insight Tag', 'marketing'],
    ['snap.licdn.com', 'LinkedIn Insight Tag', 'marketing'],
    ['www.clarity.ms', 'Microsoft Clarity', 'analytics'],
    ['static.hotjar.com', 'Hotjar', 'analytics'],
    ['ws.hotjar.io', 'Hotjar', 'analytics'],
    ['analytics.tiktok.com', 'TikTok Pixel', 'marketing'],
    ['bat.bing.com', 'Microsoft Advertising', 'marketing'],
    ['static.ads-twitter.com', 'X Ads', 'marketing'],
    ['t.co', 'X Ads', 'marketing'],
    ['js.hs-analytics.net', 'HubSpot', 'marketing'],
    ['js.hs-scripts.com', 'HubSpot', 'marketing'],
    ['mc.yandex.ru', 'Yandex Metrica', 'analytics'],
    ['script.crazyegg.com', 'Crazy Egg', 'analytics'],
    ['www.youtube.com', 'YouTube', 'marketing'],
    ['player.vimeo.com', 'Vimeo', 'analytics'],
    ['cdn.matomo.cloud', 'Matomo Cloud', 'analytics'],
    ['plausible.io', 'Plausible Analytics', 'analytics'],
    ['stats.wp.com', 'Jetpack Stats', 'analytics'],
  ])('%s → %s (%s)', (host, platform, category) => {
    expect(lookupHost(host)).toEqual({ platform, category });
  });

  test('never matches part of a label or a look-alike', () => {
    expect(lookupHost('notgoogle-analytics.com')).toBeUndefined();
    expect(lookupHost('google-analytics.com.evil.example')).toBeUndefined();
    expect(lookupHost('mytco.example')).toBeUndefined();
    expect(lookupHost('example.nl')).toBeUndefined();
    expect(lookupHost('')).toBeUndefined();
  });

  test('ignores case, a trailing dot and a port', () => {
    expect(lookupHost('WWW.Google-Analytics.COM.')?.platform).toBe('Google Analytics');
    expect(lookupHost('bat.bing.com:443')?.platform).toBe('Microsoft Advertising');
  });

  test('falls back to hosts from the database Domain column, with the category mapped', () => {
    // "adform.net (3rd party)": Marketing rows only.
    expect(lookupHost('track.adform.net')).toEqual({ platform: 'Adform', category: 'marketing' });
    // "cookiebot.com (3rd party)": Functional only. A consent banner's own host is no tracker, so
    // the shipped lookup leaves hosts known only for functional cookies out (a `check`, not a violation).
    expect(lookupHost('consent.cookiebot.com')).toBeUndefined();
    // The second half of ".bing.com (3rd party) or .microsoft.com (3rd party)".
    expect(lookupHost('c.microsoft.com')?.platform).toBe('Bing / Microsoft');
  });

  test('the built-in table wins over the database', () => {
    // The database lists hotjar.com with Marketing cookies only; the request host is analytics.
    expect(lookupHost('hotjar.com')).toEqual({ platform: 'Hotjar', category: 'analytics' });
  });

  test('knows the hosts of the service catalogue that needs analytics or marketing consent', () => {
    expect(lookupHost('www.youtube-nocookie.com')).toEqual({ platform: 'YouTube (privacy-enhanced mode)', category: 'marketing' });
    expect(lookupHost('i.ytimg.com')).toEqual({ platform: 'YouTube', category: 'marketing' });
    expect(lookupHost('list-manage.com')).toEqual({ platform: 'Mailchimp', category: 'marketing' });
    expect(lookupHost('js.hsforms.net')).toEqual({ platform: 'HubSpot', category: 'marketing' });
    // Payment and chat services are in the catalogue too, but their hosts stay a `check`.
    expect(lookupHost('js.stripe.com')).toBeUndefined();
    expect(lookupHost('widget.intercom.io')).toBeUndefined();
    const expected = SERVICE_CATALOGUE.filter((s) => s.category === 'analytics' || s.category === 'marketing').flatMap((s) => s.hosts);
    expect(CATALOGUE_HOSTS.map(([host]) => host)).toEqual(expected);
    for (const [host, platform, category] of CATALOGUE_HOSTS) expect(lookupHost(host), host).toEqual({ platform, category });
  });

  test('a host is in the catalogue or in the built-in table, never in both', () => {
    const catalogue = new Set(CATALOGUE_HOSTS.map(([host]) => host));
    expect(BUILT_IN_HOSTS.map(([host]) => host).filter((h) => catalogue.has(h))).toEqual([]);
  });

  test('built-in hosts are lower case host names without duplicates', () => {
    const hosts = BUILT_IN_HOSTS.map(([host]) => host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);
  });
});

describe('createHostLookup', () => {
  test('a host takes the category most of its entries give, a tie going to the stricter one', () => {
    const lookup = createHostLookup(
      [
        entry('mixed.example', 'Functional', 'A'),
        entry('.mixed.example', 'Functional', 'A'),
        entry('mixed.example (3rd party)', 'Marketing', 'B'),
        entry('tie.example', 'Functional', 'C'),
        entry('tie.example', 'Analytics', 'D'),
        entry('safe.example', 'Security', 'E'),
      ],
      [],
    );
    expect(lookup('cdn.mixed.example')).toEqual({ platform: 'A', category: 'preferences' });
    expect(lookup('tie.example')).toEqual({ platform: 'D', category: 'analytics' });
    expect(lookup('safe.example')).toEqual({ platform: 'E', category: 'necessary' });
  });

  test('a built-in match on a parent beats a database match on the host itself', () => {
    const lookup = createHostLookup([entry('sub.tracker.example', 'Functional')], [['tracker.example', 'Tracker', 'marketing']]);
    expect(lookup('sub.tracker.example')).toEqual({ platform: 'Tracker', category: 'marketing' });
  });

  test('the most specific database host wins', () => {
    const lookup = createHostLookup([entry('big.example', 'Marketing', 'Big'), entry('login.big.example', 'Security', 'Login')], []);
    expect(lookup('login.big.example')?.platform).toBe('Login');
    expect(lookup('www.big.example')?.platform).toBe('Big');
  });

  test('returns a copy, so a caller cannot change the table', () => {
    const lookup = createHostLookup([], [['tracker.example', 'Tracker', 'marketing']]);
    const first = lookup('tracker.example')!;
    first.category = 'necessary';
    expect(lookup('tracker.example')?.category).toBe('marketing');
  });
});
