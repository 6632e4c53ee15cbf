import { describe, expect, it } from 'vitest';
import { createSliceClock } from '../../../lib/dom/schedule';

describe('createSliceClock', () => {
  it('sums slices, keeps the longest, and tells the phases apart', () => {
    let now = 0;
    const clock = createSliceClock(() => now);
    const spend = (ms: number) => () => {
      now += ms;
      return ms;
    };
    expect(clock.measure(spend(5), 'read')).toBe(5);
    clock.measure(spend(3), 'read');
    clock.measure(spend(7), 'match');
    clock.measure(spend(2));
    expect(clock.totals()).toEqual({
      scriptMs: 17,
      longestSliceMs: 7,
      slices: 4,
      phaseMs: { read: 8, match: 7, draw: 0 },
    });
  });

  it('counts a slice that throws', () => {
    let now = 0;
    const clock = createSliceClock(() => now);
    expect(() =>
      clock.measure(() => {
        now += 4;
        throw new Error('page changed');
      }, 'draw'),
    ).toThrow('page changed');
    expect(clock.totals()).toMatchObject({ scriptMs: 4, phaseMs: { draw: 4 } });
  });
});
