import type { EntityId, EntityMatch } from './entities';
import { matchesIn } from './matches-in';
import { findOtherOrganisations } from './other-organisations';
import { SENTENCE_REACH, sentenceAround } from './sentences';

/**
 * A phrase that refers back to a company ("the company", "this deal", "he"), resolved. No
 * entities: it names another company ("a startup" in a sentence that names Scale AI too).
 */
export type ResolvedReference = { start: number; end: number; entities: EntityId[] };

// Bounded alternatives; the slice it runs on is one sentence at most.
const REFERENCE =
  /\b(?:(?:the|this|that)[ \u00a0]+(company|firm|social[ \u00a0]+(?:media|network(?:ing)?)[ \u00a0]+giant|social[ \u00a0]+network|(?:tech(?:nology)?|search|internet|software|cloud|chip|e-?commerce|retail|advertising|online)[ \u00a0]+giant)|(?:the|this|that)[ \u00a0]+(deal|investment|transaction|agreement)|(he|she)|(?:(a|an)|the)[ \u00a0]+(?:(?:19|20)\d\d[ \u00a0]+|AI[ \u00a0]+|data[- ]labell?ing[ \u00a0]+|young[ \u00a0]+)?(startup|(?<=labell?ing[ \u00a0]+)(?:company|firm|specialist|provider)))\b/gi;
// Other companies by what they are: "a chip startup", "the eyewear maker", "the ChatGPT maker",
// "the chipmaker" (not what Meta makes: "the Llama maker").
const OTHER_STARTUP =
  /\b(?:[Aa]n?[ \u00a0]+(?:[a-z]+(?:-[a-z]+)*[ \u00a0]+){1,2}startup|[Tt]he[ \u00a0]+(?:(?!(?:Llama|Facebook|Instagram|WhatsApp|Threads|Quest|Ray-Ban[ \u00a0]+Meta)\b)[\w.-]+[ \u00a0]+){1,2}maker|[Tt]he[ \u00a0]+(?:[\w.-]+[ \u00a0]+)?(?:chipmaker|automaker|carmaker|retailer|conglomerate))\b/g;
// Meta's chief executive speaks and pays for Meta: "Zuckerberg agreed to pay …". Apart, and
// case-sensitive, so that the search for it stays a fast one.
const ZUCKERBERG = /\b(?:Mark[ \u00a0]+)?Zuckerberg\b/g;
// Meta by where it is: "the Menlo Park company" (not a "firm", as the town's investors are).
const MENLO_PARK =
  /\b[Tt]he[ \u00a0]+Menlo[ \u00a0]+Park(?:-based)?[ \u00a0]+(?:company|(?:tech(?:nology)?[ \u00a0]+|social[ \u00a0]+media[ \u00a0]+)?giant|social[ \u00a0]+media[ \u00a0]+company)\b/g;
