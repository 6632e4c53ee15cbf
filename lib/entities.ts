import * as z from 'zod/mini';

/** The two companies Sourcemark follows. */
export const ENTITY_IDS = ['meta', 'scale-ai'] as const;
export const entityIdSchema = z.lazy(() => z.enum(ENTITY_IDS));
export type EntityId = z.infer<typeof entityIdSchema>;

/** A name of Meta or Scale AI found in text. */
export type EntityMatch = { start: number; end: number; entity: EntityId };

// "Meta" is a name only when written as one: never "metadata", "meta tags", "Meta-analysis",
// "Meta Description" (issue #2, "Entities"). Longest aliases first.
const NOT_META_AFTER =
  /^(?:[-‐][a-z]|[ \u00a0]+(?:[Tt]ags?|[Dd]escriptions?|[Dd]ata|[Ee]lements?|[Kk]eywords?|[Tt]itles?|[Pp]ropert(?:y|ies)|[Ff]ields?|[Ii]nformation|[Aa]nalys[ie]s|[Ll]earning|[Pp]rogramming|[Bb]ox|[Kk]ey)\b)/;
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
const NOT_SCALE_BEFORE =
  /(?:[-‐]|\b(?:at|[Ll]arge|[Ss]mall|[Ff]ull|[Gg]lobal|[Tt]o|[Hh]ow|[Ww]e)[ \u00a0]+)$/;
// At a sentence's start, bare "Scale" is the company only as the subject of a company's verb or
// before an aside about it ("Scale, founded in 2016, …", "Scale relies on 9,000 contractors").
const SCALE_AT_SENTENCE_START_OK =
  /^(?:['’]s\b|,[ \u00a0]+(?:founded|which|whose|valued|based)\b|[ \u00a0]+(?:has|had|is|was|said|says|will|would|could|CEO|founder|co-founder|declined|did|does|also|reported|raised|expects|relies|generated|booked|employs|sells|provides|announced|confirmed|told|agreed|hired|laid|posted|reached|earned)\b)/;

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
  if (!hasNamedScaleAi || NOT_SCALE_AFTER.test(after) || OTHER_SCALE_NAME.test(after)) return null;
  const before = text.slice(Math.max(0, start - 12), start);
  if (NOT_SCALE_BEFORE.test(before)) return null;
  const atSentenceStart = /(?:^|[.!?:"“\n][ \u00a0]*)$/.test(before);
  return atSentenceStart && !SCALE_AT_SENTENCE_START_OK.test(after) ? null : 'scale-ai';
}
