/**
 * The part of a declarations file with schema errors that the rules can still check. A missing
 * or wrong field is one mistake; it should not hide the other mistakes in the file (issue 12), so
 * the rules run on what `pruneDeclarations` keeps, as `statement --force` does. Pruning drops list
 * entries that miss a required field, so indexes shift: {@link ValidRest.toFilePath} maps a path
 * in the kept part back to the file, where the finding is shown.
 */
import type { PathSegment } from '../finding.js';
import { formatPath } from '../finding.js';
import { pruneDeclarations } from '../prune-declarations.js';
import type { Declarations } from '../types.js';

/** What {@link validRest} returns. */
export interface ValidRest {
  /** The schema-valid part of the file. */
  d: Declarations;
  /** The place in the file of a path into {@link ValidRest.d}. */
  toFilePath(path: PathSegment[]): PathSegment[];
}

/** Whether `kept` could be what pruning made of `raw`: equal values, and objects and lists holding a part of raw's. */
function fits(kept: unknown, raw: unknown): boolean {
  if (kept === raw) return true;
  if (Array.isArray(kept)) return Array.isArray(raw) && matchItems(kept, raw) !== undefined;
  if (kept && typeof kept === 'object') {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
    const r = raw as Record<string, unknown>;
    return Object.entries(kept).every(([k, v]) => Object.prototype.hasOwnProperty.call(r, k) && fits(v, r[k]));
  }
  return false;
}

/**
 * For each kept list entry, the index of the file's entry it came from. Pruning only removes
 * entries and keeps the order, so the first fitting entry after the previous match is the one.
 */
function matchItems(kept: unknown[], raw: unknown[]): number[] | undefined {
  const out: number[] = [];
  let j = 0;
  for (const k of kept) {
    while (j < raw.length && !fits(k, raw[j])) j++;
    if (j === raw.length) return undefined;
    out.push(j++);
  }
  return out;
}

/** The file's index for each kept list, keyed by the list's path in the kept part. */
function indexMaps(kept: unknown, raw: unknown, at: PathSegment[], out: Map<string, number[]>): void {
  if (Array.isArray(kept) && Array.isArray(raw)) {
    const map = matchItems(kept, raw) ?? kept.map((_, i) => i);
    out.set(formatPath(at), map);
    kept.forEach((k, i) => indexMaps(k, raw[map[i]!], [...at, i], out));
  } else if (kept && typeof kept === 'object' && raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(kept)) indexMaps(v, (raw as Record<string, unknown>)[k], [...at, k], out);
  }
}

/** The schema-valid part of `raw` and the way back from its paths to the file's. */
export function validRest(raw: unknown): ValidRest {
  const d = pruneDeclarations(raw);
  const maps = new Map<string, number[]>();
  indexMaps(d, raw, [], maps);
  return {
    d,
    toFilePath(path) {
      const out: PathSegment[] = [];
      path.forEach((seg, i) => {
        const map = typeof seg === 'number' ? maps.get(formatPath(path.slice(0, i))) : undefined;
        out.push(map && typeof seg === 'number' ? (map[seg] ?? seg) : seg);
      });
      return out;
    },
  };
}
