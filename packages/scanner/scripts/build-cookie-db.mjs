// Turns the Open Cookie Database CSV into the scanner's own data files, committed in
// packages/scanner/data/ because an npm-installed package has no ../shared to read at run time:
//
//   node packages/scanner/scripts/build-cookie-db.mjs [path/to/open-cookie-database.csv]
//        [--out <dir>] [--commit <sha>] [--date <yyyy-mm-dd>]
//
// Writes <out>/open-cookie-database.json, <out>/open-cookie-database.LICENSE (copied from the
// LICENSE beside the CSV) and <out>/NOTICE.md. The upstream commit and date come from the SOURCE.md
// beside the CSV unless --commit/--date give them. The same input gives byte-identical output, so
// a test can rebuild into a temp dir and compare with the committed files.
//
// Product format (read by src/cookie-database.ts):
//   { format: "akkoord-cookie-database", version: 1, source: {...},
//     services: [[platform, controller, privacyUrl], ...],
//     entries: [[id, serviceIndex, category, name, wildcard 0|1, domain, description, retention], ...] }
// Platform, controller and privacy link repeat on most rows of one service, so they sit once in
// `services`; that makes the file about a fifth smaller than one flat array per row. Absent values
// are "". The ISO form of the retention is NOT stored: src/retention.ts computes it when the file is
// loaded, so there is one retention parser (TypeScript), not a second copy in this script.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADER = [
  'ID',
  'Platform',
  'Category',
  'Cookie / Data Key name',
  'Domain',
  'Description',
  'Retention period',
  'Data Controller',
  'User Privacy & GDPR Rights Portals',
  'Wildcard match',
];
const CATEGORIES = ['Functional', 'Marketing', 'Analytics', 'Security', 'Necessary', 'Personalization'];
// Soft hyphens and zero-width characters turn up in a few names and domains (copied from web
// pages); they are invisible, and a real cookie name never contains them, so they would only stop
// a match.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(scriptDir, '../../..');
const DEFAULT_CSV = resolve(repoRoot, '../shared/data/open-cookie-database/open-cookie-database.csv');
const DEFAULT_OUT = resolve(scriptDir, '../data');

/** A line-numbered problem in the input; `main` prints these and exits 1. */
class InputError extends Error {}

/**
 * RFC 4180 parser: fields separated by commas, records by CRLF or LF, a field in double quotes may
 * hold commas, line breaks and doubled quotes (""). Strict about quotes, because a stray quote
 * usually means the file was cut or mangled, and a silent misparse would shift every column.
 * Returns each record with the line (1-based) it starts on.
 */
function parseCsv(text, file) {
  const records = [];
  let fields = [];
  let field = '';
  // True once the current field was a quoted one: `""` is then a present, empty field.
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    // A blank line is no record (RFC 4180 has none, but an editor may leave one at the end).
    const blank = fields.length === 0 && field === '' && !quoted;
    endField();
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ',') {
      endField();
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else if (c === '"' && field === '' && !quoted) {
      // Quoted field: runs to the next quote that is not doubled.
      const openLine = line;
      quoted = true;
      for (i++; ; i++) {
        if (i >= text.length) throw new InputError(`${file}:${openLine}: quoted field is never closed`);
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        } else if (text[i] === '\n') {
          line++;
        }
        field += text[i];
      }
      i++;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new InputError(`${file}:${line}: text after the closing quote of field ${fields.length + 1}`);
      }
    } else if (c === '"') {
      throw new InputError(`${file}:${line}: quote inside unquoted field ${fields.length + 1}`);
    } else {
      field += c;
      i++;
    }
  }
  // The last record when the file does not end with a line break.
  if (field !== '' || quoted || fields.length) endRecord();
  return records;
}

/** Trims a field and drops invisible characters (see INVISIBLE). */
function clean(value) {
  return value.replace(INVISIBLE, '').trim();
}

/** Checks the header and every row; returns rows as objects, or throws listing every problem. */
function validate(records, file) {
  if (!records.length) throw new InputError(`${file}: the file is empty`);
  const header = records[0].fields.map(clean);
  if (header.join('\n') !== HEADER.join('\n')) {
    throw new InputError(`${file}:1: unexpected header; expected the columns ${HEADER.join(', ')}`);
  }
  const problems = [];
  const rows = [];
  const seenIds = new Map();
  for (const { line, fields } of records.slice(1)) {
    const at = (column) => `${file}:${line}: column "${HEADER[column]}"`;
    if (fields.length !== HEADER.length) {
      problems.push(`${file}:${line}: expected ${HEADER.length} columns, found ${fields.length}`);
      continue;
    }
    const [id, platform, category, name, domain, description, retention, controller, privacy, wildcard] = fields.map(clean);
    if (!id) problems.push(`${at(0)}: empty id`);
    else if (seenIds.has(id)) problems.push(`${at(0)}: id ${id} already used on line ${seenIds.get(id)}`);
    else seenIds.set(id, line);
    if (!CATEGORIES.includes(category)) {
      problems.push(`${at(2)}: unknown category "${category}" (expected one of ${CATEGORIES.join(', ')})`);
    }
    if (!name) problems.push(`${at(3)}: empty name`);
    if (wildcard !== '0' && wildcard !== '1') problems.push(`${at(9)}: "${wildcard}" is not 0 or 1`);
    rows.push({ id, platform, category, name, domain, description, retention, controller, privacy, wildcard: wildcard === '1' ? 1 : 0 });
  }
  if (problems.length) {
    const shown = problems.slice(0, 20);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    throw new InputError(shown.join('\n'));
  }
  return rows;
}

