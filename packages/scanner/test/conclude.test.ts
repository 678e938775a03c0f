import type { Declarations } from '@akkoord/privacy-statement';
import { describe, expect, test } from 'vitest';
import { SEVERITY_ORDER } from '../src/types.js';
import type { ScannedPage } from '../src/types.js';
import { brief, cookie, database, page, request, run, SITE, START, storage, urls } from './conclude-fixtures.js';

const GA_SCRIPT = 'https://stats.example/ga.js';

/** A cookie `_ga` set by the analytics script, in the given visits. */
const ga = () => cookie('_ga', { setBy: { kind: 'script', url: GA_SCRIPT }, expires: START / 1000 + 63072000 });

describe('before consent', () => {
  test('a tracker cookie set before the choice is a violation naming its setter', () => {
    const pages = ['/', '/a', '/b'].map((p) => page(p, { before: { cookies: [ga()] }, accept: { cookies: [ga()] } }));
    const { findings, summary } = run(pages);
    expect(brief(findings)).toEqual([{ kind: 'before-consent', severity: 'violation', name: '_ga', pages: urls('/', '/a', '/b') }]);
    const f = findings[0]!;
    expect(f.subject).toEqual({ type: 'cookie', name: '_ga', domain: 'example.nl' });
    expect(f.evidence).toEqual([GA_SCRIPT]);
    expect(f.category).toBe('analytics');
    expect(f.categorySource).toBe('database');
    expect(f.known?.platform).toBe('Google Analytics');
    expect(f.message).toBe(
      'Cookie _ga (Google Analytics, analytics) is set before the visitor chose, on 3 pages; set by https://stats.example/ga.js.',
    );
    expect(summary).toEqual({ violation: 1, undeclared: 0, check: 0, hint: 0 });
  });

  test('a correct site (optional items only after accept) has no findings at all', () => {
    const necessary = [cookie('PHPSESSID', { domain: 'www.example.nl' })];
    const decision = cookie('akkoord', { expires: START / 1000 + 86400 * 180 });
    const pages = ['/', '/contact'].map((p) =>
      page(p, {
        before: { cookies: necessary, akkoord: true, consentLog: true, requests: [request('challenges.cloudflare.com')] },
        accept: {
          cookies: [...necessary, decision, ga()],
          akkoord: true,
          consentLog: true,
          requests: [request('www.google-analytics.com', { afterChoice: true, initiator: GA_SCRIPT })],
        },
        reject: { cookies: [...necessary, decision], akkoord: true, consentLog: true },
      }),
    );
    const { findings, summary, inventory } = run(pages);
    expect(findings).toEqual([]);
    expect(summary).toEqual({ violation: 0, undeclared: 0, check: 0, hint: 0 });
    expect(inventory.map((i) => [i.type, i.name, i.category, i.categorySource, i.seenIn])).toEqual([
      ['cookie', 'PHPSESSID', 'necessary', 'database', ['before', 'accept', 'reject']],
      ['cookie', '_ga', 'analytics', 'database', ['accept']],
      ['cookie', 'akkoord', 'necessary', 'akkoord', ['accept', 'reject']],
      ['request', 'challenges.cloudflare.com', 'necessary', 'database', ['before']],
      ['request', 'www.google-analytics.com', 'analytics', 'database', ['accept']],
    ]);
  });

  test("Akkoord's decision cookie is necessary, also under another configured name", () => {
    const pages = [page('/', { before: { cookies: [cookie('akkoord'), cookie('keuze')] } })];
    expect(run(pages).findings.filter((f) => f.subject.name === 'akkoord')).toEqual([]);
    const renamed = run(pages, { decisionCookie: 'keuze' });
    expect(renamed.inventory.find((i) => i.name === 'keuze')).toMatchObject({ category: 'necessary', categorySource: 'akkoord' });
    // With the default name gone, `akkoord` is just an unknown first-party cookie.
    expect(brief(renamed.findings)).toEqual([{ kind: 'before-consent', severity: 'check', name: 'akkoord', pages: urls('/') }]);
  });

  test('an unknown first-party item is a check, an unknown third-party one a violation', () => {
    const pages = [
      page('/', {
        before: {
          cookies: [
            cookie('cart'),
            cookie('uid', { domain: '.tracker.example', party: 'third', setBy: { kind: 'header', url: 'https://tracker.example/p' } }),
          ],
          storage: [storage('theme')],
          indexedDB: [database('offline')],
        },
      }),
    ];
    const { findings } = run(pages);
    expect(brief(findings)).toEqual([
      { kind: 'before-consent', severity: 'violation', name: 'uid', pages: urls('/') },
      { kind: 'before-consent', severity: 'check', name: 'cart', pages: urls('/') },
      { kind: 'before-consent', severity: 'check', name: 'offline', pages: urls('/') },
      { kind: 'before-consent', severity: 'check', name: 'theme', pages: urls('/') },
    ]);
    expect(findings[0]!.category).toBeUndefined();
    expect(findings[0]!.evidence).toEqual(['https://tracker.example/p']);
    expect(findings[0]!.message).toContain('Cookie uid from tracker.example (category unknown)');
    expect(findings[1]!.message).toBe(
      'Cookie cart (category unknown) is set before the visitor chose, on 1 page; its purpose is unknown, so check whether it is strictly necessary or needs consent.',
    );
    expect(findings[2]!.subject).toEqual({ type: 'indexedDB', name: 'offline', domain: SITE });
  });

  test('requests: a known tracker host is a violation, an unknown host a check, a necessary one nothing', () => {
    const pages = ['/', '/b'].map((p) =>
      page(p, {
        before: {
          requests: [
            request('www.google-analytics.com', { initiator: GA_SCRIPT }),
            request('fonts.cdn.example'),
            request('challenges.cloudflare.com'),
          ],
        },
      }),
    );
    const { findings } = run(pages);
    expect(brief(findings)).toEqual([
      { kind: 'before-consent', severity: 'violation', name: 'www.google-analytics.com', pages: urls('/', '/b') },
      { kind: 'before-consent', severity: 'check', name: 'fonts.cdn.example', pages: urls('/', '/b') },
    ]);
    expect(findings[0]!.evidence).toEqual([GA_SCRIPT]);
    expect(findings[0]!.message).toBe(
      'Requests to www.google-analytics.com (Google Analytics, analytics) are sent before the visitor chose, on 2 pages; started by https://stats.example/ga.js.',
    );
    // No initiator known: the request URL itself is the evidence.
    expect(findings[1]!.evidence).toEqual(['https://fonts.cdn.example/x']);
    expect(findings[1]!.message).toContain('check that they are strictly necessary');
  });

  test('a request to a host that sets a known optional cookie is a violation, even if the host table misses it', () => {
    const ide = cookie('IDE', {
      domain: '.doubleclick.example',
      party: 'third',
      setBy: { kind: 'header', url: 'https://ad.doubleclick.example/px' },
    });
    const pages = [
      page('/', {
        accept: { cookies: [ide], requests: [request('ad.doubleclick.example', { afterChoice: true })] },
        before: { requests: [request('ad.doubleclick.example')] },
      }),
    ];
    const f = run(pages).findings;
    expect(brief(f)).toEqual([{ kind: 'before-consent', severity: 'violation', name: 'ad.doubleclick.example', pages: urls('/') }]);
    expect(f[0]).toMatchObject({ category: 'marketing', categorySource: 'database' });
    expect(f[0]!.message).toContain('whose marketing cookie IDE the scan found');
  });

  test('database categories map through categoryOf, which the caller may replace', () => {
    const pages = [page('/', { before: { cookies: [cookie('lang')] } })];
    // Functional → preferences by default, which needs consent.
    expect(brief(run(pages).findings)).toEqual([{ kind: 'before-consent', severity: 'violation', name: 'lang', pages: urls('/') }]);
    expect(run(pages, { categoryOf: () => 'necessary' }).findings).toEqual([]);
  });

  test('a declared exemption (consent: false) counts as needing no consent', () => {
    const declarations: Declarations = {
      cookies: [{ name: '_pk_id.*', category: 'analytics', purpose: 'Statistics', consent: false, exemption: 'analytics-low-impact' }],
    };
    const pages = [page('/', { before: { cookies: [cookie('_pk_id.1.abcd')] }, reject: { cookies: [cookie('_pk_id.1.abcd')] } })];
    expect(run(pages, { declarations }).findings).toEqual([]);
    // Without the exemption the same entry is an analytics cookie set before any choice.
    const plain: Declarations = { cookies: [{ name: '_pk_id.*', category: 'analytics', purpose: 'Statistics' }] };
    expect(brief(run(pages, { declarations: plain }).findings).map((f) => f.kind)).toEqual(['after-reject', 'before-consent']);
  });
});

