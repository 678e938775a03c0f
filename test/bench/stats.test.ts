// The bench's statistics (scripts/bench/stats.mjs): the figures of `npm run bench` and of
// docs/banner-speed.md are read through them, so a wrong median or interval would mislead every
// speed decision.
import { describe, expect, test } from 'vitest';
import { formatInterval, median, ratioInterval } from '../../scripts/bench/stats.mjs';

describe('median', () => {
  test('middle value, mean of the two middle ones, NaN for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  test('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('ratioInterval', () => {
  // Alternating runs with a shared machine load: both kinds slow down together in runs 3 and 7.
  const load = [1, 1, 1.6, 1, 0.9, 1.1, 1.8, 1, 1, 1.2, 0.95];
  const theirs = load.map((l) => 100 * l);

  test('the ratio of medians, inside its interval', () => {
    const ours = load.map((l) => 60 * l);
    const r = ratioInterval(ours, theirs);
    expect(r.ratio).toBeCloseTo(0.6, 10);
    expect(r.low).toBeLessThanOrEqual(r.ratio);
    expect(r.high).toBeGreaterThanOrEqual(r.ratio);
  });

  test('a steady ratio under a varying load gives a narrow interval; noise of its own widens it', () => {
    const steady = ratioInterval(
      load.map((l) => 60 * l),
      theirs,
    );
    const noisy = ratioInterval(
      load.map((l, i) => 60 * l * (i % 2 ? 1.35 : 0.7)),
      theirs,
    );
    expect(steady.high - steady.low).toBeLessThan(0.1);
    expect(noisy.high - noisy.low).toBeGreaterThan(steady.high - steady.low);
  });

  test('verdict: met, missed, or undecided when the interval spans the goal', () => {
    const r = ratioInterval(
      load.map((l, i) => 80 * l * (i % 2 ? 1.3 : 0.75)),
      theirs,
    );
    expect(r.low).toBeLessThan(0.8);
    expect(r.high).toBeGreaterThan(0.8);
    expect(r.verdict(0.8)).toBe('undecided');
    expect(r.verdict(r.high)).toBe('met');
    expect(r.verdict(r.low - 0.01)).toBe('missed');
  });

  test('the same runs always give the same interval (seeded), and too few runs are refused', () => {
    const ours = load.map((l, i) => 70 * l + i);
    const [a, b] = [ratioInterval(ours, theirs), ratioInterval(ours, theirs)];
    expect([a.ratio, a.low, a.high]).toEqual([b.ratio, b.low, b.high]);
    expect(() => ratioInterval([], [])).toThrow('no runs');
  });

  test('formatInterval prints the ratio and both bounds', () => {
    expect(formatInterval({ ratio: 0.781, low: 0.7, high: 0.864, verdict: () => 'met' })).toBe('0.78× (95 % 0.70–0.86)');
  });
});
