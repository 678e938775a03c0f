import { describe, expect, it } from 'vitest';
import { joinDuration, splitDuration } from '../src/duration.js';

describe('duration', () => {
  it('splits the simple forms and joins them back to the same text', () => {
    for (const s of ['P7Y', 'P13M', 'P2W', 'P30D', 'PT12H', 'PT30M', 'session']) {
      const parts = splitDuration(s);
      expect(parts, s).toBeDefined();
      expect(joinDuration(parts!.amount, parts!.unit)).toBe(s);
    }
  });

  it('leaves compound durations to the raw text input', () => {
    expect(splitDuration('P1Y6M')).toBeUndefined();
    expect(splitDuration('soon')).toBeUndefined();
  });

  it('writes nothing for an empty or non-numeric amount', () => {
    expect(joinDuration('', 'Y')).toBeUndefined();
    expect(joinDuration('1.5', 'M')).toBeUndefined();
  });
});