describe('after reject', () => {
  test('an optional cookie still present and a tracker request sent after the click are violations', () => {
    const fbp = cookie('_fbp', { setBy: { kind: 'script', url: 'https://connect.facebook.net/fbevents.js' } });
    const pages = [
      page('/', {
        reject: {
          cookies: [fbp],
          requests: [
            request('connect.facebook.net', { afterChoice: true, initiator: `${SITE}/tag.js` }),
            // Sent before the click: that is the before-consent rule's business, not this one's.
            request('www.google-analytics.com', { afterChoice: false }),
          ],
        },
      }),
      page('/shop', { reject: { cookies: [fbp] } }),
    ];
    const { findings } = run(pages);
    expect(brief(findings)).toEqual([
      { kind: 'after-reject', severity: 'violation', name: '_fbp', pages: urls('/', '/shop') },
      { kind: 'after-reject', severity: 'violation', name: 'connect.facebook.net', pages: urls('/') },
    ]);
    expect(findings[0]!.message).toBe(
      'Cookie _fbp (Meta, marketing) is still set after the visitor rejected all, on 2 pages; set by https://connect.facebook.net/fbevents.js.',
    );
  });

  test('no after-reject finding when no way to reject was found (nothing was rejected)', () => {
    const pages = [
      page('/', { reject: { cookies: [cookie('_fbp')], choice: { method: 'none', found: false, detail: 'no reject button' } } }),
    ];
    const { findings } = run(pages);
    expect(findings.map((f) => f.kind)).toEqual(['no-reject']);
    expect(findings[0]!.evidence).toEqual(['accept: Accept all', 'reject: no reject button']);
  });

  test('an unknown first-party cookie is asked about once, not again after reject', () => {
    const pages = [page('/', { before: { cookies: [cookie('cart')] }, reject: { cookies: [cookie('cart'), cookie('late')] } })];
    expect(brief(run(pages).findings)).toEqual([
      { kind: 'after-reject', severity: 'check', name: 'late', pages: urls('/') },
      { kind: 'before-consent', severity: 'check', name: 'cart', pages: urls('/') },
    ]);
  });
});

