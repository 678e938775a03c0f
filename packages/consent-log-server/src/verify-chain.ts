import type { KeyObject } from 'node:crypto';
import { chainHash, legacyChainHash } from './chain-hash.js';
import { checkpointValid } from './checkpoint.js';
import { PAGE_ROWS } from './constants.js';
import { hashedFields } from './record-row.js';
import type { Store } from './types.js';

/** Outcome of {@link verifyChain}: counts, or the first problem found and where. */
export type VerifyResult =
  | { ok: true; sites: number; records: number; checkpoints: number }
  | { ok: false; site: string; seq?: number; id?: string; reason: string };

/**
 * Walks every site's chain from its anchor (genesis, or the last purged record) to its head:
 * each record must follow the previous seq, carry the previous hash and hash to its stored hash
 * (in the RFC 8785 form, or the legacy form of records written before it: docs/consent-log.md);
 * the head must match the last record. With a public key, every checkpoint signature is checked
 * and must match the record at its seq when that record is still kept.
 */
export async function verifyChain(store: Store, publicKey?: KeyObject): Promise<VerifyResult> {
  let records = 0;
  let checked = 0;
  const heads = await store.heads();
  for (const head of heads) {
    const site = head.site;
    let prev = head.anchorHash;
    let seq = head.anchorSeq;
    const cps = publicKey ? await store.checkpoints(site) : [];
    const signedSeqs = new Set(cps.map((c) => c.seq));
    const hashes = new Map<number, string>();
    for (let after = { site, seq }; ; ) {
      const page = await store.page({ site, after, limit: PAGE_ROWS });
      for (const r of page) {
        if (r.seq !== seq + 1) return { ok: false, site, seq: seq + 1, reason: `record seq ${seq + 1} is missing (deleted?); next kept record is seq ${r.seq}` };
        if (r.prevHash !== prev) return { ok: false, site, seq: r.seq, id: r.id, reason: 'prev_hash does not match the hash of the record before it' };
        // RFC 8785 first; a record written before the switch may carry the legacy form's hash,
        // which differs only when its choices have an integer-like or `__proto__` key.
        const body = hashedFields(r);
        if (chainHash(prev, body) !== r.hash && legacyChainHash(prev, body) !== r.hash) return { ok: false, site, seq: r.seq, id: r.id, reason: 'record content does not match its hash (altered)' };
        prev = r.hash;
        seq = r.seq;
        if (signedSeqs.has(r.seq)) hashes.set(r.seq, r.hash);
        records++;
      }
      if (page.length < PAGE_ROWS) break;
      after = { site, seq };
    }
    if (seq !== head.seq || prev !== head.hash) {
      return { ok: false, site, seq: seq + 1, reason: `chain ends at seq ${seq} but its head says seq ${head.seq} (records removed or head altered)` };
    }
    if (publicKey) {
      for (const c of cps) {
        if (!checkpointValid(c, publicKey)) return { ok: false, site, seq: c.seq, reason: `checkpoint at seq ${c.seq} has a bad signature` };
        if (c.seq > head.seq) return { ok: false, site, seq: c.seq, reason: `checkpoint at seq ${c.seq} is beyond the chain head ${head.seq} (records removed)` };
        const h = hashes.get(c.seq);
        if (h !== undefined && h !== c.hash) return { ok: false, site, seq: c.seq, reason: `checkpoint at seq ${c.seq} signed another hash than the stored record` };
        if (c.seq === head.anchorSeq && c.hash !== head.anchorHash) return { ok: false, site, seq: c.seq, reason: `checkpoint at seq ${c.seq} does not match the purge anchor` };
        checked++;
      }
    }
  }
  return { ok: true, sites: heads.length, records, checkpoints: checked };
}
