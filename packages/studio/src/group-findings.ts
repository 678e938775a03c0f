/** Groups validator findings by the form field that shows them. */
import type { Finding } from './generator.js';
import { resolveFieldPath } from './field-path.js';

/** Findings keyed by the path of the control or group that shows them (`''` = the whole file). */
export function groupFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = resolveFieldPath(f.path);
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}
