// `npm run bench` (after the build): one table of every measurement with its peer and goal.
// Each scripts/bench/<part>.mjs exports `async function bench()` returning rows
// `{ name, value, unit, peer?: { name, value }, goal?, ok? }`; a part that does not exist yet
// prints a row saying so. Exits 1 when any row misses its goal (ok === false).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('./bench/', import.meta.url));
const parts = ['banner', 'collector', 'statement', 'studio', 'scanner'];

const rows = [];
for (const part of parts) {
  const file = `${here}${part}.mjs`;
  if (!existsSync(file)) {
    rows.push({ part, name: `(scripts/bench/${part}.mjs not present yet)`, value: '—', unit: '' });
    continue;
  }
  try {
    const mod = await import(pathToFileURL(file).href);
    for (const row of await mod.bench()) rows.push({ part, ...row });
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    rows.push({ part, name: `scripts/bench/${part}.mjs failed: ${why}`, value: '—', unit: '', ok: false });
  }
}

const show = (v) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(v));
const table = [
  ['part', 'measure', 'value', 'peer', 'peer value', 'goal', 'ok'],
  ...rows.map((r) => [
    r.part,
    r.name,
    `${show(r.value)}${r.unit ? ` ${r.unit}` : ''}`,
    r.peer?.name ?? '',
    r.peer ? `${show(r.peer.value)}${r.unit ? ` ${r.unit}` : ''}` : '',
    r.goal ?? '',
    r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));

const failed = rows.filter((r) => r.ok === false);
if (failed.length) {
  console.error(`\nbench: ${failed.length} goal(s) missed: ${failed.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
