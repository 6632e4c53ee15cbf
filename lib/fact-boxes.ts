import { isGroupStart } from './block-groups';
import { CLAIMS } from './claims';
import type { EntityMatch } from './entities';
import { findOtherOrganisations } from './other-organisations';
import { entitiesBetween } from './references';

/**
 * Fact boxes, infoboxes and two-column tables: a heading that names a company, then fields
 * that do not ("Scale AI" / "Founded: 2016" / "Revenue (2024): $870M"), each a label and a
 * value on one line or, in a table or a list of pairs, the label on the line before its value
 * ("Stake" / "49%"). Page text holds each block on a line of its own (see `readPageText`).
 *
 * A field is read as a sentence "label value" about the company its box's heading names. Only
 * plain fields are: a label made of a fact box's usual words (see LABEL_WORDS), under a heading
 * that names one of our companies and nothing else of note, with nothing but fields between
 * them. Any other line or company on the way, and the figure is read as it stands: a field
 * missed is a missed mark, where a field read under the wrong heading would be judged against
 * the wrong claim.
 */
export type BoxField = {
  kind: 'field';
  /** Where the field's label starts: on the figure's line, or on the line before. */
  labelStart: number;
  /** The box's heading: where it names our company, and which one. Null when none is found. */
  heading: EntityMatch | null;
  /** The count noun a label names ("Contractors" / "9,000+"): the figure is a count of it. */
  countNoun: string | null;
};

/**
 * A stat card's value, on a line that starts a card of its own, with its label on the line
 * below ("$870 million" / "Scale AI revenue, 2024"), and the heading of its grid of cards
 * when one names our company.
 */
export type StatCard = { kind: 'card'; value: Line; label: Line; heading: Line | null };

/** The longest line a field or a heading is looked for on (a longer one is prose). */
const LONGEST_FIELD_LINE = 100;
const LONGEST_LABEL = 48;
const LONGEST_HEADING = 60;
/** How many lines above a field its heading is looked for. */
const LINES_BACK = 16;

// "Revenue (2024): …": a label with a letter in it, then a colon ("12:30" is a time).
const LABEL_THEN_COLON = /^([^:\n]*[A-Za-z][^:\n]*):(?:[ \u00a0]|$)/;
// A line that is a value: a figure first, maybe after a sign or a qualifier ("~$870M", ">1.3m").
const VALUE_LINE =
  /^[ \u00a0]*(?:[~≈>+<]|(?:about|around|approx\.?|nearly|over|roughly|more[ \u00a0]+than|up[ \u00a0]+to)[ \u00a0]+)?[ \u00a0]*(?:US)?[$€£]?[ \u00a0]*\d/i;
// Only a sign or a qualifier may stand before a value on its own line.
const ONLY_QUALIFIER =
  /^[ \u00a0]*(?:[~≈>+<]|(?:about|around|approx\.?|nearly|over|roughly|more[ \u00a0]+than|up[ \u00a0]+to)[ \u00a0]*)?[ \u00a0]*$/i;
