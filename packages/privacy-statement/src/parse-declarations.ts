import { LineCounter, isMap, isScalar, parseDocument, visit } from 'yaml';
import { STRING_KEYS } from './constants.js';
import type { Finding } from './finding.js';
import { createLocator, type Locator } from './locate.js';
import type { Declarations } from './types.js';

/** The result of parsing: data (if the text was readable), where each path is, and syntax findings. */
export interface ParsedDeclarations {
  /** File name used in messages. */
  file: string;
  /** The data, `undefined` when the text could not be read at all. */
  data: Declarations | undefined;
  /** Line and column of a path in the source. */
  locate: Locator;
  /** YAML syntax errors (rule `SYNTAX`), each with line and column. */
  findings: Finding[];
}

/**
 * Parses a YAML or JSON declarations file (JSON is valid YAML 1.2, so one parser keeps positions
 * for both). Numbers written in text fields (`version: 2.10`, `kvk: 01234567`) are kept exactly as
 * written, because a marketer should not have to quote them.
 */
export function parseDeclarations(text: string, file = 'declarations.yaml'): ParsedDeclarations {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const locate = createLocator(doc, counter);
  const findings: Finding[] = doc.errors.map((e) => {
    const pos = e.linePos?.[0];
    const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '.');
    return { rule: 'SYNTAX', severity: 'error', path: '', message: first, file, line: pos?.line ?? 0, column: pos?.col ?? 0 };
  });
  if (findings.length) return { file, data: undefined, locate, findings };
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && STRING_KEYS.has(String(pair.key.value)) && isScalar(pair.value)) {
        const v = pair.value;
        if (typeof v.value === 'number' && typeof v.source === 'string') v.value = v.source;
      }
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // Unresolved aliases and alias bombs surface only here, as exceptions.
    findings.push({ rule: 'SYNTAX', severity: 'error', path: '', message: (e as Error).message, file, line: 1, column: 1 });
    return { file, data: undefined, locate, findings };
  }
  if (data !== null && data !== undefined && !isMap(doc.contents)) {
    findings.push({
      rule: 'SYNTAX',
      severity: 'error',
      path: '',
      message: 'The file must contain a mapping (key: value lines) at the top.',
      file,
      line: 1,
      column: 1,
    });
    return { file, data: undefined, locate, findings };
  }
  return { file, data: (data ?? {}) as Declarations, locate, findings };
}