describe('cookies the browser refused', () => {
  /** Another site's cookie; `stored: false` is how the scanner's browser reports refusing it. */
  const uid = (stored: boolean) =>
    cookie('uid', { domain: 'tracker.example', party: 'third', setBy: { kind: 'header', url: 'https://tracker.example/p' }, stored });
  const fbp = cookie('_fbp', { setBy: { kind: 'script', url: 'https://connect.facebook.net/fbevents.js' } });
  const noneDeclared: Declarations = { cookies: [] };

  test('refused at every sighting: the findings stand, carry refused and say the site tried to set it', () => {
    const pages = [
      page('/', { before: { cookies: [uid(false), fbp] }, reject: { cookies: [uid(false)] } }),
      page('/a', { before: { cookies: [uid(false)] } }),
    ];
    const { findings } = run(pages, { declarations: noneDeclared });
    const of = (name: string) => findings.filter((f) => f.subject.name === name).map((f) => [f.kind, f.severity, f.refused]);
    expect(of('uid')).toEqual([
      ['after-reject', 'violation', true],
      ['before-consent', 'violation', true],
      ['undeclared', 'undeclared', true],
    ]);
    // The kept cookie next to it is unchanged: no field, and "set" in the message.
    expect(of('_fbp')).toEqual([
      ['before-consent', 'violation', undefined],
      ['undeclared', 'undeclared', undefined],
    ]);
    const uidOf = (kind: string) => findings.find((f) => f.subject.name === 'uid' && f.kind === kind)!.message;
    expect(uidOf('before-consent')).toBe(
      'The site tries to set cookie uid from tracker.example (category unknown) before the visitor chose, on 2 pages (the browser refuses it, but a browser that allows third-party cookies would keep it); an item of another site with an unknown purpose needs consent; set by https://tracker.example/p.',
    );
    expect(uidOf('after-reject')).toMatch(
      /^The site still tries to set cookie uid from tracker\.example \(category unknown\) after the visitor rejected all, on 1 page \(the browser refuses it/,
    );
    expect(uidOf('undeclared')).toBe(
      'The site tries to set cookie uid from tracker.example (category unknown) on 2 pages (the browser refuses it, but a browser that allows third-party cookies would keep it), but it is not in the declarations.',
    );
    expect(findings.find((f) => f.subject.name === '_fbp' && f.kind === 'before-consent')!.message).toMatch(
      /^Cookie _fbp \(Meta, marketing\) is set before/,
    );
  });

  test('one kept sighting in a finding\'s slice makes it "stored", whatever the page order', () => {
    // Refused on `/`, kept on `/a` before any choice; after reject only the refused sighting on `/`.
    const build = () => [
      page('/', { before: { cookies: [uid(false)] }, reject: { cookies: [uid(false)] } }),
      page('/a', { before: { cookies: [uid(true)] } }),
    ];
    for (const pages of [build(), build().reverse()]) {
      const { findings } = run(pages, { declarations: noneDeclared });
      expect(findings.map((f) => [f.kind, f.refused])).toEqual([
        ['after-reject', true],
        ['before-consent', undefined],
        ['undeclared', undefined],
      ]);
      expect(findings[1]!.message).toMatch(
        /^Cookie uid from tracker\.example \(category unknown\) is set before the visitor chose, on 2 pages;/,
      );
      expect(findings[2]!.message).toMatch(/^Cookie uid from tracker\.example \(category unknown\) is used on 2 pages but/);
    }
  });
});

describe('declarations', () => {
  const declarations: Declarations = {
    recipients: [{ id: 'ga', name: 'Google LLC', role: 'processor', service: 'Statistics' }],
    cookies: [
      { name: '_ga', service: 'ga', category: 'analytics', purpose: 'Statistics' },
      { name: '_ga_*', service: 'ga', category: 'analytics', purpose: 'Statistics' },
      { name: '/^_hj.+$/', category: 'analytics', purpose: 'Heatmaps' },
      { name: '/^sess/i', category: 'necessary', purpose: 'Login' },
      { name: 'basket', type: 'localStorage', category: 'necessary', purpose: 'Cart' },
      { name: 'offline', type: 'localStorage', category: 'preferences', purpose: 'Offline use' },
      { name: 'old_tracker', category: 'marketing', purpose: 'Gone' },
      { name: 'draft', type: 'sessionStorage', category: 'necessary', purpose: 'Form draft' },
      { name: 'Meta Pixel', type: 'pixel', category: 'marketing', purpose: 'Ads' },
    ],
  };

  const pages = (): ScannedPage[] => [
    page('/', {
      before: { cookies: [cookie('SESS42')], storage: [storage('basket')] },
      accept: {
        cookies: [ga(), cookie('_ga_ABC123'), cookie('_hjSession_9'), cookie('akkoord'), cookie('lang')],
        indexedDB: [database('offline')],
        storage: [storage('draft', { type: 'localStorage' })],
      },
    }),
  ];

  test('wildcard and /regex/ names match; undeclared and stale entries are reported', () => {
    const { inventory, findings } = run(pages(), { declarations, declarationsFile: 'akkoord.yml' });
    const declaredAs = Object.fromEntries(inventory.map((i) => [i.name, i.declared?.name]));
    expect(declaredAs).toEqual({
      SESS42: '/^sess/i',
      _ga: '_ga',
      _ga_ABC123: '_ga_*',
      _hjSession_9: '/^_hj.+$/',
      akkoord: undefined,
      lang: undefined,
      basket: 'basket',
      draft: undefined, // declared as sessionStorage, seen in localStorage: the type must match too
      offline: 'offline', // IndexedDB is covered by a localStorage entry of the same name
    });
    expect(brief(findings.filter((f) => f.kind === 'undeclared' || f.kind === 'stale-declaration'))).toEqual([
      { kind: 'undeclared', severity: 'undeclared', name: 'akkoord', pages: urls('/') },
      { kind: 'undeclared', severity: 'undeclared', name: 'draft', pages: urls('/') },
      { kind: 'undeclared', severity: 'undeclared', name: 'lang', pages: urls('/') },
      // The pixel entry is never matched automatically, so it is never stale.
      { kind: 'stale-declaration', severity: 'check', name: 'draft', pages: [] },
      { kind: 'stale-declaration', severity: 'check', name: 'old_tracker', pages: [] },
    ]);
    const stale = findings.find((f) => f.subject.name === 'old_tracker')!;
    expect(stale).toMatchObject({
      subject: { type: 'cookie', name: 'old_tracker' },
      evidence: [],
      declared: { index: 6, name: 'old_tracker', category: 'marketing' },
    });
    expect(stale.message).toContain('akkoord.yml');
    expect(findings.find((f) => f.subject.name === 'akkoord')!.message).toBe(
      'Cookie akkoord (Akkoord, necessary) is used on 1 page but is not in the declarations (akkoord.yml).',
    );
  });

  test('the declared category wins, and the declared service names the platform', () => {
    const { inventory } = run(pages(), { declarations });
    expect(inventory.find((i) => i.name === '_ga')).toMatchObject({
      category: 'analytics',
      categorySource: 'declared',
      declared: { index: 0, name: '_ga', category: 'analytics' },
      known: { platform: 'Google Analytics' },
    });
    expect(inventory.find((i) => i.name === 'SESS42')).toMatchObject({ category: 'necessary', categorySource: 'declared' });
  });

  test('an exact name wins over an earlier pattern', () => {
    const decl: Declarations = {
      cookies: [
        { name: '_ga*', category: 'marketing', purpose: 'Ads' },
        { name: '_ga', category: 'analytics', purpose: 'Statistics' },
      ],
    };
    const { inventory, findings } = run([page('/', { accept: { cookies: [ga()] } })], { declarations: decl });
    expect(inventory[0]!.declared).toEqual({ index: 1, name: '_ga', category: 'analytics' });
    // `_ga*` matched `_ga` too, so it is not stale even though the exact entry describes it.
    expect(findings).toEqual([]);
  });

  test('a declared category other than the database gives is a category-mismatch check', () => {
    const decl: Declarations = { cookies: [{ name: '_ga', category: 'preferences', purpose: 'Statistics' }] };
    const { findings } = run([page('/', { accept: { cookies: [ga()] } })], { declarations: decl });
    expect(brief(findings)).toEqual([{ kind: 'category-mismatch', severity: 'check', name: '_ga', pages: urls('/') }]);
    expect(findings[0]!.message).toBe(
      'Cookie _ga is declared as preferences, but the Open Cookie Database lists it as Analytics (Google Analytics), which is analytics.',
    );
    expect(findings[0]).toMatchObject({ category: 'preferences', categorySource: 'declared' });
  });

  test('without declarations there are no undeclared, stale or mismatch findings', () => {
    const kinds = run(pages()).findings.map((f) => f.kind);
    expect(kinds.filter((k) => ['undeclared', 'stale-declaration', 'category-mismatch'].includes(k))).toEqual([]);
  });

  test('an invalid /regex/ name matches nothing instead of throwing', () => {
    const decl: Declarations = { cookies: [{ name: '/([/', category: 'necessary', purpose: 'Broken' }] };
    const { findings } = run([page('/', { accept: { cookies: [cookie('x')] } })], { declarations: decl });
    expect(findings.map((f) => [f.kind, f.subject.name])).toEqual([
      ['undeclared', 'x'],
      ['stale-declaration', '/([/'],
    ]);
  });
});

describe('banner', () => {
  test('accept found but reject not: one no-reject violation listing the pages', () => {
    const noReject = { choice: { method: 'none' as const, found: false } };
    const pages = [page('/b', { reject: noReject }), page('/a', { reject: noReject }), page('/ok')];
    const { findings } = run(pages);
    expect(brief(findings)).toEqual([{ kind: 'no-reject', severity: 'violation', name: 'reject all', pages: urls('/a', '/b') }]);
    expect(findings[0]!.subject.type).toBe('banner');
  });

  test('no banner anywhere: a hint only when an item needing consent was seen', () => {
    const none = { choice: { method: 'none' as const, found: false } };
    const quiet = [page('/', { accept: none, reject: none, before: { cookies: [cookie('PHPSESSID')] } })];
    expect(run(quiet).findings).toEqual([]);
    const busy = [page('/', { accept: { ...none, cookies: [ga()] }, reject: none })];
    const { findings } = run(busy);
    expect(brief(findings)).toEqual([{ kind: 'no-reject', severity: 'hint', name: 'cookie banner', pages: urls('/') }]);
    expect(findings[0]!.evidence).toEqual(['Cookie _ga']);
  });

  test('an Akkoord banner without a consent log gets one hint', () => {
    const pages = ['/', '/a'].map((p) =>
      page(p, { accept: { akkoord: true, consentLog: false }, reject: { akkoord: true, consentLog: false } }),
    );
    expect(brief(run(pages).findings)).toEqual([{ kind: 'no-consent-log', severity: 'hint', name: 'consent log', pages: urls('/', '/a') }]);
    const logged = ['/'].map((p) => page(p, { accept: { akkoord: true, consentLog: true } }));
    expect(run(logged).findings).toEqual([]);
  });
});

describe('page errors', () => {
  test('one check per page with its errors and HTTP statuses as evidence', () => {
    const pages = [
      page('/down', { before: { status: null, error: 'Timeout 30000ms' }, accept: { status: 500 }, reject: { status: 500 } }),
      page('/gone', {}, 'net::ERR_NAME_NOT_RESOLVED'),
      page('/fine'),
    ];
    const { findings } = run(pages);
    expect(brief(findings)).toEqual([
      { kind: 'page-error', severity: 'check', name: `${SITE}/down`, pages: urls('/down') },
      { kind: 'page-error', severity: 'check', name: `${SITE}/gone`, pages: urls('/gone') },
    ]);
    expect(findings[0]!.evidence).toEqual(['HTTP 500', 'Timeout 30000ms']);
    expect(findings[0]!.subject.type).toBe('page');
    expect(findings[1]!.message).toBe(
      `Page ${SITE}/gone could not be scanned fully (net::ERR_NAME_NOT_RESOLVED), so its other findings may be incomplete.`,
    );
  });
});

describe('inventory, counts and order', () => {
  test('cookies group by name and domain without the leading dot; lifetimes take the longest', () => {
    const pages = [
      page('/', { accept: { cookies: [cookie('_ga', { domain: '.example.nl', expires: START / 1000 + 3600.4 })] } }),
      page('/a', { accept: { cookies: [cookie('_ga', { domain: 'example.nl', expires: START / 1000 + 7200 })] } }),
      page('/b', { accept: { cookies: [cookie('_ga', { domain: 'other.example', party: 'third' }), cookie('s')] } }),
    ];
    const { inventory } = run(pages);
    expect(inventory.map((i) => [i.name, i.domain, i.pages.length, i.maxAgeSeconds, i.party])).toEqual([
      ['_ga', 'example.nl', 2, 7200, 'first'],
      ['_ga', 'other.example', 1, null, 'third'],
      ['s', 'example.nl', 1, null, 'first'],
    ]);
  });

  test('counts per mode: distinct cookies, storage with IndexedDB, hosts, and every request', () => {
    const pages = ['/', '/a'].map((p) =>
      page(p, {
        before: { cookies: [cookie('PHPSESSID')], requests: [request('fonts.cdn.example')] },
        accept: {
          cookies: [cookie('PHPSESSID'), ga()],
          storage: [storage('k'), storage('k', { type: 'sessionStorage' })],
          indexedDB: [database('db')],
          requests: [request('www.google-analytics.com'), request('www.google-analytics.com'), request('fonts.cdn.example')],
        },
      }),
    );
    expect(run(pages).counts).toEqual({
      before: { cookies: 1, storage: 0, thirdPartyHosts: 1, requests: 2 },
      accept: { cookies: 2, storage: 3, thirdPartyHosts: 2, requests: 6 },
      reject: { cookies: 0, storage: 0, thirdPartyHosts: 0, requests: 0 },
    });
  });

  test('evidence is capped at five entries plus a count of the rest', () => {
    const pages = Array.from({ length: 7 }, (_, i) =>
      page(`/p${i}`, { before: { cookies: [cookie('_fbp', { setBy: { kind: 'script', url: `https://cdn.example/s${i}.js` } })] } }),
    );
    const f = run(pages).findings[0]!;
    expect(f.pages).toHaveLength(7);
    expect(f.evidence).toEqual([...[0, 1, 2, 3, 4].map((i) => `https://cdn.example/s${i}.js`), '… and 2 more']);
    expect(f.message).toContain('set by https://cdn.example/s0.js, https://cdn.example/s1.js and 5 more.');
  });

  test('findings are sorted by severity, kind and name, and shuffled input gives the same output', () => {
    const declarations: Declarations = { cookies: [{ name: 'gone', category: 'analytics', purpose: 'x' }] };
    const build = (): ScannedPage[] => [
      page('/', {
        before: {
          cookies: [ga(), cookie('cart'), cookie('_fbp')],
          requests: [request('fonts.cdn.example'), request('connect.facebook.net')],
        },
        accept: { akkoord: true, consentLog: false, storage: [storage('zz'), storage('aa')] },
        reject: { cookies: [cookie('_fbp')] },
      }),
      page('/x', { before: { error: 'Timeout' }, reject: { choice: { method: 'none', found: false } } }),
      page('/y', { before: { cookies: [cookie('cart', { setBy: { kind: 'header', url: `${SITE}/y` } })] } }),
    ];
    const a = run(build(), { declarations });
    expect(a.findings.map((f) => `${f.severity} ${f.kind} ${f.subject.name}`)).toEqual([
      'violation after-reject _fbp',
      'violation before-consent _fbp',
      'violation before-consent _ga',
      'violation before-consent connect.facebook.net',
      'violation no-reject reject all',
      'undeclared undeclared _fbp',
      'undeclared undeclared _ga',
      'undeclared undeclared aa',
      'undeclared undeclared cart',
      'undeclared undeclared zz',
      'check before-consent cart',
      'check before-consent fonts.cdn.example',
      `check page-error ${SITE}/x`,
      'check stale-declaration gone',
      'hint no-consent-log consent log',
    ]);
    expect(Object.keys(a.summary)).toEqual([...SEVERITY_ORDER]);
    expect(a.summary).toEqual({ violation: 5, undeclared: 5, check: 4, hint: 1 });

    const shuffled = build().reverse();
    for (const p of shuffled)
      for (const v of p.visits) {
        v.cookies.reverse();
        v.storage.reverse();
        v.requests.reverse();
      }
    shuffled[0]!.visits.reverse();
    expect(run(shuffled, { declarations })).toEqual(a);
  });
});
