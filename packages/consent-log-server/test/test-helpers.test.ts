// The helpers that decide whether the PostgreSQL and browser suites run or fail: a wrong answer
// here would skip a whole suite in CI without anyone noticing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCI } from '../../../test/helpers/is-ci.mjs';
import { postgresBin } from './helpers/postgres.js';

describe('isCI', () => {
  it.each(['true', '1', 'TRUE', 'yes', 'woodpecker'])('CI=%s is CI', (value) => {
    expect(isCI({ CI: value })).toBe(true);
  });
  it.each([undefined, '', ' ', '0', 'false', 'False'])('CI=%s is not CI', (value) => {
    expect(isCI({ CI: value })).toBe(false);
  });
});

describe('postgresBin', () => {
  const root = mkdtempSync(join(tmpdir(), 'akkoord-pg-bin-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const install = (major: string, withInitdb = true) => {
    mkdirSync(join(root, major, 'bin'), { recursive: true });
    if (withInitdb) writeFileSync(join(root, major, 'bin', 'initdb'), '');
  };

  it('finds nothing when no version is installed', () => {
    expect(postgresBin({}, join(root, 'absent'))).toBeNull();
    expect(postgresBin({}, root)).toBeNull();
  });

  it('picks the newest installed major version that has initdb, compared as numbers', () => {
    install('9.6');
    install('13');
    install('17', false); // only the client package: no initdb, so not usable
    expect(postgresBin({}, root)).toBe(join(root, '13', 'bin'));
    install('16');
    expect(postgresBin({}, root)).toBe(join(root, '16', 'bin'));
  });

  it('AKKOORD_PG_BIN wins over what is installed', () => {
    expect(postgresBin({ AKKOORD_PG_BIN: '/opt/pg/bin' }, root)).toBe('/opt/pg/bin');
  });
});
