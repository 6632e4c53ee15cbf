import { describe, expect, it } from 'vitest';
import type { Figure } from '../../lib/figure';
import { formatFigure } from '../../lib/format-figure';
import { parseFormattedFigure } from '../../lib/parse-formatted-figure';

const usd = (mantissa: number, exponent: number) => ({ mantissa, exponent });

describe('parseFormattedFigure', () => {
  it.each<[string, Figure]>([
    ['$14.3 billion', { unit: 'usd', qualifier: 'exact', low: usd(143, 8) }],
    ['over $10 billion', { unit: 'usd', qualifier: 'over', low: usd(10, 9) }],
    ['just over $10 billion', { unit: 'usd', qualifier: 'just-over', low: usd(10, 9) }],
    ['up to $65 billion', { unit: 'usd', qualifier: 'up-to', low: usd(65, 9) }],
    ['about $870 million', { unit: 'usd', qualifier: 'about', low: usd(870, 6) }],
    ['49%', { unit: 'percent', qualifier: 'exact', low: usd(49, 0) }],
    ['nearly 50%', { unit: 'percent', qualifier: 'nearly', low: usd(50, 0) }],
    ['2016', { unit: 'year', qualifier: 'exact', low: usd(2016, 0) }],
  ])('reads %s back', (text, figure) => {
    expect(parseFormattedFigure(text)).toEqual(figure);
  });

  it.each([
    '$10 billion–$14 billion',
    '45%–50%',
    'over 9,000 contractors',
    'over 1.3 million GPUs',
    'at least $1 billion',
    'under $2 billion',
  ])('round-trips %s through formatFigure', (text) => {
    const figure = parseFormattedFigure(text);
    expect(figure && formatFigure(figure)).toBe(text);
  });

  it('returns null for text that is no formatted figure', () => {
    expect(parseFormattedFigure('fourteen-ish')).toBeNull();
    expect(parseFormattedFigure('$14 billion and more')).toBeNull();
  });

  it('returns null when the unit is not the claim’s', () => {
    expect(parseFormattedFigure('49%', 'usd')).toBeNull();
    expect(parseFormattedFigure('2016', 'usd')).toBeNull();
  });

  it('rejects a qualifier before a range, which formatFigure never writes', () => {
    expect(parseFormattedFigure('over $10 billion–$14 billion')).toBeNull();
  });
});
