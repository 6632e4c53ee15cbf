import type { Qualifier } from './figure';

/**
 * The words that qualify a figure written before it ("more than", "up to", "about"), as a
 * regex source: what findQualifierBefore reads, for other checks of what stands before a figure.
 * Longest phrases first so "just over" wins over "over".
 */
export const QUALIFIER_WORDS = String.raw`just over|just under|slightly (?:more|less) than|slightly (?:over|under)|more than|greater than|at least|up to|as much as|as many as|no more than|not more than|less than|fewer than|upwards of|in excess of|as high as|as low as|close to|just shy of|shy of|just north of|north of|south of|nearly|almost|(?<!\b(?:fork|hand|turn|pass|sign)(?:ed|s|ing)?[ \u00a0]+)over|above|exceeding|about|approximately|approx\.|around|roughly|some|an estimated|estimated|under|below|between`;
// Bounded: it only ever looks at the short slice of text just before a figure.
const QUALIFIER_BEFORE = new RegExp(
  String.raw`\b(${QUALIFIER_WORDS})[ \u00a0\u2009\u202f]+(?:of[ \u00a0\u2009\u202f]+)?$`,
  'i',
);

const QUALIFIER_OF: Record<string, Qualifier | 'between'> = {
  'just over': 'just-over',
  'just under': 'nearly',
  'slightly more than': 'just-over',
  'slightly less than': 'nearly',
  'slightly over': 'just-over',
  'slightly under': 'nearly',
  'more than': 'over',
  'greater than': 'over',
  'at least': 'at-least',
  'up to': 'up-to',
  'as much as': 'up-to',
  'as many as': 'up-to',
  'no more than': 'up-to',
  'not more than': 'up-to',
  'less than': 'under',
  'fewer than': 'under',
  'upwards of': 'over',
  'as high as': 'up-to',
  'as low as': 'at-least',
  'in excess of': 'over',
  'close to': 'nearly',
  'just shy of': 'nearly',
  'shy of': 'under',
  'just north of': 'just-over',
  'north of': 'over',
  'south of': 'under',
  nearly: 'nearly',
  almost: 'nearly',
  over: 'over',
  above: 'over',
  exceeding: 'over',
  about: 'about',
  approximately: 'about',
  'approx.': 'about',
  around: 'about',
  roughly: 'about',
  some: 'about',
  'an estimated': 'about',
  estimated: 'about',
  under: 'under',
  below: 'under',
  between: 'between',
};

/** How far before a figure a qualifier may start (the longest phrase plus spacing). */
const LOOKBEHIND = 24;

/**
 * Finds the qualifier written right before `figureStart` ("over", "up to", "nearly"…).
 * Returns its kind and where it starts, or null when the figure is unqualified.
 * `between` is returned as such: only a following "X and Y" makes it a range.
 */
export function findQualifierBefore(
  text: string,
  figureStart: number,
): { qualifier: Qualifier | 'between'; start: number } | null {
  const from = Math.max(0, figureStart - LOOKBEHIND);
  const match = QUALIFIER_BEFORE.exec(text.slice(from, figureStart));
  if (!match) return null;
  const qualifier = QUALIFIER_OF[match[1].toLowerCase()];
  return qualifier ? { qualifier, start: from + match.index } : null;
}
