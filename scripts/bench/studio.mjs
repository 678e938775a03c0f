// Privacy studio figures for `npm run bench` (issue 4): the bytes a first visit transfers
// (brotli, every file of the built app), and in Chromium without throttling, served from
// 127.0.0.1 like any static host: navigation → interactive form (the app's own
// `akkoord-studio:interactive` mark) and, on the largest example, after a keystroke (median): the
// preview's generation time, and the wait from the key to the new preview, which is mostly the
// typing pause the app waits for (PREVIEW_DEBOUNCE_MS, read from the studio's constants). Peers,
// measured in the same run: the libraries the app carries, bundled alone (the floor its own code
// adds to); a blank page's navigation → DOMContentLoaded on the same server and browser; the same
// statement page generated in Node. (The browser test only checks that the preview follows the
// keys; timing figures live here, where a number is reported instead of asserted `> 0`.)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { median } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${root}packages/studio/dist/`;
const EXAMPLES = `${root}examples/declarations/`;
/** Fresh page loads for the first-interactive figure; keystrokes for the preview figure. */
const LOADS = 7;
const KEYS = 9;
/** The studio's typing pause before a rebuild, read from its source so the peer cannot drift. */
const DEBOUNCE_MS = Number(/PREVIEW_DEBOUNCE_MS = (\d+)/.exec(readFileSync(`${root}packages/studio/src/constants.ts`, 'utf8'))?.[1] ?? NaN);
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const round1 = (x) => Math.round(x * 10) / 10;

/** The libraries in the studio bundle, minified on their own with the same resolver and terser. */
async function libraryFloor() {
  const { rollup } = await import('rollup');
  const { default: resolve } = await import('@rollup/plugin-node-resolve');
  const { default: commonjs } = await import('@rollup/plugin-commonjs');
  const { default: json } = await import('@rollup/plugin-json');
  const { default: terser } = await import('@rollup/plugin-terser');
  const libs = ['preact', 'ajv', 'i18next', 'markdown-it', 'yaml'];
  const entry = libs.map((l, i) => `export * as l${i} from '${l}';`).join('\n');
  const b = await rollup({
    input: 'floor',
    plugins: [
      { name: 'floor-entry', resolveId: (id) => (id === 'floor' ? id : null), load: (id) => (id === 'floor' ? entry : null) },
      resolve({ browser: true, preferBuiltins: false, rootDir: `${root}packages/privacy-statement` }),
      commonjs(),
      json(),
    ],
    onwarn: () => {},
  });
  const { output } = await b.generate({ format: 'es', plugins: [terser({ ecma: 2020, format: { comments: false } })] });
  return brotli(Buffer.from(output[0].code));
}

