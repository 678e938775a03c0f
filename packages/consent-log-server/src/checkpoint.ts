import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CHECKPOINT_CONTEXT } from './constants.js';
import type { Checkpoint, Store } from './types.js';

/** The exact bytes a checkpoint signature covers. */
export function checkpointMessage(c: Pick<Checkpoint, 'site' | 'seq' | 'hash' | 'createdAt'>): Buffer {
  return Buffer.from(`${CHECKPOINT_CONTEXT}\n${c.site}\n${c.seq}\n${c.hash}\n${c.createdAt}`);
}

/** Short id of a public key: first 16 hex digits of the SHA-256 of its DER form. */
export function keyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Reads an Ed25519 private key (PKCS#8 PEM, as written by `akkoord-log keygen`). */
export function loadSigningKey(file: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(file));
  } catch (e) {
    throw new Error(`--signing-key ${file}: cannot read an Ed25519 private key in PEM form (${(e as Error).message})`, { cause: e });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`--signing-key ${file}: key type is ${key.asymmetricKeyType}, expected ed25519`);
  return key;
}

/** Reads a public key (or derives it from a private key) for verifying checkpoints. */
export function loadVerifyKey(file: string): KeyObject {
  const pem = readFileSync(file, 'utf8');
  try {
    return pem.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem);
  } catch (e) {
    throw new Error(`--public-key ${file}: not an Ed25519 key in PEM form (${(e as Error).message})`, { cause: e });
  }
}

/** A new Ed25519 key pair as PEM text. */
export function generateSigningKey(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** True when the checkpoint's signature is valid for `publicKey`. */
export function checkpointValid(c: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, checkpointMessage(c), publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * Signs the head of every chain that moved since its last checkpoint and stores the signatures.
 * Publish or hand out these heads: a later rewrite of the chain would no longer match them.
 */
export async function writeCheckpoints(store: Store, privateKey: KeyObject, now = Date.now()): Promise<Checkpoint[]> {
  const id = keyId(createPublicKey(privateKey));
  const last = new Map<string, number>();
  for (const c of await store.checkpoints()) last.set(c.site, Math.max(last.get(c.site) ?? 0, c.seq));
  const made: Checkpoint[] = [];
  for (const h of await store.heads()) {
    if (h.seq === 0 || last.get(h.site) === h.seq) continue;
    const base = { site: h.site, seq: h.seq, hash: h.hash, createdAt: now };
    const c: Checkpoint = { ...base, keyId: id, signature: sign(null, checkpointMessage(base), privateKey).toString('base64') };
    await store.addCheckpoint(c);
    made.push(c);
  }
  return made;
}
