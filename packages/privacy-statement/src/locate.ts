import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment } from './finding.js';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Maps a path in the parsed data back to the line and column in the source text. */
export type Locator = (path: readonly PathSegment[]) => Position;

/**
 * Builds a locator over a parsed YAML document. A path that does not exist (a missing field)
 * resolves to its nearest existing parent, so "missing X" points at the object that lacks it.
 * For a map entry it points at the key, where people look for a field.
 */
export function createLocator(doc: Document, counter: LineCounter): Locator {
  const at = (offset: number): Position => {
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
        node = node.items[seg];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    return at(offset);
  };
}
