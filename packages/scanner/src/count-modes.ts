import { SCAN_MODES } from './types.js';
import type { ModeCounts, ScanMode, ScannedPage } from './types.js';

/**
 * The before/after table: per mode, over all pages, the distinct cookies (name and domain, a
 * leading dot ignored), the distinct storage keys and IndexedDB databases together, the distinct
 * third-party hosts, and the number of third-party requests (each one counted, not each host).
 * Cookies the browser refused count too, as in the inventory: the site tried to set them.
 */
export function countModes(pages: readonly ScannedPage[]): Record<ScanMode, ModeCounts> {
  const counts = {} as Record<ScanMode, ModeCounts>;
  for (const mode of SCAN_MODES) {
    const cookies = new Set<string>();
    const storage = new Set<string>();
    const hosts = new Set<string>();
    let requests = 0;
    for (const page of pages)
      for (const v of page.visits) {
        if (v.mode !== mode) continue;
        for (const c of v.cookies) cookies.add(`${c.name}\u0000${c.domain.replace(/^\./, '')}`);
        for (const s of v.storage) storage.add(`${s.type}\u0000${s.origin}\u0000${s.key}`);
        for (const d of v.indexedDB) storage.add(`indexedDB\u0000${d.origin}\u0000${d.name}`);
        for (const q of v.requests) hosts.add(q.host);
        requests += v.requests.length;
      }
    counts[mode] = { cookies: cookies.size, storage: storage.size, thirdPartyHosts: hosts.size, requests };
  }
  return counts;
}