/** Upstream commit and date: from the options, else from the SOURCE.md beside the CSV. */
function sourceFacts(csvPath, options) {
  const sourceMd = join(dirname(csvPath), 'SOURCE.md');
  const text = existsSync(sourceMd) ? readFileSync(sourceMd, 'utf8') : '';
  const commit = options.commit ?? text.match(/commit\s+([0-9a-f]{40})/i)?.[1];
  const date = options.date ?? text.match(/\b(\d{4}-\d{2}-\d{2})\b/)?.[1];
  if (!commit || !/^[0-9a-f]{40}$/i.test(commit)) {
    throw new InputError(`${sourceMd}: no upstream commit found; pass --commit <40 hex digits>`);
  }
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new InputError(`${sourceMd}: no upstream date found; pass --date <yyyy-mm-dd>`);
  }
  return { commit: commit.toLowerCase(), date };
}

/** The product JSON, one entry per line so a data update gives a readable diff. */
function productJson(rows, facts) {
  const source = {
    name: 'Open Cookie Database',
    authors: 'Jack Kwakman and contributors',
    repository: 'github.com/jkwakman/Open-Cookie-Database',
    commit: facts.commit,
    date: facts.date,
    license: 'Apache-2.0',
    count: rows.length,
  };
  const serviceIndex = new Map();
  const services = [];
  const entries = rows.map((r) => {
    const service = [r.platform, r.controller, r.privacy];
    const key = JSON.stringify(service);
    if (!serviceIndex.has(key)) {
      serviceIndex.set(key, services.length);
      services.push(service);
    }
    return [r.id, serviceIndex.get(key), r.category, r.name, r.wildcard, r.domain, r.description, r.retention];
  });
  const lines = (items) => items.map((x) => '    ' + JSON.stringify(x)).join(',\n');
  return [
    '{',
    '  "format": "akkoord-cookie-database",',
    '  "version": 1,',
    `  "source": ${JSON.stringify(source)},`,
    '  "services": [',
    lines(services),
    '  ],',
    '  "entries": [',
    lines(entries),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** NOTICE.md: where the data comes from, its licence, what we changed, how to rebuild. */
function notice(facts, count) {
  return `# Third-party data in this folder

## Open Cookie Database

\`open-cookie-database.json\` is built from the Open Cookie Database, a list of cookies and
browser storage keys with the service that sets them, its purpose category, a description and the
retention period. The list is made by Jack Kwakman and contributors and published on GitHub as
jkwakman/Open-Cookie-Database. This build uses commit ${facts.commit} of ${facts.date}
(${count} entries).

The Open Cookie Database is licensed under the Apache License, Version 2.0. The full licence text
is in \`open-cookie-database.LICENSE\` beside this file. The rest of @akkoord/scanner is MIT
licensed; the Apache License applies to this data.

What we changed: we converted the CSV into our own JSON layout (the platform, data controller and
privacy link of a service are stored once and referred to by number), trimmed white space around every
value and removed invisible characters (soft hyphens, zero-width spaces) that appeared in a few
names and domains. We did not change the content of any entry.

## Rebuilding from a newer CSV

1. Put the new \`open-cookie-database.csv\` in a folder together with the upstream \`LICENSE\` and
   a \`SOURCE.md\` that names the commit (40 hex digits) and its date, or pass \`--commit\` and
   \`--date\` instead.
2. From the repository root, run
   \`node packages/scanner/scripts/build-cookie-db.mjs path/to/open-cookie-database.csv\`.
   Without a path it reads \`../shared/data/open-cookie-database/open-cookie-database.csv\`.
3. The script checks every row (known category, wildcard 0 or 1, a name, a unique id) and stops
   with the line number of each problem. When it succeeds it rewrites the three files here;
   commit them together.
`;
}

/** Parses the command line: one optional CSV path plus --out, --commit and --date. */
function parseArgs(argv) {
  const options = { csv: DEFAULT_CSV, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' || arg === '--commit' || arg === '--date') {
      const value = argv[++i];
      if (value === undefined) throw new InputError(`${arg} needs a value`);
      options[arg.slice(2)] = arg === '--out' ? resolve(value) : value;
    } else if (arg.startsWith('--')) {
      throw new InputError(`unknown option ${arg}`);
    } else {
      options.csv = resolve(arg);
    }
  }
  return options;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(options.csv)) throw new InputError(`${options.csv}: file not found`);
  const rows = validate(parseCsv(readFileSync(options.csv, 'utf8'), options.csv), options.csv);
  const licence = join(dirname(options.csv), 'LICENSE');
  if (!existsSync(licence)) {
    throw new InputError(`${licence}: not found; the Apache-2.0 licence text must ship with the data`);
  }
  const facts = sourceFacts(options.csv, options);
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'open-cookie-database.json'), productJson(rows, facts));
  // Read and write rather than copy: a copy would keep the source's read-only mode and block the next run.
  writeFileSync(join(options.out, 'open-cookie-database.LICENSE'), readFileSync(licence));
  writeFileSync(join(options.out, 'NOTICE.md'), notice(facts, rows.length));
  console.log(`wrote ${rows.length} entries to ${join(options.out, 'open-cookie-database.json')}`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`build-cookie-db: ${error.message}`);
  process.exit(1);
}
