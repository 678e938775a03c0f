import type { ItemType, ScanMode, ScannedPage } from './types.js';

/** The pages an item was seen on in one slice of the scan, and the URLs behind it there. */
export interface Sightings {
  pages: Set<string>;
  /** Setter URLs (cookies, keys) or initiators (requests; the request URL when none is known). */
  evidence: Set<string>;
  /**
   * True when every sighting here was a cookie the browser refused (`stored: false`), so a
   * finding must say the site tried to set it rather than that it was stored. False as soon as
   * one sighting was kept, and always for keys, databases and requests.
   */
  refused: boolean;
}

/** One item (cookie, key, database or request host) gathered over every page and mode. */
export interface ItemRecord {
  type: ItemType;
  name: string;
  /** Cookie domain without its leading dot, storage origin, or request host. */
  domain: string;
  /** `third` as soon as any sighting says so, so the result does not depend on page order. */
  party: 'first' | 'third';
  seenIn: Set<ScanMode>;
  /** Every sighting in any mode. */
  all: Sightings;
  /** Sightings in `before` visits. */
  before: Sightings;
  /**
   * Sightings that count against "reject all": stored items present at the end of a reject visit,
   * requests sent after the click. Only reject visits where a way to reject was found count;
   * in the others no rejection took place.
   */
  afterReject: Sightings;
  /** Cookies only: the longest lifetime seen in seconds, `null` while only session cookies were seen. */
  maxAgeSeconds?: number | null;
}

/** Identity of an item: the fields that make two sightings the same item. */
interface ItemKey {
  type: ItemType;
  name: string;
  domain: string;
}

const sightings = (): Sightings => ({ pages: new Set(), evidence: new Set(), refused: false });

/**
 * Groups the observations of every visit into one record per item: a cookie by name and domain
 * (a leading dot ignored, since `.example.com` and `example.com` reach the same hosts), a storage
 * key by type, origin and key, a database by origin and name, a request by host.
 *
 * A cookie the browser refused (`stored: false`) counts like a kept one: the site tried to set it,
 * and a browser that allows third-party cookies would have kept it. `Sightings.refused` remembers
 * whether that is all there is, so the findings can say so.
 *
 * @param scanStartedAt when the scan started (ms since epoch); cookie lifetimes are measured from
 *   it because `expires` is absolute and the visits happen minutes apart.
 */
export function groupItems(pages: readonly ScannedPage[], scanStartedAt: number): ItemRecord[] {
  const records = new Map<string, ItemRecord>();

  const see = (
    key: ItemKey,
    party: 'first' | 'third',
    mode: ScanMode,
    page: string,
    evidence: string | undefined,
    countsAfterReject: boolean,
    refused = false,
  ): ItemRecord => {
    const id = `${key.type}\u0000${key.domain}\u0000${key.name}`;
    let r = records.get(id);
    if (!r) {
      r = { ...key, party, seenIn: new Set(), all: sightings(), before: sightings(), afterReject: sightings() };
      records.set(id, r);
    }
    if (party === 'third') r.party = 'third';
    r.seenIn.add(mode);
    const into = [r.all];
    if (mode === 'before') into.push(r.before);
    if (mode === 'reject' && countsAfterReject) into.push(r.afterReject);
    for (const s of into) {
      // The first sighting decides; any kept one after it clears the flag for good.
      s.refused = (s.pages.size === 0 || s.refused) && refused;
      s.pages.add(page);
      if (evidence) s.evidence.add(evidence);
    }
    return r;
  };

  for (const page of pages) {
    for (const visit of page.visits) {
      const mode = visit.mode;
      const rejected = mode === 'reject' && !!visit.choice?.found;
      for (const c of visit.cookies) {
        const key: ItemKey = { type: 'cookie', name: c.name, domain: c.domain.replace(/^\./, '') };
        const r = see(key, c.party, mode, page.url, c.setBy.url, rejected, !c.stored);
        r.maxAgeSeconds = longerLife(r.maxAgeSeconds, c.expires, scanStartedAt);
      }
      for (const s of visit.storage) see({ type: s.type, name: s.key, domain: s.origin }, s.party, mode, page.url, s.setBy.url, rejected);
      for (const d of visit.indexedDB)
        see({ type: 'indexedDB', name: d.name, domain: d.origin }, d.party, mode, page.url, undefined, rejected);
      for (const q of visit.requests)
        // A request sent before the reject click happened regardless of the choice, so only the
        // ones after it count against "reject all".
        see({ type: 'request', name: q.host, domain: q.host }, 'third', mode, page.url, q.initiator || q.url, rejected && q.afterChoice);
    }
  }
  return [...records.values()];
}

/**
 * The longer of a cookie's lifetime so far and this sighting's. A session cookie (`expires: null`)
 * gives `null`, which any persistent sighting replaces: the longest life is what the statement
 * has to state.
 */
export function longerLife(current: number | null | undefined, expires: number | null, scanStartedAt: number): number | null {
  if (expires === null) return current ?? null;
  // Chromium reports fractional seconds; an already expired cookie counts as zero.
  const seconds = Math.max(0, Math.round(expires - scanStartedAt / 1000));
  return current === null || current === undefined ? seconds : Math.max(current, seconds);
}
