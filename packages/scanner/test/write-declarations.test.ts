import { parseDeclarations, validateDeclarations } from '@akkoord/privacy-statement';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { InventoryItem, KnownItem, ScanReport } from '../src/types.js';
import { isoDuration, updateDeclarations } from '../src/write-declarations.js';

/** An inventory item with the fields the writer reads; the rest as the scanner would fill them. */
function item(type: InventoryItem['type'], name: string, extra: Partial<InventoryItem> = {}): InventoryItem {
  return {
    type,
    name,
    domain: 'korenschoof.example',
    party: 'first',
    seenIn: ['accept'],
    pages: ['https://korenschoof.example/'],
    setBy: [],
    ...extra,
  };
}

function known(name: string, extra: Partial<KnownItem> = {}): KnownItem {
  return {
    id: `id-${name}`,
    platform: 'Google Analytics',
    category: 'Analytics',
    name,
    wildcard: false,
    description: 'Registers a unique ID to count visits.',
    retention: '2 years',
    retentionIso: 'P2Y',
    controller: 'Google',
    ...extra,
  };
}

function report(inventory: InventoryItem[], startedAt = '2026-03-14T09:30:00.000Z'): ScanReport {
  const counts = { cookies: 0, storage: 0, thirdPartyHosts: 0, requests: 0 };
  return {
    format: 'akkoord-scan',
    version: 1,
    site: 'https://korenschoof.example/',
    startedAt,
    durationMs: 1000,
    scanner: '@akkoord/scanner 0.1.0',
    browser: 'Chromium 140',
    options: { pages: 1, concurrency: 1 },
    banner: { kind: 'akkoord' },
    pages: [],
    inventory,
    findings: [],
    counts: { before: counts, accept: counts, reject: counts },
    summary: { violation: 0, undeclared: 0, check: 0, hint: 0 },
  };
}

const ga4 = known('_ga_', { id: 'ga4', wildcard: true, description: 'Keeps the session state.' });

/** A scan of the fixture site: two declared cookies, and everything the writer must add or skip. */
const scan = report([
  item('cookie', 'akkoord', {
    declared: { index: 0, name: 'akkoord', category: 'necessary' },
    category: 'necessary',
    categorySource: 'declared',
    maxAgeSeconds: 15_552_000,
  }),
  item('cookie', 'shop_session', {
    declared: { index: 1, name: 'shop_session', category: 'necessary' },
    category: 'necessary',
    categorySource: 'declared',
    maxAgeSeconds: null,
  }),
  item('cookie', '_ga', { known: known('_ga'), category: 'analytics', categorySource: 'database', maxAgeSeconds: 63_071_990 }),
  item('cookie', '_ga_ABC123', { known: ga4, category: 'analytics', categorySource: 'database', maxAgeSeconds: 63_071_990 }),
  item('cookie', '_ga_DEF456', { known: ga4, category: 'analytics', categorySource: 'database', maxAgeSeconds: 63_071_990 }),
  item('cookie', 'shop_pref', { maxAgeSeconds: 31_536_000 }),
  item('cookie', 'trk_uid', { domain: '.tracker.example', party: 'third', maxAgeSeconds: 7_776_000 }),
  item('localStorage', 'cart_v2', { domain: 'https://korenschoof.example' }),
  item('indexedDB', 'firebaseLocalStorageDb', { domain: 'https://korenschoof.example' }),
  item('request', 'tracker.example', { party: 'third' }),
]);

const FIXTURE = `# Privacyverklaring van De Korenschoof (testbestand)
meta:
  version: 2.10 # zo geschreven, niet 2.1
  effectiveDate: 2026-01-01
  languages: [nl, en]

organisation:
  legalName: Bakkerij De Korenschoof B.V.
  email: privacy@korenschoof.example

# Cookies die wij zelf plaatsen
cookies:
  - name: akkoord
    category: necessary
    purpose: { nl: onthoudt uw cookiekeuze, en: remembers your cookie choice }
    duration: P6M
    exemption: functional
  - name: shop_session # winkelmand
    category: necessary
    purpose: { nl: houdt uw winkelmand vast, en: keeps your basket }
    duration: session

# Laatste scan
cookieScan: # bijgewerkt door akkoord scan
  date: 2025-06-01
  found: [akkoord, shop_session]

links:
  cookieSettings: /cookies
`;

