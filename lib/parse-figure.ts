import { parseAmount, scaleExponent, type Amount } from './amount';
import type { Figure, UnsupportedFigure } from './figure';
import {
  DECIMAL_WORD_SOURCE,
  FRACTION_PERCENT,
  NUMBER_WORD_SOURCE,
  parseDecimalWords,
} from './number-words';

/** A figure found in text: where it is and what it says (or why it can't be compared). */
export type ParsedFigure = {
  start: number;
  end: number;
  figure: Figure | UnsupportedFigure;
};

// Journalists separate figures with normal, non-breaking, thin or narrow non-breaking spaces.
// Page text keeps every space a page's source has (offsets map 1:1 onto text nodes), so
// runs of them are allowed wherever one is.
const S = '[ \\u00a0\\u2009\\u202f]';
// English and non-English digit groupings alike; parseAmount rejects the latter afterwards.
// Each repetition needs a separator, so this never backtracks over the same digits twice.
const NUM = '\\d+(?:[.,]\\d+)*';
const SCALE_WORD = 'thousand|million|billion|trillion|bn|bln|bil|mln|mil|mn|tn';
// A word after an amount that reads like a scale we do not know ("$14.3 billon", "14,3 Mrd."):
// the amount is not the figure the page means.
const UNREAD_SCALE = new RegExp(
  `^(?:${S}*(?:bil|mil|tril|bl|ml|mio|mrd)[a-z]*\\b|${S}\\d{3}\\b|${S}+[MBKT]\\b|${S}+and${S}+a${S}+half\\b)`,
  'i',
);
// A second scale word ("$14.3 thousand million"): no amount we read.
const SECOND_SCALE = new RegExp(`^${S}+(?:thousand|million|billion|trillion)\\b`, 'i');
// Written so that no two space runs can trade characters: a run of spaces costs one pass.
const SCALE = `(?:(?:${S}*[-‐])?${S}*(${SCALE_WORD})\\b|([kmbt])\\b)`;
const USD_PREFIX = 'US\\$|USD|\\$';
const OTHER_PREFIX = '[A-Z]{1,2}\\$|[€£¥₹]|EUR|GBP|JPY|CHF|CNY|INR';
const USD_SUFFIX = `(?:${S}+(?:US${S}+|U\\.S\\.${S}+)?dollars\\b|${S}+USD\\b)`;
const OTHER_SUFFIX = `(?:${S}+(?:(?:Canadian|Australian|Hong${S}Kong|Singapore|New${S}Zealand)${S}+dollars|euros?|pounds(?:${S}sterling)?|yen|yuan|rupees|francs|EUR|GBP|JPY|CHF|CNY|INR)\\b)`;

const MONEY_PREFIXED = new RegExp(
  `(${USD_PREFIX}|${OTHER_PREFIX})${S}*(${NUM})${SCALE}?(${USD_SUFFIX})?`,
  'iy',
);
const MONEY_SUFFIXED = new RegExp(`(${NUM})${SCALE}?(?:(${USD_SUFFIX})|(${OTHER_SUFFIX}))`, 'iy');
const MONEY_WORDS = new RegExp(
  `(${DECIMAL_WORD_SOURCE})${S}+(${SCALE_WORD})(?:(${USD_SUFFIX})|(${OTHER_SUFFIX}))`,
  'iy',
);
// British headlines write "49pc", always next to the number.
const PERCENT_SIGN = `(?:${S}*(?:%|percent\\b|per${S}+cent\\b|pct\\b)|pc\\b)`;
const PERCENT = new RegExp(`(${NUM})${PERCENT_SIGN}`, 'y');
// "forty-nine percent", "forty-nine per cent", as transcripts write it.
const PERCENT_WORDS = new RegExp(
  `(${DECIMAL_WORD_SOURCE})${S}+(?:percent\\b|per${S}+cent\\b)`,
  'iy',
);
const PERCENT_RANGE = new RegExp(
  `(${NUM})(?:${S}*[-‐–—]|${S}+(to|and))${S}*(${NUM})${PERCENT_SIGN}`,
  'iy',
);
const FRACTION = new RegExp(
  `(${Object.keys(FRACTION_PERCENT).join('|')})(?=${S}+(?:(?:a|the|an)${S}+)?(?:stake|share|interest|ownership|equity|of${S}+(?:Scale|it\\b|the${S}+(?:company|startup))))`,
  'iy',
);
const COUNT_NOUNS =
  'contractors|contract workers|workers|employees|staffers|staff|people|GPUs|graphics processing units|chips|accelerators|customers|users|labelers|annotators|engineers|researchers';
