/** The CLI run in-process through main(argv, io) with a fake file system, plus one real spawn of the build. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import type { CliIo } from '../src/cli-io.js';
import { EXAMPLES_DIR, ROOT } from './fixtures.js';

function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    readFile: async (p) => {
      if (p in files) return files[p] as string;
      if (p.startsWith(EXAMPLES_DIR)) return readFileSync(p, 'utf8');
      throw new Error('ENOENT: no such file');
    },
    writeFile: async (p, c) => void (written[p] = c),
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    today: () => '2026-10-01',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const demo = `${EXAMPLES_DIR}demo-site.yaml`;

describe('akkoord CLI', () => {
  it('--help lists every command and exits 0', async () => {
    const f = fakeIo();
    expect(await main(['--help'], f.io)).toBe(0);
    for (const cmd of ['init', 'check', 'statement', 'register', 'banner-config']) expect(f.out()).toContain(`akkoord ${cmd}`);
  });

  it('rejects an unknown command and an unknown option with what is valid (exit 2)', async () => {
    const a = fakeIo();
    expect(await main(['publish'], a.io)).toBe(2);
    expect(a.err()).toMatch(/unknown command "publish". Valid: init, check/);
    const b = fakeIo();
    expect(await main(['check', demo, '--formt', 'json'], b.io)).toBe(2);
    expect(b.err()).toMatch(/unknown option --formt. Valid: --format/);
  });

  it('init prints a starter file that itself passes check', async () => {
    for (const lang of ['nl', 'en']) {
      const f = fakeIo();
      expect(await main(['init', '--lang', lang], f.io)).toBe(0);
      const g = fakeIo({ 'start.yaml': f.out() });
      expect(await main(['check', 'start.yaml'], g.io)).toBe(0);
      expect(f.out()).toMatch(lang === 'nl' ? /# Privacy-declaraties/ : /# Privacy declarations/);
    }
  });

  it('check exits 1 on errors and names file:line:col and the path', async () => {
    const f = fakeIo({
      'bad.yaml': 'dpo: none\norganisation:\n  legalName: X B.V.\npurposes:\n  - id: a\n    name: A\n    legalBasis: consent\n',
    });
    expect(await main(['check', 'bad.yaml', '--lang', 'en'], f.io)).toBe(1);
    expect(f.out()).toMatch(/bad\.yaml:5:5: purposes\[0\] error V12: purpose “a” relies on consent/);
    expect(f.out()).toMatch(/bad\.yaml: [1-9]\d* error\(s\)/);
    const g = fakeIo({ 'bad.yaml': 'dpo: none\n' });
    expect(await main(['check', 'bad.yaml', '--lang', 'nl'], g.io)).toBe(1);
    expect(g.out()).toMatch(/bad\.yaml: \d+ fout\(en\), \d+ waarschuwing\(en\)/);
  });

  it('check --format json gives machine-readable findings', async () => {
    const f = fakeIo();
    expect(await main(['check', demo, '--format', 'json'], f.io)).toBe(0);
    const report = JSON.parse(f.out()) as { ok: boolean; findings: unknown[] };
    expect(report.ok).toBe(true);
    expect(Array.isArray(report.findings)).toBe(true);
  });

  it('check reports a YAML syntax error with line and column', async () => {
    const f = fakeIo({ 'broken.yaml': 'meta:\n  version: "1.0\norganisation: {\n' });
    expect(await main(['check', 'broken.yaml'], f.io)).toBe(1);
    expect(f.out()).toMatch(/broken\.yaml:\d+:\d+: error SYNTAX/);
  });

  it('statement writes every language and format to --out', async () => {
    const f = fakeIo();
    expect(await main(['statement', demo, '--lang', 'all', '--format', 'all', '--out', 'site/privacy'], f.io)).toBe(0);
    expect(Object.keys(f.written).sort()).toEqual(
      ['en.html', 'en.md', 'en.page.html', 'nl.html', 'nl.md', 'nl.page.html'].map((x) => `site/privacy/privacy-statement.${x}`),
    );
    expect(f.written['site/privacy/privacy-statement.nl.page.html']).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it('statement --lang all writes only the languages in meta.languages', async () => {
    const text = readFileSync(demo, 'utf8').replace('languages: [nl, en]', 'languages: [nl]');
    const f = fakeIo({ 'nl-only.yaml': text });
    expect(await main(['statement', 'nl-only.yaml', '--lang', 'all', '--format', 'md', '--out', 'o'], f.io)).toBe(0);
    expect(Object.keys(f.written)).toEqual(['o/privacy-statement.nl.md']);
  });

  it('statement refuses on errors unless --force', async () => {
    const bad = 'dpo: none\norganisation: { legalName: X B.V. }\npurposes:\n  - { id: a, name: A, recipients: [] }\n';
    const f = fakeIo({ 'bad.yaml': bad });
    expect(await main(['statement', 'bad.yaml', '--lang', 'nl', '--format', 'md'], f.io)).toBe(1);
    expect(f.err()).toMatch(/--force/);
    const g = fakeIo({ 'bad.yaml': bad });
    expect(await main(['statement', 'bad.yaml', '--lang', 'nl', '--format', 'md', '--force'], g.io)).toBe(0);
    expect(g.out()).toMatch(/^# Privacyverklaring van X B\.V\./);
  });

  it('statement asks for --out when writing several files, and checks option values', async () => {
    const f = fakeIo();
    expect(await main(['statement', demo], f.io)).toBe(2);
    expect(f.err()).toMatch(/--out <dir> is needed/);
    const g = fakeIo();
    expect(await main(['statement', demo, '--lang', 'de', '--format', 'md'], g.io)).toBe(2);
    expect(g.err()).toMatch(/--lang must be one of: nl, en, all \(got "de"\)/);
  });

  it('register prints md, csv and json', async () => {
    for (const [format, re] of [
      ['md', /^# Register van verwerkingsactiviteiten/],
      ['csv', /^Register,Code,Naam,/],
      ['json', /^\{\n {2}"lang": "nl"/],
    ] as const) {
      const f = fakeIo();
      expect(await main(['register', demo, '--format', format], f.io)).toBe(0);
      expect(f.out()).toMatch(re);
    }
  });

  it('banner-config prints the consent.json with the statement URL', async () => {
    const f = fakeIo();
    expect(await main(['banner-config', demo, '--statement-url', '/privacy/'], f.io)).toBe(0);
    const cfg = JSON.parse(f.out()) as { privacyStatementUrl: string; categories: { id: string }[] };
    expect(cfg.privacyStatementUrl).toBe('/privacy/');
    expect(cfg.categories.map((c) => c.id)).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
  });

  it('banner-config sets the banner layout and position, checked as the banner checks them', async () => {
    const f = fakeIo();
    expect(await main(['banner-config', demo, '--layout', 'box', '--position', 'bottom-right'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ layout: 'box', position: 'bottom-right' });
    const bad = fakeIo();
    expect(await main(['banner-config', demo, '--layout', 'banner'], bad.io)).toBe(2);
    expect(bad.err()).toContain('--layout takes box or bar (got "banner")');
    const corner = fakeIo();
    expect(await main(['banner-config', demo, '--layout', 'bar', '--position', 'middle'], corner.io)).toBe(2);
    expect(corner.err()).toContain('--layout bar sits at the bottom; --position middle needs --layout box');
    const pos = fakeIo();
    expect(await main(['banner-config', demo, '--position', 'top'], pos.io)).toBe(2);
    expect(pos.err()).toContain('--position takes bottom, bottom-left, bottom-right, middle (got "top")');
  });

  it('a missing file is reported, not thrown', async () => {
    const f = fakeIo();
    expect(await main(['check', 'nope.yaml'], f.io)).toBe(1);
    expect(f.err()).toMatch(/nope\.yaml: cannot read the file/);
  });

  it('a string option without its value and a value on --force are usage errors', async () => {
    const a = fakeIo();
    expect(await main(['check', demo, '--lang'], a.io)).toBe(2);
    expect(a.err()).toBe('akkoord check: --lang needs a value. See akkoord --help.\n');
    const b = fakeIo();
    expect(await main(['register', demo, '--out', '--force'], b.io)).toBe(2);
    expect(b.err()).toBe('akkoord register: --out needs a value. See akkoord --help.\n');
    const c = fakeIo();
    expect(await main(['register', demo, '--force=yes'], c.io)).toBe(2);
    expect(c.err()).toBe('akkoord register: --force takes no value. See akkoord --help.\n');
  });

  it('reads --flag=value, options before the command, and -h anywhere', async () => {
    const f = fakeIo();
    expect(await main(['--lang', 'en', 'init'], f.io)).toBe(0);
    expect(f.out()).toMatch(/# Privacy declarations/);
    const g = fakeIo();
    expect(await main(['register', demo, '--format=csv'], g.io)).toBe(0);
    expect(g.out()).toMatch(/^Register,Code,Naam,/);
    const h = fakeIo();
    expect(await main(['check', demo, '-h'], h.io)).toBe(0);
    expect(h.out()).toMatch(/^akkoord — /);
    const none = fakeIo();
    expect(await main(['--force'], none.io)).toBe(2);
    expect(none.out()).toMatch(/^akkoord — /);
  });

  // `npm test` builds before it runs the tests; run alone, a missing build must fail, not skip.
  const dist = `${ROOT}packages/privacy-statement/dist/cli.js`;
  it('the built dist/cli.js runs as a real process', () => {
    if (!existsSync(dist)) throw new Error(`run npm run build first: ${dist} is missing`);
    const out = execFileSync(process.execPath, [dist, 'check', demo, '--format', 'json'], { encoding: 'utf8' });
    expect((JSON.parse(out) as { ok: boolean }).ok).toBe(true);
  });
});
