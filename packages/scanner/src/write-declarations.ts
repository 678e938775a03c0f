/**
 * `akkoord scan --write privacy.yaml`: brings a declarations file up to date with a scan. It
 * records what the scan found (`cookieScan`) and appends an entry for every cookie or storage key
 * the file does not declare yet, marked for review. It never removes or changes an existing entry.
 *
 * YAML is edited as text, not re-serialised: the `yaml` Document locates the nodes, and only the
 * `cookieScan` value and the new entries are written. Re-serialising the whole Document would
 * rewrite untouched parts (`[nl, en]` becomes `[ nl, en ]`, long lines get folded), and people
 * diff these files in review. The edited text is parsed again and compared with the same change
 * made through the Document API; should they ever differ (an unusual layout), the Document's own
 * output is used, which loses some formatting but never data.
 */
import { Document, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Node, Pair } from 'yaml';
import { cookieScanOf, newCookieEntries, scanDate, type CookieScanValue, type NewCookieEntry } from './new-cookie-entries.js';
import type { ScanReport } from './types.js';

// Kept importable from here: it was born in this module and callers import it from it.
export { isoDuration } from './new-cookie-entries.js';

/** Options of {@link updateDeclarations}. */
export interface WriteDeclarationsOptions {
  /** The file's name, for error messages; a name ending in `.json` selects JSON. */
  file: string;
  /** Date written in the "added by" notes, `YYYY-MM-DD`. @default the scan's date */
  today?: string;
}

/** What {@link updateDeclarations} wrote. */
export interface WriteDeclarationsResult {
  /** The whole new file. */
  text: string;
  /** Names of the entries appended to `cookies` (patterns such as `_ga_*` included). */
  added: string[];
  /** Number of names in the new `cookieScan.found`. */
  scanFound: number;
}

/** An entry to append and the comment lines written above it (YAML only). */
interface NewEntry {
  entry: NewCookieEntry['entry'];
  notes: string[];
}

const UNKNOWN_NOTE = 'TODO review: unknown to the Open Cookie Database; category and purpose are placeholders';
const addedNote = (date: string) => `added by akkoord scan ${date}: review category, purpose and duration`;

/** The review marks of an entry as the YAML comments above it, in a fixed order. */
const notesOf = (e: NewCookieEntry, date: string): string[] => [
  ...(e.review.includes('scan') ? [addedNote(date)] : []),
  ...(e.review.includes('unknown') ? [UNKNOWN_NOTE] : []),
];

/** Marks a JSON number whose written form `JSON.stringify` would change (`2.10` → `2.1`). */
const RAW = '\u0000akkoord-raw:';
const RAW_OUT = /"\\u0000akkoord-raw:([-+.0-9eE]+)"/g;

/**
 * Updates a declarations file (YAML or JSON text) from a scan report: sets `cookieScan` to the
 * scan's date and the sorted names of every cookie, localStorage and sessionStorage item, and
 * appends a `cookies` entry for each such item that is neither declared (`item.declared`) nor
 * matched by an entry already in the text (so a second run adds nothing). IndexedDB databases and
 * requests are not added: the declarations have no entry type for them. Which entries and what
 * they say is decided by new-cookie-entries.ts; this module only writes them into the text.
 *
 * @throws Error naming the file when the text is not valid YAML/JSON, its top level is not a
 *   mapping, or `cookies` is present but not a list.
 * @example updateDeclarations(readFileSync('privacy.yaml', 'utf8'), report, { file: 'privacy.yaml' })
 */