// Up to two words between a number and its noun ("240,000 contract data labelers"), but not a
// digit group ("240 000"), a joining word ("2 million tasks for contractors") or a change
// ("5,000 more contractors").
const COUNT_FILLER = `(?!(?:for|of|and|or|to|in|on|with|per|more|fewer|less|new|additional|extra)\\b)[A-Za-z][A-Za-z0-9-]*`;
// A plus after the number is "at least" ("9,000+ contractors", "9,000-plus contractors").
const COUNT = new RegExp(
  `(${NUM})(?:${S}*(thousand|million|billion|mln|mn|bn|bln|[mk]\\b))?(\\+|-plus\\b)?${S}+(?:${COUNT_FILLER}${S}+){0,2}?(${COUNT_NOUNS})\\b`,
  'iy',
);
// A count in words: "nine thousand contractors", "one point three million GPUs".
const COUNT_WORDS = new RegExp(
  `(${DECIMAL_WORD_SOURCE})${S}+(thousand|million)${S}+(?:${COUNT_FILLER}${S}+){0,2}?(${COUNT_NOUNS})\\b`,
  'iy',
);
// A count whose noun labels it in a table or fact box: "Contractors: over 240,000",
// "GPUs (end of 2025): 1.3 million", "Headcount (contractors): 240,000". The number (not a sum
// or a percent) ends the cell.
const LABELLED_COUNT = new RegExp(
  `(${NUM})(?:${S}*(thousand|million|mln|mn|[mk]\\b))?(?![\\d%$.,]|${S}*(?:billion|bn|bln|dollars|percent|per\\b|[A-Za-z]))`,
  'iy',
);
const NOUN_LABEL_BEFORE = new RegExp(
  `(?:\\b(${COUNT_NOUNS})(?:${S}*\\([^()]{0,30}\\)|${S}+by${S}+[\\w-]{1,16})?|\\((${COUNT_NOUNS})\\))${S}*(?::${S}*|:?(?:${S}*\n)+${S}*)(?:(?:over|more${S}+than|about|around|roughly|nearly|almost|some|approximately|at${S}+least|~)${S}*)?$`,
  'i',
);
// Or on the line below a number alone on its line, as a stat card's label ("9,000+" /
// "Contractors").
const NOUN_LABEL_BELOW = new RegExp(
  `^${S}*\\+?${S}*\n\\s*(${COUNT_NOUNS})(?:${S}*\\([^()\n]{0,30}\\))?${S}*(?:\n|$)`,
  'i',
);
// The start of a line, maybe after a qualifier: where a card's value stands.
const LINE_START_BEFORE = new RegExp(
  `(?:^|\n)${S}*(?:(?:over|more${S}+than|about|around|roughly|nearly|almost|some|approximately|at${S}+least|~)${S}*)?$`,
  'i',
);
const YEAR = /((?:19|20)\d\d)(?![\d%$]|s\b|[.,]\d)/y;
// Not past a comma or a second verb: "co-founded Scale AI, left in 2018", "founded Scale AI and
// became a billionaire in 2021".
// Or a table's or infobox's "Founded" (maybe with its colon) on the line before the year.
const FOUNDED_BEFORE_YEAR =
  /\b(?:co-?)?founded\b(?:(?:(?!\b(?:and|before|after|then|until|later)[ \u00a0]+(?:\w+ing|became|left|joined|later|then|sold|took|raised|was|is|has|had)\b)[^.\n\d$,;]){0,40}|:?(?:[ \u00a0]*\n)+[ \u00a0]*)$/i;
