/**
 * Collects the work of concurrent requests and commits it together: one transaction (one fsync)
 * per event-loop turn instead of one per request, so durability does not cost throughput. Each
 * caller's promise settles only after the transaction holding its items committed (or failed).
 */
export class GroupCommit<I, O> {
  private _pending: { items: I[]; resolve: (o: O[]) => void; reject: (e: unknown) => void }[] = [];
  private _running = 0;
  private _scheduled = false;

  /**
   * @param commit stores all items in one transaction and returns one output per item, in order.
   * @param concurrency groups allowed in flight at once. 2 lets the next group be prepared and
   *   queued while the previous one commits, so the disk is never idle waiting for requests.
   */
  constructor(
    private readonly commit: (items: I[]) => Promise<O[]>,
    private readonly concurrency = 1,
  ) {}

  /** Queues items for the next group; resolves with their outputs after the commit. */
  submit(items: I[]): Promise<O[]> {
    return new Promise((resolve, reject) => {
      this._pending.push({ items, resolve, reject });
      this._schedule();
    });
  }

  /** Resolves when nothing is queued or committing. */
  async idle(): Promise<void> {
    while (this._running > 0 || this._pending.length) await new Promise((r) => setImmediate(r));
  }

  private _schedule(): void {
    if (this._scheduled || this._running >= this.concurrency) return;
    this._scheduled = true;
    // setImmediate runs after the I/O callbacks of this turn, so requests that arrived together join.
    setImmediate(() => void this._run());
  }

  private async _run(): Promise<void> {
    this._scheduled = false;
    const group = this._pending;
    this._pending = [];
    if (!group.length) return;
    this._running++;
    try {
      const out = await this.commit(group.flatMap((g) => g.items));
      let i = 0;
      for (const g of group) {
        g.resolve(out.slice(i, i + g.items.length));
        i += g.items.length;
      }
    } catch (e) {
      for (const g of group) g.reject(e);
    } finally {
      this._running--;
      if (this._pending.length) this._schedule();
    }
  }
}
