import type { IncomingMessage } from 'node:http';

/** Thrown by {@link readBody} when the body is larger than allowed. */
export class BodyTooLarge extends Error {}

/**
 * Reads a request body up to `limit` bytes. Stops reading as soon as the limit is passed (or the
 * Content-Length announces more), so an oversized body never fills memory.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const announced = Number(req.headers['content-length']);
    if (announced > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    // Most bodies arrive in one chunk: hand it over without copying.
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}