// Or the founding named as a noun or a start: "since founding it in 2016", "Scale's founding in
// 2016", "started the company in 2016", "started Scale in 2016" (not "a founding engineer",
// nor "started" alone: "its work with Meta started in 2019").
const FOUNDING_BEFORE_YEAR =
  /\b(?:(?:co-?)?founding(?:[ \u00a0]+it)?|start(?:ed|ing)[ \u00a0]+(?:the[ \u00a0]+(?:company|startup|firm)|Scale(?:[ \u00a0]+AI)?)(?:[ \u00a0]+back)?)[ \u00a0]+in[ \u00a0]+$/i;
const FOUNDED_AFTER_YEAR = new RegExp(
  `^${S}+(?:(?:AI${S}+)?(?:startup|company|firm)${S}+)?(?:co-?)?founded\\b`,
  'i',
);
// Or "Founded" (or "Year founded") alone on the line below a year alone on its line: a stat
// card's or a timeline's label.
const FOUNDED_BELOW_YEAR = new RegExp(
  `^${S}*\n\\s*(?:year${S}+)?(?:co-?)?founded${S}*(?:\n|$)`,
  'i',
);
// A second figure joined by a dash, "to" or "and" makes a range ("$10–14 billion").
const RANGE_TAIL = new RegExp(
  `(?:${S}*[-‐–—]|${S}+(to|and))${S}*(?:(?:${USD_PREFIX})${S}*)?(${NUM})${SCALE}?(${PERCENT_SIGN})?`,
  'iy',
);

/** Whether the digits at `at` follow a digit and a space: a group of "240 000", not a number. */
function isAfterDigitGroup(text: string, at: number): boolean {
  return at > 1 && /\d[ \u00a0\u2009\u202f]$/.test(text.slice(at - 2, at));
}

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function scaleOf(word: string | undefined, letter: string | undefined): number {
  return scaleExponent(word ?? letter);
}

/**
 * Parses the figure that starts at `at` (a currency sign, a digit or a number word).
 * Returns null when no figure starts there. Money other than US dollars, and numbers in
 * non-English formats ("14,3 Mrd."), come back as {@link UnsupportedFigure}.
 */
export function parseFigureAt(text: string, at: number): ParsedFigure | null {
  const parsed = parseAt(text, at);
  return parsed && isTailOfBareNumbers(text, parsed)
    ? unsupported(parsed.start, parsed.end, 'number-format')
    : parsed;
}

// A sum or count with no currency sign of its own, right after a bare number and "and" or
// "to", is the end of a range or a sum written in parts that is not read: "between sixty-four
// and seventy-two billion dollars", "14 billion and 300 million dollars". Alone it is not
// what the page says.
const BARE_NUMBER_THEN_AND = new RegExp(
  `(?:(?<![$\\d.,])\\d[\\d.,]*|\\b${NUMBER_WORD_SOURCE})(?:${S}+(?:billion|million|thousand|bn|mn))?${S}+(?:and|to|or)${S}+$`,
  'i',
);

const CURRENCY_FIRST = /^(?:US\$|USD|\$|[€£¥₹])/;

function isTailOfBareNumbers(text: string, parsed: ParsedFigure): boolean {
  const { figure } = parsed;
  if (!('unit' in figure) || (figure.unit !== 'usd' && figure.unit !== 'count')) return false;
  if (CURRENCY_FIRST.test(text.slice(parsed.start, parsed.start + 4))) return false;
  return BARE_NUMBER_THEN_AND.test(text.slice(Math.max(0, parsed.start - 40), parsed.start));
}

