import { describe, expect, it } from 'vitest';
import { formatFigure, groupThousands } from '../../lib/format-figure';

describe('groupThousands', () => {
  it('writes numbers as en-US toLocaleString does', () => {
    const values = [0, 7, 12, 999, 1000, 9000, 12_345, 999_999, 1_234_567.891, -4200, 0.5, 2.25];
    for (const value of values) {
      for (const decimals of [0, 1, 2, 3]) {
        const expected = value.toLocaleString('en-US', { maximumFractionDigits: decimals });
        expect(groupThousands(value, decimals), `${value} with ${decimals}`).toBe(expected);
      }
    }
  });

  it('writes a head-count with its thousands comma', () => {
    const figure = formatFigure({
      unit: 'count',
      qualifier: 'over',
      low: { mantissa: 9000, exponent: 0 },
      countNoun: 'contractors',
    });
    expect(figure).toBe('over 9,000 contractors');
  });
});