/** How far back a reference looks for the company it names; bounds the work per figure. */
const REFERENCE_REACH = 600;
const SUBJECT_SENTENCES = 3;
// "Scale AI, a startup founded in 2016": Scale AI itself.
const APPOSITION = /\bScale(?:[ \u00a0]+AI)?[ \u00a0]*[,(\u2014\u2013][ \u00a0]*$/;
// "an AI startup, Scale AI,": named right after.
const SCALE_AI_AFTER = /^[ \u00a0]*[,(\u2014\u2013]?[ \u00a0]*Scale\b/;
// "a startup called Mistral" names someone else.
const NAMED_AFTER = /^[ \u00a0]*(?:,[ \u00a0]*)?(?:called|named|[A-Z][a-z])/;

/**
 * Finds references in `text[from, to)` and resolves each from `entities` (all entity
 * matches of the text, in order):
 * "the company", "he" → the subject named before it (see `subjectBefore`);
 * "the deal", "this investment" → every company named so far since `paragraphStart`; "an AI startup" → Scale AI when the text
 * names Scale AI anywhere (`namesScaleAi`). Unresolvable references are left out.
 */
export function resolveReferences(
  text: string,
  from: number,
  to: number,
  entities: EntityMatch[],
  paragraphStart: number,
  namesScaleAi: boolean,
): ResolvedReference[] {
  const resolved: ResolvedReference[] = [];
  for (const m of matchesIn(REFERENCE, text, from, to)) {
    const start = m.index;
    const end = start + m[0].length;
    const reach = Math.max(0, start - REFERENCE_REACH);
    let refersTo: EntityId[] = [];
    if (m[1] || m[3]) {
      let subject = subjectBefore(text, from, start, entities);
      // "Meta agreed to invest $14.3 billion for a 49% stake in the company": not Meta, the
      // company its sentence is about, but the one the sentences before are about.
      if (subject === 'meta' && m[1] && isWhatMetaBuys(text, from, start, end)) {
        const before =
          from > 0 ? subjectBefore(text, sentenceStartBefore(text, from), from, entities) : null;
        if (before === 'scale-ai') subject = before;
      }
      // "Microsoft reported results. The company will spend $80 billion …, more than Meta":
      // another company's, even with one of ours named after it.
      if (subject === 'other') {
        resolved.push({ start, end, entities: [] });
        continue;
      }
      refersTo = subject ? [subject] : [];
    } else if (m[2]) {
      const since = Math.max(paragraphStart, reach);
      const inParagraph = entitiesBetween(entities, since, start);
      // "Microsoft's deal with Inflection was similar. The deal cost $650 million": the deal
      // named last is another company's.
      if (isOtherNamedLast(text, inParagraph, since, start)) {
        resolved.push({ start, end, entities: [] });
        continue;
      }
      refersTo = [...new Set(inParagraph.map((e) => e.entity))];
    } else if (
      m[5] &&
      m[4] &&
      !APPOSITION.test(text.slice(Math.max(from, start - 12), start)) &&
      !SCALE_AI_AFTER.test(text.slice(end, end + 16)) &&
      namesScaleAiIn(entities, Math.min(from, Math.max(paragraphStart, reach)), to)
    ) {
      // "Meta invested $500 million in an AI startup, after its Scale AI deal", "Meta owns 49%
      // of Scale AI. Meta also paid $2 billion for a startup": another one.
      resolved.push({ start, end, entities: [] });
    } else if (
      m[5] &&
      !m[4] &&
      !hasEntityBetween(entities, from, start) &&
      (subjectBefore(text, from, start, entities) === 'other' ||
        isOtherNamedNearest(text, start, entities))
    ) {
      // "Surge AI, a competitor, grew fast. The startup …": the one just named, also when it
      // heads a box of fields a few lines up ("Surge AI" / "Revenue (2024) $1.2 billion" /
      // "The startup, founded in 2020, …").
      resolved.push({ start, end, entities: [] });
    } else if (m[5] && namesScaleAi && !NAMED_AFTER.test(text.slice(end, end + 24))) {
      refersTo = ['scale-ai'];
    }
    if (refersTo.length > 0) resolved.push({ start, end, entities: refersTo });
  }
  // "a chip startup", "the eyewear maker" in a sentence that names Scale AI are others (the
  // forms above that may stand for Scale AI are resolved there).
  if (namesScaleAiIn(entities, from, to)) {
    for (const m of matchesIn(OTHER_STARTUP, text, from, to)) {
      const start = m.index;
      const end = start + m[0].length;
      if (resolved.some((r) => r.start < end && start < r.end)) continue;
      resolved.push({ start, end, entities: [] });
    }
  }
  const it = SENTENCE_OPENS_WITH_IT.exec(text.slice(from, Math.min(to, from + 8)));
  if (it) {
    const subject = subjectOfSentenceBefore(text, from, entities);
    const start = from + it[0].length - it[1].length;
    if (subject) resolved.push({ start, end: start + it[1].length, entities: [subject] });
  }
  for (const re of [ZUCKERBERG, MENLO_PARK]) {
    for (const m of matchesIn(re, text, from, to)) {
      resolved.push({ start: m.index, end: m.index + m[0].length, entities: ['meta'] });
    }
  }
  return resolved;
}

// What a company invests in, takes a share of or buys, right before "the company": "a 49% stake
// in", "invested $14.3 billion into", "49% of" (not "half of the company's budget").
const OBJECT_OF_DEAL_BEFORE =
  /(?:\b(?:stake|share|interest|holding|equity|investment|invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|put(?:s|ting)?|bought|buy(?:s|ing)?|acquir\w+)|%|\bper[ \u00a0]?cent)[ \u00a0]+(?:[\w$.-]+[ \u00a0]+){0,3}?(?:in|into|of)[ \u00a0]+$/i;

function isWhatMetaBuys(text: string, sentenceStart: number, start: number, end: number): boolean {
  if (/^['\u2019]s\b/.test(text.slice(end, end + 3))) return false;
  return OBJECT_OF_DEAL_BEFORE.test(text.slice(Math.max(sentenceStart, start - 60), start));
}

function sentenceStartBefore(text: string, sentenceStart: number): number {
  return sentenceAround(text, sentenceStart - 1, sentenceStart - 1).start;
}

// "It" or "Its" opening a sentence: the subject of the sentence before, in news copy ("Scale
// AI was founded in 2016. It raised $1 billion …").
const SENTENCE_OPENS_WITH_IT = /^[\s"\u201c]*(Its?)\b/;
/** How many sentences opening with "It" may stand between "It" and the name it stands for. */
const CHAINED_SENTENCES = 3;
// A sentence that opens on one of our names as its subject: not "Scale AI's rival …".
const OPENS_WITH_OUR_NAME = /^[\s"\u201c]*(?:Meta|Scale)\b/;
const ENDS_AS_STATEMENT = /[.!]["\u201d\u2019)\]]*$/;
// Our name that is not the sentence's subject alone: "Scale AI's biggest customer, Google",
// "Scale AI rival Turing", "Meta and OpenAI", "Meta-backed Surge".
const NOT_SUBJECT_AFTER =
  /^(?:['\u2019]s\b|[-\u2010]|[ \u00a0]+(?:and|&|or|rivals?|competitors?|peers?|partners?|customers?|clients?|suppliers?|backers?|investors?|employees|staff|workers|founders?|co-founders?|executives?|alumni|board|unit|arm)\b)/i;

/**
 * The company "It" opening the sentence at `sentenceStart` stands for: ours when the sentence
 * before opens on its name as a statement's subject ("Scale AI, founded in 2016, was valued
 * at …" but not "Scale AI's biggest customer, Google, …" or "Like Scale AI, Labelbox …"),
 * with nothing but spaces and block breaks between them. Null otherwise.
 */
function subjectOfSentenceBefore(
  text: string,
  sentenceStart: number,
  entities: EntityMatch[],
  chained = 0,
): EntityId | null {
  let end = sentenceStart;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end === 0 || sentenceStart - end > 200) return null;
  const before = sentenceAround(text, end - 1, end - 1);
  const sentence = text.slice(before.start, end);
  if (!ENDS_AS_STATEMENT.test(sentence)) return null;
  // A chain of sentences opening with "It" keeps their subject ("Scale AI was founded in 2016.
  // It relies on 9,000 contractors. Its revenue was …"), while none names another company.
  if (
    chained < CHAINED_SENTENCES &&
    SENTENCE_OPENS_WITH_IT.test(sentence) &&
    findOtherOrganisations(text, before.start, end).length === 0
  ) {
    return subjectOfSentenceBefore(text, before.start, entities, chained + 1);
  }
  if (!OPENS_WITH_OUR_NAME.test(sentence)) return null;
  const first = entitiesBetween(entities, before.start, end)[0];
  if (!first || first.start - before.start > 4) return null;
  if (NOT_SUBJECT_AFTER.test(text.slice(first.end, first.end + 24))) return null;
  return first.entity;
}

/**
 * The company "the company" or "he" stands for: the first company named earlier in its own
 * sentence, else the first one of the nearest sentence before that names one (its subject,
 * usually), at most {@link SUBJECT_SENTENCES} sentences back. 'other' when that company is
 * not ours ("OpenAI grew. The company …", "Meta's rival Google …"), null when none is named.
 */
function subjectBefore(
  text: string,
  sentenceStart: number,
  at: number,
  entities: EntityMatch[],
): EntityId | 'other' | null {
  let from = sentenceStart;
  let to = at;
  // Walk back sentence by sentence ("He has made it his priority. In January, he said …").
  for (
    let step = 0;
    step < SUBJECT_SENTENCES && !hasOrganisation(text, from, to, entities);
    step++
  ) {
    if (from === 0 || at - from > REFERENCE_REACH) return null;
    to = from;
    from = sentenceAround(text, from - 1, from - 1).start;
  }
  const ours = entitiesBetween(entities, from, to)[0];
  const other = findOtherOrganisations(text, from, to)[0];
  if (!ours) return other ? 'other' : null;
  // "Meta's rival Google spends even more. The company …" is Google.
  if (RIVAL_AFTER.test(text.slice(ours.end, ours.end + 24))) return 'other';
  return other && other.start < ours.start ? 'other' : ours.entity;
}

const RIVAL_AFTER =
  /^(?:['\u2019]s)?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:rivals?|competitors?|peers?)\b/;

/** Whether the company named nearest before `at`, within reach, is another than ours. */
function isOtherNamedNearest(text: string, at: number, entities: EntityMatch[]): boolean {
  const from = Math.max(0, at - REFERENCE_REACH);
  const other = findOtherOrganisations(text, from, at).at(-1);
  if (!other) return false;
  const ours = entitiesBetween(entities, from, at).at(-1);
  return !ours || ours.end <= other.start;
}

/** Whether another company is named after the last of ours in `[from, to)`. */
function isOtherNamedLast(text: string, ours: EntityMatch[], from: number, to: number): boolean {
  const lastOurs = ours.at(-1);
  const others = findOtherOrganisations(text, lastOurs ? lastOurs.end : from, to);
  return others.some((o) => !ours.some((e) => o.start >= e.start && o.end <= e.end));
}

function namesScaleAiIn(entities: EntityMatch[], from: number, to: number): boolean {
  return entitiesBetween(entities, from, to).some((e) => e.entity === 'scale-ai');
}

function hasOrganisation(text: string, from: number, to: number, entities: EntityMatch[]): boolean {
  return (
    entitiesBetween(entities, from, to).length > 0 ||
    findOtherOrganisations(text, from, to).length > 0
  );
}

/**
 * How far before a sentence a reference in it may find its company: the look-back reach plus
 * the sentence it started walking back from.
 */
export const REFERENCE_LOOKBACK = REFERENCE_REACH + SENTENCE_REACH;

/** True when an entity match starts in `[from, to)`; `entities` must be sorted. */
export function hasEntityBetween(entities: EntityMatch[], from: number, to: number): boolean {
  const i = firstEntityFrom(entities, from);
  return i < entities.length && entities[i].start < to;
}

function firstEntityFrom(entities: EntityMatch[], from: number): number {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entities[mid].start < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Returns the entity matches that start in `[from, to)`; `entities` must be sorted. */
export function entitiesBetween(entities: EntityMatch[], from: number, to: number): EntityMatch[] {
  const found: EntityMatch[] = [];
  for (let i = firstEntityFrom(entities, from); i < entities.length && entities[i].start < to; i++)
    found.push(entities[i]);
  return found;
}
