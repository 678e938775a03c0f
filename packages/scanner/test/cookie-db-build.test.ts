import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { isCI } from '../../../test/helpers/is-ci.mjs';
import { decodeDatabaseFile } from '../src/cookie-database.js';

const script = fileURLToPath(new URL('../scripts/build-cookie-db.mjs', import.meta.url));
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
// ../shared beside the repository, as in CI; /work/main/packages/scanner/test → /work/shared.
const sharedCsv = fileURLToPath(new URL('../../../../shared/data/open-cookie-database/open-cookie-database.csv', import.meta.url));
const inCI = isCI();
const haveShared = existsSync(sharedCsv);

if (!haveShared && !inCI) {
  console.warn(
    `\n*** cookie-db-build: ${sharedCsv} is missing, so the committed open-cookie-database.json ` +
      'is NOT checked against its source. Put the shared data beside the repository to run that test. ***\n',
  );
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'akkoord-cookie-db-'));
  temps.push(dir);
  return dir;
}

/** Runs the build script; returns its exit status and output. */
function build(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const HEADER =
  'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';
const COMMIT = '1234567890abcdef1234567890abcdef12345678';

/** A folder with a CSV of the given rows, a LICENSE and a SOURCE.md, as the script expects. */
function inputDir(rows: string[], eol = '\n'): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'open-cookie-database.csv'), [HEADER, ...rows].join(eol) + eol);
  writeFileSync(join(dir, 'LICENSE'), 'Apache License 2.0 (test copy)\n');
  writeFileSync(join(dir, 'SOURCE.md'), `Test data, commit ${COMMIT}, 2026-02-03.\n`);
  return dir;
}

const GOOD =
  'aaaaaaaa-0000-0000-0000-000000000001,Demo,Analytics,_demo,demo.example (3rd party),Counts visits,2 years,Demo BV,https://demo.example/privacy,0';

describe('build-cookie-db.mjs', () => {
  test.skipIf(!haveShared && !inCI)('rebuilding from ../shared gives the committed files byte for byte', () => {
    expect(haveShared, `${sharedCsv} must exist in CI`).toBe(true);
    const out = tempDir();
    const r = build([sharedCsv, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const file of ['open-cookie-database.json', 'open-cookie-database.LICENSE', 'NOTICE.md']) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(dataDir, file))), `${file} differs; rerun the script`).toBe(true);
    }
  });

  test('reads quoted fields with commas, quotes and line breaks, and CRLF line ends', () => {
    const dir = inputDir(
      [
        GOOD,
        'aaaaaaaa-0000-0000-0000-000000000002,"Demo, Inc.",Marketing,"_pref_",,"Says ""hi"", then\nleaves",Session,"Demo, Inc.",,1',
        'aaaaaaaa-0000-0000-0000-000000000003,Demo,Security,\u00adcsrf\t,,"",,Demo BV,https://demo.example/privacy,0',
      ],
      '\r\n',
    );
    const out = tempDir();
    const r = build([join(dir, 'open-cookie-database.csv'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { info, entries } = decodeDatabaseFile(JSON.parse(readFileSync(join(out, 'open-cookie-database.json'), 'utf8')));
    expect(info).toMatchObject({ commit: COMMIT, date: '2026-02-03', count: 3, license: 'Apache-2.0' });
    expect(entries[0]).toEqual({
      id: 'aaaaaaaa-0000-0000-0000-000000000001',
      platform: 'Demo',
      category: 'Analytics',
      name: '_demo',
      wildcard: false,
      domain: 'demo.example (3rd party)',
      description: 'Counts visits',
      retention: '2 years',
      retentionIso: 'P2Y',
      controller: 'Demo BV',
      privacyUrl: 'https://demo.example/privacy',
    });
    expect(entries[1]).toMatchObject({
      platform: 'Demo, Inc.',
      controller: 'Demo, Inc.',
      name: '_pref_',
      wildcard: true,
      description: 'Says "hi", then\nleaves',
      retentionIso: 'session',
    });
    expect(entries[1]).not.toHaveProperty('domain');
    expect(entries[1]).not.toHaveProperty('privacyUrl');
    // Invisible characters and surrounding white space are gone; an empty retention stays unknown.
    expect(entries[2]).toMatchObject({ name: 'csrf', description: '', retention: '' });
    expect(entries[2]).not.toHaveProperty('retentionIso');
    expect(readFileSync(join(out, 'open-cookie-database.LICENSE'), 'utf8')).toBe('Apache License 2.0 (test copy)\n');
    const notice = readFileSync(join(out, 'NOTICE.md'), 'utf8');
    expect(notice).toContain(COMMIT);
    expect(notice).toContain('Apache License');
  });

  test('the same input gives byte-identical output', () => {
    const csv = join(inputDir([GOOD]), 'open-cookie-database.csv');
    const [a, b] = [tempDir(), tempDir()];
    expect(build([csv, '--out', a]).status).toBe(0);
    expect(build([csv, '--out', b]).status).toBe(0);
    for (const file of ['open-cookie-database.json', 'NOTICE.md']) {
      expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file)))).toBe(true);
    }
  });

  test.each([
    ['an unknown category', GOOD.replace(',Analytics,', ',Tracking,'), 'column "Category"'],
    ['a wildcard other than 0 or 1', GOOD.replace(/,0$/, ',2'), 'column "Wildcard match"'],
    ['an empty name', GOOD.replace(',_demo,', ', ,'), 'column "Cookie / Data Key name"'],
    ['a missing column', GOOD.replace(/,0$/, ''), 'expected 10 columns, found 9'],
    ['a repeated id', GOOD, 'already used on line 2'],
  ])('a row with %s fails with its line number', (_what, badRow, message) => {
    const csv = join(
      inputDir([GOOD, 'aaaaaaaa-0000-0000-0000-000000000009,Other,Analytics,_other,,,1 day,Other,,0', badRow]),
      'open-cookie-database.csv',
    );
    const out = tempDir();
    const r = build([csv, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`open-cookie-database.csv:4:`);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(out, 'open-cookie-database.json'))).toBe(false);
  });

  test('an unclosed quote is reported at the line it opens on', () => {
    const csv = join(
      inputDir([GOOD, 'aaaaaaaa-0000-0000-0000-000000000002,Demo,Analytics,_x,,"never closed,1 day,Demo,,0']),
      'open-cookie-database.csv',
    );
    const r = build([csv, '--out', tempDir()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('open-cookie-database.csv:3: quoted field is never closed');
  });

  test('refuses to build without the licence text or the upstream commit', () => {
    const dir = inputDir([GOOD]);
    rmSync(join(dir, 'SOURCE.md'));
    const noCommit = build([join(dir, 'open-cookie-database.csv'), '--out', tempDir()]);
    expect(noCommit.status).toBe(1);
    expect(noCommit.stderr).toContain('--commit');
    const given = build([join(dir, 'open-cookie-database.csv'), '--out', tempDir(), '--commit', COMMIT, '--date', '2026-02-03']);
    expect(given.status).toBe(0);
    rmSync(join(dir, 'LICENSE'));
    const noLicence = build([join(dir, 'open-cookie-database.csv'), '--out', tempDir(), '--commit', COMMIT, '--date', '2026-02-03']);
    expect(noLicence.status).toBe(1);
    expect(noLicence.stderr).toContain('licence');
  });
});