const NOTE = '# added by akkoord scan 2026-03-14: review category, purpose and duration';
const TODO = '# TODO review: unknown to the Open Cookie Database; category and purpose are placeholders';
const PLACEHOLDER =
  '{ nl: "TE CONTROLEREN: het doel is onbekend. Beschrijf waarvoor dit wordt gebruikt.", en: "TO REVIEW: the purpose is unknown. Describe what this is used for." }';

/** What the writer appends to the fixture's cookies, byte for byte. */
const ADDED = `  ${NOTE}
  - name: _ga
    provider: Google
    category: analytics
    purpose: { en: Registers a unique ID to count visits. }
    duration: P2Y
  ${NOTE}
  - name: _ga_*
    provider: Google
    category: analytics
    purpose: { en: Keeps the session state. }
    duration: P2Y
  ${NOTE}
  ${TODO}
  - name: shop_pref
    category: marketing
    purpose: ${PLACEHOLDER}
    duration: P1Y
  ${NOTE}
  ${TODO}
  - name: trk_uid
    party: third
    category: marketing
    purpose: ${PLACEHOLDER}
    duration: P3M
  ${NOTE}
  ${TODO}
  - name: cart_v2
    type: localStorage
    category: marketing
    purpose: ${PLACEHOLDER}
`;

