import type { Dataset, Statement } from '../dataset-schema';
import { describeEntity, describeFigure, type Card } from '../describe-mention';
import { formatFigure } from '../format-figure';
import { indexStatements, judgeFigure, type Judgement } from '../judge-mention';
import type { EntityMention, FigureMention, Mention } from '../mention';
import type { PageMention } from '../messages';
import { quoteAround } from '../quote-around';
import { currentTextOf, textOf, type MarkAttributes } from './element-marks';
import type { MarkKind } from './mark-kind';
import type { TextPiece } from './text-ranges';

/** One mention marked on the page: what it says, where its text is, how it is drawn. */
export type MarkRecord = {
  id: string;
  mention: Mention;
  judgement: Judgement | null;
  kind: MarkKind;
  /** The mention's text in the page's own text nodes (valid while the page keeps them). */
  pieces: TextPiece[];
  /** The pieces' text when marked, to notice a page that rewrote it. */
  pieceTexts: string[];
  /** The text the mention was read in (its offsets are into it), for its quote. */
  readText: string;
  /** The sentence around the mention, for the history: made on first need (see quoteOf). */
  quote: string | null;
  attributes: MarkAttributes;
  /** Set while drawn as elements. */
  elements: HTMLElement[] | null;
  /** Set once painted near the screen (see PaintMarks); null while drawn as elements. */
  ranges: AbstractRange[] | null;
};

/**
 * The dataset and its statements grouped for judging, made once per page, with the page's
 * judgements remembered: a page repeats its figures, and judging builds every reason text.
 */
export type Reference = {
  dataset: Dataset;
  index: Map<string, Map<string, Statement[]>>;
  judgements: Map<string, Judgement>;
};

/** Makes the reference of a page from the bundled dataset. */
export function createReference(dataset: Dataset): Reference {
  return { dataset, index: indexStatements(dataset), judgements: new Map() };
}

function judgeOnce(reference: Reference, mention: FigureMention): Judgement {
  const key = `${mention.claim}|${JSON.stringify(mention.figure)}`;
  let judgement = reference.judgements.get(key);
  if (!judgement) {
    judgement = judgeFigure(mention.claim, mention.figure, reference.index);
    reference.judgements.set(key, judgement);
  }
  return judgement;
}

/** Makes the record of a mention whose text is `pieces`. */
export function createRecord(
  id: string,
  mention: Mention,
  pieces: TextPiece[],
  reference: Reference,
  readText: string,
): MarkRecord {
  // Through any splits: in the elements style, an earlier mention in the same node may have
  // been wrapped already (its records were made in an earlier slice).
  const pieceTexts = pieces.map(currentTextOf);
  if (mention.kind === 'entity') {
    return {
      id,
      mention,
      judgement: null,
      kind: 'entity',
      pieces,
      pieceTexts,
      readText,
      quote: null,
      attributes: { mentionId: id, kind: 'entity', entity: mention.entity },
      elements: null,
      ranges: null,
    };
  }
  const judgement = judgeOnce(reference, mention);
  return {
    id,
    mention,
    judgement,
    kind: judgement.verdict,
    pieces,
    pieceTexts,
    readText,
    quote: null,
    attributes: {
      mentionId: id,
      kind: 'figure',
      ...(mention.claim ? { claim: mention.claim } : {}),
      verdict: judgement.verdict,
      agree: judgement.agree,
      disagree: judgement.disagree,
    },
    elements: null,
    ranges: null,
  };
}

/**
 * The sentence around a record's mention, as the history keeps it. Made when first asked, not
 * when marking: only figures are reported, after the marks are in place.
 */
export function quoteOf(record: MarkRecord): string {
  return (record.quote ??= quoteAround(record.readText, record.mention.start, record.mention.end));
}

/**
 * True while the page still holds the text the record marked, where it marked it: in the
 * page's own nodes (painted), or in the record's elements (wrapped; wrapping split the nodes).
 */
export function isRecordIntact(record: MarkRecord): boolean {
  if (record.elements) {
    const text = record.elements.map((e) => (e.isConnected ? e.textContent : null));
    return !text.includes(null) && text.join('') === record.pieceTexts.join('');
  }
  return record.pieces.every(
    (p, i) => p.node.isConnected && p.end <= p.node.length && textOf(p) === record.pieceTexts[i],
  );
}

/** The record as the extension reports it (the public data-* contract, as data). */
export function toPageMention(record: MarkRecord): PageMention {
  const { mention, judgement } = record;
  if (mention.kind === 'entity') {
    return {
      id: record.id,
      kind: 'entity',
      text: record.pieceTexts.join(''),
      entity: mention.entity,
      agree: [],
      disagree: [],
    };
  }
  return {
    id: record.id,
    kind: 'figure',
    text: mention.text,
    ...(mention.claim ? { claim: mention.claim } : {}),
    ...(mention.figure ? { value: formatFigure(mention.figure), figure: mention.figure } : {}),
    verdict: judgement?.verdict ?? 'unreferenced',
    agree: judgement?.agree ?? [],
    disagree: judgement?.disagree ?? [],
  };
}

/** The card of a record; an entity's card lists the page's claims about the company. */
export function cardOf(record: MarkRecord, all: Iterable<MarkRecord>, reference: Reference): Card {
  if (record.mention.kind === 'figure') {
    return describeFigure(record.mention, record.judgement!, reference.dataset);
  }
  const figures: { mention: FigureMention; judgement: Judgement }[] = [];
  for (const other of all) {
    if (other.mention.kind === 'figure' && other.judgement) {
      figures.push({ mention: other.mention, judgement: other.judgement });
    }
  }
  return describeEntity(record.mention as EntityMention, figures);
}
