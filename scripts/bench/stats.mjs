// The few statistics the benches share. These machines are noisy (2 shared cores, Chromium's CPU
// throttle pausing the page in slices): one banner's time to its first layer moves from 45 to
// 185 ms between runs of the same build. So every timing is taken in alternating runs (a b a b,
// run i of each kind under the same load), reported as a median, and a ratio to the peer comes
// with an interval that says whether the runs can tell it from a goal at all.

/** Median of a list of numbers (the mean of the two middle ones for an even count; NaN when empty). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The ratio of medians `median(ours) / median(theirs)` with a 95 % interval from a paired
 * bootstrap: whole runs are drawn with replacement (ours[i] with theirs[i], as they were taken
 * side by side), 2 000 times, and the 2.5th and 97.5th percentiles of the redrawn ratios are the
 * bounds. The generator is seeded, so the same runs always give the same interval.
 * `verdict(goal)` is `met` when even the upper bound is within the goal (ratio ≤ goal), `missed`
 * when even the lower bound is over it, and `undecided` when the runs cannot tell.
 * The interval is that of this set of runs: drift between two benches on a shared machine (the
 * same build has read 0.55× and 0.77× in two runs) is not in it.
 * @param {number[]} ours
 * @param {number[]} theirs
 */
export function ratioInterval(ours, theirs, draws = 2000) {
  const n = Math.min(ours.length, theirs.length);
  if (!n) throw Error('ratioInterval: no runs');
  let seed = 0x2545f491;
  // A linear congruential generator (Numerical Recipes constants): plenty for resampling indices.
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const ratios = [];
  for (let d = 0; d < draws; d++) {
    const a = [];
    const b = [];
    for (let i = 0; i < n; i++) {
      const j = Math.floor(next() * n);
      a.push(ours[j]);
      b.push(theirs[j]);
    }
    ratios.push(median(a) / median(b));
  }
  ratios.sort((x, y) => x - y);
  const low = ratios[Math.floor(draws * 0.025)];
  const high = ratios[Math.ceil(draws * 0.975) - 1];
  return {
    ratio: median(ours.slice(0, n)) / median(theirs.slice(0, n)),
    low,
    high,
    verdict: (goal) => (high <= goal ? 'met' : low > goal ? 'missed' : 'undecided'),
  };
}

/** `0.78× (95 % 0.70–0.86)`: a {@link ratioInterval} as the bench tables print it. */
export const formatInterval = (r) => `${r.ratio.toFixed(2)}× (95 % ${r.low.toFixed(2)}–${r.high.toFixed(2)})`;
