import type { Dataset, Statement } from '../dataset-schema';
import { describeEntity, describeFigure, type Card } from '../describe-mention';
import { formatFigure } from '../format-figure';
import { indexStatements, judgeFigure, type Judgement } from '../judge-mention';
import type { EntityMention, FigureMention, Mention } from '../mention';
import type { PageMention } from '../messages';
import { quoteAround } from '../quote-around';
import { currentTextOf, textOf, type MarkAttributes } from './element-marks';
import type { MarkKind } from './mark-kind';
import { asReadText, type PageText } from './page-text';
import { livePiecesOf, unitsOf, type TextPiece } from './text-ranges';

/** One mention marked on the page: what it says, where its text is, how it is drawn. */
export type MarkRecord = {
  id: string;
  mention: Mention;
  judgement: Judgement | null;
  kind: MarkKind;
  /**
   * The mention's text in the page's own text nodes (valid while the page keeps them). Null
   * until first needed for a painted mark (see {@link piecesOfRecord}): a long page's marks
   * are mostly never near the screen, and looking up their nodes was a quarter of marking.
   */
  pieces: TextPiece[] | null;
  /** The pieces' text when looked up, to notice a page that rewrote it (null with them). */
  pieceTexts: string[] | null;
  /** The read the mention was found in (its offsets are into its text), for its quote. */
  page: PageText;
  /**
   * The units of that read the mention's text lies in (see `PageText`), in order: for a record
   * made without pieces, which stands for them until they are looked up ([] otherwise).
   */
  units: number[];
  /** The node its text starts in or under: a text node, or the block read whole holding it. */
  anchor: Node;
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

/**
 * Makes the record of a mention read in `page`, whose text is `pieces`, or whose pieces are
 * looked up when first needed (null; see {@link piecesOfRecord}).
 */
export function createRecord(
  id: string,
  mention: Mention,
  pieces: TextPiece[] | null,
  reference: Reference,
  page: PageText,
): MarkRecord {
  // Through any splits: in the elements style, an earlier mention in the same node may have
  // been wrapped already (its records were made in an earlier slice).
  const pieceTexts = pieces && pieces.map(currentTextOf);
  // Only a record without pieces needs its units (see placeOfRecord, isRecordIntact).
  const units = pieces ? [] : unitsOf(page, mention.start, mention.end);
  const anchor = pieces ? pieces[0].node : page.units[units[0]];
  if (mention.kind === 'entity') {
    return {
      id,
      mention,
      judgement: null,
      kind: 'entity',
      pieces,
      pieceTexts,
      page,
      units,
      anchor,
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
    page,
    units,
    anchor,
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
  const { mention } = record;
  return (record.quote ??= quoteAround(record.page.text, mention.start, mention.end));
}

/**
 * The record's pieces, looked up on first need: [] when the page has changed their text since
 * it was read (a missed mark, never one on other words; the change watcher reads it again).
 */
export function piecesOfRecord(record: MarkRecord): TextPiece[] {
  if (!record.pieces) {
    const { page, mention } = record;
    record.pieces = livePiecesOf(page, mention.start, mention.end);
    record.pieceTexts = record.pieces.map(textOf);
  }
  return record.pieces;
}

/**
 * The nodes a record's text is in or under, without looking its pieces up: its elements, its
 * pieces' nodes, or the units it was read in.
 */
export function placeOfRecord(record: MarkRecord): Node[] {
  if (record.elements) return record.elements;
  if (record.pieces) return record.pieces.map((p) => p.node);
  return record.units.map((i) => record.page.units[i]);
}

/**
 * Whether each unit's text, where checked, is still what was read: memoised per unit, since
 * the marks of one block share it (pass one map to a run of {@link isRecordIntact} calls).
 */
export type UnitCheck = Map<Node, boolean>;

function isUnitAsRead(page: PageText, i: number, checked?: UnitCheck): boolean {
  const unit = page.units[i];
  let same = checked?.get(unit);
  if (same === undefined) {
    const text = unit.nodeType === Node.TEXT_NODE ? (unit as Text).data : unit.textContent;
    same =
      unit.isConnected && asReadText(text ?? '') === page.text.slice(page.starts[i], page.ends[i]);
    checked?.set(unit, same);
  }
  return same;
}

/**
 * True while the page still holds the text the record marked, where it marked it: in the
 * page's own nodes (painted), or in the record's elements (wrapped; wrapping split the nodes).
 * For a record whose pieces were never looked up: while its units hold the text read.
 */
export function isRecordIntact(record: MarkRecord, checked?: UnitCheck): boolean {
  const { pieces, pieceTexts } = record;
  if (record.elements) {
    const text = record.elements.map((e) => (e.isConnected ? e.textContent : null));
    return text.length > 0 && !text.includes(null) && text.join('') === pieceTexts!.join('');
  }
  if (!pieces) return record.units.every((i) => isUnitAsRead(record.page, i, checked));
  return (
    pieces.length > 0 &&
    pieces.every(
      (p, i) => p.node.isConnected && p.end <= p.node.length && textOf(p) === pieceTexts![i],
    )
  );
}

/** The record as the extension reports it (the public data-* contract, as data). */
export function toPageMention(record: MarkRecord): PageMention {
  const { mention, judgement } = record;
  if (mention.kind === 'entity') {
    return {
      id: record.id,
      kind: 'entity',
      text: piecesOfRecord(record).length > 0 ? record.pieceTexts!.join('') : mention.text,
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
