// `npm run pack-check` (CI, after the tests; needs a build): proves the packages work as npm
// will hand them out, not as the workspace links them. It packs every package, installs the
// tarballs into a scratch project outside the repository (third-party dependencies come from
// the registry) and there type-checks a strict TypeScript consumer as ESM and CommonJS,
// require()s and import()s every library, runs the `akkoord` and `akkoord-log` commands the docs
// show, and dry-runs `npm publish` for each package. Prints one PASS or FAIL line per check.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const rootPkg = readJson(join(repo, 'package.json'));
const packages = rootPkg.workspaces.map((dir) => ({ dir, pkg: readJson(join(repo, dir, 'package.json')) }));
const published = packages.filter((p) => !p.pkg.private);
const libraries = published.map((p) => p.pkg.name);
const tsc = join(repo, 'node_modules/typescript/bin/tsc');

let failed = 0;
let passed = 0;
const pass = (name, detail = '') => {
  passed++;
  console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
};
const fail = (name, why) => {
  failed++;
  console.log(`FAIL ${name}: ${String(why).trim().split('\n').slice(0, 20).join('\n     ')}`);
};
/** Runs one check; a thrown error (or a failed command, with its output) is its FAIL line. */
const check = async (name, fn) => {
  try {
    const detail = await fn();
    pass(name, typeof detail === 'string' ? detail : '');
    return true;
  } catch (e) {
    fail(name, e.stderr?.length || e.stdout?.length ? `${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}` : (e.message ?? e));
    return false;
  }
};
const sh = (cmd, args, cwd, input) =>
  execFileSync(cmd, args, { cwd, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
const npm = (args, cwd) => sh('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], cwd);

const work = mkdtempSync(join(tmpdir(), 'akkoord-pack-check-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
mkdirSync(tarballs);
mkdirSync(app);
console.log(`pack-check: working in ${work}${keep ? ' (kept)' : ''}`);

try {
  await main();
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
console.log(`pack-check: ${failed ? 'FAILED' : 'ok'}, ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

async function main() {
  if (!existsSync(join(repo, 'packages/core/dist/index.cjs'))) {
    fail('build', 'packages/*/dist is missing or stale (no packages/core/dist/index.cjs); run `npm run build` first');
    return;
  }
  await check('versions: every package at the root version, siblings required at ^version', checkVersions);

  /** package name -> { file, files } from `npm pack --json`. */
  const packed = new Map();
  const packedOk = await check('npm pack --workspaces', () => {
    const out = JSON.parse(npm(['pack', '--workspaces', '--json', '--pack-destination', tarballs], repo));
    for (const t of out) packed.set(t.name, { file: join(tarballs, t.filename), files: t.files.map((f) => f.path) });
    return `${out.length} tarballs`;
  });
  if (!packedOk) return;
  for (const { dir, pkg } of packages) {
    await check(`${pkg.name}: tarball holds LICENSE, README.md and every file its package.json names`, () =>
      checkContents(dir, pkg, packed.get(pkg.name)?.files),
    );
  }

  const installed = await check('install the tarballs into a scratch project outside the workspace', () => {
    const typesNode = readJson(join(repo, 'node_modules/@types/node/package.json')).version;
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'akkoord-pack-check-app', private: true, version: '1.0.0', allowScripts: { 'better-sqlite3': true } }, null, 2)}\n`,
    );
    // All tarballs in one install, so each package's ^version range on a sibling is met by the tarball.
    npm(['install', ...published.map((p) => packed.get(p.pkg.name).file), `@types/node@${typesNode}`], app);
    return `${published.length} packages, @types/node@${typesNode}`;
  });
  if (!installed) return;

  writeConsumer();
  for (const [label, config] of [
    ['ESM and CommonJS, module nodenext', 'tsconfig.nodenext.json'],
    ['ESM and CommonJS, module node16', 'tsconfig.node16.json'],
    ['bundler resolution', 'tsconfig.bundler.json'],
  ]) {
    await check(`strict TypeScript consumer type-checks (${label})`, () => sh(process.execPath, [tsc, '-p', config], app));
  }

  for (const name of [...libraries, '@akkoord/scanner/browser']) {
    await check(`${name}: require() and import() give the same exports`, () => {
      const script = `
        const viaRequire = Object.keys(require(${JSON.stringify(name)})).filter((k) => k !== '__esModule').sort();
        import(${JSON.stringify(name)}).then((m) => {
          const viaImport = Object.keys(m).filter((k) => k !== 'default').sort();
          if (viaRequire.length === 0) throw new Error('require() gave no exports');
          if (JSON.stringify(viaRequire) !== JSON.stringify(viaImport))
            throw new Error('require(): ' + viaRequire.join(',') + '\\nimport(): ' + viaImport.join(','));
          console.log(viaImport.length);
        });`;
      return `${sh(process.execPath, ['-e', script], app).trim()} exports`;
    });
  }
  await check('CommonJS: the generator renders a statement (i18next, markdown-it, yaml, ajv through require)', () => {
    const script = `
      const ps = require('@akkoord/privacy-statement');
      const { data } = ps.parseDeclarations(ps.initTemplate('en'), 'privacy.yaml');
      const html = ps.generateStatement(data, { lang: 'en', format: 'html' });
      if (!/<h2/.test(html)) throw new Error('no <h2> in the HTML statement: ' + html.slice(0, 200));`;
    sh(process.execPath, ['-e', script], app);
  });

  await check('CommonJS: files found beside dist/ (the cookie database of the scanner)', () => {
    // index.cjs finds them through its own file URL, where the ES module uses import.meta.url.
    const script = `
      const info = require('@akkoord/scanner').databaseInfo();
      if (!(info.count > 1000)) throw new Error('the cookie database has ' + info.count + ' entries');
      console.log(info.count);`;
    return `${sh(process.execPath, ['-e', script], app).trim()} entries`;
  });

  const akkoord = (...args) => sh('npx', ['--no-install', '-p', '@akkoord/privacy-statement', 'akkoord', ...args], app);
  await check('npx -p @akkoord/privacy-statement akkoord --help', () => {
    const out = akkoord('--help');
    if (!/\binit\b/.test(out) || !/\bcheck\b/.test(out)) throw new Error(`the help names no init/check command:\n${out}`);
  });
  await check('npx -p @akkoord/privacy-statement akkoord init --lang nl > privacy.yaml', () => {
    const out = akkoord('init', '--lang', 'nl');
    if (!out.includes('organisation')) throw new Error(`no declarations on stdout:\n${out.slice(0, 400)}`);
    writeFileSync(join(app, 'privacy.yaml'), out);
  });
  await check('npx -p @akkoord/privacy-statement akkoord check privacy.yaml --lang nl', () => {
    // The starter file is incomplete on purpose: check exits 1 and names what to fill in. A
    // crash, a usage error (2) or silence is what fails here.
    try {
      const out = akkoord('check', 'privacy.yaml', '--lang', 'nl');
      return `exit 0, ${out.split('\n').length} lines`;
    } catch (e) {
      if (e.status !== 1 || !/privacy\.yaml/.test(`${e.stdout}${e.stderr}`)) throw e;
      return 'exit 1 with findings that name privacy.yaml, as for a fresh starter file';
    }
  });
  await check('akkoord scan finds @akkoord/scanner installed beside the generator', () => {
    // Without a URL the scan stops at its usage check (exit 2), which only the loaded scanner knows.
    const run = spawnSync('npx', ['--no-install', '-p', '@akkoord/privacy-statement', 'akkoord', 'scan'], { cwd: app, encoding: 'utf8' });
    if (run.status !== 2 || !run.stderr.includes('missing <url>')) throw new Error(`exit ${run.status}\n${run.stdout}${run.stderr}`);
  });
  await check('npx -p @akkoord/consent-log-server akkoord-log serve on SQLite answers /healthz', serveAndProbe);
  await check('akkoord-log on a postgres:// URL without pg installed says to install pg', () => {
    if (existsSync(join(app, 'node_modules/pg'))) throw new Error('pg got installed, but it is an optional peer dependency');
    try {
      sh('npx', ['--no-install', '-p', '@akkoord/consent-log-server', 'akkoord-log', 'verify', '--db', 'postgres://127.0.0.1:1/none'], app);
    } catch (e) {
      if (/npm install pg/.test(e.stderr)) return;
      throw e;
    }
    throw new Error('the command succeeded without a database');
  });

  for (const { pkg } of published) {
    await check(`${pkg.name}: npm publish --dry-run`, () => {
      // npm prints the summary on stderr; a scoped package without publishConfig.access public
      // would be refused by the real publish, so its "public access" line is checked too.
      const run = spawnSync('npm', ['publish', '--dry-run', '--loglevel=notice', packed.get(pkg.name).file], {
        cwd: app,
        encoding: 'utf8',
      });
      const out = `${run.stdout}${run.stderr}`;
      if (run.status !== 0) throw new Error(`exit ${run.status}\n${out}`);
      if (!/with tag \S+ and public access/.test(out)) throw new Error(`not published with public access:\n${out}`);
      // npm "corrects" a package.json it finds wrong by dropping what it cannot read (a bin, say).
      if (/auto-corrected/.test(out)) throw new Error(`npm had to correct package.json (run npm pkg fix):\n${out}`);
      return `${out.match(/total files:\s*(\d+)/i)?.[1] ?? '?'} files, public access`;
    });
  }
}

/** One release version for the whole repository, and each sibling required at exactly that minor. */
function checkVersions() {
  const version = rootPkg.version;
  const wrong = [];
  for (const { pkg } of packages) {
    if (pkg.version !== version) wrong.push(`${pkg.name} is ${pkg.version}, the root ${version}`);
    for (const field of ['dependencies', 'peerDependencies', 'devDependencies']) {
      for (const [dep, range] of Object.entries(pkg[field] ?? {})) {
        if (dep.startsWith('@akkoord/') && range !== `^${version}`)
          wrong.push(`${pkg.name} ${field}.${dep} is "${range}", not "^${version}"`);
      }
    }
  }
  if (wrong.length) throw new Error(`${wrong.join('\n')}\nset them all with: node scripts/set-version.mjs ${version}`);
  return version;
}

/** Every file package.json points at (exports, main, types, bin) must be in the tarball. */
function checkContents(dir, pkg, files) {
  if (!files) throw new Error(`npm pack made no tarball for ${dir}`);
  const have = new Set(files);
  const wanted = new Set(['LICENSE', 'README.md', 'package.json']);
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => targets(v)));
  for (const target of [...targets(pkg.exports), pkg.main, pkg.module, pkg.types, ...targets(pkg.bin)]) {
    if (typeof target === 'string' && !target.includes('*')) wanted.add(target.replace(/^\.\//, ''));
  }
  const missing = [...wanted].filter((f) => !have.has(f));
  if (missing.length) throw new Error(`not in the tarball: ${missing.join(', ')}`);
  return `${files.length} files`;
}

/** The strict consumer: the same code as an ES module and as CommonJS, under three resolutions. */
function writeConsumer() {
  const body = `
import { ConfigError, createConsent } from '@akkoord/core';
import { mountBanner } from '@akkoord/banner';
import { createConsentLog } from '@akkoord/consent-log';
import { createCollector, openStore, type Store } from '@akkoord/consent-log-server';
import { generateStatement, initTemplate, parseDeclarations } from '@akkoord/privacy-statement';
import { scanSite } from '@akkoord/scanner';
import { checkScanReport } from '@akkoord/scanner/browser';

export const makeConsent: typeof createConsent = createConsent;
export const isConfigError = (e: unknown): boolean => e instanceof ConfigError;
export const mount: typeof mountBanner = mountBanner;
export const log: typeof createConsentLog = createConsentLog;
export async function collector(db: string) {
  const store: Store = await openStore(db);
  return createCollector({ store, basePath: '/_k' });
}
export function statement(): string {
  const { data } = parseDeclarations(initTemplate('en'), 'privacy.yaml');
  if (!data) throw new Error('the starter file does not parse');
  return generateStatement(data, { lang: 'en' });
}
export const scan: typeof scanSite = scanSite;
export const checkReport: typeof checkScanReport = checkScanReport;

// The types are real, not any: each of these must be an error.
// @ts-expect-error createConsent needs a config
createConsent();
// @ts-expect-error initTemplate takes a language, not a number
initTemplate(1);
// @ts-expect-error openStore resolves with a Store, not a string
export const wrong: Promise<string> = openStore('x.db');
`;
  writeFileSync(join(app, 'consumer.mts'), body);
  writeFileSync(join(app, 'consumer.cts'), body);
  writeFileSync(join(app, 'consumer-bundler.ts'), body);
  const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM'], types: ['node'] };
  const config = (compilerOptions, files) => JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files }, null, 2);
  writeFileSync(join(app, 'tsconfig.nodenext.json'), config({ module: 'nodenext' }, ['consumer.mts', 'consumer.cts']));
  writeFileSync(join(app, 'tsconfig.node16.json'), config({ module: 'node16' }, ['consumer.mts', 'consumer.cts']));
  writeFileSync(join(app, 'tsconfig.bundler.json'), config({ module: 'esnext', moduleResolution: 'bundler' }, ['consumer-bundler.ts']));
}

/** Starts `akkoord-log serve` on a fresh SQLite file, waits for /healthz, then stops it with SIGTERM. */
async function serveAndProbe() {
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      '--no-install',
      '-p',
      '@akkoord/consent-log-server',
      'akkoord-log',
      'serve',
      '--db',
      join(work, 'consents.db'),
      '--port',
      String(port),
    ],
    { cwd: app, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answer = await probe(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      if (answer?.status === 200) return `port ${port}: ${answer.body.trim().slice(0, 80)}`;
      if (child.exitCode !== null) throw new Error(`the collector stopped (exit ${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`no 200 from /healthz within 30 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    // npx runs the command in a child of its own: signal the whole group this script started.
    if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
}

function probe(url) {
  return new Promise((done, reject) => {
    const req = get(url, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.setTimeout(2000, () => req.destroy(new Error('timeout')));
  });
}

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
