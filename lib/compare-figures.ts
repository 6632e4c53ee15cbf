import { isSameAmount, roundAmount } from './amount';
import type { Figure } from './figure';
import { formatFigure } from './format-figure';
import { isIntersecting, valueSetOf } from './value-set';

/** Whether a source's figure agrees with a page's, and why, in plain words. */
export type Comparison = { agrees: boolean; reason: string };

const FLOOR_QUALIFIERS = new Set<Figure['qualifier']>(['over', 'at-least', 'just-over']);

/**
 * Compares a page's figure with a source's figure of the same claim (issue #2,
 * "Comparison"). Two exact figures agree when the more precise, rounded half-up to the
 * other's last digit, equals it; any other pair agrees when their value sets intersect.
 */
export function compareFigures(page: Figure, source: Figure): Comparison {
  const sourceText = formatFigure(source);
  if (page.qualifier === 'exact' && source.qualifier === 'exact') {
    return compareExact(page, source, sourceText);
  }
  const agrees = isIntersecting(valueSetOf(page), valueSetOf(source));
  if (FLOOR_QUALIFIERS.has(source.qualifier)) {
    return { agrees, reason: `${agrees ? 'above' : 'below'} the '${sourceText}' floor` };
  }
  return { agrees, reason: `${agrees ? 'within' : 'outside'} '${sourceText}'` };
}

function compareExact(page: Figure, source: Figure, sourceText: string): Comparison {
  const exponent = Math.max(page.low.exponent, source.low.exponent);
  const pageRounded = roundAmount(page.low, exponent);
  const sourceRounded = roundAmount(source.low, exponent);
  const agrees = isSameAmount(pageRounded, sourceRounded);
  if (page.low.exponent === source.low.exponent) {
    return { agrees, reason: agrees ? `same as ${sourceText}` : `differs from ${sourceText}` };
  }
  const rounded = formatFigure({ ...page, low: pageRounded });
  if (page.low.exponent < source.low.exponent) {
    return {
      agrees,
      reason: agrees ? `rounds to ${sourceText}` : `rounds to ${rounded}, not ${sourceText}`,
    };
  }
  const sourceRoundedText = formatFigure({ ...source, low: sourceRounded });
  return {
    agrees,
    reason: agrees
      ? `'${sourceText}' rounds to ${sourceRoundedText}`
      : `'${sourceText}' rounds to ${sourceRoundedText}, not ${formatFigure(page)}`,
  };
}