describe('updateDeclarations (YAML)', () => {
  const result = updateDeclarations(FIXTURE, scan, { file: 'privacy.yaml' });

  test('keeps every byte outside the new entries and the cookieScan values', () => {
    const expected = FIXTURE.replace('    duration: session\n', `    duration: session\n${ADDED}`).replace(
      '  date: 2025-06-01\n  found: [akkoord, shop_session]\n',
      '  date: 2026-03-14\n  found: [_ga, _ga_ABC123, _ga_DEF456, akkoord, cart_v2, shop_pref, shop_session, trk_uid]\n',
    );
    expect(result.text).toBe(expected);
  });

  test('reports what it added and how many names the scan found', () => {
    expect(result.added).toEqual(['_ga', '_ga_*', 'shop_pref', 'trk_uid', 'cart_v2']);
    expect(result.scanFound).toBe(8);
  });

  test('the result parses and has no syntax or schema errors', () => {
    const parsed = parseDeclarations(result.text, 'privacy.yaml');
    const findings = validateDeclarations(parsed, { today: '2026-03-14' });
    expect(findings.filter((f) => f.rule === 'SYNTAX' || f.rule === 'SCHEMA')).toEqual([]);
    // The only errors are V35's, on the placeholders the writer left for a person to replace.
    expect(findings.filter((f) => f.severity === 'error' && f.rule !== 'V35' && f.path.startsWith('cookie'))).toEqual([]);
    expect(parsed.data?.meta?.version).toBe('2.10');
    expect(parsed.data?.cookies?.map((c) => c.name)).toEqual([
      'akkoord',
      'shop_session',
      '_ga',
      '_ga_*',
      'shop_pref',
      'trk_uid',
      'cart_v2',
    ]);
    // The placeholders are meant to be flagged: the localStorage key has no duration, the unknown
    // third-party cookie no provider, and the database texts no Dutch version.
    const rules = findings.map((f) => `${f.rule} ${f.path}`);
    expect(rules).toContain('V23 cookies[6]');
    expect(rules).toContain('V23 cookies[5]');
    expect(rules).toContain('V25 cookies[2].purpose');
  });

  test('the validator refuses each added entry that still has a placeholder, in both languages, naming the cookie', () => {
    const findings = validateDeclarations(parseDeclarations(result.text, 'privacy.yaml'), { today: '2026-03-14' }).filter(
      (f) => f.rule === 'V35',
    );
    // shop_pref, trk_uid and cart_v2 are unknown to the database; _ga and _ga_* have its texts.
    // The line is that of the entry's `purpose:` in the written file.
    expect(findings.map((f) => `${f.severity} ${f.path} ${f.line}`)).toEqual([
      'error cookies[4].purpose.nl 38',
      'error cookies[4].purpose.en 38',
      'error cookies[5].purpose.nl 45',
      'error cookies[5].purpose.en 45',
      'error cookies[6].purpose.nl 52',
      'error cookies[6].purpose.en 52',
    ]);
    expect(findings[2]!.message).toMatch(/^cookie “trk_uid” still has a placeholder from a scan \(“TE CONTROLEREN:”\)/);
    expect(findings[3]!.message).toMatch(/^cookie “trk_uid” .*\(“TO REVIEW:”\)/);
    // The same holds for the JSON writer, which shares the entries.
    const json = updateDeclarations('{}', report([item('cookie', 'trk_uid', { maxAgeSeconds: null })]), { file: 'privacy.json' }).text;
    expect(
      validateDeclarations(parseDeclarations(json, 'privacy.json'))
        .filter((f) => f.rule === 'V35')
        .map((f) => f.path),
    ).toEqual(['cookies[0].purpose.nl', 'cookies[0].purpose.en']);
  });

  test('is idempotent: a second run with the same report adds nothing and changes nothing', () => {
    // The report still says "not declared": the writer must find its own entries in the text.
    const again = updateDeclarations(result.text, scan, { file: 'privacy.yaml' });
    expect(again.added).toEqual([]);
    expect(again.text).toBe(result.text);
  });

  test('writes options.today in the notes and takes cookieScan.date from the scan', () => {
    const out = updateDeclarations(FIXTURE, scan, { file: 'privacy.yaml', today: '2026-03-15' }).text;
    expect(out).toContain('# added by akkoord scan 2026-03-15: review');
    expect(out).toContain('  date: 2026-03-14\n');
  });

  test("adds cookies and cookieScan at the end when missing, with the file's blank lines", () => {
    const text = '# Minimaal\nmeta:\n  version: "1"\n\nlinks:\n  cookieSettings: /cookies\n';
    const out = updateDeclarations(text, report([item('cookie', 'shop_pref', { maxAgeSeconds: null })]), { file: 'privacy.yaml' }).text;
    expect(out).toBe(
      `${text}\ncookies:\n  ${NOTE}\n  ${TODO}\n  - name: shop_pref\n    category: marketing\n    purpose: ${PLACEHOLDER}\n    duration: session\n` +
        '\ncookieScan:\n  date: 2026-03-14\n  found:\n    - shop_pref\n',
    );
  });

  test('an empty file gets both blocks', () => {
    const out = updateDeclarations('', report([item('sessionStorage', 'tab_id')]), { file: 'privacy.yaml' });
    expect(parse(out.text)).toEqual({
      cookies: [{ name: 'tab_id', type: 'sessionStorage', category: 'marketing', purpose: parse(PLACEHOLDER), duration: 'session' }],
      cookieScan: { date: '2026-03-14', found: ['tab_id'] },
    });
  });

  test('turns `cookies: []` and an empty `cookies:` into a block list, keeping the key line', () => {
    const r = report([item('cookie', '_ga', { known: known('_ga'), category: 'analytics', maxAgeSeconds: 1 })]);
    for (const head of ['cookies: [] # nog leeg\n', 'cookies: # nog leeg\n', 'cookies:   []   # nog leeg\n']) {
      const out = updateDeclarations(`meta:\n  version: "1"\n${head}cookieScan:\n  date: 2025-01-01\n  found: []\n`, r, {
        file: 'privacy.yaml',
      }).text;
      expect(out).toBe(
        `meta:\n  version: "1"\ncookies: # nog leeg\n  ${NOTE}\n  - name: _ga\n    provider: Google\n    category: analytics\n` +
          '    purpose: { en: Registers a unique ID to count visits. }\n    duration: P2Y\ncookieScan:\n  date: 2026-03-14\n  found: [_ga]\n',
      );
    }
  });

  test('turns a flow list of entries into a block list, copying the old entries as written', () => {
    const text = 'cookies: [{ name: a, category: necessary, purpose: p }] # oud\n';
    const out = updateDeclarations(text, report([item('cookie', 'b', { maxAgeSeconds: null })]), { file: 'p.yaml' }).text;
    expect(out).toBe(
      `cookies: # oud\n  - { name: a, category: necessary, purpose: p }\n  ${NOTE}\n  ${TODO}\n  - name: b\n    category: marketing\n    purpose: ${PLACEHOLDER}\n    duration: session\n` +
        'cookieScan:\n  date: 2026-03-14\n  found:\n    - b\n',
    );
  });

  test("falls back to the Document's own output when the text edit would not parse back the same", () => {
    // After a `...` document end marker, appended keys would start a second document.
    const out = updateDeclarations('---\nmeta: { version: "1" }\n...\n', report([item('cookie', 'b', { maxAgeSeconds: null })]), {
      file: 'p.yaml',
    }).text;
    expect(parse(out)).toEqual({
      meta: { version: '1' },
      cookies: [{ name: 'b', category: 'marketing', purpose: parse(PLACEHOLDER), duration: 'session' }],
      cookieScan: { date: '2026-03-14', found: ['b'] },
    });
    expect(out).toContain(`  ${TODO}\n  - name: b\n`);
  });

  test('at the end of the file, new entries come before an appended cookieScan', () => {
    // `[nl, en]` would come back as `[ nl, en ]` from the fallback, so this checks the text edit.
    const text = 'meta:\n  languages: [nl, en]\ncookies:\n  - name: a\n    category: necessary\n    purpose: p';
    const out = updateDeclarations(text, report([item('cookie', 'b', { maxAgeSeconds: null })]), { file: 'p.yaml' }).text;
    expect(out).toBe(
      `${text}\n  ${NOTE}\n  ${TODO}\n  - name: b\n    category: marketing\n    purpose: ${PLACEHOLDER}\n    duration: session\n` +
        'cookieScan:\n  date: 2026-03-14\n  found:\n    - b\n',
    );
  });

  test('replaces a cookieScan that is no mapping as a whole, in its place', () => {
    const text = 'cookies:\n  - name: b\n    category: necessary\n    purpose: p\ncookieScan: ooit # oud\nlinks: {}\n';
    const out = updateDeclarations(text, report([item('cookie', 'b')]), { file: 'p.yaml' }).text;
    expect(out).toBe(
      'cookies:\n  - name: b\n    category: necessary\n    purpose: p\ncookieScan:\n  date: 2026-03-14\n  found:\n    - b\nlinks: {}\n',
    );
  });

  test('lines new items up with existing ones and keeps comments after the last item', () => {
    const text =
      'cookies:\n- name: a\n  category: necessary\n  purpose: x\n  # over a\n# volgende\ncookieScan: { date: 2025-01-01, found: [a] }\n';
    const out = updateDeclarations(text, report([item('cookie', 'a'), item('cookie', 'b', { maxAgeSeconds: 90 })]), {
      file: 'p.yaml',
    }).text;
    expect(out).toBe(
      `cookies:\n- name: a\n  category: necessary\n  purpose: x\n${NOTE}\n${TODO}\n- name: b\n  category: marketing\n  purpose: ${PLACEHOLDER}\n  duration: PT2M\n` +
        '  # over a\n# volgende\ncookieScan: { date: 2026-03-14, found: [ a, b ] }\n',
    );
  });

  test('skips names an existing pattern or /regex/ covers, of the same type only', () => {
    const text =
      'cookies:\n  - name: _hj*\n    category: analytics\n    purpose: x\n  - name: /^sess_\\d+$/\n    category: necessary\n    purpose: x\n';
    const r = report([item('cookie', '_hjid'), item('cookie', 'sess_42'), item('localStorage', '_hjid'), item('cookie', 'sess_x')]);
    expect(updateDeclarations(text, r, { file: 'p.yaml' }).added).toEqual(['sess_x', '_hjid']);
  });

  test("trusts the integrator's `declared` even when no entry in the text matches", () => {
    const r = report([item('cookie', 'x', { declared: { index: 0, name: 'x*', category: 'necessary' } })]);
    expect(updateDeclarations('meta: {}\n', r, { file: 'p.yaml' }).added).toEqual([]);
  });

  test('names one entry per exact name, merging domains, and groups a wildcard only when several names share it', () => {
    const r = report([
      item('cookie', '_ga_ONLY', { known: ga4, category: 'analytics' }),
      item('cookie', 'dup', { maxAgeSeconds: 60 }),
      item('cookie', 'dup', { domain: '.other.example', party: 'third', maxAgeSeconds: 7200 }),
      item('localStorage', 'my key'),
    ]);
    const out = updateDeclarations('', r, { file: 'p.yaml' });
    expect(out.added).toEqual(['_ga_ONLY', 'dup', 'my*key']);
    const cookies = parse(out.text).cookies;
    expect(cookies[1]).toMatchObject({ name: 'dup', party: 'third', duration: 'PT2H' });
    expect(out.scanFound).toBe(3);
    expect(parse(out.text).cookieScan.found).toEqual(['_ga_ONLY', 'dup', 'my key']);
  });

  test("Akkoord's own decision cookie gets its real purpose and no TODO", () => {
    const r = report([item('cookie', 'akkoord', { category: 'necessary', categorySource: 'akkoord', maxAgeSeconds: 15_552_000 })]);
    const out = updateDeclarations('', r, { file: 'p.yaml' }).text;
    expect(out).not.toContain('TODO');
    expect(parse(out).cookies[0]).toEqual({
      name: 'akkoord',
      category: 'necessary',
      purpose: { nl: 'Onthoudt uw cookiekeuze.', en: 'Remembers your cookie choice.' },
      duration: 'P6M',
    });
  });
});

