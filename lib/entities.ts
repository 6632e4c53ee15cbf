import * as z from 'zod/mini';

/** The two companies Sourcemark follows. */
export const ENTITY_IDS = ['meta', 'scale-ai'] as const;
export const entityIdSchema = z.lazy(() => z.enum(ENTITY_IDS));
export type EntityId = z.infer<typeof entityIdSchema>;

/** A name of Meta or Scale AI found in text. */
export type EntityMatch = { start: number; end: number; entity: EntityId };

// The words after "Meta" that make it the common word, as text and headlines write them ("meta
// tags", "Meta Description", "META TAGS").
const NOT_META_WORDS = [
  'tags?', 'descriptions?', 'data', 'elements?', 'keywords?', 'titles?', 'propert(?:y|ies)',
  'fields?', 'information', 'analys[ie]s', 'learning', 'programming', 'box', 'key',
].flatMap((w) => [`[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`, w.toUpperCase()]); // prettier-ignore
const NOT_META_WORD = String.raw`[ \u00a0]+(?:${NOT_META_WORDS.join('|')})\b`;

// Our names in capitals, as headlines and wire slugs write them ("META INVESTS $14.3 BILLION IN
// SCALE AI"). Not "META TAGS", "META-ANALYSIS", nor a ticker (see isMetaInCapitals).
const CAPITALS = /\b(?:META(?:[ \u00a0]+PLATFORMS(?:,?[ \u00a0]+INC\b\.?)?)?|SCALE[ \u00a0]*AI)\b/g;
// In capitals, as in text: "META TAGS", "META-ANALYSIS" name no company.
const NOT_META_AFTER_IN_CAPITALS = new RegExp(`^(?:[-\u2010][A-Z]|${NOT_META_WORD})`);
const WORD_BEFORE = /([A-Za-z]+)[^A-Za-z\n]*$/;
const WORD_AFTER = /^[^A-Za-z\n]*([A-Za-z]+)/;
const TICKER_BEFORE = /(?:\$|\b(?:NASDAQ|Nasdaq|NYSE)[ \u00a0]*:?[ \u00a0]*)$/;
const isCapitalsWord = (word: string | undefined) => word !== undefined && /^[A-Z]{2,}$/.test(word);

/**
 * Whether "META" at `[start, end)` stands in a run of capitals, as a headline's name ("BREAKING:
 * META INVESTS $14.3 BILLION"), rather than as a ticker in prose ("META shares rose 1.2%",
 * "$META", "NASDAQ: META") or a tag ("META TAGS").
 */
function isMetaInCapitals(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (TICKER_BEFORE.test(before) || NOT_META_AFTER_IN_CAPITALS.test(after)) return false;
  const previous = WORD_BEFORE.exec(before)?.[1];
  const next = WORD_AFTER.exec(after)?.[1];
  if (previous !== undefined && !isCapitalsWord(previous)) return false;
  if (next !== undefined && !isCapitalsWord(next)) return false;
  return isCapitalsWord(previous) || isCapitalsWord(next);
}

/** Whether `text` writes "Meta" as a name is written (a page's "META" may then be Meta). */
export function writesMeta(text: string): boolean {
  return META_WORD.test(text);
}
const META_WORD = /\bMeta\b/;

/**
 * Our names written in capitals in `text`, in text order: only for a company `named` says the
 * text also names as names are written ("META" alone may be a tag or a game's word).
 */
export function findNamesInCapitals(
  text: string,
  named: { meta: boolean; scaleAi: boolean },
): EntityMatch[] {
  const found: EntityMatch[] = [];
  if (!named.meta && !named.scaleAi) return found;
  CAPITALS.lastIndex = 0;
  for (let m = CAPITALS.exec(text); m; m = CAPITALS.exec(text)) {
    const isMeta = m[0].startsWith('M');
    if (isMeta ? !named.meta : !named.scaleAi) continue;
    const end = m.index + m[0].length;
    if (isMeta && !isMetaInCapitals(text, m.index, end)) continue;
    found.push({ start: m.index, end, entity: isMeta ? 'meta' : 'scale-ai' });
  }
  return found;
}

// "Meta" is a name only when written as one: never "metadata", "meta tags", "Meta-analysis",
// "Meta Description" (issue #2, "Entities"). Longest aliases first.
const NOT_META_AFTER = new RegExp(`^(?:[-\u2010][a-z]|${NOT_META_WORD})`);
// Bare "Scale" is Scale AI only after the text has named Scale AI, and never as a verb or
// noun ("Scale your app", "Scale up", "at scale", "Large-Scale").
const NOT_SCALE_AFTER =
  /^(?:[-‐][a-z]|[ \u00a0]+(?:your|our|their|my|the|a|an|it|this|that|these|those|up|out|down|back|with|to|of|and|or|in|on|for|is|was|are)\b)/i;
/**
 * A capitalised word after "Scale" that makes it another company's name ("Scale Computing",
 * "Scale Venture Partners"): any but one that begins a name of ours.
 */