function parseAt(text: string, at: number): ParsedFigure | null {
  const code = text.charCodeAt(at);
  // A digit starts a number-first figure; anything else a currency sign or a word.
  const parsed =
    code >= 48 && code <= 57
      ? (parseSuffixedMoney(text, at) ??
        parsePercent(text, at) ??
        parseCount(text, at) ??
        parseLabelledCount(text, at) ??
        parseYear(text, at))
      : (parsePrefixedMoney(text, at) ??
        parseWordMoney(text, at) ??
        parseWordFigure(PERCENT_WORDS, 'percent', text, at) ??
        parseWordFigure(COUNT_WORDS, 'count', text, at) ??
        parseFraction(text, at));
  return parsed && withPlus(text, parsed);
}

// "$10B+", "49%+": a plus right after an amount, not starting another ("$10B+5"), is "at least".
const PLUS_AFTER = /^(?:\+(?![\w$])|-plus\b)/;

function withPlus(text: string, parsed: ParsedFigure): ParsedFigure {
  const { figure } = parsed;
  const isAmount = 'qualifier' in figure && figure.qualifier === 'exact' && figure.unit !== 'year';
  const plus = isAmount ? PLUS_AFTER.exec(text.slice(parsed.end, parsed.end + 6))?.[0] : undefined;
  if (!plus) return parsed;
  return { ...parsed, end: parsed.end + plus.length, figure: { ...figure, qualifier: 'at-least' } };
}

function unsupported(
  start: number,
  end: number,
  reason: UnsupportedFigure['unsupported'],
  currency?: string,
): ParsedFigure {
  return { start, end, figure: { unsupported: reason, currency } };
}

function exactFigure(
  unit: Figure['unit'],
  low: Amount,
  start: number,
  end: number,
  countNoun?: string,
): ParsedFigure {
  const figure: Figure = { unit, qualifier: 'exact', low };
  if (countNoun) figure.countNoun = countNoun.toLowerCase();
  return { start, end, figure };
}

function parsePrefixedMoney(text: string, at: number): ParsedFigure | null {
  const m = execAt(MONEY_PREFIXED, text, at);
  if (m) {
    const end = at + m[0].length;
    const currency = m[1];
    if (!/^(?:US\$|USD|\$)$/i.test(currency)) return unsupported(at, end, 'currency', currency);
    const amount = parseAmount(m[2], scaleOf(m[3], m[4]));
    const hasScale = Boolean(m[3] ?? m[4]);
    const rest = text.slice(end, end + 16);
    if (!amount || (!hasScale && !m[5] && UNREAD_SCALE.test(rest)) || SECOND_SCALE.test(rest)) {
      return unsupported(at, end, 'number-format');
    }
    return withRange(text, exactFigure('usd', amount, at, end), hasScale);
  }
  return null;
}

function parseSuffixedMoney(text: string, at: number): ParsedFigure | null {
  const m = execAt(MONEY_SUFFIXED, text, at);
  if (m) {
    const end = at + m[0].length;
    if (m[5]) return unsupported(at, end, 'currency', m[5].trim());
    const amount = parseAmount(m[1], scaleOf(m[2], m[3]));
    // "65 000 000 000 dollars" would read as 65 dollars.
    return amount && !isAfterDigitGroup(text, at)
      ? exactFigure('usd', amount, at, end)
      : unsupported(at, end, 'number-format');
  }
  return null;
}

// A number in words read only in part: "fourteen point three billion dollars" is no three
// billion, "two hundred and forty thousand contractors" no forty thousand.
const PART_BEFORE = /\b(?:point|hundred|thousand|million)(?:[ \u00a0]+and)?[- \u00a0]+$/i;

