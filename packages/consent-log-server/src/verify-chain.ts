import type { KeyObject } from 'node:crypto';
import { chainHash, legacyChainHash, snapshotHash } from './chain-hash.js';
import { checkpointValid } from './checkpoint.js';
import { PAGE_ROWS } from './constants.js';
import { hashedFields } from './record-row.js';
import type { StoredConsentRecord } from '@akkoord/consent-log';
import type { Store } from './types.js';

/** One broken link: where (a record of a site's chain, a checkpoint, or a snapshot by hash) and what. */
export interface VerifyProblem {
  site: string;
  seq?: number;
  id?: string;
  /** Set for a config snapshot: its hash (the key records refer to it by). */
  hash?: string;
  reason: string;
}

/** What was checked. */
export interface VerifyCounts {
  sites: number;
  records: number;
  snapshots: number;
  checkpoints: number;
}

/**
 * Outcome of {@link verifyChain}: the counts, or the first problem found (its fields at the top, as
 * before `all`). With `all`, `problems` lists every one, the first included, plus the counts.
 */
export type VerifyResult =
  ({ ok: true } & VerifyCounts) | ({ ok: false; problems?: VerifyProblem[] } & VerifyProblem & Partial<VerifyCounts>);

/** Options of {@link verifyChain}. */
export interface VerifyOptions {
  /** Goes on after a problem and lists them all, instead of stopping at the first. @default false */
  all?: boolean;
}

/** Thrown to stop at the first problem when not listing them all. */
class Stop extends Error {}

/** Why a record does not hash to its stored hash, or undefined when it does. */
function contentProblem(r: StoredConsentRecord): string | undefined {
  try {
    // RFC 8785 first; a record written before the switch may carry the legacy form's hash,
    // which differs only when its choices have an integer-like or `__proto__` key. Both are
    // taken over the record's own prevHash: a broken link is reported as such, not twice.
    const body = hashedFields(r);
    return chainHash(r.prevHash, body) === r.hash || legacyChainHash(r.prevHash, body) === r.hash
      ? undefined
      : 'record content does not match its hash (altered)';
  } catch (e) {
    // A row edited into something no collector stores (a choices value nested past the stack).
    return `record content cannot be hashed (altered): ${(e as Error).message}`;
  }
}

/**
 * Walks every site's chain from its anchor (genesis, or the last purged record) to its head:
 * each record must follow the previous seq, carry the previous hash and hash to its stored hash
 * (in the RFC 8785 form, or the legacy form of records written before it: docs/consent-log.md);
 * the head must match the last record. Every config snapshot must hash to the hash it is stored
 * (and referred to) under: the chain covers a record's `configHash`, not the snapshot's text. With
 * a public key, every checkpoint signature is checked and must match the record at its seq when
 * that record is still kept. After a problem, with `all`, the walk resumes from the stored values,
 * so each broken link is reported once.
 */
export async function verifyChain(store: Store, publicKey?: KeyObject, options: VerifyOptions = {}): Promise<VerifyResult> {
  const all = options.all ?? false;
  const problems: VerifyProblem[] = [];
  const report = (p: VerifyProblem): void => {
    problems.push(p);
    if (!all) throw new Stop();
  };
  const counts: VerifyCounts = { sites: 0, records: 0, snapshots: 0, checkpoints: 0 };
  try {
    const heads = await store.heads();
    counts.sites = heads.length;
    for (const head of heads) {
      const site = head.site;
      let prev = head.anchorHash;
      let seq = head.anchorSeq;
      const cps = publicKey ? await store.checkpoints(site) : [];
      const signedSeqs = new Set(cps.map((c) => c.seq));
      const hashes = new Map<number, string>();
      for (let after = { site, seq }; ;) {
        const page = await store.page({ site, after, limit: PAGE_ROWS });
        for (const r of page) {
          // At most one problem per record: after a gap its link cannot be checked, its content can;
          // an edited prev_hash fails the content check too, so that is not reported again.
          const gap = r.seq !== seq + 1;
          if (gap) report({ site, seq: seq + 1, reason: `record seq ${seq + 1} is missing (deleted?); next kept record is seq ${r.seq}` });
          if (!gap && r.prevHash !== prev)
            report({ site, seq: r.seq, id: r.id, reason: 'prev_hash does not match the hash of the record before it' });
          else {
            const altered = contentProblem(r);
            if (altered) report({ site, seq: r.seq, id: r.id, reason: altered });
          }
          prev = r.hash;
          seq = r.seq;
          if (signedSeqs.has(r.seq)) hashes.set(r.seq, r.hash);
          counts.records++;
        }
        if (page.length < PAGE_ROWS) break;
        after = { site, seq };
      }
      if (seq !== head.seq || prev !== head.hash) {
        report({
          site,
          seq: seq + 1,
          reason: `chain ends at seq ${seq} but its head says seq ${head.seq} (records removed or head altered)`,
        });
      }
      for (const c of cps) {
        const at = { site, seq: c.seq };
        const h = hashes.get(c.seq);
        if (!checkpointValid(c, publicKey!)) report({ ...at, reason: `checkpoint at seq ${c.seq} has a bad signature` });
        else if (c.seq > head.seq)
          report({ ...at, reason: `checkpoint at seq ${c.seq} is beyond the chain head ${head.seq} (records removed)` });
        else if (h !== undefined && h !== c.hash)
          report({ ...at, reason: `checkpoint at seq ${c.seq} signed another hash than the stored record` });
        else if (c.seq === head.anchorSeq && c.hash !== head.anchorHash)
          report({ ...at, reason: `checkpoint at seq ${c.seq} does not match the purge anchor` });
        else counts.checkpoints++;
      }
    }
    for (let after: string | undefined; ;) {
      const page = await store.snapshotPage(after, PAGE_ROWS);
      for (const s of page) {
        // The stored text is the canonical JSON that was hashed (or, for a pre-RFC 8785 client's
        // snapshot, the legacy text its hash was taken over): its hash must be the key.
        if (snapshotHash(s.json) !== s.hash)
          report({ site: s.site, hash: s.hash, reason: `config snapshot ${s.hash} does not match its hash (altered)` });
        counts.snapshots++;
      }
      if (page.length < PAGE_ROWS) break;
      after = page[page.length - 1]!.hash;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (!problems.length) return { ok: true, ...counts };
  return all ? { ok: false, ...problems[0]!, problems, ...counts } : { ok: false, ...problems[0]! };
}