export const OTHER_SCALE_WORD = String.raw`[ \u00a0]+(?!(?:AI|Scale|Meta|Facebook)\b)[A-Z][a-z]+`;
const OTHER_SCALE_NAME = new RegExp(`^${OTHER_SCALE_WORD}`);
// Mid-sentence in running prose (a lower-case word before it, and a lower-case word, a figure
// or a sign after the small word that follows), "Scale" is the company before a preposition,
// "and" or "is": "founded Scale in 2016", "a stake in Scale for $14.3 billion", "when Scale was
// valued at". Not in a title-case heading ("Economies of Scale in Data Labelling").
const SCALE_IN_PROSE_AFTER =
  /^[ \u00a0]+(?:with|to|of|and|or|in|on|for|is|was|are)[ \u00a0]+(?![A-Z])/;
const SCALE_IN_PROSE_BEFORE = /[a-z][,;]?[ \u00a0]+$/;
const NOT_SCALE_BEFORE =
  /(?:[-‐]|\b(?:at|[Ll]arge|[Ss]mall|[Ff]ull|[Gg]lobal|[Tt]o|[Hh]ow|[Ww]e|[Oo]ther)[ \u00a0]+)$/;
// Bare "Scale" soon after another company named Scale something is that company ("a Scale
// Computing rep said they are \"the other Scale\""), within a paragraph or two: a profile of
// Scale Computing sets it apart from Scale AI, then says "Scale was founded in Indianapolis in
// 2007". (A hatnote far above does not make all of an article's "Scale" another company.)
const OTHER_SCALE_BEFORE = new RegExp(`\\bScale${OTHER_SCALE_WORD}`);
const OTHER_SCALE_REACH = 500;
// At a sentence's start, bare "Scale" is the company only as the subject of a company's verb or
// before an aside about it ("Scale, founded in 2016, …", "Scale relies on 9,000 contractors",
// "Scale still has …"), not as a noun ("Scale still matters", "Scale makes the difference").
const SCALE_AT_SENTENCE_START_OK =
  /^(?:['’]s\b|,[ \u00a0]+(?:founded|which|whose|valued|based)\b|[ \u00a0]+(?:(?:still|now)[ \u00a0]+)?(?:has|had|is|was|said|says|will|would|could|CEO|founder|co-founder|declined|did|does|also|reported|raised|expects|relies|generated|booked|employs|sells|provides|announced|confirmed|told|agreed|hired|laid|posted|reached|earned|works[ \u00a0]+with|uses|used|counts|counted|insists|leans|depends|cut|cuts|signed|won|owns|holds|hires|pays|became|plans|planned|projects|projected|claims|claimed|reports|charges|launched|received|landed|runs)\b)/;

// At a sentence's start, "Scale is" or "Scale was" is the company before what is said of a
// company: "Scale was last valued at $13.8 billion", "Scale was founded in 2016", "Scale is
// based in San Francisco" (not "Scale is everything", "Scale was the problem").
const SCALE_IS_OR_WAS_OK =
  /^[ \u00a0]+(?:is|was)[ \u00a0]+(?:(?:last|once|then|also|still|now|first|previously|reportedly|already)[ \u00a0]+)?(?:valued|founded|co-founded|started|launched|backed|worth|based|headquartered|owned|led|run|projected|expected|forecast|on[ \u00a0]+track)\b/;

/**
 * Classifies an alias found at `start` by the trigger scan. Returns the entity it names, or
 * null when the word is not a name here. `hasNamedScaleAi` says whether the text has named
 * "Scale AI" before this point.
 */
export function classifyEntity(
  text: string,
  start: number,
  matched: string,
  hasNamedScaleAi: boolean,
): EntityId | null {
  const after = text.slice(start + matched.length, start + matched.length + 24);
  if (matched !== 'Meta' && matched.startsWith('Meta')) return 'meta';
  if (matched === 'Meta') return NOT_META_AFTER.test(after) ? null : 'meta';
  if (matched.includes('Facebook')) return 'meta';
  if (matched !== 'Scale') return 'scale-ai';
  if (!hasNamedScaleAi || OTHER_SCALE_NAME.test(after)) return null;
  const before = text.slice(Math.max(0, start - 12), start);
  const atSentenceStart = /(?:^|[.!?:"“\n][ \u00a0]*)$/.test(before);
  if (NOT_SCALE_AFTER.test(after)) {
    const inProse = SCALE_IN_PROSE_AFTER.test(after) && SCALE_IN_PROSE_BEFORE.test(before);
    const companyIsOrWas = atSentenceStart && SCALE_IS_OR_WAS_OK.test(after);
    if (!inProse && !companyIsOrWas) return null;
  }
  if (NOT_SCALE_BEFORE.test(before)) return null;
  if (OTHER_SCALE_BEFORE.test(text.slice(Math.max(0, start - OTHER_SCALE_REACH), start))) {
    return null;
  }
  return atSentenceStart && !SCALE_AT_SENTENCE_START_OK.test(after) ? null : 'scale-ai';
}