function parseWordMoney(text: string, at: number): ParsedFigure | null {
  const m = execAt(MONEY_WORDS, text, at);
  if (m) {
    const end = at + m[0].length;
    if (m[4]) return unsupported(at, end, 'currency', m[4].trim());
    const amount = parseDecimalWords(m[1], scaleExponent(m[2]));
    if (amount === null) return null;
    if (PART_BEFORE.test(text.slice(Math.max(0, at - 16), at))) {
      return unsupported(at, end, 'number-format');
    }
    return exactFigure('usd', amount, at, end);
  }
  return null;
}

// A number in words that is "a" or "an" is no percent or count ("a percent" is a manner of
// speaking).
const ARTICLE = /^an?$/i;

// A percent or a count in words: its number in `m[1]`, a count's scale word in `m[2]` and noun
// in `m[3]`.
function parseWordFigure(
  re: RegExp,
  unit: 'percent' | 'count',
  text: string,
  at: number,
): ParsedFigure | null {
  const m = execAt(re, text, at);
  if (!m || ARTICLE.test(m[1])) return null;
  const amount = parseDecimalWords(m[1], scaleExponent(m[2]));
  const end = at + m[0].length;
  if (amount === null) return null;
  if (PART_BEFORE.test(text.slice(Math.max(0, at - 16), at))) {
    return unsupported(at, end, 'number-format');
  }
  return exactFigure(unit, amount, at, end, m[3]);
}

function parsePercent(text: string, at: number): ParsedFigure | null {
  const range = execAt(PERCENT_RANGE, text, at);
  if (range) {
    const low = parseAmount(range[1]);
    const high = parseAmount(range[3]);
    const end = at + range[0].length;
    const isChange =
      range[2]?.toLowerCase() === 'to' && CHANGED_FROM.test(text.slice(Math.max(0, at - 24), at));
    if (!low || !high) return unsupported(at, end, 'number-format');
    if (!isChange) {
      return { start: at, end, figure: { unit: 'percent', qualifier: 'range', low, high } };
    }
  }
  const m = execAt(PERCENT, text, at);
  if (!m) return null;
  const amount = parseAmount(m[1]);
  const end = at + m[0].length;
  if (!amount) return unsupported(at, end, 'number-format');
  return withRange(text, exactFigure('percent', amount, at, end), true);
}

function parseCount(text: string, at: number): ParsedFigure | null {
  const m = execAt(COUNT, text, at);
  if (!m) return null;
  const amount = parseAmount(m[1], scaleExponent(m[2]));
  const end = at + m[0].length;
  // A year is never a head-count ("2024 GPUs" reads as a date in news copy).
  if (!amount || (/^(?:19|20)\d\d$/.test(m[1]) && !m[2])) return null;
  // "240 000 contractors": digits grouped by spaces, read as 000 contractors.
  if (isAfterDigitGroup(text, at)) {
    return unsupported(at, end, 'number-format');
  }
  const count = exactFigure('count', amount, at, end, m[4]);
  return m[3] ? { ...count, figure: { ...count.figure, qualifier: 'at-least' } } : count;
}

function parseLabelledCount(text: string, at: number): ParsedFigure | null {
  // Most numbers on a page have no label: look for its colon or its line's start first.
  const near = text.slice(Math.max(0, at - 16), at);
  const colon = Math.max(near.lastIndexOf(':'), near.lastIndexOf('\n'));
  if (colon < 0 && at > near.length) return null;
  const m = execAt(LABELLED_COUNT, text, at);
  if (!m) return null;
  const end = at + m[0].length;
  const label = NOUN_LABEL_BEFORE.exec(text.slice(Math.max(0, at - near.length + colon - 60), at));
  const noun =
    (label && (label[1] ?? label[2])) ??
    (LINE_START_BEFORE.test(near) ? NOUN_LABEL_BELOW.exec(text.slice(end, end + 96))?.[1] : null);
  if (!noun) return null;
  const amount = parseAmount(m[1], scaleExponent(m[2]));
  if (!amount || (/^(?:19|20)\d\d$/.test(m[1]) && !m[2]) || isAfterDigitGroup(text, at))
    return null;
  return exactFigure('count', amount, at, end, noun);
}

