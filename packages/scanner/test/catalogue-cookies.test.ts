/**
 * The service catalogue of @akkoord/privacy-statement takes cookie names and durations from the
 * Open Cookie Database where it names an entry (`ocd`). This keeps the two in step: when a newer
 * database changes a name or a retention, the catalogue entry has to be looked at again.
 */
import { SERVICE_CATALOGUE } from '@akkoord/privacy-statement';
import { describe, expect, it } from 'vitest';
import { cookieDatabase } from '../src/cookie-database.js';
import { retentionToIso } from '../src/retention.js';

describe('catalogue cookies and the Open Cookie Database', () => {
  const byId = new Map(cookieDatabase().entries.map((e) => [e.id, e]));
  const linked = SERVICE_CATALOGUE.flatMap((s) => s.cookies.filter((k) => k.ocd).map((k) => ({ service: s.id, ...k })));

  it('links most catalogue cookies to a database entry', () => {
    expect(linked.length).toBeGreaterThan(30);
  });

  for (const k of linked) {
    it(`${k.service}: ${k.name} matches database entry ${k.ocd}`, () => {
      const entry = byId.get(k.ocd as string);
      expect(entry, 'entry not in the shipped database').toBeDefined();
      expect(k.name).toBe(entry!.wildcard ? `${entry!.name}*` : entry!.name);
      // A duration is left out where the database's looked wrong (see catalogue/NOTICE.md).
      if (k.duration) expect(k.duration).toBe(retentionToIso(entry!.retention));
    });
  }
});
