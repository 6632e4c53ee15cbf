import { attributeClaim } from './attribute-claim';
import type { EntityId, EntityMatch } from './entities';
import type { EntityMention, FigureMention, Mention } from './mention';
import type { ParsedFigure } from './parse-figure';
import { findOtherOrganisations } from './other-organisations';
import { findQualifierBefore } from './qualifier';
import {
  entitiesBetween,
  hasEntityBetween,
  REFERENCE_LOOKBACK,
  resolveReferences,
} from './references';
import { scanTriggers } from './scan-triggers';
import { SENTENCE_REACH, sentenceAround } from './sentences';

// "…$10 billion, not $1 billion": a figure the page denies is none of its claims.
const DENIED_BEFORE =
  /\b(?:not|never|rather[ \u00a0]+than|instead[ \u00a0]+of)[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?$/i;
const FOREIGN_TARGET =
  /^[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:in|into|for|of|on|to|from)[ \u00a0]+(?:the[ \u00a0]+)?$/;

/** What is known of the rest of a document when `findMentions` reads part of it. */
export type TextContext = {
  /** The whole document names Scale AI somewhere ("an AI startup" may then be Scale AI). */
  namesScaleAi?: boolean;
  /** Text before this part already named Scale AI (bare "Scale" is then a name). */
  hasNamedScaleAiBefore?: boolean;
};

/**
 * Finds every mention of Meta, Scale AI and their deal figures in `text` (block boundaries
 * as "\n"). Returns entity and figure mentions in text order; figures whose sentence is not
 * about Meta or Scale AI, or that belong to another company, are left out.
 */
export function findMentions(text: string, context: TextContext = {}): Mention[] {
  const { entities, figures } = scanTriggers(text, context.hasNamedScaleAiBefore);
  const mentions: Mention[] = entities.map((e): EntityMention => ({
    kind: 'entity',
    ...e,
    text: text.slice(e.start, e.end),
  }));
  if (figures.length > 0) {
    const namesScaleAi = context.namesScaleAi ?? entities.some((e) => e.entity === 'scale-ai');
    const organisations = organisationsOfSentences(text, entities, namesScaleAi);
    for (const raw of figures) {
      if (!isNearCompany(text, raw, entities, namesScaleAi)) continue;
      const mention = figureMention(text, raw, organisations);
      if (mention) mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

// Only a figure with a company name, or an "AI startup" on a page about Scale AI, within
// reach can be about Meta or Scale AI; most figures on a page are not, and skip the rest.
const STARTUP = /startup/i;
function isNearCompany(
  text: string,
  figure: ParsedFigure,
  entities: EntityMatch[],
  namesScaleAi: boolean,
): boolean {
  const from = figure.start - SENTENCE_REACH - REFERENCE_LOOKBACK;
  const to = figure.end + SENTENCE_REACH;
  if (hasEntityBetween(entities, from, to)) return true;
  const around = text.slice(Math.max(0, figure.start - SENTENCE_REACH), to);
  return namesScaleAi && STARTUP.test(around);
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function paragraphStartOf(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return starts[low];
}

type Organisation = { start: number; end: number; entities: EntityId[] | null };

type SentenceOrganisations = (sentence: { start: number; end: number }) => Organisation[];

/**
 * Returns a lookup of the companies each sentence names or refers to, remembering the last
 * sentence asked for: the figures of one sentence share one look.
 */
function organisationsOfSentences(
  text: string,
  entities: EntityMatch[],
  namesScaleAi: boolean,
): SentenceOrganisations {
  const paragraphs = paragraphStarts(text);
  let lastStart = -1;
  let lastEnd = -1;
  let last: Organisation[] = [];
  return (sentence) => {
    if (sentence.start !== lastStart || sentence.end !== lastEnd) {
      last = organisationsIn(text, sentence, entities, paragraphs, namesScaleAi);
      lastStart = sentence.start;
      lastEnd = sentence.end;
    }
    return last;
  };
}

function figureMention(
  text: string,
  raw: ParsedFigure,
  organisationsOf: SentenceOrganisations,
): FigureMention | null {
  // Most figures on a page are about nobody we follow: look at the sentence first.
  const sentence = sentenceAround(text, raw.start, raw.end);
  const organisations = organisationsOf(sentence);
  if (organisations.length === 0) return null;
  let { figure } = raw;
  let start = raw.start;
  if ('qualifier' in figure && figure.qualifier !== 'range') {
    const found = findQualifierBefore(text, raw.start);
    if (found && found.qualifier !== 'between') {
      figure = { ...figure, qualifier: found.qualifier };
      start = Math.max(found.start, sentence.start);
    }
  }
  const end = raw.end;
  // Judging a denied figure would say the page claims it: leave it unmarked.
  if (DENIED_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start))) return null;
  const ours = organisations.filter((o) => o.entities !== null);
  if (ours.length === 0) return null;
  // The owner: a phrase holding the figure ("a 2016 startup"), else the company named
  // nearest before it, else the first one after it.
  const owner =
    organisations.find((o) => o.start <= start && o.end >= end) ??
    organisations.filter((o) => o.end <= start).at(-1) ??
    organisations.find((o) => o.start >= end) ??
    ours[0];
  if (!owner.entities) return null;
  // "$10 billion in OpenAI": the money goes to someone else.
  const target = organisations.find((o) => o.start >= end && o.start - end <= 40);
  if (target && !target.entities && FOREIGN_TARGET.test(text.slice(end, target.start))) return null;

  const mentionText = text.slice(start, end);
  if (!('qualifier' in figure)) {
    return {
      kind: 'figure',
      start,
      end,
      text: mentionText,
      claim: null,
      figure: null,
      unsupported: figure.unsupported,
    };
  }
  const claim = attributeClaim({
    text,
    figure,
    start,
    end,
    sentence,
    entities: new Set(ours.flatMap((o) => o.entities ?? [])),
    owner: owner.entities.at(-1) as EntityId,
  });
  return { kind: 'figure', start, end, text: mentionText, claim: claim?.id ?? null, figure };
}

/** Every company the sentence names or refers back to, ours and others', in order. */
function organisationsIn(
  text: string,
  sentence: { start: number; end: number },
  entities: EntityMatch[],
  paragraphs: number[],
  namesScaleAi: boolean,
): Organisation[] {
  const own = entitiesBetween(entities, sentence.start, sentence.end);
  const references = resolveReferences(
    text,
    sentence.start,
    sentence.end,
    entities,
    paragraphStartOf(paragraphs, sentence.start),
    namesScaleAi,
  );
  // Another company's name only matters next to ours; most sentences name neither.
  if (own.length === 0 && references.length === 0) return [];
  const isInsideOwn = (o: { start: number; end: number }) =>
    own.some((e) => o.start >= e.start && o.end <= e.end);
  const others = findOtherOrganisations(text, sentence.start, sentence.end).filter(
    (o) => !isInsideOwn(o),
  );
  return [
    ...own.map((e) => ({ start: e.start, end: e.end, entities: [e.entity] })),
    ...references,
    ...others.map((o) => ({ ...o, entities: null })),
  ].sort((a, b) => a.start - b.start);
}