// Whether only spaces stand between the start of the line and `at`.
function isLineStart(text: string, at: number): boolean {
  return /^[ \u00a0]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

function parseYear(text: string, at: number): ParsedFigure | null {
  if (at > 0 && /[\d$.,]/.test(text[at - 1])) return null;
  const m = execAt(YEAR, text, at);
  if (!m) return null;
  const end = at + m[0].length;
  const before = text.slice(Math.max(0, at - 48), at);
  const after = text.slice(end, end + 64);
  // Most years on a page are no founding year: look for the word before the patterns.
  const isFounded =
    (/ounded/i.test(before) && FOUNDED_BEFORE_YEAR.test(before)) ||
    (/ounding|tart/i.test(before) && FOUNDING_BEFORE_YEAR.test(before)) ||
    (/ounded/i.test(after) &&
      (FOUNDED_AFTER_YEAR.test(after) ||
        (FOUNDED_BELOW_YEAR.test(after) && isLineStart(text, at))));
  if (!isFounded) return null;
  return exactFigure('year', { mantissa: Number(m[1]), exponent: 0 }, at, end);
}

function parseFraction(text: string, at: number): ParsedFigure | null {
  const m = execAt(FRACTION, text, at);
  if (!m) return null;
  const percent = FRACTION_PERCENT[m[1].toLowerCase()];
  // A fraction word is a rounded figure: "half" reads as "about 50%".
  return {
    start: at,
    end: at + m[0].length,
    figure: { unit: 'percent', qualifier: 'about', low: { mantissa: percent, exponent: 0 } },
  };
}

// "from 10% to 49%", "from under 1% to 49%": a change.
const CHANGED_FROM =
  /\bfrom\W+(?:(?:under|over|about|nearly|almost|just|less[ \u00a0]+than|more[ \u00a0]+than)\W+)?$/i;
// "anywhere from $10 billion to $15 billion", "plans to spend from $64 billion to $72 billion":
// a range (what is spent or cost does not change from one sum to the other).
const RANGE_FROM =
  /\b(?:anywhere|somewhere|ranging|spen[dt]\w*|invest(?:s|ed|ing)?|cost(?:s|ing)?|budget(?:s|ed|ing)?|allocat\w*|earmark\w*)[ \u00a0]+from\W+$/i;

/**
 * Extends a parsed figure into a range when "–Y", " to Y" or " and Y" follows. A first
 * figure without a scale word takes the second's ("$10–14 billion" is 10 to 14 billion).
 */
function withRange(text: string, parsed: ParsedFigure, hasScale: boolean): ParsedFigure {
  const m = execAt(RANGE_TAIL, text, parsed.end);
  if (!m || !('qualifier' in parsed.figure)) return parsed;
  const isPercent = parsed.figure.unit === 'percent';
  if (isPercent !== Boolean(m[5])) return parsed;
  const joiner = m[1]?.toLowerCase();
  const highScale = scaleOf(m[3], m[4]);
  const high = parseAmount(m[2], highScale);
  if (!high) return parsed;
  const before = text.slice(Math.max(0, parsed.start - 12), parsed.start);
  if (joiner === 'and' && !/\bbetween\W+$/i.test(before)) return parsed;
  // "from $870 million to $2 billion" is a change, not a range; "anywhere from" is one.
  const wider = text.slice(Math.max(0, parsed.start - 32), parsed.start);
  if (joiner === 'to' && CHANGED_FROM.test(wider) && !RANGE_FROM.test(wider)) return parsed;
  let low = parsed.figure.low;
  if (!hasScale && highScale) low = { ...low, exponent: low.exponent + highScale };
  if (!isPercent && !highScale && hasScale) {
    // "$10 billion–15" is no range we can read.
    return parsed;
  }
  return {
    start: parsed.start,
    end: parsed.end + m[0].length,
    figure: { ...parsed.figure, qualifier: 'range', low, high },
  };
}