const SENTENCE_END = /[.!?]["\u201d\u2019)]?[ \u00a0]*$/;

// Our names and what may hang on them, taken out of a label or heading before its words are
// checked.
const OUR_NAMES =
  /\b(?:Meta(?:[ \u00a0]+Platforms(?:,?[ \u00a0]+Inc\.?)?)?|Scale(?:[ \u00a0]*AI(?:,?[ \u00a0]+Inc\.?)?)?|Facebook)(?:['\u2019]s)?(?=$|[^\w])/g;
const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
const MONTHS = [
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june',
  'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov',
  'november', 'dec', 'december',
]; // prettier-ignore
// What a fact box's field is labelled with: what the claims are about, and when. A label with
// any other word ("Contractors let go", "Wang's age", "Labelbox revenue") is not read as one.
const LABEL_WORDS = new Set([
  ...MONTHS,
  'revenue', 'revenues', 'sales', 'target', 'forecast', 'projected', 'projection', 'expected',
  'valuation', 'valued', 'post-money', 'stake', 'ownership', 'equity', 'investment',
  'invested', 'amount', 'founded', 'founding', 'year', 'contractors', 'contract', 'workers',
  'labelers', 'labellers', 'annotators', 'gpus', 'gpu', 'graphics', 'processing', 'units',
  'capex', 'capital', 'expenditure', 'expenditures', 'spending', 'spend', 'guidance', 'guide',
  'outlook', 'budget', 'ai', 'total', 'latest', 'last', 'active', 'round', 'series', 'f',
  'raised', 'funding', 'at', 'of', 'by', 'end', 'year-end', 'in', 'the', 'for', 'its',
  'company', 'approx', 'reported', 'annual', 'full-year', 'fy', 'q', 'h', 'workforce',
  'headcount', 'labour', 'labor', 'contractor', 'compute', 'fleet',
]); // prettier-ignore
// What a box's heading may say besides naming the company.
const HEADING_WORDS = new Set([
  'at', 'a', 'glance', 'key', 'facts', 'fact', 'sheet', 'factbox', 'fast', 'numbers', 'by',
  'the', 'in', 'metrics', 'figures', 'profile', 'company', 'overview', 'snapshot', 'summary',
  'stats', 'statistics', 'financials', 'details', 'data', 'info', 'ai', 'commitments', 'quick',
  'essentials', 'highlights', 'and', 'of', 'card', 'box', 'about', 'spending',
]); // prettier-ignore
// Count nouns a label may name for a bare count ("Contractors" / "9,000+"): the claims' own, the
// longest first.
const LABEL_COUNT_NOUNS: [RegExp, string][] = CLAIMS.flatMap((claim) => claim.countNouns ?? [])
  .sort((a, b) => b.length - a.length)
  .map((noun) => [new RegExp(`\\b${noun.replace(/ /g, '[ \\u00a0]+')}\\b`, 'i'), noun]);

// Label words that say what a field is about only with another: a label of these alone ("Q",
// "Total", "Company") labels no claim's value.
const FILLER_WORDS = new Set([
  ...MONTHS,
  'at', 'of', 'by', 'in', 'the', 'for', 'its', 'company', 'ai', 'f', 'q', 'h', 'fy', 'total',
  'latest', 'last', 'active', 'end', 'year', 'year-end', 'approx', 'reported', 'annual',
  'full-year',
]); // prettier-ignore

function wordsOf(text: string): string[] {
  return (text.replace(OUR_NAMES, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());
}

function hasOnlyWords(text: string, allowed: Set<string>): boolean {
  return wordsOf(text).every((w) => allowed.has(w));
}

// The keys of an infobox's other rows, whose values may be words ("Type" / "Private").
const INFOBOX_KEY_WORDS = new Set([
  'type', 'industry', 'founders', 'founder', 'headquarters', 'key', 'people', 'owner', 'owners',
  'parent', 'number', 'employees', 'website', 'products', 'services', 'area', 'served',
  'traded', 'as', 'net', 'income', 'subsidiaries', 'divisions', 'status', 'location',
  'formerly', 'ceo', 'chair', 'chairman', 'president', 'interim', 'legal', 'name', 'genre',
]); // prettier-ignore

// A line that is an infobox's key: short, and nothing but a key's words.
function isInfoboxKey(line: string): boolean {
  // A key holds no figure: "Founded in 2016" is a key and its value on one line.
  if (line.length > LONGEST_LABEL || line.includes(':') || /\d/.test(line)) return false;
  const words = line.match(WORD) ?? [];
  return (
    words.length > 0 &&
    words.every((w) => INFOBOX_KEY_WORDS.has(w.toLowerCase()) || LABEL_WORDS.has(w.toLowerCase()))
  );
}

// A field's label: what a fact box labels a claim's value with, and nothing else.
function isLabel(text: string): boolean {
  const words = wordsOf(text);
  return words.every((w) => LABEL_WORDS.has(w)) && words.some((w) => !FILLER_WORDS.has(w));
}

// A key with no colon before its value on one line ("Founded 2016", "Revenue ~$870M"): a
// few of a label's words, naming no company (a sentence's subject and verb are no key:
// "Meta invested $14.3 billion").
const KEY_BEFORE_VALUE =
  /^[A-Za-z][A-Za-z-]*(?:[ \u00a0]+[A-Za-z(][\w()-]*){0,3}[ \u00a0]+(?:[~\u2248>][ \u00a0]*)?$/;

function isKeyBeforeValue(text: string): boolean {
  OUR_NAMES.lastIndex = 0;
  return KEY_BEFORE_VALUE.test(text) && !OUR_NAMES.test(text) && isLabel(text);
}

// A line of a key and its value with no colon between: "Founded 2016".
function isKeyValueLine(line: string): boolean {
  const value = /(?:US)?[$€£]|\d/.exec(line);
  return value !== null && value.index > 0 && isKeyBeforeValue(line.slice(0, value.index));
}

// What may stand between a label's colon and a figure: a qualifier, or the field's other
// values ("Last round: Series F, $1.0B at $13.8B"), never a sentence.
function isValuePrefix(text: string): boolean {
  if (DATED_VALUES_BEFORE.test(text)) return true;
  return text.length <= 32 && !/[?!]|\.[ \u00a0]/.test(text) && hasOnlyWords(text, LABEL_WORDS);
}

// The field's values of other years before this one, each dated in its parenthesis:
// "Revenue: ~$870M (2024) → ~$2B (2025E)", "Revenue: $870M (2024), $2B (2025)".
/** A year in parentheses that dates a value: "(2024)", "(FY2025)", "(2025E)" (estimated). */
export const YEAR_IN_PARENTHESES = String.raw`\((?:FY[ \u00a0]?)?(?:19|20)\d\d[EFP]?\)`;
const DATED_VALUES_BEFORE = new RegExp(
  String.raw`^(?:[ \u00a0]*[~\u2248]?[ \u00a0]*(?:US)?\$[ \u00a0]*\d[\d.,]*[ \u00a0]*(?:[BMK]|bn|mn|billion|million)?[ \u00a0]*${YEAR_IN_PARENTHESES}[ \u00a0]*(?:\u2192|->|,|;|\u00b7|\/|\||and|then)[ \u00a0]*)+[~\u2248]?[ \u00a0]*$`,
);

const isValueLine = (line: string) => line.length <= LONGEST_LABEL && VALUE_LINE.test(line);

// A line of its own that is a field's label.
const isLabelLine = (line: string) =>
  line.length <= LONGEST_LABEL && !isValueLine(line) && !line.includes(':') && isLabel(line);

/** A line of the text, without the spaces around it. */
export type Line = { start: number; end: number; text: string };

const isBlank = (code: number) => code === 32 || code === 160 || code === 9;

// A line from `start` to `end` without the spaces around it (a page indents its markup: the
// reader keeps the spaces of its text nodes).
function trimmed(text: string, start: number, end: number): Line {
  let from = start;
  let to = end;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to, text: text.slice(from, to) };
}

/** How many lines of nothing but spaces may stand between two lines of a box. */
const BLANK_LINES = 8;

// The nearest line with text before the one starting at `lineStart`, or null.
function lineBefore(text: string, lineStart: number): Line | null {
  let end = lineStart - 1;
  for (let blank = 0; end >= 0 && blank <= BLANK_LINES; blank++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > 4 * LONGEST_FIELD_LINE) return trimmed(text, start, end);
    const line = trimmed(text, start, end);
    if (line.text.length > 0) return line;
    end = start - 1;
  }
  return null;
}

// The nearest line with text after the one ending at `lineEnd`, or null.
function lineAfter(text: string, lineEnd: number): Line | null {
  let start = lineEnd + 1;
  for (let blank = 0; start < text.length && blank <= BLANK_LINES; blank++) {
    const found = text.indexOf('\n', start);
    const end = found < 0 ? text.length : found;
    if (end - start > 4 * LONGEST_FIELD_LINE) return trimmed(text, start, end);
    const line = trimmed(text, start, end);
    if (line.text.length > 0) return line;
    start = end + 1;
  }
  return null;
}

// The start of the line `line` stands on (its spaces included).
function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

// Whether `line` starts a card or a row (see lib/block-groups.ts).
function startsGroup(
  text: string,
  groupStarts: readonly number[] | undefined,
  line: Line,
): boolean {
  return isGroupStart(groupStarts, lineStartOf(text, line.start));
}

/**
 * The field the figure at `[start, end)` is the value of, and its box's heading; null when the
 * figure is not a plain field's (see the module's comment). `entities` are all our entity
 * matches of `text`, in order; `groupStarts` where the lines that start a card or a row start
 * (see lib/block-groups.ts): a value that starts one is not the line above's. It may be a stat
 * card's, with its label below it (see `StatCard`).
 */
export function boxFieldOf(
  text: string,
  start: number,
  end: number,
  entities: EntityMatch[],
  groupStarts?: readonly number[],
): BoxField | StatCard | null {
  // Most figures stand in prose: only line breaks near the figure are looked for.
  const from = Math.max(0, end - 2 * LONGEST_FIELD_LINE);
  const breakBefore = text.slice(from, start).lastIndexOf('\n');
  if (breakBefore < 0 && from > 0) return null;
  const reach = end + 2 * LONGEST_FIELD_LINE;
  const breakAfter = text.slice(end, reach).indexOf('\n');
  if (breakAfter < 0 && reach < text.length) return null;
  const line = trimmed(
    text,
    from + breakBefore + 1,
    breakAfter < 0 ? text.length : end + breakAfter,
  );
  if (line.text.length > LONGEST_FIELD_LINE) return null;
  let labelLine: Line;
  let label: string;
  const colon = LABEL_THEN_COLON.exec(text.slice(line.start, start));
  if (
    colon &&
    colon[1].length <= LONGEST_LABEL &&
    isValuePrefix(text.slice(line.start + colon[0].length, start))
  ) {
    labelLine = line;
    label = colon[1];
  } else if (isKeyBeforeValue(text.slice(line.start, start))) {
    labelLine = line;
    label = text.slice(line.start, start);
  } else if (ONLY_QUALIFIER.test(text.slice(line.start, start))) {
    // A value on a line of its own: its label is the line before, in the value's own group.
    // A value that starts a card or a row is not the line before's: in a grid of stat cards,
    // each a value above its label, that is the card before's label, and its own is below.
    if (startsGroup(text, groupStarts, line)) {
      return statCardOf(text, line, end, entities, groupStarts);
    }
    const before = lineBefore(text, lineStartOf(text, line.start));
    if (!before) return null;
    labelLine = before;
    // A label may end with its colon, the value on the line below ("Revenue (2024):" / "$870M").
    label = before.text.replace(/[ \u00a0]*:$/, '');
    if (!isLabelLine(label)) return null;
  } else return null;
  if (!isLabel(label)) return null;
  const heading = headingAbove(text, labelLine, entities);
  if (heading === 'none') return null;
  const countNoun = LABEL_COUNT_NOUNS.find(([re]) => re.test(label))?.[1] ?? null;
  return { kind: 'field', labelStart: labelLine.start, heading, countNoun };
}

// A card's label: as a field's, though it may open with the year ("2024 revenue"), which
// would make it a value of its own on a line of a box.
const isCardLabel = (line: string) =>
  isLabelLine(line.replace(/^(?:FY[ \u00a0]?)?(?:19|20)\d\d\b/, 'Year'));

// What may follow a card's value on its line: a plus sign ("9,000+").
const CARD_VALUE_END = /^[ \u00a0]*\+?[ \u00a0]*$/;

/**
 * The stat card of a value that starts a card of its own, with its label on the line below it
 * and nothing else in the card, in a grid of cards under a heading that names our company or
 * none, or with a label that names one. Null for any other value.
 */
function statCardOf(
  text: string,
  value: Line,
  figureEnd: number,
  entities: EntityMatch[],
  groupStarts: readonly number[] | undefined,
): StatCard | null {
  if (!CARD_VALUE_END.test(text.slice(figureEnd, value.end))) return null;
  const label = lineAfter(text, lineEndOf(text, value.end));
  if (!label || startsGroup(text, groupStarts, label) || !isCardLabel(label.text)) return null;
  const next = lineAfter(text, lineEndOf(text, label.end));
  if (next && !startsGroup(text, groupStarts, next)) return null;
  const heading = headingAboveCards(text, value, entities, groupStarts);
  if (heading !== 'none') return { kind: 'card', value, label, heading };
  // A label that names one of our companies says whose value it is without a heading.
  const isNamed = entitiesBetween(entities, label.start, label.end).length > 0;
  return isNamed ? { kind: 'card', value, label, heading: null } : null;
}

// The end of the line `at` stands on (its spaces included).
function lineEndOf(text: string, at: number): number {
  const found = text.indexOf('\n', at);
  return found < 0 ? text.length : found;
}

/**
 * The heading above a grid of stat cards, looked for from the card whose value is `value` up
 * past the cards before it (each a value that starts a card, then its label): as for a box's
 * heading (see `headingAbove`), a company another card or the heading names, or a line of
 * prose, and no card of the grid is read with one.
 */
function headingAboveCards(
  text: string,
  value: Line,
  entities: EntityMatch[],
  groupStarts: readonly number[] | undefined,
): Line | null | 'none' {
  let line = lineBefore(text, lineStartOf(text, value.start));
  for (let i = 0; i < LINES_BACK && line; i++) {
    if (line.text.length > LONGEST_FIELD_LINE || hasOthers(text, line, entities)) return 'none';
    const above = lineBefore(text, lineStartOf(text, line.start));
    const isCardAbove =
      above !== null &&
      !startsGroup(text, groupStarts, line) &&
      startsGroup(text, groupStarts, above) &&
      isValueLine(above.text);
    if (!isCardAbove) {
      const heading = headingOn(line, entitiesBetween(entities, line.start, line.end));
      return heading === 'none' ? heading : heading && line;
    }
    if (hasOthers(text, above, entities)) return 'none';
    line = lineBefore(text, lineStartOf(text, above.start));
  }
  return null;
}

// Whether a company of someone else's is named on `line`.
function hasOthers(text: string, line: Line, entities: EntityMatch[]): boolean {
  const ours = entitiesBetween(entities, line.start, line.end);
  return findOtherOrganisations(text, line.start, line.end).some(
    (o) => !ours.some((e) => o.start >= e.start && o.end <= e.end),
  );
}

/**
 * What a line that is no field says of a box's heading: the company it names, when it is a
 * title naming one of ours in a heading's words; null for a title that names none; 'none'
 * for anything else.
 */
function headingOn(line: Line, ours: EntityMatch[]): EntityMatch | null | 'none' {
  const named = new Set(ours.map((e) => e.entity));
  const isTitle = line.text.length <= LONGEST_HEADING && !SENTENCE_END.test(line.text);
  if (named.size !== 1 || !isTitle || !hasOnlyWords(line.text, HEADING_WORDS)) {
    return named.size === 0 && isTitle ? null : 'none';
  }
  return ours[0];
}

/**
 * The heading of the box whose field's label is `label`: where it names our company; null
 * when the box has no heading that names one but nothing on the way says the field is someone
 * else's; 'none' when a line on the way is not a box's (prose, another company).
 */
function headingAbove(
  text: string,
  label: Line,
  entities: EntityMatch[],
): EntityMatch | null | 'none' {
  // Whether the line below the one looked at holds a value: a line above a value is its label.
  let belowIsValue = false;
  let line = lineBefore(text, lineStartOf(text, label.start));
  for (let i = 0; i < LINES_BACK && line; i++) {
    if (line.text.length > LONGEST_FIELD_LINE || hasOthers(text, line, entities)) return 'none';
    const isValue = isValueLine(line.text);
    const isField =
      isValue || LABEL_THEN_COLON.test(line.text) || isKeyValueLine(line.text) || belowIsValue;
    const above = lineBefore(text, lineStartOf(text, line.start));
    if (!isField && above && isInfoboxKey(above.text)) {
      // A value in words under its key ("Type" / "Private"): the key is looked at next.
      belowIsValue = true;
      line = above;
      continue;
    }
    // A heading: one of our companies, named in a box's title words, ends the search. Unless it
    // is a column's, after another company's in a comparison's header row ("Labelbox" /
    // "Scale AI" / "Founded" / "2018" / "2016"): whose each value is, the lines do not say.
    if (!isField) {
      const heading = headingOn(line, entitiesBetween(entities, line.start, line.end));
      const isSecondColumn =
        heading !== null &&
        heading !== 'none' &&
        above !== null &&
        above.text.length <= LONGEST_HEADING &&
        entitiesBetween(entities, above.start, above.end).length === 0 &&
        hasOthers(text, above, entities);
      return isSecondColumn ? 'none' : heading;
    }
    belowIsValue = isValue;
    line = above;
  }
  return null;
}