describe('updateDeclarations (JSON)', () => {
  const text =
    '{\n    "meta": { "version": 2.10 },\n    "cookies": [{ "name": "akkoord", "category": "necessary", "purpose": "keuze" }],\n    "cookieScan": { "date": "2025-01-01", "found": [] },\n    "links": { "cookieSettings": "/cookies" }\n}';
  const r = report([
    item('cookie', 'akkoord', { declared: { index: 0, name: 'akkoord', category: 'necessary' } }),
    item('cookie', '_ga', { known: known('_ga'), category: 'analytics' }),
  ]);
  const out = updateDeclarations(text, r, { file: 'privacy.json' });

  test('writes 2-space JSON, keeps key order and numbers as written, and appends without comments', () => {
    expect(out.text).toBe(`{
  "meta": {
    "version": 2.10
  },
  "cookies": [
    {
      "name": "akkoord",
      "category": "necessary",
      "purpose": "keuze"
    },
    {
      "name": "_ga",
      "provider": "Google",
      "category": "analytics",
      "purpose": {
        "en": "Registers a unique ID to count visits."
      },
      "duration": "P2Y"
    }
  ],
  "cookieScan": {
    "date": "2026-03-14",
    "found": [
      "_ga",
      "akkoord"
    ]
  },
  "links": {
    "cookieSettings": "/cookies"
  }
}
`);
    expect(out.added).toEqual(['_ga']);
  });

  test('is idempotent and valid against the schema', () => {
    const again = updateDeclarations(out.text, r, { file: 'privacy.json' });
    expect(again).toEqual({ text: out.text, added: [], scanFound: 2 });
    const findings = validateDeclarations(parseDeclarations(out.text, 'privacy.json'));
    expect(findings.filter((f) => f.rule === 'SYNTAX' || f.rule === 'SCHEMA')).toEqual([]);
  });

  test('text starting with `{` is JSON whatever the file name', () => {
    expect(updateDeclarations('{"meta":{}}', r, { file: 'privacy.yaml' }).text).toMatch(/^\{\n {2}"meta": \{\},\n {2}"cookies": \[/);
  });
});

describe('updateDeclarations errors', () => {
  const r = report([item('cookie', 'x')]);

  test('names the file and the path', () => {
    expect(() => updateDeclarations('cookies:\n  name: x\n', r, { file: 'privacy.yaml' })).toThrow(
      new Error("privacy.yaml: cookies must be a list to add the scan's cookies to"),
    );
    expect(() => updateDeclarations('{"cookies": {}}', r, { file: 'privacy.json' })).toThrow(
      new Error("privacy.json: cookies must be a list to add the scan's cookies to"),
    );
  });

  test('rejects text that is not YAML or JSON, or not a mapping', () => {
    expect(() => updateDeclarations('meta: [a\nb: c: d\n', r, { file: 'privacy.yaml' })).toThrow(/^privacy\.yaml: not valid YAML: /);
    expect(() => updateDeclarations('{"meta": ', r, { file: 'privacy.json' })).toThrow(/^privacy\.json: not valid JSON: /);
    expect(() => updateDeclarations('- a\n- b\n', r, { file: 'privacy.yaml' })).toThrow(
      'privacy.yaml: the top level must be a mapping (key: value lines)',
    );
    expect(() => updateDeclarations('[1]', r, { file: 'privacy.json' })).toThrow('privacy.json: the top level must be an object');
  });

  test('needs a scan date', () => {
    expect(() => updateDeclarations('', report([], 'gisteren'), { file: 'p.yaml' })).toThrow(
      'p.yaml: the scan report has no valid start date',
    );
    expect(updateDeclarations('', report([], 'gisteren'), { file: 'p.yaml', today: '2026-01-02' }).text).toContain('date: 2026-01-02');
  });
});

describe('isoDuration', () => {
  test.each([
    [90, 'PT2M'],
    [1800, 'PT30M'],
    [86_399, 'PT24H'],
    [7 * 86_400, 'P7D'],
    [45 * 86_400, 'P45D'],
    [180 * 86_400, 'P6M'],
    [400 * 86_400, 'P13M'],
    [365 * 86_400, 'P1Y'],
    [729.9 * 86_400, 'P2Y'],
  ])('%i seconds is %s', (seconds, iso) => {
    expect(isoDuration(seconds)).toBe(iso);
  });
});