export function updateDeclarations(text: string, report: ScanReport, options: WriteDeclarationsOptions): WriteDeclarationsResult {
  const { file } = options;
  const date = scanDate(report) ?? options.today;
  if (!date) throw new Error(`${file}: the scan report has no valid start date (startedAt: ${JSON.stringify(report.startedAt)})`);
  const scan = cookieScanOf(report, date);
  const noteDate = options.today ?? date;
  const plan = (existing: unknown[]) => newCookieEntries(report, existing).map((e) => ({ entry: e.entry, notes: notesOf(e, noteDate) }));
  const json = file.toLowerCase().endsWith('.json') || /^\uFEFF?\s*\{/.test(text);
  let result: { out: string; added: NewEntry[] };
  try {
    result = json ? updateJson(text, file, scan, plan) : updateYaml(text, file, scan, plan);
  } catch (e) {
    // Every message names the file; the yaml library's own (an alias bomb, say) do not.
    const message = (e as Error).message;
    throw message.startsWith(`${file}: `) ? e : new Error(`${file}: ${message}`);
  }
  const { out, added } = result;
  return { text: out, added: added.map((e) => e.entry.name), scanFound: scan.found.length };
}

type Scan = CookieScanValue;
type Plan = (existing: unknown[]) => NewEntry[];

/** JSON: parsed, changed and written back with 2-space indentation (JSON has no comments to keep). */
function updateJson(text: string, file: string, scan: Scan, plan: Plan): { out: string; added: NewEntry[] } {
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: the top level must be an object`);
  const obj = (numbersAsWritten(body) ?? data) as Record<string, unknown>;
  const cookies = obj['cookies'] ?? [];
  if (!Array.isArray(cookies)) throw new Error(`${file}: cookies must be a list to add the scan's cookies to`);
  const added = plan(cookies);
  if (added.length) obj['cookies'] = [...cookies, ...added.map((e) => e.entry)];
  obj['cookieScan'] = { date: scan.date, found: scan.found };
  return { out: `${JSON.stringify(obj, null, 2).replace(RAW_OUT, '$1')}\n`, added };
}

/**
 * The JSON data with each number whose digits `JSON.stringify` would change marked to be written
 * as it was: `"version": 2.10` must not come back as `2.1`. `undefined` when there is none.
 */
function numbersAsWritten(json: string): unknown {
  const doc = parseDocument(json);
  if (doc.errors.length) return undefined;
  let marked = false;
  visit(doc, {
    Scalar(_, node) {
      const src = node.source;
      if (
        typeof node.value === 'number' &&
        typeof src === 'string' &&
        String(node.value) !== src &&
        /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(src)
      ) {
        node.value = RAW + src;
        marked = true;
      }
    },
  });
  return marked ? doc.toJS() : undefined;
}

/** A text edit on the original: replace `[start, end)` with `text`. */
type Edit = { start: number; end: number; text: string };

/** The parsed file and the helpers the edits share. */
interface YamlSource {
  src: string;
  /** Indentation of the line `pos` is on, up to `pos`. */
  indentOf: (pos: number) => string;
  /** Indentation of the top-level keys. */
  rootIndent: string;
}

/** YAML: edits the text in place (see the module comment), with the Document as a check and fallback. */
function updateYaml(text: string, file: string, scan: Scan, plan: Plan): { out: string; added: NewEntry[] } {
  const src = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const doc = parseDocument(src);
  if (doc.errors.length) {
    const first = (doc.errors[0]!.message.split('\n')[0] ?? '').replace(/:$/, '');
    throw new Error(`${file}: not valid YAML: ${first}`);
  }
  const root = doc.contents;
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
    throw new Error(`${file}: the top level must be a mapping (key: value lines)`);
  }
  const pairs = isMap(root) ? (root.items as Pair<Node, Node | null>[]) : [];
  const pairOf = (key: string) => pairs.find((p) => isScalar(p.key) && p.key.value === key);
  const cookiesPair = pairOf('cookies');
  const cookiesNode = cookiesPair?.value;
  const cookiesEmpty = !cookiesNode || (isScalar(cookiesNode) && cookiesNode.value === null);
  if (!cookiesEmpty && !isSeq(cookiesNode)) throw new Error(`${file}: cookies must be a list to add the scan's cookies to`);
  const added = plan(isSeq(cookiesNode) ? (cookiesNode.toJS(doc) as unknown[]) : []);

  const indentOf = (pos: number) => ' '.repeat(pos - (src.lastIndexOf('\n', pos - 1) + 1));
  const y: YamlSource = { src, indentOf, rootIndent: pairs[0]?.key?.range ? indentOf(pairs[0].key.range[0]) : '' };
  const edits: Edit[] = [];
  const tail: string[] = [];
  if (added.length) {
    if (cookiesPair) edits.push(cookiesEdit(y, cookiesPair, added));
    else tail.push(`${y.rootIndent}cookies:\n${added.map((e) => entryYaml(e, `${y.rootIndent}  `)).join('')}`);
  }
  const scanPair = pairOf('cookieScan');
  if (scanPair) edits.push(scanEdit(y, scanPair, scan));
  else tail.push(`${y.rootIndent}cookieScan:\n${indentLines(scanYaml(scan, false), `${y.rootIndent}  `)}`);
  if (tail.length) {
    // New top-level blocks get a blank line before them when the file separates its blocks so.
    const blankLines = /\n[ \t]*\n/.test(src);
    const needFirst = blankLines && src.trim() !== '' && !/\n[ \t]*\n$/.test(src);
    edits.push({ start: src.length, end: src.length, text: tail.map((t, i) => ((i ? blankLines : needFirst) ? `\n${t}` : t)).join('') });
  }
  // From the end backwards, so earlier offsets stay valid; at the same offset the later edit goes
  // first, which leaves the earlier one's text in front (new cookies before an appended cookieScan).
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  let out = src;
  for (const { e } of order) out = out.slice(0, e.start) + e.text + out.slice(e.end);

  // The same change through the Document API: the check for the text edits, and the fallback.
  if (added.length) {
    if (!isSeq(cookiesNode)) doc.set('cookies', doc.createNode([]));
    const seq = doc.get('cookies', true);
    for (const e of added) if (isSeq(seq)) seq.add(entryNode(doc, e));
  }
  doc.set('cookieScan', doc.createNode(scan));
  const check = parseDocument(out);
  const same = !check.errors.length && JSON.stringify(check.toJS()) === JSON.stringify(doc.toJS());
  return { out: same ? out : doc.toString({ lineWidth: 0 }), added };
}

