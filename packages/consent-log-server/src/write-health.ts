import type { Store } from './types.js';

/**
 * Whether the store can write, as `GET /healthz` reports it. A reachable database is not enough:
 * with a full disk every POST gets 503 while a read still works. A failed append marks the store
 * unhealthy until a write succeeds: the next append, or a probe write that the health check makes
 * itself while unhealthy, so an instance a load balancer took out of rotation (and so gets no
 * appends) is seen to recover.
 */
export class WriteHealth {
  private _failedAt: number | undefined;
  /** Failed appends so far: a probe that started before the last one must not clear it. */
  private _failures = 0;
  private _probe: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  /** Passes an append's outcome through, recording it. */
  async track<T>(write: Promise<T>): Promise<T> {
    try {
      const out = await write;
      this._failedAt = undefined;
      return out;
    } catch (e) {
      this._failures++;
      this._failedAt ??= this.now();
      throw e;
    }
  }

  /**
   * Undefined while writes work. Otherwise runs one probe write (callers arriving meanwhile share
   * it) and resolves with the time of the first failure since the last success if that failed too.
   */
  async failedSince(): Promise<number | undefined> {
    if (this._failedAt === undefined) return undefined;
    this._probe ??= this._runProbe().finally(() => {
      this._probe = undefined;
    });
    await this._probe;
    return this._failedAt;
  }

  private async _runProbe(): Promise<void> {
    const before = this._failures;
    try {
      await this.store.probeWrite();
    } catch {
      return;
    }
    if (this._failures === before) this._failedAt = undefined;
  }
}
