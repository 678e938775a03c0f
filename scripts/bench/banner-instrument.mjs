// Builds a one-off akkoord.js with `performance.mark('ak:<step>')` between the steps of its start,
// for banner-phases.mjs to print as phases (docs/banner-speed.md, "Where the milliseconds go"):
//
//   node scripts/bench/banner-instrument.mjs <out.js> [--drop gate,clear,dialog,cm]
//   node scripts/bench/banner-phases.mjs 41 peer <out.js> …
//
// The marks: 0-top (the bundle's first statement: everything before it is fetching and compiling),
// 1-boot, 2-start (config in hand), 3-validated, 4-cookie-read (the decision cookie read and
// decoded), 5-manager+cm (the manager made, Consent Mode's default pushed), 6-texts, 7-mount (after
// the yield), 8-mounted (shadow host and stylesheet), 9-shown (the first layer rendered). The
// probe's own `interactive` comes after style and layout.
// `--drop` leaves parts out as a first-layer-only file would (the gate, cookie cleanup, the
// preferences dialog's view, Consent Mode): a build to measure, not to ship — what it leaves out
// no longer works. Marks are placed by the compiled code's text; when a line they hang on
// changes, this fails and names it, so the phases never silently measure something else.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [out, flag, list] = process.argv.slice(2);
if (!out || (flag && flag != '--drop')) {
  console.error('usage: node scripts/bench/banner-instrument.mjs <out.js> [--drop gate,clear,dialog,cm]');
  process.exit(2);
}
const drop = new Set(flag ? list.split(',') : []);
const DROPS = {
  gate: ['core/src/create-gate.ts', () => 'export function createGate(){return {stop(){}}}'],
  clear: ['core/src/clear-cookies.ts', () => 'export function clearCookies(){return []}'],
  cm: ['core/src/consent-mode.ts', () => 'export function consentMode(){return ()=>{}}'],
  // The view without its dialog branch: the first layer only.
  dialog: [
    'banner/src/banner-view.tsx',
    (code) => code.slice(0, at(code, 'return (h("div", { class: "overlay" }', 'dialog')) + 'return null;\n};\n',
  ],
};
for (const d of drop) if (!DROPS[d]) throw Error(`--drop ${d}: unknown part; one of ${Object.keys(DROPS).join(', ')}`);

const mark = (name) => `performance.mark('ak:${name}');`;
/** [module, text in its compiled code, mark placed right after that text] */
const MARKS = [
  ['banner/src/boot.ts', 'function boot(createLog) {', '1-boot'],
  ['banner/src/boot.ts', 'const started = Date.now();', '2-start'],
  ['core/src/create-consent.ts', 'validateConfig(config);', '3-validated'],
  ['core/src/create-consent.ts', 'decodeDecision(env.cookies.get(cookieName));', '4-cookie-read'],
  ['banner/src/boot.ts', 'consentMode(m);', '5-manager+cm'],
  ['banner/src/boot.ts', 'const texts = textsFor(config, lang);', '6-texts'],
  ['banner/src/boot.ts', 'const mount = () => {', '7-mount'],
  ['banner/src/boot.ts', 'nonce: tag?.nonce });', '8-mounted'],
  ['banner/src/boot.ts', 'ui.show();', '9-shown'],
];
function at(code, text, what) {
  const i = code.indexOf(text);
  if (i < 0) throw Error(`banner-instrument: "${text}" (${what}) is no longer in the compiled code; update MARKS/DROPS`);
  return i;
}

const instrument = {
  name: 'akkoord-instrument',
  transform(code, id) {
    for (const [file, stub] of Object.entries(DROPS)
      .filter(([d]) => drop.has(d))
      .map(([, v]) => v))
      if (id.endsWith(file)) code = stub(code);
    for (const [file, text, name] of MARKS)
      if (id.endsWith(file)) {
        const i = at(code, text, name) + text.length;
        code = code.slice(0, i) + mark(name) + code.slice(i);
      }
    return code;
  },
};

const { default: configs } = await import(`${root}rollup.config.mjs`);
const cfg = configs.find((c) => c.output?.file?.endsWith('/akkoord.js'));
const bundle = await rollup({ input: `${root}${cfg.input}`, plugins: [...cfg.plugins, instrument], onwarn() {} });
const { output } = await bundle.generate({ ...cfg.output, intro: mark('0-top') });
writeFileSync(out, output[0].code);
console.log(`${out}: ${output[0].code.length} B, marks ${[...output[0].code.matchAll(/ak:([\w+-]+)/g)].map((m) => m[1]).join(' ')}`);