/**
 * Appends the new entries to an existing `cookies`. A block list gets them after its last item,
 * lined up with its first; an empty value (`cookies:`, `cookies: []`) or a flow list becomes a
 * block list under the key, the flow items copied as written.
 */
function cookiesEdit(y: YamlSource, pair: Pair<Node, Node | null>, added: NewEntry[]): Edit {
  const { src, indentOf } = y;
  const node = pair.value;
  const key = pair.key.range!;
  if (isSeq(node) && !node.flow) {
    const at = lineEnd(src, contentEnd(node)!);
    const ind = dashIndent(src, node.items[0]) ?? `${indentOf(key[0])}  `;
    return { start: at, end: at, text: added.map((e) => entryYaml(e, ind)).join('') };
  }
  const ind = `${indentOf(key[0])}  `;
  // An item the copy cannot carry (a flow pair) makes the result differ, so the check falls back.
  const old = isSeq(node) ? node.items.map((n) => (isNode(n) && n.range ? `${ind}- ${src.slice(n.range[0], n.range[1])}\n` : '')) : [];
  const items = old.join('') + added.map((e) => entryYaml(e, ind)).join('');
  if (!node?.range) {
    const at = lineEnd(src, key[1]);
    return { start: at, end: at, text: items };
  }
  // The old value goes with the blanks before it; a comment after it stays on the key's line.
  const [start, end] = node.range;
  let from = start;
  while (from > key[1] && (src[from - 1] === ' ' || src[from - 1] === '\t')) from--;
  const next = lineEnd(src, end);
  const rest = src.slice(end, next).trim();
  return { start: from, end: next, text: `${rest ? ` ${rest}` : ''}\n${items}` };
}

