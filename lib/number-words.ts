import type { Amount } from './amount';

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Regex source for a number written in words below 100 ("ten", "twenty-five", "a"). */
export const NUMBER_WORD_SOURCE = `(?:(?:${TENS.join('|')})(?:[- ](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.join('|')}|an?)`;

/**
 * Reads a number written in words below 100 ("fourteen" → 14, "twenty-five" → 25,
 * "a" → 1). Returns null for anything else.
 */
export function parseNumberWord(words: string): number | null {
  const lower = words.toLowerCase().trim();
  if (lower === 'a' || lower === 'an') return 1;
  const small = SMALL.indexOf(lower);
  if (small >= 0) return small;
  const [tens, unit] = lower.split(/[- ]/);
  const tensIndex = TENS.indexOf(tens);
  if (tensIndex < 0) return null;
  const unitValue = unit === undefined ? 0 : SMALL.indexOf(unit);
  return unitValue >= 0 && unitValue < 10 ? (tensIndex + 2) * 10 + unitValue : null;
}

const DIGIT_WORDS = [...SMALL.slice(0, 10), 'oh'];

/**
 * Regex source for a number in words with its decimals spoken, as transcripts write it
 * ("fourteen point three", "fourteen-point-three", "twenty-five").
 */
export const DECIMAL_WORD_SOURCE = `${NUMBER_WORD_SOURCE}(?:[- \\u00a0]+point(?:[- \\u00a0]+(?:${DIGIT_WORDS.join('|')})\\b)+)?`;

/**
 * Reads a number in words with spoken decimals ("fourteen point three" → 143 × 10^-1),
 * scaled by `10^scale`. Returns null for anything else, and for "a point …".
 */
export function parseDecimalWords(words: string, scale = 0): Amount | null {
  const [whole, decimals] = words
    .toLowerCase()
    .trim()
    .split(/[- \u00a0]+point[- \u00a0]+/);
  const value = parseNumberWord(whole);
  if (value === null) return null;
  if (decimals === undefined) return { mantissa: value, exponent: scale };
  if (/^an?$/.test(whole)) return null;
  let mantissa = value;
  const digits = decimals.split(/[- \u00a0]+/);
  for (const digit of digits) {
    const d = digit === 'oh' ? 0 : SMALL.indexOf(digit);
    if (d < 0 || d > 9) return null;
    mantissa = mantissa * 10 + d;
  }
  return { mantissa, exponent: scale - digits.length };
}

/** Fractions a writer uses for a stake ("half", "a third"), as percent. */
export const FRACTION_PERCENT: Record<string, number> = {
  half: 50,
  'one half': 50,
  'a third': 33,
  'one third': 33,
  'one-third': 33,
  'a quarter': 25,
  'one quarter': 25,
  'one-quarter': 25,
  'two thirds': 67,
  'two-thirds': 67,
  'three quarters': 75,
  'three-quarters': 75,
};
