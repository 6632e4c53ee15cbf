import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../lib/compare-figures';
import type { Figure, Qualifier } from '../../lib/figure';

function usd(mantissa: number, exponent: number, qualifier: Qualifier = 'exact'): Figure {
  return { unit: 'usd', qualifier, low: { mantissa, exponent } };
}
const billions = (value: number, qualifier: Qualifier = 'exact') => {
  const [whole, fraction = ''] = String(value).split('.');
  return usd(Number(whole + fraction), 9 - fraction.length, qualifier);
};

describe('compareFigures: two exact figures use the rounding rule', () => {
  it.each([
    [billions(14.3), billions(14), true, 'rounds to $14 billion'],
    [billions(14), billions(13.8), true, "'$13.8 billion' rounds to $14 billion"],
    [billions(14.3), billions(10), false, 'rounds to $14 billion, not $10 billion'],
    [billions(2.5), billions(2), false, 'rounds to $3 billion, not $2 billion'],
    [billions(10), billions(10), true, 'same as $10 billion'],
    [billions(14.5), billions(14), false, 'rounds to $15 billion, not $14 billion'],
    [billions(14.49), billions(14.5), true, 'rounds to $14.5 billion'],
  ])('%o vs %o → %s', (page, source, agrees, reason) => {
    expect(compareFigures(page, source)).toEqual({ agrees, reason });
  });

  it('treats the zero of "10" as significant: $10.4 billion rounds to $10 billion', () => {
    expect(compareFigures(billions(10.4), billions(10)).agrees).toBe(true);
    expect(compareFigures(billions(10.5), billions(10)).agrees).toBe(false);
  });
});

describe('compareFigures: qualified figures agree when their value sets intersect', () => {
  it.each([
    [
      'treats "over $10 billion" as consistent with "$10 billion"',
      billions(10),
      billions(10, 'over'),
      true,
    ],
    [
      'puts $14.3 billion above the "over $10 billion" floor',
      billions(14.3),
      billions(10, 'over'),
      true,
    ],
    [
      'puts $9 billion below the "over $10 billion" floor',
      billions(9),
      billions(10, 'over'),
      false,
    ],
    ['puts $14 billion outside "up to $10 billion"', billions(14), billions(10, 'up-to'), false],
    ['puts $10 billion inside "up to $10 billion"', billions(10), billions(10, 'up-to'), true],
    [
      'puts $950 million within 10% of "about $870 million"',
      usd(950, 6),
      usd(870, 6, 'about'),
      true,
    ],
    [
      'puts $960 million outside 10% of "about $870 million"',
      usd(960, 6),
      usd(870, 6, 'about'),
      false,
    ],
    ['reads "nearly $10 billion" as [9, 10]', billions(9.2), billions(10, 'nearly'), true],
    ['reads "just over $10 billion" as [10, 11]', billions(11.5), billions(10, 'just-over'), false],
    ['compares "at least" as ≥', billions(10, 'at-least'), billions(10, 'up-to'), true],
    ['compares "under" as strictly below', billions(10, 'under'), billions(10, 'at-least'), false],
  ])('%s', (_title, page, source, agrees) => {
    expect(compareFigures(page, source).agrees).toBe(agrees);
  });

  it('compares ranges: "$10–14 billion" meets both $10 billion and $14 billion', () => {
    const range: Figure = {
      ...billions(10),
      qualifier: 'range',
      high: { mantissa: 14, exponent: 9 },
    };
    expect(compareFigures(range, billions(14)).agrees).toBe(true);
    expect(compareFigures(range, billions(10)).agrees).toBe(true);
    expect(compareFigures(range, billions(16)).agrees).toBe(false);
  });

  it('reads "nearly half" as [45%, 50%]', () => {
    const nearlyHalf: Figure = {
      unit: 'percent',
      qualifier: 'nearly',
      low: { mantissa: 50, exponent: 0 },
    };
    const percent = (mantissa: number): Figure => ({
      unit: 'percent',
      qualifier: 'exact',
      low: { mantissa, exponent: 0 },
    });
    expect(compareFigures(nearlyHalf, percent(49)).agrees).toBe(true);
    expect(compareFigures(nearlyHalf, percent(44)).agrees).toBe(false);
    expect(compareFigures(nearlyHalf, percent(51)).agrees).toBe(false);
  });

  it('explains a stance against an "over" floor in plain words', () => {
    expect(compareFigures(billions(9), billions(10, 'over')).reason).toBe(
      "below the 'over $10 billion' floor",
    );
  });
});