/**
 * Replaces the value of an existing `cookieScan`. The key, its position and the comments before
 * it and on its line stay; a flow map stays a flow map, and `found` keeps its flow or block style.
 * Anything that is no mapping is replaced as a whole.
 */
function scanEdit(y: YamlSource, pair: Pair<Node, Node | null>, scan: Scan): Edit {
  const { src, indentOf } = y;
  const v = pair.value;
  if (isMap(v) && !v.flow && v.items.length) {
    const found = v.get('found', true);
    const text = indentLines(scanYaml(scan, isSeq(found) && !!found.flow), indentOf(v.range![0]), '');
    return { start: v.range![0], end: lineEnd(src, contentEnd(v)!), text };
  }
  if (isMap(v) && v.flow) {
    const flow = new Document(scan);
    (flow.contents as Node & { flow: boolean }).flow = true;
    return { start: v.range![0], end: v.range![1], text: flow.toString({ lineWidth: 0 }).trimEnd() };
  }
  const key = pair.key.range!;
  return {
    start: key[0],
    end: lineEnd(src, contentEnd(v) ?? key[1]),
    text: `cookieScan:\n${indentLines(scanYaml(scan, false), `${indentOf(key[0])}  `)}`,
  };
}

/** Where a node's own content ends, leaving out the comments and blank lines a collection's range takes in. */
function contentEnd(node: unknown): number | undefined {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
    const last = node.items[node.items.length - 1];
    return isPair(last) ? (contentEnd(last.value) ?? contentEnd(last.key)) : contentEnd(last);
  }
  return isNode(node) ? node.range?.[1] : undefined;
}

/** The start of the line after the one `pos` is on (or `pos` itself when it already starts a line). */
function lineEnd(src: string, pos: number): number {
  if (pos > 0 && src[pos - 1] === '\n') return pos;
  const nl = src.indexOf('\n', pos);
  return nl < 0 ? src.length : nl + 1;
}

/** The indentation before an existing item's `-`, so new items line up with it. */
function dashIndent(src: string, item: unknown): string | undefined {
  const start = isNode(item) ? item.range?.[0] : undefined;
  if (start === undefined) return undefined;
  return /^( *)- +$/.exec(src.slice(src.lastIndexOf('\n', start - 1) + 1, start))?.[1];
}

/** Indents every non-empty line of a block; the first line gets `first` (empty when it continues a line). */
function indentLines(block: string, indent: string, first = indent): string {
  return `${block
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => (line ? (i ? indent : first) + line : line))
    .join('\n')}\n`;
}

/** `date:` and `found:` as block YAML; `found` stays a flow list (`[a, b]`) when it was one. */
function scanYaml(scan: Scan, flowFound: boolean): string {
  const d = new Document(scan);
  const found = d.get('found', true);
  if (flowFound && isSeq(found)) found.flow = true;
  return d.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** A new entry as a Document node, its notes as the comment before it. */
function entryNode(doc: Document, e: NewEntry): Node {
  const node = doc.createNode(e.entry) as Node;
  const purpose = isMap(node) ? node.get('purpose', true) : undefined;
  if (isMap(purpose)) purpose.flow = true;
  if (e.notes.length) node.commentBefore = e.notes.map((n) => ` ${n}`).join('\n');
  return node;
}

/**
 * A new entry as block list item lines, its notes as comments above it. `purpose` is a flow map
 * (`{ nl: …, en: … }`), as in Akkoord's examples, so each entry reads as a few short lines.
 */
function entryYaml(e: NewEntry, indent: string): string {
  const d = new Document();
  d.contents = entryNode(d, { entry: e.entry, notes: [] });
  return e.notes.map((n) => `${indent}# ${n}\n`).join('') + indentLines(d.toString({ lineWidth: 0 }), `${indent}  `, `${indent}- `);
}
