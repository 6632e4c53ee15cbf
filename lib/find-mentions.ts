import { attributeClaim } from './attribute-claim';
import { classifyEntity, ENTITY_TRIGGER_SOURCE, type EntityId, type EntityMatch } from './entities';
import type { Figure } from './figure';
import type { EntityMention, FigureMention, Mention } from './mention';
import { parseFigureAt, type ParsedFigure } from './parse-figure';
import { FRACTION_PERCENT, NUMBER_WORD_SOURCE } from './number-words';
import { findOtherOrganisations } from './other-organisations';
import { findQualifierBefore } from './qualifier';
import { entitiesBetween, resolveReferences } from './references';
import { sentenceAround } from './sentences';

const capitalisable = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
const NUMBER_WORDS_ANY_CASE = NUMBER_WORD_SOURCE.replace(
  /\b([a-z])(?=[a-z-]*[|)])/g,
  (l) => `[${l.toUpperCase()}${l}]`,
);

/**
 * The one regex that finds where a mention may start: a currency sign, a digit, a company
 * alias, a number word before a scale word, or a fraction word. Everything else in a text is
 * skipped by the regex engine, which keeps the matcher linear and close to a bare scan.
 */
export const TRIGGER = new RegExp(
  [
    '(?:\\b[A-Z]{1,2})?\\$|[€£¥₹]|\\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR)(?=[ \\u00a0\\u2009\\u202f]?\\d)',
    '\\d',
    `(${ENTITY_TRIGGER_SOURCE})`,
    `\\b${NUMBER_WORDS_ANY_CASE}[ \\u00a0]+(?:thousand|million|billion|trillion)\\b`,
    `\\b(?:${Object.keys(FRACTION_PERCENT).map(capitalisable).join('|')})\\b`,
  ].join('|'),
  'g',
);
const DIGIT_RUN = /[\d.,]*/y;
const FOREIGN_TARGET =
  /^[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:in|into|for|of|on|to|from)[ \u00a0]+(?:the[ \u00a0]+)?$/;

type RawFigure = ParsedFigure & { figure: Figure | { unsupported: 'currency' | 'number-format' } };

/**
 * Finds every mention of Meta, Scale AI and their deal figures in `text` (block boundaries
 * as "\n"). Returns entity and figure mentions in text order; figures whose sentence is not
 * about Meta or Scale AI, or that belong to another company, are left out.
 */
export function findMentions(text: string): Mention[] {
  const entities: EntityMatch[] = [];
  const figures: RawFigure[] = [];
  let hasNamedScaleAi = false;
  const re = new RegExp(TRIGGER.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (m[1] !== undefined) {
      const entity = classifyEntity(text, at, m[1], hasNamedScaleAi);
      if (entity) entities.push({ start: at, end: at + m[1].length, entity });
      if (entity === 'scale-ai' && m[1] !== 'Scale') hasNamedScaleAi = true;
      continue;
    }
    const parsed = parseFigureAt(text, at);
    if (parsed) {
      figures.push(parsed);
      re.lastIndex = Math.max(parsed.end, at + 1);
    } else if (/\d/.test(m[0])) {
      // Skip the rest of a number that is no figure, so long digit runs cost one step.
      DIGIT_RUN.lastIndex = at;
      DIGIT_RUN.exec(text);
      re.lastIndex = Math.max(DIGIT_RUN.lastIndex, at + 1);
    }
  }
  const mentions: Mention[] = entities.map((e): EntityMention => ({
    kind: 'entity',
    ...e,
    text: text.slice(e.start, e.end),
  }));
  if (figures.length > 0) {
    const paragraphs = paragraphStarts(text);
    const namesScaleAi = entities.some((e) => e.entity === 'scale-ai');
    for (const raw of figures) {
      const mention = figureMention(text, raw, entities, paragraphs, namesScaleAi);
      if (mention) mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
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

function figureMention(
  text: string,
  raw: RawFigure,
  entities: EntityMatch[],
  paragraphs: number[],
  namesScaleAi: boolean,
): FigureMention | null {
  let { figure } = raw;
  let start = raw.start;
  if ('qualifier' in figure && figure.qualifier !== 'range') {
    const found = findQualifierBefore(text, raw.start);
    if (found && found.qualifier !== 'between') {
      figure = { ...figure, qualifier: found.qualifier };
      start = found.start;
    }
  }
  const end = raw.end;
  const sentence = sentenceAround(text, start, end);
  const organisations = organisationsIn(text, sentence, entities, paragraphs, namesScaleAi);
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
