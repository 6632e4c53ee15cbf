import { amountUnit, amountValue } from './amount';
import type { Figure } from './figure';

/** The values a figure allows, as one interval (issue #2, "Comparison"). */
export type ValueSet = { low: number; high: number; lowOpen: boolean; highOpen: boolean };

// "about/approximately/around/roughly" allow 10% either way; "nearly", "just over" 10% one way.
const APPROXIMATION = 0.1;

/**
 * Returns the set of values a figure stands for. An exact X is [X − u/2, X + u/2) with u the
 * unit of its last written digit; "over X" includes X itself; "up to X" starts at 0.
 */
export function valueSetOf(figure: Figure): ValueSet {
  const x = amountValue(figure.low);
  const closed = (low: number, high: number): ValueSet => ({
    low,
    high,
    lowOpen: false,
    highOpen: false,
  });
  switch (figure.qualifier) {
    case 'exact': {
      const half = amountUnit(figure.low) / 2;
      return { low: x - half, high: x + half, lowOpen: false, highOpen: true };
    }
    case 'over':
    case 'at-least':
      return closed(x, Infinity);
    case 'up-to':
      return closed(0, x);
    case 'under':
      return { low: 0, high: x, lowOpen: false, highOpen: true };
    case 'about':
      return closed(x * (1 - APPROXIMATION), x * (1 + APPROXIMATION));
    case 'nearly':
      return closed(x * (1 - APPROXIMATION), x);
    case 'just-over':
      return closed(x, x * (1 + APPROXIMATION));
    case 'range':
      return closed(x, figure.high ? amountValue(figure.high) : x);
  }
}

/** True when two value sets share at least one value. */
export function isIntersecting(a: ValueSet, b: ValueSet): boolean {
  // Relative tolerance: 0.9 × 870e6 must equal 783e6 however the floats fall.
  const epsilon = 1e-9 * Math.max(1, Math.abs(a.low), Math.abs(b.low));
  const touches = (high: number, highOpen: boolean, low: number, lowOpen: boolean) =>
    high - low > epsilon || (Math.abs(high - low) <= epsilon && !highOpen && !lowOpen);
  return (
    touches(a.high, a.highOpen, b.low, b.lowOpen) && touches(b.high, b.highOpen, a.low, a.lowOpen)
  );
}
