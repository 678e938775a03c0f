/**
 * The commands the docs tell a new user to type inside the repository (`npx akkoord …` in
 * docs/privacy-statement.md, `npx akkoord-log …` in docs/consent-log.md) work after
 * `npm ci && npm run build`. npm links a bin only if its file exists at install time, so both
 * bins are committed launchers in `bin/` that load the built `dist/`; without a build they print
 * one line saying so. Needs the build for the npx part (`npm test` builds first).
 */
import { execFile } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The published packages with a bin, and the one launcher each has. */
const BINS = [
  { pkg: 'privacy-statement', name: 'akkoord', launcher: 'bin/akkoord.js' },
  { pkg: 'consent-log-server', name: 'akkoord-log', launcher: 'bin/akkoord-log.js' },
] as const;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell and resolves with its exit code and output, also on failure. */
function run(cmd: string, args: string[], cwd = ROOT): Promise<Result> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, encoding: 'utf8', timeout: 15_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * `npx <bin> …` from the repository root. `--no-install` changes nothing when the bin is linked;
 * when it is not, it makes npx fail instead of offering to download and run a registry package
 * that happens to have the same name.
 */
const npx = (args: string[]) => run('npx', ['--no-install', ...args]);

/** Failure text that says what to do when a command did not run at all. */
const hint = (r: Result) => `exit ${r.code}; stderr: ${r.stderr.trim() || '(empty)'} — is node_modules/.bin linked (npm install)?`;

describe('bin launchers (package.json)', () => {
  test.each(BINS)('$name: bin points at an executable launcher that npm publishes', ({ pkg, name, launcher }) => {
    const dir = `${ROOT}packages/${pkg}/`;
    const manifest = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { bin?: Record<string, string>; files?: string[] };
    // Written without "./": npm publish rewrites "./bin/x.js" and warns that it auto-corrected package.json.
    expect(manifest.bin?.[name]).toBe(launcher);
    // The launcher must be shipped: its top folder is listed in `files`.
    expect(manifest.files).toContain(launcher.split('/')[0]);
    const file = `${dir}${launcher}`;
    expect(readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // Throws when the executable bit is missing (npm sets it on install, but a direct ./bin call needs it).
    expect(() => accessSync(file, constants.X_OK)).not.toThrow();
  });
});

describe('a launcher without dist/ (a clone before npm run build)', () => {
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'akkoord-bins-')));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test.each(BINS)('$name prints one line naming the build command and exits 2', async ({ pkg, name, launcher }) => {
    // The same layout as the repository, minus dist/: <repo>/packages/<pkg>/{package.json,bin/}.
    const dir = join(tmp, 'packages', pkg);
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@akkoord/${pkg}`, type: 'module' }));
    copyFileSync(`${ROOT}packages/${pkg}/${launcher}`, join(dir, launcher));

    const r = await run(process.execPath, [join(dir, launcher), '--help'], tmp);
    expect(r.code).toBe(2);
    // Exactly one line: no stack trace, nothing on stdout.
    expect(r.stderr).toBe(`${name}: not built yet — run "npm run build" in ${tmp}\n`);
    expect(r.stdout).toBe('');
  });
});

describe('documented commands, from the repository root', () => {
  beforeAll(() => {
    const missing = BINS.filter(({ pkg }) => !existsSync(`${ROOT}packages/${pkg}/dist/cli.js`)).map(({ pkg }) => pkg);
    if (missing.length) throw new Error(`run "npm run build" first: no dist/cli.js in packages/${missing.join(', packages/')}`);
  });

  test('npx akkoord --help prints the usage', async () => {
    const r = await npx(['akkoord', '--help']);
    expect(r.code, hint(r)).toBe(0);
    expect(r.stdout).toMatch(/^akkoord — /);
    // Once: the launcher calls main, and dist/cli.js's own entry check must not run it again.
    expect(r.stdout.split('Usage:').length - 1).toBe(1);
    for (const command of ['init', 'check', 'statement', 'register', 'banner-config']) {
      expect(r.stdout).toContain(`akkoord ${command}`);
    }
  });

  test('npx akkoord init --lang nl prints a Dutch YAML starter', async () => {
    const r = await npx(['akkoord', 'init', '--lang', 'nl']);
    expect(r.code, hint(r)).toBe(0);
    // Dutch comments for the person filling it in, and a document the check can read.
    expect(r.stdout).toMatch(/^# .*akkoord check/m);
    const starter = parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(starter)).toEqual(expect.arrayContaining(['meta', 'organisation']));
  });

  test('npx akkoord check examples/declarations/demo-site.yaml passes', async () => {
    const r = await npx(['akkoord', 'check', 'examples/declarations/demo-site.yaml']);
    expect(r.code, hint(r)).toBe(0);
    expect(r.stdout).toContain('examples/declarations/demo-site.yaml: 0 error(s)');
  });

  test('npx akkoord-log --help prints the collector usage', async () => {
    const r = await npx(['akkoord-log', '--help']);
    expect(r.code, hint(r)).toBe(0);
    expect(r.stdout).toMatch(/^akkoord-log — /);
    for (const command of ['serve', 'verify', 'export', 'purge', 'keygen']) expect(r.stdout).toContain(`  ${command} `);
  });

  test('node packages/privacy-statement/dist/cli.js still runs on its own', async () => {
    const r = await run(process.execPath, ['packages/privacy-statement/dist/cli.js', '--help']);
    expect(r.code, hint(r)).toBe(0);
    expect(r.stdout).toMatch(/^akkoord — /);
  });
});
