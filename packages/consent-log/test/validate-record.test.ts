import { describe, expect, it } from 'vitest';
import { validateBatch, validateRecord } from '../src/index.js';

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

  it.each([
    [{ action: 'maybe' }, '$.action', 'accept-all, reject-all, custom, withdraw, gpc, renewal'],
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
