import { CLAIMS, RELATIVE_YEAR_WORDS, type Claim } from './claims';
import type { EntityId } from './entities';
import type { Figure } from './figure';
import { clauseStart, hasClauseBreakBeyondComma } from './clauses';
import { matchesIn } from './matches-in';
import { MONTH } from './page-year';
import { findOtherOrganisations } from './other-organisations';

/** What the sentence around a figure says about it, as `findMentions` gathered it. */
export type FigureContext = {
  text: string;
  figure: Figure;
  /** The mention, qualifier included. */
  start: number;
  end: number;
  sentence: { start: number; end: number };
  /** Companies the sentence names or refers back to. */
  entities: ReadonlySet<EntityId>;
  /** The company named nearest before the figure (after it, when none is before). */
  owner: EntityId;
  /** Whether the figure's clause says it is someone else's than Meta's (see `findMentions`). */
  isHeldByOther?: () => boolean;
  /** The year the page was written in, when its head dates it (see `pageYearOf`). */
  pageYear?: number | null;
};

// What is known of the figure judged last: its rules ask for these several times in a row.
let knownFor: FigureContext | null = null;
let knownClauseStart: number | undefined;
let knownClauseBefore: string | undefined;
let knownConversion: Conversion | null | undefined;
let knownOpeningTime: string | null | undefined;
let knownStatedYear: number | null | undefined;

function knowing(context: FigureContext): void {
  if (knownFor === context) return;
  knownFor = context;
  knownClauseStart = undefined;
  knownClauseBefore = undefined;
  knownConversion = undefined;
  knownOpeningTime = undefined;
  knownStatedYear = undefined;
}

/** Where the figure's clause starts, looked up once per figure. */
function clauseStartOf(context: FigureContext): number {
  knowing(context);
  knownClauseStart ??= clauseStart(context.text, context.sentence.start, context.start);
  return knownClauseStart;
}

// Where another sum or share before the figure ends: what stands before it is that figure's.
const FIGURE_END =
  /(?:\$[\d.,]*\d|\d[ \u00a0]*(?:%|percent|per[ \u00a0]+cent))(?:[ \u00a0]*(?:billion|million|trillion|bn|mn|bln|[bmk]\b))?/gi;

/** The figure's clause before it, from after any other figure in it ("lost $4.2 billion in the
 * first quarter even as Meta invested …": the quarter is the loss's). */
function ownClauseBefore(context: FigureContext): string {
  const from = clauseStartOf(context);
  if (knownClauseBefore === undefined) {
    const last = matchesIn(FIGURE_END, context.text, from, context.start).at(-1);
    knownClauseBefore = context.text.slice(
      last ? last.index + last[0].length : from,
      context.start,
    );
  }
  return knownClauseBefore;
}

/** How far from a figure a cue word may stand (characters, within the sentence). */
const CUE_REACH = 120;
// What joins a figure to the year written after it: "$2 billion in 2025", "$2 billion (2025)",
// "$2 billion, in fiscal 2025", "$13.8 billion in its 2024 round" (not "of its 2025 revenue":
// a part of that year's revenue). A bare comma does not: in "2024 $870 million, 2025 $2 billion"
// the year after the comma is the next figure's.
// "at the end of 2024", "as of 2024", "in mid-2025" and "in May 2024" date a figure too.
const YEAR_LINK = String.raw`[ \u00a0]*(?:\(|(?:,[ \u00a0]*)?(?:in(?:[ \u00a0]+(?:its|the))?|by|for|during|of|through|as[ \u00a0]+of|(?:at|by|until|through)(?:[ \u00a0]+the)?[ \u00a0]+end[ \u00a0]+of|(?:at|by)(?:[ \u00a0]+the)?[ \u00a0]+year[- ]end)[ \u00a0]+)?(?:fiscal[ \u00a0]+|the[ \u00a0]+year[ \u00a0]+|mid-|${MONTH}\.?[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?)?`;
// "made $870m in revenue in 2024", "$870 million of revenue in 2024", "$39 billion on AI in
// 2024", "$39 billion on capital projects last year": what the money is may stand between the
// figure and its year.
const YEAR_LINK_AFTER = String.raw`(?:[ \u00a0]+(?:in|of|on)[ \u00a0]+(?:revenues?|sales|AI|artificial[ \u00a0]+intelligence|capex|capital[ \u00a0]+expenditures?|(?:capital[ \u00a0]+)?spending|capital[ \u00a0]+projects|AI[ \u00a0]+infrastructure)|[ \u00a0]+(?:in|into|of)[ \u00a0]+(?:Scale(?:[ \u00a0]+AI)?|the[ \u00a0]+(?:company|startup)))?${YEAR_LINK}`;
// A year written relative to the page's own ("last year", "a year earlier") is not the year of
// an event the page reports as current; which year it is depends on the page's date.
const EARLIER_YEAR_AFTER = new RegExp(
  // "the $39 billion it spent last year" too.
  String.raw`^(?:[ \u00a0]+(?:that[ \u00a0]+|which[ \u00a0]+)?(?:it|Meta|they|the[ \u00a0]+company)[ \u00a0]+[a-z]+)?${YEAR_LINK_AFTER}(?:last[ \u00a0]+year|(?:a|one|two|three)[ \u00a0]+years?[ \u00a0]+(?:ago|earlier|before)|the[ \u00a0]+(?:previous|prior)[ \u00a0]+year|in[ \u00a0]+the[ \u00a0]+prior[ \u00a0]+year)\b`,
  'i',
);
const EARLIER_YEAR_BEFORE =
  /\b(?:last[ \u00a0]+year|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|several)[ \u00a0]+years?[ \u00a0]+(?:ago|earlier))\b[^$\d]*$/i;
