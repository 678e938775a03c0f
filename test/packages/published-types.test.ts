/**
 * What a web developer's TypeScript project sees after `npm install @akkoord/...`: a consumer
 * outside the packages, resolving through node_modules, each package.json `exports` map and the
 * emitted `dist/*.d.ts` (not our sources, which the root tsconfig maps by `paths`). It must
 * type-check correct use and reject wrong use, so the published types are neither missing nor `any`.
 * Needs the build (`npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Inside the repository, so `@akkoord/*` resolves through the workspace links in node_modules.
const DIR = `${ROOT}.tmp/published-types-${process.pid}/`;
const PACKAGES = ['core', 'banner', 'consent-log', 'consent-log-server', 'privacy-statement', 'scanner'];

const GOOD = `
import { createConsent, validateConfig, type AkkoordConfig, type ConsentDecision } from '@akkoord/core';
import { mountBanner, textsFor, type Banner } from '@akkoord/banner';
import { createConsentLog, type ConsentLog } from '@akkoord/consent-log';
import { createCollector, openStore, type Store } from '@akkoord/consent-log-server';
import { generateStatement, parseDeclarations, validateDeclarations } from '@akkoord/privacy-statement';
import { renderHtml, scanSite, type ScanReport } from '@akkoord/scanner';

const config: AkkoordConfig = { revision: 1, categories: [{ id: 'necessary', required: true, title: { nl: 'Nodig', en: 'Necessary' } }] };
const { errors } = validateConfig(config);
const firstPath: string | undefined = errors[0]?.path;
const m = createConsent(config);
const d: ConsentDecision | null = m.get();
const ok: boolean = m.has('necessary');
const banner = (): Banner => mountBanner(m, { lang: 'nl', texts: textsFor(config, 'nl') });
const log = (): ConsentLog => createConsentLog({ endpoint: '/api/proof' });
const store = (): Promise<Store> => openStore(':memory:', { synchronous: 'NORMAL', now: () => 0 });
const collector = async () => createCollector({ store: await store(), now: Date.now });
const parsed = parseDeclarations('organisation: {}', 'privacy.yaml');
const html: string = parsed.data ? generateStatement(parsed.data, { lang: 'en', format: 'html' }) : '';
const rules: string[] = validateDeclarations(parsed.data ?? {}).map((f) => f.rule);
const scan = (): Promise<string> => scanSite({ url: 'https://www.example.nl', pages: 2 }).then((r: ScanReport) => renderHtml(r, { lang: 'nl' }));
export { firstPath, d, ok, banner, log, collector, html, rules, scan };
`;

/** Each line must be a type error; one file per line, so one accepted mistake cannot hide behind another. */
const BAD = [
  `import { createConsent } from '@akkoord/core'; createConsent({ revision: 1, categories: 'all' });`,
  `import { createConsent } from '@akkoord/core'; const n: number = createConsent({ revision: 1, categories: [] }).has('x');`,
  `import { generateStatement } from '@akkoord/privacy-statement'; generateStatement({}, { lang: 'de' });`,
  `import { createCollector } from '@akkoord/consent-log-server'; createCollector({});`,
  `import { runCli } from '@akkoord/consent-log-server';`, // the CLI is no part of the API (docs/consent-log.md)
  `import { notExported } from '@akkoord/banner';`,
  `import { scanSite } from '@akkoord/scanner'; scanSite({ pages: 2 });`,
];

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    lib: ['ES2022', 'DOM'],
    types: ['node'],
  },
};

/** Runs tsc on one file; returns its diagnostics (empty when it type-checks). */
function typeCheck(name: string, source: string): string {
  writeFileSync(`${DIR}${name}`, source);
  writeFileSync(`${DIR}tsconfig.json`, JSON.stringify({ ...TSCONFIG, files: [name] }));
  try {
    execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', DIR], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    const out = e as { stdout?: string; stderr?: string };
    return `${out.stdout ?? ''}${out.stderr ?? ''}`.trim() || String(e);
  }
}

describe('published types (a consumer project, through exports maps and dist/*.d.ts)', () => {
  mkdirSync(DIR, { recursive: true });
  // The root package.json has "type": "module"; the consumer says so itself, as an app would.
  writeFileSync(`${DIR}package.json`, JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it('every package has its declarations built', () => {
    const missing = PACKAGES.filter((p) => !existsSync(`${ROOT}packages/${p}/dist/index.d.ts`));
    expect(missing, `run npm run build first; no dist/index.d.ts in ${missing.join(', ')}`).toEqual([]);
  });

  it('correct use of every package type-checks', () => {
    expect(typeCheck('good.ts', GOOD)).toBe('');
  }, 60_000);

  it.each(BAD.map((src, i) => [i, src] as const))(
    "wrong use %i is a type error in the consumer's own file",
    (i, src) => {
      // The error must be reported in bad-i.ts itself: an error inside a .d.ts would "pass" every case.
      expect(typeCheck(`bad-${i}.ts`, src)).toMatch(new RegExp(`(^|/)bad-${i}\\.ts\\(\\d+,\\d+\\): error TS\\d+`, 'm'));
    },
    60_000,
  );
});
