/** Median of a list of numbers (the mean of the two middle ones for an even count; NaN when empty). */
export declare function median(xs: number[]): number;

/** A ratio of medians with its 95 % paired-bootstrap interval (see stats.mjs). */
export interface RatioInterval {
  ratio: number;
  low: number;
  high: number;
  /** `met`: the upper bound is within the goal; `missed`: the lower bound is over it; else `undecided`. */
  verdict(goal: number): 'met' | 'missed' | 'undecided';
}

/** `median(ours) / median(theirs)` with a 95 % interval from resampling whole alternating runs. */
export declare function ratioInterval(ours: number[], theirs: number[], draws?: number): RatioInterval;

/** `0.78× (95 % 0.70–0.86)`. */
export declare function formatInterval(r: RatioInterval): string;
