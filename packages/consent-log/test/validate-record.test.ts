import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_DEPTH, validateBatch, validateRecord } from '../src/index.js';

const good = () => ({
  v: 1,
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  consentId: '7d444840-9dc0-41ee-9f38-4a7b1f1c6c11',
  site: 'www.example.nl',
  page: 'https://www.example.nl/contact',
  action: 'accept-all',
  choices: { necessary: true, analytics: true, 'marketing:youtube': false },
  revision: '3',
  language: 'nl',
  configHash: 'a'.repeat(64),
  clientTime: 1_700_000_000_000,
});

describe('validateRecord', () => {
  it('accepts a complete record', () => {
    expect(validateRecord(good())).toEqual({ ok: true, value: good() });
  });

  it('accepts every action the banner sends, the service allowed in place and the reset included', () => {
    for (const action of ['accept-all', 'reject-all', 'custom', 'withdraw', 'gpc', 'renewal', 'embed', 'reset'])
      expect(validateRecord({ ...good(), action }).ok).toBe(true);
  });

  it.each([
    [{ action: 'maybe' }, '$.action', 'accept-all, reject-all, custom, withdraw, gpc, renewal, embed, reset'],
    [{ id: 'not-a-uuid' }, '$.id', 'UUID'],
    [{ v: 2 }, '$.v', 'must be 1'],
    [{ choices: { analytics: 'yes' } }, '$.choices.analytics', 'true or false'],
    [{ choices: { 'a b': true } }, '$.choices.a b', 'category:service'],
    [{ choices: {} }, '$.choices', '1 to 500'],
    [{ page: 'https://www.example.nl/?email=a@b.nl' }, '$.page', 'without query'],
    [{ language: 'nederlands!' }, '$.language', 'BCP 47'],
    [{ configHash: 'ABC' }, '$.configHash', 'hex'],
    [{ clientTime: -1 }, '$.clientTime', 'non-negative'],
    [{ ip: '192.0.2.1' }, '$.ip', 'not a record field'],
  ])('rejects %j at %s naming what is valid', (patch, path, hint) => {
    const r = validateRecord({ ...good(), ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.path).toBe(path);
      expect(r.message).toContain(hint);
    }
  });

  it.each([
    [{ revision: 'a\ud800b' }, '$.revision'],
    [{ statementVersion: '\udc00' }, '$.statementVersion'],
    [{ page: 'https://www.example.nl/a\ud83d' }, '$.page'],
  ])('refuses %j: a lone UTF-16 surrogate cannot be stored as sent (%s)', (patch, path) => {
    expect(validateRecord({ ...good(), ...patch })).toEqual({ ok: false, path, message: expect.stringContaining('well-formed Unicode') });
  });

  it.each(['\u0000', '\u001b', '\u007f', '\u0085'])('refuses a page holding the control character %j', (c) => {
    expect(validateRecord({ ...good(), page: `https://www.example.nl/a${c}b` })).toMatchObject({
      ok: false,
      path: '$.page',
      message: expect.stringContaining('control characters'),
    });
  });

  it('accepts well-formed text beyond ASCII: pairs, accents, line separators', () => {
    const r = { ...good(), revision: 'zomer ☀️ 😀', statementVersion: 'versie\u2028é', page: 'https://www.example.nl/caf%C3%A9/😀' };
    expect(validateRecord(r)).toEqual({ ok: true, value: r });
  });

  it('refuses a __proto__ choice key (JSON.parse keeps it as a member; copying into {} would not)', () => {
    const r = JSON.parse(JSON.stringify(good()).replace('"necessary":true', '"necessary":true,"__proto__":true'));
    expect(Object.keys(r.choices)).toContain('__proto__');
    expect(validateRecord(r)).toMatchObject({ ok: false, path: '$.choices.__proto__', message: expect.stringContaining('not allowed') });
  });

  it.each([
    [{ texts: { nl: 'a\ud800' } }, '$.config.texts.nl', 'well-formed'],
    [{ texts: { 'a\udfff': 'x' } }, `$.config.texts[${JSON.stringify('a\udfff')}]`, 'member name'],
    [{ categories: [{ id: 'a' }, { title: '\udc00' }] }, '$.config.categories[1].title', 'well-formed'],
    [['ok', ['\ud800']], '$.config[1][0]', 'well-formed'],
    [{ 'two words': { n: Infinity } }, '$.config["two words"].n', 'finite number'],
  ])('refuses a snapshot holding what cannot be stored or canonicalised as sent: %j at %s', (config, path, hint) => {
    expect(validateRecord({ ...good(), config })).toEqual({ ok: false, path, message: expect.stringContaining(hint) });
  });

  it(`limits a snapshot to ${MAX_CONFIG_DEPTH} levels of nesting, without recursing past it however deep the input`, () => {
    const nest = (levels: number): unknown => {
      let v: unknown = 'leaf';
      for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
      return v;
    };
    expect(validateRecord({ ...good(), config: nest(MAX_CONFIG_DEPTH) }).ok).toBe(true);
    const over = validateRecord({ ...good(), config: nest(MAX_CONFIG_DEPTH + 1) });
    expect(over).toMatchObject({ ok: false, message: expect.stringContaining(`at most ${MAX_CONFIG_DEPTH} levels`) });
    if (!over.ok) expect(over.path.startsWith('$.config')).toBe(true);
    // What overflowed the canonical-JSON code's stack before (a 6 KB body), and far beyond.
    for (const levels of [3_000, 200_000]) {
      const parsed = JSON.parse('{"a":'.repeat(levels) + '1' + '}'.repeat(levels));
      expect(validateRecord({ ...good(), config: parsed })).toMatchObject({ ok: false, message: expect.stringContaining('too deep') });
    }
  });

  it('names the record of a batch in a snapshot problem', () => {
    expect(validateBatch([good(), { ...good(), config: { x: ['\ud800'] } }])).toMatchObject({ ok: false, path: '$[1].config.x[0]' });
  });

  it('needs a config hash or a snapshot', () => {
    const { configHash: _, ...rest } = good();
    expect(validateRecord(rest)).toMatchObject({ ok: false, path: '$.configHash' });
    expect(validateRecord({ ...rest, config: { texts: {} } }).ok).toBe(true);
  });
});

describe('validateBatch', () => {
  it('takes one record or an array of 1 to 100, naming the index of a bad one', () => {
    expect(validateBatch(good())).toMatchObject({ ok: true, value: [good()] });
    expect(validateBatch([good(), { ...good(), site: '' }])).toMatchObject({ ok: false, path: '$[1].site' });
    expect(validateBatch([])).toMatchObject({ ok: false, path: '$' });
    expect(validateBatch(Array.from({ length: 101 }, good))).toMatchObject({ ok: false, path: '$' });
    expect(validateBatch('text')).toMatchObject({ ok: false, path: '$' });
  });
});
