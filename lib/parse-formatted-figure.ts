import type { Figure, FigureUnit, Qualifier } from './figure';
import { parseFigureAt } from './parse-figure';

// The words formatFigure writes before a figure; "just over" before "over".
const QUALIFIER_PREFIXES: [string, Qualifier][] = [
  ['just over ', 'just-over'],
  ['over ', 'over'],
  ['at least ', 'at-least'],
  ['up to ', 'up-to'],
  ['under ', 'under'],
  ['about ', 'about'],
  ['nearly ', 'nearly'],
];

const YEAR = /^(?:19|20)\d\d$/;

/**
 * Reads back a figure written by `formatFigure` ("over $10 billion", "$14.3 billion", "49%",
 * "45%–50%", "over 9,000 contractors", "2016"): the page state carries a mention's value only
 * as that text. Returns null when the text is no such figure or its unit is not `unit`.
 * Trailing zeros `formatFigure` dropped ("$10.0 billion" → "$10 billion") stay lost.
 */
export function parseFormattedFigure(value: string, unit?: FigureUnit): Figure | null {
  let qualifier: Qualifier = 'exact';
  let rest = value.trim();
  for (const [prefix, kind] of QUALIFIER_PREFIXES) {
    if (rest.startsWith(prefix)) {
      qualifier = kind;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  let figure: Figure;
  if (YEAR.test(rest) && (unit === undefined || unit === 'year')) {
    figure = { unit: 'year', qualifier: 'exact', low: { mantissa: Number(rest), exponent: 0 } };
  } else {
    // formatFigure writes percent ranges "45%–50%"; the page parser reads them as "45–50%".
    const text = rest.replace(/%–(?=[\d.,]+%$)/, '–');
    const parsed = parseFigureAt(text, 0);
    if (!parsed || parsed.end !== text.length || !('qualifier' in parsed.figure)) return null;
    figure = parsed.figure;
  }
  if (unit !== undefined && figure.unit !== unit) return null;
  if (figure.qualifier === 'range') return qualifier === 'exact' ? figure : null;
  return { ...figure, qualifier };
}