export async function bench() {
  let files;
  try {
    files = readdirSync(DIST).filter((f) => /\.(html|js|css)$/.test(f));
  } catch {
    return [{ name: 'studio', value: 'not built', unit: '', goal: 'run npm run build', ok: false }];
  }
  const bytes = files.reduce((n, f) => n + brotli(readFileSync(DIST + f)), 0);
  const rows = [
    {
      name: `studio first visit, all ${files.length} files (brotli)`,
      value: bytes,
      unit: 'B',
      peer: { name: 'its libraries alone (preact, ajv, i18next, markdown-it, yaml)', value: await libraryFloor() },
    },
  ];

  const { launchBrowser, browserAvailable } = await import('../../test/helpers/launch-browser.mjs');
  if (!browserAvailable())
    return [...rows, { name: 'studio timing', value: 'no Chromium', unit: '', goal: 'apt-get install -y chromium', ok: false }];
  const { startTestServer } = await import('../../test/helpers/test-server.mjs');
  const routes = { '/blank.html': { body: '<!doctype html><html lang="en"><title>blank</title><p>blank</p>' } };
  for (const f of files) routes[f === 'index.html' ? '/' : `/${f}`] = { body: readFileSync(DIST + f), type: TYPES[f.split('.').pop()] };
  routes['/sw.js'] = { body: readFileSync(`${DIST}sw.js`), type: TYPES.js };
  const server = await startTestServer(routes);
  const biggest = readdirSync(EXAMPLES)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => EXAMPLES + f)
    .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
  const browser = await launchBrowser();
  try {
    const studio = [];
    const blank = [];
    for (let i = 0; i < LOADS; i++) {
      // Alternate, so drift on the shared machine hits both alike; a fresh context = a first visit.
      for (const [url, out, mark] of [
        [server.url('/'), studio, 'akkoord-studio:interactive'],
        [server.url('/blank.html'), blank, null],
      ]) {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        await page.goto(url);
        if (mark) await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark);
        out.push(
          await page.evaluate(
            (m) =>
              m ? performance.getEntriesByName(m)[0].startTime : performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
            mark,
          ),
        );
        await ctx.close();
      }
    }

    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(server.url('/'));
    await page.waitForFunction(() => performance.getEntriesByName('akkoord-studio:interactive').length > 0);
    await page.setInputFiles('#import-file', biggest);
    await page.waitForFunction(() => document.querySelector('#f-organisation-legalName')?.value);
    // The key's own time stamp, on the page's clock (the same as its performance marks), so the
    // wait excludes Playwright's round trips.
    await page.evaluate(() => document.addEventListener('keydown', (e) => (window.__keyAt = e.timeStamp), true));
    const gen = [];
    const wait = [];
    for (let i = 0; i < KEYS; i++) {
      const before = await page.getAttribute('iframe.preview-frame', 'data-gen');
      await page.type('#f-organisation-legalName', 'x');
      const name = await page.inputValue('#f-organisation-legalName');
      // A new build (the counter moved) that shows the name as it now is.
      await page.waitForFunction(
        ([b, n]) => {
          const f = document.querySelector('iframe.preview-frame');
          return !!f && f.getAttribute('data-gen') !== b && f.srcdoc.includes(n);
        },
        [before, name],
      );
      gen.push(Number(await page.getAttribute('iframe.preview-frame', 'data-ms')));
      wait.push(await page.evaluate(() => performance.getEntriesByName('akkoord-studio:preview').at(-1).startTime - window.__keyAt));
    }
    await ctx.close();

    // The same statement page in Node, from the built generator: what the browser adds on top.
    const lib = await import(pathToFileURL(`${root}packages/privacy-statement/dist/index.js`).href);
    const parsed = lib.parseDeclarations(readFileSync(biggest, 'utf8'), biggest);
    const node = [];
    for (let i = 0; i < 10 + KEYS; i++) {
      const t = performance.now();
      lib.generateStatement(parsed.data, { lang: 'en', format: 'page' });
      if (i >= 10) node.push(performance.now() - t);
    }

    const first = median(studio);
    const update = median(gen);
    rows.push(
      {
        name: `navigation → interactive form (median of ${LOADS}, no throttling)`,
        value: round1(first),
        unit: 'ms',
        peer: { name: 'blank page → DOMContentLoaded', value: round1(median(blank)) },
        goal: '< 1000 ms',
        ok: first < 1000,
      },
      {
        name: `preview update after a keystroke, ${biggest.slice(EXAMPLES.length)} (median of ${KEYS})`,
        value: round1(update),
        unit: 'ms',
        peer: { name: 'same statement page in Node', value: round1(median(node)) },
        goal: '< 50 ms',
        ok: update < 50,
      },
      {
        name: `keystroke → new preview built, same file (median of ${KEYS})`,
        value: round1(median(wait)),
        unit: 'ms',
        peer: { name: 'the typing pause it includes', value: DEBOUNCE_MS },
      },
    );
  } catch (err) {
    rows.push({
      name: 'studio timing',
      value: 'failed',
      unit: '',
      goal: String(err instanceof Error ? err.message.split('\n')[0] : err),
      ok: false,
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await bench());
}