/** Stands for a year earlier than the page's own, not written ("last year"): no claim's year. */
export const EARLIER_YEAR = 0;
// "2025E" (estimated), "2025F" (forecast), "2025P" (projected) in a deck's table is the year.
const YEAR_AFTER = new RegExp(
  String.raw`^${YEAR_LINK_AFTER}((?:19|20)\d\d)(?:[EFP](?![\w-]))?(?![\w-])`,
  'i',
);
// Not a year of the founding ("Scale AI, founded in 2016, received …"): that is another fact.
const YEAR_BEFORE = /(?<!founded[ \u00a0]+(?:in[ \u00a0]+)?)\b((?:19|20)\d\d)\b[^$\d]*$/i;
// A parenthesis right after a sum giving it in another currency (not a year: "(2024)").
const CONVERSION_AFTER = /^[ \u00a0]*\((?!(?:19|20)\d\d[EFP]?\b)[^()\n]{0,40}?\d[^()\n]{0,40}\)/;
// A figure glossed after a colon with its year: "$39.2 billion: Meta's 2024 capex".
const GLOSSED_YEAR_AFTER =
  /^[ \u00a0]*:[ \u00a0]*(?:(?:Meta|Scale(?:[ \u00a0]+AI)?)(?:['\u2019]s)?[ \u00a0]+)?((?:19|20)\d\d)\b/;
// A field's label dated in parentheses, then its value: "Revenue (2024): $870M", "Revenue
// (2024) $870M", or the label (maybe with its colon) on a line before its value, maybe past
// lines of spaces (a page's indented markup).
const LABEL_YEAR_THEN_VALUE =
  /^\)[ \u00a0]*(?::|:?[ \u00a0]*\n(?:[ \u00a0]*\n)*)?[ \u00a0]*[~\u2248>]?[ \u00a0]*$/;
// A year before a figure that is written after another figure is that figure's: in "$870
// million in 2024 and $2 billion this year", 2024 is no year of the $2 billion. Nor is a year
// in another clause ("$870 million in revenue in 2024 and projects $2 billion").
const FIGURE_BEFORE_YEAR = new RegExp(
  String.raw`(?:\d|%|\b(?:billion|million|trillion|bn|percent))${YEAR_LINK_AFTER}$`,
  'i',
);

// A part of a year ("in the first quarter", "an annualised run rate"), not "a quarter" (25%).
const PART_OF_YEAR_WORDS = String.raw`(?<!\ba[ \u00a0]+)quarter(?:ly)?|Q[1-4]|(?:first|second)[ \u00a0]+half|H[12]|monthly|a[ \u00a0]+month|per[ \u00a0]+month|run[- \u00a0]rate|annuali[sz]ed|(?:three|six|nine)[ \u00a0]+months|year[- \u00a0]to[- \u00a0]date|YTD|so[ \u00a0]+far[ \u00a0]+this[ \u00a0]+year`;

// Words of figures that are none of our claims; when one stands nearest, the figure is left
// unreferenced (a Reality Labs loss, an EU fine, Meta's profit, what a company pays its workers).
// So are a part of a year's revenue or of the business ("in the first quarter", "defense
// revenue", "an annualised run rate"), stock bought back, cash held and a price per share.
// And a payment for work ("paid Scale AI $150 million for data labeling"), which buys no stake,
// and a score's weight ("added “ownership” to the score with a 10% weight").
const DISTRACTOR_CUES = new RegExp(
  String.raw`\b(?:profits?|loss(?:es)?|lost|losing|fine[ds]?|penalt\w*|earn\w*|income|market cap\w*|market value|debt|bonds?|salar\w*|compensation|pay packages?|pa(?:y|ys|id|ying)[ \u00a0]+(?:its[ \u00a0]+)?(?:top[ \u00a0]+)?(?:contractors|workers|employees|staff|labell?ers|annotators|researchers|engineers|executives|hires|talent)|wages|settle\w*|lawsuit|damages|buybacks?|dividends?|(?:bought|buy(?:s|ing)?)[ \u00a0]+back|repurchas\w*|of[ \u00a0]+(?:its[ \u00a0]+)?(?:stock|shares)|per[ \u00a0]+share|a[ \u00a0]+share|cash(?![ \u00a0]+(?:infusion|injection|investment))|write-?downs?|impairments?|costs|expenses?|(?:termination|break-?up)[ \u00a0]+fees?|fees|bonus(?:es)?|burn(?:ed|t|ing)?|a[ \u00a0]+day|per[ \u00a0]+day|daily|a[ \u00a0]+week|per[ \u00a0]+(?:employee|head|capita|worker|person|user)|cumulative\w*|combined|collectively|(?:implie[sd]|implying)(?=[ \u00a0]+(?:an?[ \u00a0]+)?\$)|implied[ \u00a0]+by|basis|securities|(?:closed|traded|trades|opened)[ \u00a0]+at|share[ \u00a0]+price|(?:net[ \u00a0]+)?assets|portfolio|(?:shares|stock)[ \u00a0]+(?:(?:have|had|were|was)[ \u00a0]+)?(?:rose|rise[ns]?|rising|fell|fall(?:s|en|ing)?|climbed|jumped|gained|dropped|slid|slipped|surged|soared|tumbled|sank|ended|finished|closed|opened|traded|trading)|grants?|weight(?:s|ed|ing)?|${PART_OF_YEAR_WORDS}|(?:government|defen[cs]e|federal|public[- \u00a0]sector|enterprise|consumer|international|advertising|ad)[ \u00a0]+(?:revenues?|sales)|for[ \u00a0]+(?:(?:its|the|their)[ \u00a0]+)?(?:data[- \u00a0]+)?(?:labell?ing|annotation)|(?:labell?ing|annotation)[ \u00a0]+(?:services|work|contracts?))\b`,
  'gi',
);

// Right after a figure: at most one word ("of", "in", "to") before the word of something else.
const DISTRACTOR_RIGHT_AFTER = new RegExp(
  `^[ \\u00a0]+(?:(?:of|in|to|for|on)[ \\u00a0]+)?(?:(?:its|the|a)[ \\u00a0]+)?${DISTRACTOR_CUES.source}`,
  'i',
);

/** Joins cue sources, letting each space match a run of spaces (page text keeps them all). */
const spaced = (sources: string[]) => sources.join('|').replace(/ /g, '[ \\u00a0]+');

/**
 * A claim's regex of some of its sources (its cues, its scope …), made on first use and kept
 * in `cache`; `make` gets the sources joined as alternatives.
 */
function claimRegex(
  cache: Map<Claim, RegExp>,
  claim: Claim,
  sources: string[],
  make: (alternatives: string) => RegExp,
): RegExp {
  let re = cache.get(claim);
  if (!re) {
    re = make(`(?:${spaced(sources)})`);
    cache.set(claim, re);
  }
  return re;
}

const wholeWords = (flags: string) => (words: string) => new RegExp(`\\b${words}\\b`, flags);

const cueRegexes = new Map<Claim, RegExp>();
const cueRegex = (claim: Claim) => claimRegex(cueRegexes, claim, claim.cues, wholeWords('gi'));

const scopeRegexes = new Map<Claim, RegExp>();
const absoluteScopeRegexes = new Map<Claim, RegExp | null>();

/**
 * The regex of a claim's scope words that name their time outright ("2025", "Series F"), not
 * relative to the page's ("this year"); null when it has none. Made once per claim.
 */
function absoluteScopeRegex(claim: Claim, scope: string[]): RegExp | null {
  let re = absoluteScopeRegexes.get(claim);
  if (re === undefined) {
    const absolute = scope.filter((word) => !RELATIVE_YEAR_WORDS.includes(word));
    re = absolute.length > 0 ? wholeWords('i')(`(?:${spaced(absolute)})`) : null;
    absoluteScopeRegexes.set(claim, re);
  }
  return re;
}
const notInScopeRegexes = new Map<Claim, RegExp>();
const nextToRegexes = new Map<Claim, RegExp>();
const nextToWhenRegexes = new Map<Claim, RegExp>();
const notNextToRegexes = new Map<Claim, RegExp>();
const goesToRegexes = new Map<Claim, RegExp>();

// What money goes to, written after it in its clause: "$40 billion on buybacks this year", "an
// investment of over $10 billion in Scale".
const SPENT_ON =
  /^[^,;:()\u2014\u2013]{0,30}?\b(?:on|for|towards?|in(?![ \u00a0]+(?:total|all|cash|stock)\b))[ \u00a0]+((?:[\w'\u2019-]+[ \u00a0]*){1,4})/i;
const TIME_WORDS =
  /^(?:(?:the|this|that|next|each|every|a)[ \u00a0]+)?(?:year|years|(?:19|20)\d\d|fiscal|financial|period|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/**
 * Whether money is spent on something the claim is not about: its clause names what it goes
 * to and that is none of `goesTo` ("$40 billion on buybacks"), or the sentence names none of
 * them at all ("Meta's marketing budget for 2025 is $12 billion"). Scale AI is no AI word.
 */
function goesElsewhere(claim: Claim, goesTo: string[], context: FigureContext): boolean {
  const re = claimRegex(goesToRegexes, claim, goesTo, wholeWords('i'));
  const { text, end, sentence } = context;
  const withoutScale = (part: string) => part.replace(/\bScale[ \u00a0]+AI\b/g, 'Scale');
  const on = SPENT_ON.exec(withoutScale(text.slice(end, Math.min(sentence.end, end + 80))));
  if (on && !TIME_WORDS.test(on[1]) && !re.test(on[1])) return true;
  return !re.test(withoutScale(text.slice(sentence.start, sentence.end)));
}

// What is said of the figure right after it stops at a clause break or the next figure.
const AFTER_FIGURE_ENDS = /[,;:()\u2014\u2013$\d]/;

/** Whether one of the claim's `notNextTo` words stands in the figure's clause or right after. */
function isNextToOther(claim: Claim, notNextTo: string[], context: FigureContext): boolean {
  const re = claimRegex(notNextToRegexes, claim, notNextTo, wholeWords('i'));
  // A time the sentence opens with is the figure's too: "As of mid-2025, … 1 million GPUs".
  const opening = openingTimeOf(context);
  return (
    re.test(ownClauseBefore(context)) ||
    re.test(ownTextAfter(context).text) ||
    (opening !== null && re.test(opening))
  );
}

// Words written right next to a figure that make it another figure, by side: a claim's
// `notRightBefore` must end right before it, its `notRightAfter` start right after it.
const RIGHT_NEXT_TO = {
  before: {
    regexes: new Map<Claim, RegExp>(),
    make: (words: string) => new RegExp(`\\b${words}[ \\u00a0]+$`, 'i'),
    around: ({ text, start, sentence }: FigureContext) =>
      text.slice(Math.max(sentence.start, start - 24), start),
  },
  after: {
    regexes: new Map<Claim, RegExp>(),
    make: (words: string) => new RegExp(`^[ \\u00a0]+(?:${words})\\b`, 'i'),
    around: ({ text, end, sentence }: FigureContext) =>
      text.slice(end, Math.min(sentence.end, end + 80)),
  },
};

/** Whether one of `words` is written right `side` the figure, in its sentence. */
function isRightNextToOther(
  claim: Claim,
  words: string[],
  side: keyof typeof RIGHT_NEXT_TO,
  context: FigureContext,
): boolean {
  const { regexes, make, around } = RIGHT_NEXT_TO[side];
  return claimRegex(regexes, claim, words, make).test(around(context));
}

/** How far after a figure what is said of it is looked for. */
const AFTER_REACH = 60;

/**
 * What is said of the figure right after it: up to a clause break or the next figure, and the
 * character it stopped at (null when it ran out of reach or sentence).
 */
function ownTextAfter(context: FigureContext): { text: string; stop: string | null } {
  const { text, end, sentence } = context;
  const after = text.slice(end, Math.min(sentence.end, end + AFTER_REACH));
  const stop = AFTER_FIGURE_ENDS.exec(after);
  return stop ? { text: after.slice(0, stop.index), stop: stop[0] } : { text: after, stop: null };
}

const WORD_GAP = String.raw`(?:[\w'\u2019.-]+[ \u00a0]+){0,3}?`;
/** Whether a scope word stands at most three words from the figure, only words between. */
function isScopeNextTo(claim: Claim, scope: string[], context: FigureContext): boolean {
  const re = claimRegex(nextToRegexes, claim, scope, (scopes) => {
    const before = String.raw`\b${scopes}[ \u00a0]+${WORD_GAP}\u0000`;
    const after = String.raw`\u0000[ \u00a0]+${WORD_GAP}${scopes}\b`;
    return new RegExp(`${before}|${after}`, 'i');
  });
  const { text, start, end } = context;
  // The figure itself is left out (a NUL stands in for it), so its digits count as no words.
  const around = `${text.slice(Math.max(context.sentence.start, start - 60), start)}\u0000${text.slice(end, Math.min(context.sentence.end, end + 60))}`;
  return re.test(around);
}

function hasScope(
  claim: Claim,
  sentence: string,
  context: FigureContext,
  year: number | null,
): boolean {
  const { scope, notInScope, scopeNextToWhen } = claim;
  if (
    notInScope &&
    claimRegex(notInScopeRegexes, claim, notInScope, wholeWords('i')).test(sentence)
  ) {
    return false;
  }
  if (!scope) return true;
  // "… this year, the company said in February 2024": that year, not the claim's.
  const stated = statedYearOf(context);
  if (
    stated !== null &&
    stated !== claim.eventYear &&
    !sentence.includes(String(claim.eventYear))
  ) {
    return false;
  }
  // On a page written in another year than the claim's, a scope word relative to the page's
  // time ("this year") is the page's year: only a scope word of the claim's own time dates the
  // figure ("Meta guides to $115-135 billion this year" on a page of 2026).
  if (
    context.pageYear != null &&
    context.pageYear !== claim.eventYear &&
    year !== claim.eventYear &&
    !absoluteScopeRegex(claim, scope)?.test(sentence)
  ) {
    return false;
  }
  if (scopeNextToWhen) {
    const when = claimRegex(nextToWhenRegexes, claim, scopeNextToWhen, wholeWords('i'));
    if (when.test(sentence))
      return year === claim.eventYear || isScopeNextTo(claim, scope, context);
  }
  const scopeRe = claimRegex(scopeRegexes, claim, scope, wholeWords('i'));
  // A figure in an aside set off by commas is dated by the aside: in "Scale AI, valued at $29
  // billion, was founded in 2016 and raised $1 billion in its Series F in 2024", the Series F
  // is not the valuation's.
  if (isInCommaAside(context)) {
    return (
      year === claim.eventYear ||
      scopeRe.test(ownClauseBefore(context) + ownTextAfter(context).text)
    );
  }
  return scopeRe.test(sentence);
}

// When a sentence says it was said: a dateline ("(April 24, 2024) Meta now expects …"), "said
// in February 2024", "reported on July 31, 2024", "on the 2024 first-quarter call". A scope
// word relative to that time ("this year") is then that year.
const STATED_IN = [
  new RegExp(String.raw`^\W*\((?:${MONTH}\.?[ \u00a0]+)?(?:\d{1,2},?[ \u00a0]+)?((?:19|20)\d\d)\)`),
  new RegExp(
    String.raw`\b(?:said|says|told|reported|announced|wrote|forecast|projected|guided)\b[^.;]{0,60}?\b(?:in|on)[ \u00a0]+(?:${MONTH}\.?[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?)?((?:19|20)\d\d)\b`,
  ),
  /\b(?:on|during)[ \u00a0]+(?:the|its)[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+(?:first|second|third|fourth|Q[1-4])[- \u00a0](?:quarter[ \u00a0]+)?(?:earnings[ \u00a0]+)?call\b/i,
];

/** The year the figure's sentence says it was said in (see STATED_IN), or null; once per figure. */
function statedYearOf(context: FigureContext): number | null {
  knowing(context);
  if (knownStatedYear === undefined) {
    const sentence = context.text.slice(context.sentence.start, context.sentence.end);
    knownStatedYear = null;
    for (const re of STATED_IN) {
      const m = re.exec(sentence);
      if (m) {
        knownStatedYear = Number(m[1]);
        break;
      }
    }
  }
  return knownStatedYear;
}

const COMPANY_THEN_COMMA =
  /\b(?:Scale(?:[ \u00a0]+AI)?|Meta(?:[ \u00a0]+Platforms)?|the[ \u00a0]+(?:company|startup))[ \u00a0]*,$/;

/** Whether the figure's clause opens and closes on a comma: "Scale AI, valued at $29 billion,". */
function isInCommaAside(context: FigureContext): boolean {
  const { text, sentence } = context;
  const from = clauseStartOf(context);
  if (from === sentence.start || text[from - 1] !== ',') return false;
  // It describes the company named right before it.
  if (!COMPANY_THEN_COMMA.test(text.slice(Math.max(sentence.start, from - 24), from))) return false;
  return ownTextAfter(context).stop === ',';
}

/**
 * Returns the year written next to a figure ("$2 billion in 2025", "2025 revenue of
 * $2.5 billion"), or null. A year is taken from before the figure only when no other figure
 * stands between them, in the figure's clause, and when it is not written after another figure.
 */
export function yearNextTo(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): number | null {
  let rest = text.slice(end, Math.min(sentence.end, end + 48));
  // Past the same sum in another currency: "$2 bn (Rs 17,100 crore) in 2025".
  const conversion = CONVERSION_AFTER.exec(rest);
  if (conversion) {
    const past = end + conversion[0].length;
    rest = text.slice(past, Math.min(sentence.end, past + 48));
  }
  const after = YEAR_AFTER.exec(rest) ?? GLOSSED_YEAR_AFTER.exec(rest);
  if (after) return Number(after[1]);
  if (EARLIER_YEAR_AFTER.test(rest)) return EARLIER_YEAR;
  // "$65 billion in 2025, up from $39 billion": the year before a value changed from is the
  // new value's.
  if (FROM_BEFORE.test(text.slice(Math.max(sentence.start, start - 16), start))) return null;
  const from = Math.max(sentence.start, start - 60);
  const before = YEAR_BEFORE.exec(text.slice(from, start));
  if (!before) {
    const earlier = EARLIER_YEAR_BEFORE.exec(text.slice(from, start));
    const isOwn = earlier && !hasClauseBreakBeyondComma(text, from + earlier.index, start);
    return isOwn ? EARLIER_YEAR : null;
  }
  const yearAt = from + before.index;
  const yearEnd = yearAt + before[1].length;
  const isOtherFigures =
    FIGURE_BEFORE_YEAR.test(text.slice(Math.max(sentence.start, yearAt - 40), yearAt)) ||
    (hasClauseBreakBeyondComma(text, yearEnd, start) &&
      !LABEL_YEAR_THEN_VALUE.test(text.slice(yearEnd, start)));
  return isOtherFigures ? null : Number(before[1]);
}

// A clause that opens with a participle or "which" after a comma hangs on the clause before
// it, and is dated by it: in "raised $325 million in 2021, valuing it at $7.3 billion", the
// valuation is of 2021.
const OPENS_WITH_PARTICIPLE = /^[ \u00a0]*(?:[a-z]+ing|which|that)\b/i;
const YEAR_THEN_COMMA = /\b((?:19|20)\d\d),[ \u00a0]*$/;

/** The year ending the clause a figure's participle clause hangs on, or null. */
function yearOfHostClause(context: FigureContext): number | null {
  const { text, start, sentence } = context;
  const opens = clauseStartOf(context);
  if (opens === sentence.start || !OPENS_WITH_PARTICIPLE.test(text.slice(opens, start))) {
    return null;
  }
  const year = YEAR_THEN_COMMA.exec(text.slice(Math.max(sentence.start, opens - 12), opens));
  return year ? Number(year[1]) : null;
}

/** How many words stand in `text[from, to)` (runs of spaces from a page's source count once). */
function wordsBetween(text: string, from: number, to: number): number {
  // Marks standing alone (a label's colon, a dash, a bar) are no words.
  let words = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = from; i < to; i++) {
    const isSpace = /\s/.test(text[i]);
    if (isSpace) {
      if (inWord && hasLetter) words++;
      hasLetter = false;
    } else if (!hasLetter && /[\p{L}\p{N}]/u.test(text[i])) hasLetter = true;
    inWord = !isSpace;
  }
  return inWord && hasLetter ? words + 1 : words;
}

// "12% of its 2025 revenue": the cue names what a share is taken of.
const SHARE_OF = new RegExp(
  `(?:%|\\bper[ \\u00a0]*cent|\\bpct\\.?)[ \\u00a0]+of[ \\u00a0]+(?:(?:its|the|their|[A-Z][\\w ]*['’]s)[ \\u00a0]+)?(?:(?:19|20)\\d\\d[ \\u00a0]+)?$`,
  'i',
);

/**
 * Whether the cue at `cueStart` names the base of a share written before it ("about 12% of
 * its 2025 revenue, some $300 million"): a part of the revenue is no revenue figure, so the
 * cue counts for percentages only.
 */
function isBaseOfShare(context: FigureContext, from: number, cueStart: number): boolean {
  if (context.figure.unit === 'percent') return false;
  return SHARE_OF.test(context.text.slice(Math.max(from, cueStart - 40), cueStart));
}

/**
 * Cues before a figure that a closed stretch of text cuts off from it: what comes right
 * before the cue (looked for within `reach` characters), and what the text from the cue to
 * the figure then holds.
 * - A cue that opens a clause set off by a comma names the figure in that clause: in "raised
 *   $325 million in 2021, valuing it at $7.3 billion, and $1 billion in 2024", the $1 billion
 *   after the clause's closing comma is no valuation.
 * - A parenthesis right after a date, closed before the figure, says what happened then: in
 *   "June 2025 (Meta deal): ~$29bn" the row's figure is not the deal's.
 */
const CUT_OFF_CUES: { before: RegExp; reach: number; between: RegExp }[] = [
  {
    before:
      /,[ \u00a0]*(?:(?:which|that)[ \u00a0]+)?(?:(?:now|currently|recently|then|once|later|reportedly|last)[ \u00a0]+)?$/i,
    reach: 12,
    between: /\d[^,;]*,/,
  },
  { before: /(?:19|20)\d\d[ \u00a0]*\([^()]*$/, reach: 24, between: /^[^()]*\)/ },
];

/** Whether the cue before the figure is cut off from it (see CUT_OFF_CUES). */
function isCutOff(context: FigureContext, from: number, cueStart: number, cueEnd: number): boolean {
  const { text } = context;
  return CUT_OFF_CUES.some(
    ({ before, reach, between }) =>
      before.test(text.slice(Math.max(from, cueStart - reach), cueStart)) &&
      between.test(text.slice(cueEnd, context.start)),
  );
}

// A cue after "after", "following" or "before" dates the figure by that event rather than names
// it: in "its valuation after the 2024 Series F was $13.8 billion" the Series F is no round size's
// cue. Unless the figure follows it at once: "after a Series F round of $1 billion". ("Since its
// Series F" is no anchor: what changed since then is a later value.)
const ANCHOR_BEFORE =
  /\b(?:after|following|post|before|prior[ \u00a0]+to|ahead[ \u00a0]+of)[ \u00a0]+(?:(?:its|the|their|this|that|a)[ \u00a0]+)?(?:(?:[A-Z][a-z]+(?:['\u2019]s)?|(?:19|20)\d\d)[ \u00a0]+){0,2}$/i;
const FIGURE_RIGHT_AFTER =
  /^[ \u00a0]*(?:round[ \u00a0]*)?(?:of|worth|totall?ing|at|:)[ \u00a0]*(?:(?:about|some|nearly|roughly|around|over)[ \u00a0]+)?$/i;

// So does a cue in "the year" someone did it: "revenue in the year Meta invested: $870
// million" is no investment. Unless the figure follows it at once: "the year Meta invested
// $14.3 billion".
const YEAR_ANCHOR_BEFORE =
  /\bthe[ \u00a0]+year[ \u00a0]+(?:(?:that|when|before|after)[ \u00a0]+)?(?:[A-Z][\w.]*[ \u00a0]+){1,3}$/;

/** Whether the cue only dates the figure (see ANCHOR_BEFORE, YEAR_ANCHOR_BEFORE). */
function isTimeAnchor(context: FigureContext, cueStart: number, cueEnd: number): boolean {
  const { text } = context;
  const before = text.slice(Math.max(context.sentence.start, cueStart - 40), cueStart);
  const between = cueEnd <= context.start ? text.slice(cueEnd, context.start) : null;
  if (YEAR_ANCHOR_BEFORE.test(before)) return between === null || !/^[ \u00a0]*$/.test(between);
  if (!ANCHOR_BEFORE.test(before)) return false;
  return !(between !== null && FIGURE_RIGHT_AFTER.test(between));
}

// A sum in parentheses right after another is that sum in another currency: "€12.4 billion
// ($14.3 billion)", "₹1.15 lakh crore ($13.8 billion)", "$US14.3 billion ($22 billion)" (in
// Australian dollars).
const CONVERTED =
  /((?:(?:US|A|C|NZ|HK|S)?\$(?:US)?|USD|[\u20ac\u00a3\u00a5\u20b9])[ \u00a0]?\d[\d.,]*|\d[\d.,]*[ \u00a0]*(?:billion|million|trillion|bn|mn|m|b|crore|lakh|euros?|pounds?|yuan|yen|rupees?|won|dollars)\b)(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]*\([ \u00a0]*(?:(?:about|roughly|around|some|nearly|approximately|or|c\.|~)[ \u00a0]*)?$/i;
// A sum in US dollars ("$", "US$", "$US", "USD", "dollars"; not "A$" or "C$").
const US_DOLLARS = /^(?!(?:A|C|NZ|HK|S)\$)(?:.*\$|.*\bUSD\b|.*\bdollars\b)/i;

/** The sum a figure in parentheses converts: where it starts, and whether in US dollars. */
type Conversion = { start: number; fromDollars: boolean };

/**
 * The sum the figure converts, when it stands in parentheses right after one (see CONVERTED),
 * looked up once per figure. A dollar sum converted into another currency states that sum,
 * not a claim of its own; a dollar sum converting another currency's stands where that sum
 * does, for its cues.
 */
function conversionOf(context: FigureContext): Conversion | null {
  knowing(context);
  if (knownConversion === undefined) {
    const from = Math.max(context.sentence.start, context.start - 60);
    const m = CONVERTED.exec(context.text.slice(from, context.start));
    knownConversion = m && { start: from + m.index, fromDollars: US_DOLLARS.test(m[1]) };
  }
  return knownConversion;
}

/**
 * Whether a cue after the figure stands in a later field of a line set out as "Label: value |
 * Label: value": a cell break ("|") between them, and a colon in the cue's own field.
 */
function isInLaterField(context: FigureContext, cueStart: number): boolean {
  // Searched within the sentence only: a search of the whole text from here would cost a
  // page's length for every cue.
  const { text, sentence } = context;
  const cell = text.slice(context.end, cueStart).lastIndexOf('|');
  if (cell < 0) return false;
  const next = text.slice(cueStart, sentence.end).indexOf('|');
  const cellEnd = next < 0 ? sentence.end : cueStart + next;
  return text.slice(context.end + cell, cellEnd).includes(':');
}

// A sum raised "at" a valuation: "$1B at a $13.8B valuation", "$1 billion, valuing it at $13.8
// billion".
const AT_LATER_SUM =
  /^,?[ \u00a0]+(?:at|@|valuing[ \u00a0]+(?:it|the[ \u00a0]+(?:company|startup)|Scale(?:[ \u00a0]+AI)?)[ \u00a0]+at)[ \u00a0]+(?:an?[ \u00a0]+)?(?:(?:about|around|roughly|nearly|over)[ \u00a0]+|~)?(?:US)?[$\u20ac\u00a3]?[ \u00a0]*\d/i;

const LATER_SUM_IN = /[$\u20ac\u00a3]|\d[ \u00a0]*(?:[Bb]illion|[Mm]illion|bn|B|M)\b/;
/**
 * Whether a cue after the figure stands past another sum it belongs to: a valuation the figure
 * was raised at ("$1B at a $13.8B valuation"), or a sum in a parenthesis after it.
 */
function isPastLaterFigure(context: FigureContext, cueStart: number): boolean {
  if (context.figure.unit !== 'usd') return false;
  const between = context.text.slice(context.end, cueStart);
  if (AT_LATER_SUM.test(between)) return true;
  // A parenthesis after the figure about another sum: "$13.8 billion (2024 Series F, a $1
  // billion round)".
  const open = between.lastIndexOf('(');
  if (open < 0 || between.includes(')', open)) return false;
  const from = context.end + open;
  const close = context.text.indexOf(')', cueStart);
  const inside = context.text.slice(from, close < 0 ? cueStart : Math.min(close, from + 80));
  return LATER_SUM_IN.test(inside);
}

const IMPLIED_BY_BEFORE =
  /\bimplied[ \u00a0]+by[ \u00a0]+(?:(?:the|this|that|its|their|(?:to|yester|[A-Z][a-z]+)day['\u2019]s)[ \u00a0]+)?(?:(?:Meta|Scale(?:[ \u00a0]+AI)?)(?:['\u2019]s)?[ \u00a0]+)?$/i;
const IMPLIES_AFTER = /^(?:['\u2019]s)?[ \u00a0]+(?:implie[sd]|implying)\b/i;

/** Whether a cue before the figure names the deal that implies it rather than its sum. */
function isImpliedByCue(context: FigureContext, cueStart: number, cueEnd: number): boolean {
  const { text } = context;
  return (
    IMPLIED_BY_BEFORE.test(text.slice(Math.max(context.sentence.start, cueStart - 40), cueStart)) ||
    IMPLIES_AFTER.test(text.slice(cueEnd, Math.min(context.start, cueEnd + 16)))
  );
}

/** Whether a row break (";") of a table set out in cells ("|") stands between cue and figure. */
function isInRowBefore(context: FigureContext, cueEnd: number): boolean {
  const between = context.text.slice(cueEnd, context.start);
  const rowBreak = between.lastIndexOf(';');
  return rowBreak >= 0 && between.includes('|', rowBreak);
}

/**
 * Distance, in words, from the figure to the nearest match of `re` in reach ("valuation
 * reached $14 billion" is 1), or null when none.
 */
function cueDistance(re: RegExp, context: FigureContext): number | null {
  const from = Math.max(context.sentence.start, context.start - CUE_REACH);
  const to = Math.min(context.sentence.end, context.end + CUE_REACH);
  let best: number | null = null;
  // Cues before a sum the figure converts count from that sum.
  const conversion = conversionOf(context);
  const converted = conversion && !conversion.fromDollars ? conversion.start : -1;
  for (const m of matchesIn(re, context.text, from, to)) {
    const cueStart = m.index;
    if (isBaseOfShare(context, from, cueStart)) continue;
    const cueEnd = cueStart + m[0].length;
    // "Meta owes Texas $1.4 billion, a tenth of its Scale AI deal": a cue behind a clause break
    // after the figure names something else.
    if (
      cueStart >= context.end &&
      (WHEN_WORDS.test(context.text.slice(context.end, cueStart)) ||
        COMPARED_AFTER.test(context.text.slice(context.end, cueStart)) ||
        CONTRAST_AFTER.test(context.text.slice(context.end, cueStart)))
    ) {
      continue;
    }
    // A word right after a later sum is that sum's: "$72 billion, or about $197 million a day",
    // "the $14.3 billion price, the 49% stake, and … Scale's $13.8 billion Series F valuation".
    if (
      cueStart >= context.end &&
      SUM_RIGHT_BEFORE.test(context.text.slice(context.end, cueStart))
    ) {
      continue;
    }
    // Nor one labelling a later field of a fact box: "2025 target: $2B | Meta stake: 49%".
    if (cueStart >= context.end && isInLaterField(context, cueStart)) continue;
    // Nor one after the valuation a sum was raised at: "$1B at a $13.8B valuation".
    if (cueStart >= context.end && isPastLaterFigure(context, cueStart)) continue;
    // Nor one in a clause about something named after the figure: "$13.8 billion, set in the
    // May 2024 Series F, in which Scale raised $1 billion".
    if (cueStart >= context.end && IN_WHICH.test(context.text.slice(context.end, cueStart))) {
      continue;
    }
    // Nor one past a later item of a list: "$14.3B / 49% / Series F was $13.8B".
    if (cueStart >= context.end && LATER_ITEM.test(context.text.slice(context.end, cueStart))) {
      continue;
    }
    // Nor a deal that implies the figure ("the Meta deal implied roughly $29 billion", "the
    // value implied by the Meta deal, about $29 billion"): the figure is a value of the company.
    if (cueEnd <= context.start && isImpliedByCue(context, cueStart, cueEnd)) continue;
    // Nor one in another row of a table set out in cells: "Glean | $150M | Series F; Scale AI |
    // $14.3B".
    if (cueEnd <= context.start && isInRowBefore(context, cueEnd)) continue;
    if (cueEnd <= context.start && isCutOff(context, from, cueStart, cueEnd)) continue;
    // Nor one that names the item before "plus": "$66-72B to capex plus $14.3B to Scale AI".
    if (cueEnd <= context.start && ANOTHER_ITEM.test(context.text.slice(cueEnd, context.start))) {
      continue;
    }
    if (isTimeAnchor(context, cueStart, cueEnd)) continue;
    // A cue heading a list of other companies' sums ("Private AI valuations (last priced
    // round)" / "OpenAI — $300B" / … / "Scale AI — $13.8B") heads each item alike: its words
    // all count from the list's first item, so that none is nearer than another.
    // What the money goes to, right after it ("committing $66-72B to capex"), is as near as
    // the verb before it: neither wins.
    const listStart = cueEnd <= context.start ? firstOthersSumAfter(context, cueEnd) : -1;
    const distance =
      listStart >= 0
        ? wordsBetween(context.text, listStart, context.start)
        : cueEnd <= context.start
          ? wordsBetween(context.text, cueEnd, cueEnd <= converted ? converted : context.start)
          : cueStart >= context.end && !GOES_TO.test(context.text.slice(context.end, cueStart))
            ? wordsBetween(context.text, context.end, cueStart)
            : 0;
    if (best === null || distance < best) best = distance;
  }
  return best;
}

/**
 * Where the first other company stands between a cue ending at `cueEnd` and the figure, when a
 * sum stands there too (a list of their sums); -1 when none does.
 */
function firstOthersSumAfter(context: FigureContext, cueEnd: number): number {
  const between = context.text.slice(cueEnd, context.start);
  if (!LATER_SUM_IN.test(between)) return -1;
  return findOtherOrganisations(context.text, cueEnd, context.start)[0]?.start ?? -1;
}

const IN_WHICH = /,[ \u00a0]*(?:in|at|for|during|through)[ \u00a0]+which\b/i;
const SUM_RIGHT_BEFORE =
  /(?:[$\u20ac\u00a3][ \u00a0]*\d[\d.,]*(?:[ \u00a0]*(?:billion|million|bn|[BM])\b)?|\d[\d.,]*[ \u00a0]*(?:billion|million|bn|[BM])\b)[ \u00a0]+(?:(?:of|in|to|for|on)[ \u00a0]+)?(?:(?:its|the|a)[ \u00a0]+)?$/i;
// An arrow to a later step ("$13.8B (Series F) → Meta deal implies ~$29B") starts one too.
const LATER_ITEM = /[/|\u00b7\u2022][^/|\u00b7\u2022]*\d|\u2192|->|=>|\u21d2|\u27f6/;
const ANOTHER_ITEM =
  /\b(?:plus|as[ \u00a0]+well[ \u00a0]+as|on[ \u00a0]+top[ \u00a0]+of|in[ \u00a0]+addition[ \u00a0]+to)\b/i;
const GOES_TO = /^[ \u00a0]+(?:to|on|into|towards?)[ \u00a0]+(?:(?:its|the|their)[ \u00a0]+)?$/i;

// Nor does one after a comma in a comparison: "Meta owes Texas $1.4 billion, a tenth of its
// Scale AI deal", "$160 billion in 2025, dwarfing the Scale AI deal".
const COMPARED_AFTER =
  /[,\u2014\u2013][^;]*\b(?:fraction|tenth|half|twice|times|dwarf\w*|rival\w*|size|than|compared|equivalent|similar|like|echo\w*)\b|\b(?:dwarf|eclips|overshadow)\w*/i;
// Nor one in a contrasting clause: "to about $65 billion, while Scale AI gets $14.3 billion",
// or in a new clause with a subject of its own: "Meta $64 billion to $72 billion, and the Scale
// AI deal sits outside those budgets".
const CONTRAST_AFTER =
  /;|\b(?:while|whereas|but|although|though|yet)\b|,[ \u00a0]*and[ \u00a0]+(?:the|its|this|that)\b/i;
// A cue after a figure behind one of these words dates the figure rather than names it:
// "valued at $13.8 billion before Meta's deal" is no deal figure.
const WHEN_WORDS = /\b(?:after|before|since|following|ahead|prior|until|when|once|post-|pre-)/i;

/** A claim competes for a figure when the unit fits and the sentence is about its companies. */
function isCompeting(claim: Claim, context: FigureContext): boolean {
  return (
    claim.valueKind === 'figure' &&
    claim.unit === context.figure.unit &&
    claim.entities.every((entity) => context.entities.has(entity))
  );
}

// A figure right after "from" is a value something changed from ("rose from 10% to 49%", "up
// from $40 billion last year"): the claim's value only when the claim's own year is written next
// to it ("a valuation of $29 billion, up from $13.8 billion in 2024").
const FROM_BEFORE = /\b(?:from|compared[ \u00a0]+(?:with|to)|versus|vs\.?)[ \u00a0]+$/i;
// So is a figure dated before the deal in its clause: "Meta owned 0% of Scale AI before the deal".
const BEFORE_DEAL =
  /^[^;:()\u2014\u2013]{0,60}?\b(?:before|prior[ \u00a0]+to)[ \u00a0]+(?:(?:the|its|this|Meta['\u2019]s)[ \u00a0]+)?(?:deal|investment|transaction|acquisition|agreement|Meta)\b/i;
// And, said so earlier in its clause, a value of before ("Meta previously held a 1% stake") or
// one something may change to later ("could raise its stake to 75%", "may cut that to 100,000").
// ("Meta could invest over $10 billion" is how the deal was first reported, and stays a claim.)
const OTHER_TIME_IN_CLAUSE =
  /\b(?:previously|formerly|initially[ \u00a0]+(?:sought|wanted|proposed|offered)|had[ \u00a0]+(?:hoped|sought|wanted)|wanted[ \u00a0]+to[ \u00a0]+(?:pay|invest|buy|spend|take)|predict(?:s|ed|ing)?|forecast(?:s|ed|ing)?|weigh(?:s|ed|ing)|consider(?:s|ed|ing)|option[ \u00a0]+to|asked(?![ \u00a0]+(?:about|whether|if|why|how|what|me|us|them|him|her)\b)|diluted|(?:could|may|might|would|will)[ \u00a0]+be[ \u00a0]+(?:worth|valued)|(?:could|may|might|would)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:raise|rise|increase|grow|lift|boost|expand|cut|reduce|lower|double|triple|bring|reach))\b/i;
// The value a change went to ("jumped from $13.8 billion in May 2024 to $29 billion") is a
// later one than a claim of an earlier year than the latest: no 2024 valuation, but still
// Meta's 2025 stake ("went from 0% to 49%").
const LATEST_EVENT_YEAR = Math.max(...CLAIMS.map((c) => c.figureYear ?? c.eventYear ?? 0));
const CHANGED_TO =
  /\bfrom[ \u00a0]+[^;:]{0,40}?\d[^;:]{0,40}?[ \u00a0]to[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|over|more[ \u00a0]+than|some)[ \u00a0]+)?$/i;
// Or one of next year, said before it in its sentence: "Meta's capex next year is expected to
// exceed $110 billion", "capex growth next year, which analysts translate to $95-100 billion".
const NEXT_YEAR = /\bnext[ \u00a0]+year\b/i;
// Or one dated later after it: "75% next year".
const LATER_AFTER =
  /^[^;:()\u2014\u2013]{0,40}?\b(?:next[ \u00a0]+year|in[ \u00a0]+(?:the[ \u00a0]+future|coming[ \u00a0]+years|(?:a[ \u00a0]+few|two|three|four|five|ten|\d+)[ \u00a0]+years)|eventually|over[ \u00a0]+time)\b/i;

/**
 * What a change the figure is the new value of is said of: the sentence up to its "from" ("Scale
 * AI valuation jumps" in "Scale AI valuation jumps from $13.8 billion to about $29 billion"), or
 * null when the figure is no such value.
 */
function changeHeadOf(context: FigureContext): string | null {
  const { text, start, sentence } = context;
  const from = Math.max(sentence.start, start - 100);
  const change = CHANGED_TO.exec(text.slice(from, start));
  return change ? text.slice(sentence.start, from + change.index) : null;
}

/**
 * Whether the figure is a value at another time than the claim's: one something changed from
 * or may change to (see FROM_BEFORE, BEFORE_DEAL, OTHER_TIME_IN_CLAUSE, LATER_AFTER).
 */
function isOtherTimeValue(context: FigureContext): boolean {
  const { text, start, end, sentence } = context;
  return (
    NEXT_YEAR.test(text.slice(sentence.start, start)) ||
    // "anywhere from $10 billion to $15 billion" is one range.
    (context.figure.qualifier !== 'range' &&
      FROM_BEFORE.test(text.slice(Math.max(sentence.start, start - 16), start))) ||
    BEFORE_DEAL.test(text.slice(end, Math.min(sentence.end, end + 100))) ||
    LATER_AFTER.test(text.slice(end, Math.min(sentence.end, end + 60))) ||
    OTHER_TIME_IN_CLAUSE.test(text.slice(clauseStartOf(context), start))
  );
}

// A part of a year in the figure's clause: "capex was $17 billion in the second quarter".
const PART_OF_YEAR = new RegExp(String.raw`\b(?:${PART_OF_YEAR_WORDS})\b`, 'i');

function isPartOfYear(context: FigureContext): boolean {
  const { text, sentence, start } = context;
  const head = text.slice(sentence.start, start);
  const label = head.includes(':') ? LABEL_BEFORE_COLON.exec(head) : null;
  const opening = openingTimeOf(context);
  // "$17 billion on capex in Q2 2025": up to a clause break, past digits ("Q2").
  const after = CLAUSE_AFTER.exec(
    text.slice(context.end, Math.min(sentence.end, context.end + 40)),
  );
  return (
    PART_OF_YEAR.test(ownClauseBefore(context)) ||
    PART_OF_YEAR.test(after![0]) ||
    (label !== null && PART_OF_YEAR.test(label[0])) ||
    (opening !== null && PART_OF_YEAR.test(opening))
  );
}

const CLAUSE_AFTER = /^[^,;:()\u2014\u2013]*/;

// A time the sentence opens with, before its first comma, dates all of it: "In the first
// quarter of 2025, Meta spent $13.69 billion on capital expenditures".
// ("In its second-quarter report, …" says where, not when.)
const OPENING_TIME =
  /^\W*(?:in|during|for|over|across|through|as[ \u00a0]+of|by)\b(?![^,;:]*\b(?:report|results|earnings|call|filing|letter|statement|update)\b)[^,;:]{0,48},/i;

/** The time the figure's sentence opens with, before the figure (see OPENING_TIME); once per figure. */
function openingTimeOf(context: FigureContext): string | null {
  knowing(context);
  if (knownOpeningTime === undefined) {
    const head = context.text.slice(context.sentence.start, context.start);
    knownOpeningTime = head.includes(',') ? (OPENING_TIME.exec(head)?.[0] ?? null) : null;
  }
  return knownOpeningTime;
}

// A row's label: "Meta Q2 2025: revenue $47.5B, capex $17.0B", "Q2 2025 — Meta capex: $17 billion".
const LABEL_BEFORE_COLON = /^[^:$]{0,48}:/;

/** A competing claim fits when the figure's owner, noun and time scope are the claim's. */
function isFitting(
  claim: Claim,
  context: FigureContext,
  sentence: string,
  year: number | null,
  isOtherTime: boolean,
  isChangedTo: boolean,
): boolean {
  const claimYear = claim.figureYear ?? claim.eventYear;
  if (isOtherTime && year !== claimYear) return false;
  if (
    claimYear !== undefined &&
    claimYear < LATEST_EVENT_YEAR &&
    year !== claimYear &&
    isChangedTo
  ) {
    return false;
  }
  // A one-company claim is about the company the figure belongs to ("Meta, which backs
  // Scale AI, reported revenue of …" is Meta's revenue, not Scale AI's).
  if (claim.entities.length === 1 && context.owner !== claim.subject) return false;
  // A claim of two companies is the subject's money or share in the other.
  if (claim.entities.length > 1 && context.isHeldByOther?.()) return false;
  if (claim.countNouns && !claim.countNouns.includes(context.figure.countNoun ?? '')) return false;
  if (isBoundAtHalf(context.figure)) return false;
  if (!hasScope(claim, sentence, context, year)) return false;
  if (claim.notNextTo && isNextToOther(claim, claim.notNextTo, context)) return false;
  if (claim.goesTo && goesElsewhere(claim, claim.goesTo, context)) return false;
  if (claim.notRightBefore && isRightNextToOther(claim, claim.notRightBefore, 'before', context)) {
    return false;
  }
  if (claim.notRightAfter && isRightNextToOther(claim, claim.notRightAfter, 'after', context)) {
    return false;
  }
  if (claim.eventYear !== undefined && year !== null && year !== claim.eventYear) return false;
  if (claim.figureYear !== undefined) return year === claim.figureYear;
  return true;
}

const SMALLEST_CLAIMED_SUM = 1e6;

// A bound at half ("less than 50%", "more than half", "at least 50%") is the line of control,
// not a stake: "Because Meta acquired less than 50% of Scale, the deal avoided a merger review".
// ("Just under half" and "almost 50%" say about how much.)
const BOUNDS = new Set<Figure['qualifier']>(['under', 'over', 'at-least', 'up-to']);

function isBoundAtHalf(figure: Figure): boolean {
  return (
    figure.unit === 'percent' &&
    !figure.high &&
    BOUNDS.has(figure.qualifier) &&
    Math.abs(largestValue(figure) - 50) < 1e-9
  );
}

function largestValue(figure: Figure): number {
  const { mantissa, exponent } = figure.high ?? figure.low;
  return mantissa * 10 ** exponent;
}

/**
 * The claim a figure states, how many words from it stands the cue that chose it, and the
 * year written next to it (null when none).
 */
export type Attribution = { claim: Claim; distance: number; year: number | null };

/**
 * Picks the catalog claim a figure states. Claims whose unit and companies fit compete; the
 * one with a cue word nearest the figure wins, if its owner, noun and time scope fit too
 * (and no other year than its event's is written next to the figure).
 * Returns null when nothing fits, when the nearest cue belongs to a claim whose scope does
 * not fit ("the deal values Scale AI at $29 billion" is no 2024 valuation), when a word of
 * something else stands nearer (a loss, a fine, a profit), or on a tie: a missed mark is
 * better than a figure judged against the wrong claim. Distance is counted in words, so the
 * runs of spaces a page's source keeps do not tip the choice.
 */
export function attributeClaim(
  context: FigureContext,
  claims: readonly Claim[] = CLAIMS,
): Attribution | null {
  // A sum under a million dollars (a share price, a salary) is no deal's, no company's
  // revenue and no year's spending: every claim in dollars is of hundreds of millions or more.
  if (context.figure.unit === 'usd' && largestValue(context.figure) < SMALLEST_CLAIMED_SUM) {
    return null;
  }
  const sentence = context.text.slice(context.sentence.start, context.sentence.end);
  const distances: { claim: Claim; distance: number }[] = [];
  for (const claim of claims) {
    if (!isCompeting(claim, context)) continue;
    const distance = cueDistance(cueRegex(claim), context);
    if (distance !== null) distances.push({ claim, distance });
  }
  if (distances.length === 0) return null;
  // A dollar sum in another currency states that sum: "$US14.3 billion ($22 billion)".
  if (context.figure.unit === 'usd' && conversionOf(context)?.fromDollars) return null;
  const nearest = Math.min(...distances.map((d) => d.distance));
  const distractor = cueDistance(DISTRACTOR_CUES, context);
  if (distractor !== null && distractor <= nearest) return null;
  // "sold $30 billion of bonds", "paid $1.3 billion in dividends": what the money is, said
  // right after it, wins over any cue.
  if (DISTRACTOR_RIGHT_AFTER.test(context.text.slice(context.end, context.end + 32))) return null;
  // Looked up once for every competing claim, and returned with the winner.
  const year =
    yearNextTo(context.text, context.start, context.end, context.sentence) ??
    yearOfHostClause(context);
  // A part of a year: no claim over a whole year can be meant, and none is picked past one.
  if (distances.some((d) => d.claim.wholeYear) && isPartOfYear(context)) return null;
  const isOtherTime = isOtherTimeValue(context);
  // The new value of a change is a value of what the change is said of: "Scale AI valuation jumps
  // from $13.8 billion to about $29 billion in Meta deal" is no deal's sum.
  const changeHead = changeHeadOf(context);
  const saidOf =
    changeHead === null
      ? []
      : distances.filter(
          (d) => matchesIn(cueRegex(d.claim), changeHead, 0, changeHead.length).length > 0,
        );
  const fitting = distances.filter(
    (d) =>
      (saidOf.length === 0 || saidOf.includes(d)) &&
      isFitting(d.claim, context, sentence, year, isOtherTime, changeHead !== null),
  );
  const fittingNearest = fitting.filter((d) => d.distance === nearest);
  return fittingNearest.length === 1 ? { ...fittingNearest[0], year } : null;
}
