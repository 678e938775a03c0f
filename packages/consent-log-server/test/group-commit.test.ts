import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../src/group-commit.js';

describe('GroupCommit', () => {
  it('commits concurrent submissions in one call and hands each caller its own outputs', async () => {
    const calls: number[][] = [];
    const g = new GroupCommit<number, number>(async (items) => {
      calls.push(items);
      return items.map((x) => x * 10);
    });
    const out = await Promise.all([g.submit([1, 2]), g.submit([3]), g.submit([4, 5, 6])]);
    expect(calls).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(out).toEqual([[10, 20], [30], [40, 50, 60]]);
  });

  it('collects what arrives during a commit into the next group, with at most `concurrency` in flight', async () => {
    let open = 0;
    let maxOpen = 0;
    const releases: (() => void)[] = [];
    const calls: number[][] = [];
    const g = new GroupCommit<number, number>(async (items) => {
      calls.push(items);
      maxOpen = Math.max(maxOpen, ++open);
      await new Promise<void>((r) => releases.push(r));
      open--;
      return items;
    }, 2);
    const a = g.submit([1]);
    await new Promise((r) => setImmediate(r));
    const b = g.submit([2]);
    await new Promise((r) => setImmediate(r));
    const c = [g.submit([3]), g.submit([4])];
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([[1], [2]]); // third group waits: two in flight
    releases.shift()!();
    await a;
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([[1], [2], [3, 4]]);
    while (releases.length) releases.shift()!();
    await new Promise((r) => setImmediate(r));
    releases.forEach((r) => r());
    expect(await b).toEqual([2]);
    expect(await Promise.all(c)).toEqual([[3], [4]]);
    expect(maxOpen).toBe(2);
  });

  it('rejects every caller of a failed group and keeps working afterwards', async () => {
    let fail = true;
    const g = new GroupCommit<number, number>(async (items) => {
      if (fail) throw new Error('disk full');
      return items;
    });
    const r = await Promise.allSettled([g.submit([1]), g.submit([2])]);
    expect(r.map((x) => x.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await g.submit([3])).toEqual([3]);
    await g.idle();
  });
});
