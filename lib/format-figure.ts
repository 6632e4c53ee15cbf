import { amountValue, type Amount } from './amount';
import type { Figure } from './figure';

const SCALES: [number, string][] = [
  [12, 'trillion'],
  [9, 'billion'],
  [6, 'million'],
];

// Count nouns are kept lower-case for matching; these are written otherwise.
const NOUN_SPELLING: Record<string, string> = { gpus: 'GPUs' };

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  over: 'over ',
  'at-least': 'at least ',
  'up-to': 'up to ',
  under: 'under ',
  about: 'about ',
  nearly: 'nearly ',
  'just-over': 'just over ',
  range: '',
};

/**
 * `value` as en-US writes it: comma-grouped thousands, at most `decimals` decimals, no trailing
 * zeros. Written out because the first `toLocaleString` on a page loads the browser's locale
 * data, a long task in the middle of marking.
 */
export function groupThousands(value: number, decimals: number): string {
  const [whole, fraction] = String(Number(value.toFixed(decimals))).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.slice(sign.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}

function formatNumber(amount: Amount, unit: Figure['unit']): string {
  const value = amountValue(amount);
  if (unit === 'year') return String(value);
  const decimals = Math.max(0, -amount.exponent);
  if (unit === 'percent') return `${value.toFixed(decimals)}%`;
  for (const [exponent, word] of SCALES) {
    if (Math.abs(value) >= 10 ** exponent && amount.exponent >= exponent - 3) {
      const scaled = value / 10 ** exponent;
      const digits = Math.max(0, exponent - amount.exponent);
      return `${unit === 'usd' ? '$' : ''}${Number(scaled.toFixed(digits))} ${word}`;
    }
  }
  return `${unit === 'usd' ? '$' : ''}${groupThousands(value, decimals)}`;
}

/**
 * Writes a figure back in plain English: "$14.3 billion", "over 9,000 contractors",
 * "$10 billion–$14 billion", "49%", "2016".
 */
export function formatFigure(figure: Figure): string {
  let value = formatNumber(figure.low, figure.unit);
  if (figure.qualifier === 'range' && figure.high) {
    value = `${value}–${formatNumber(figure.high, figure.unit)}`;
  }
  const noun =
    figure.unit === 'count' && figure.countNoun
      ? ` ${NOUN_SPELLING[figure.countNoun] ?? figure.countNoun}`
      : '';
  return `${QUALIFIER_WORDS[figure.qualifier]}${value}${noun}`;
}
