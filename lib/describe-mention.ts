import { findClaim } from './claims';
import type { Dataset } from './dataset-schema';
import type { EntityId } from './entities';
import { formatFigure } from './format-figure';
import type { Judgement, Verdict } from './judge-mention';
import type { EntityMention, FigureMention } from './mention';
import { quoteParts, shorten, type QuoteParts } from './quote-excerpt';

/** One source's row on a figure's card. */
export type CardRow = {
  source: string;
  title: string;
  stance: 'agrees' | 'disagrees';
  /** Why, in plain words: "rounds to $14 billion", "outside 'up to $10 billion'". */
  reason: string;
  quote: QuoteParts;
};

/** What a figure's card says. */
export type FigureCard = {
  kind: 'figure';
  heading: string;
  pageText: string;
  value: string | null;
  verdict: Verdict;
  summary: string;
  rows: CardRow[];
};

/** What an entity's card says: the claims this page makes about the company. */
export type EntityCard = {
  kind: 'entity';
  heading: string;
  claims: { label: string; figures: string[]; verdicts: Verdict[] }[];
  summary: string;
};

export type Card = FigureCard | EntityCard;

const ENTITY_NAMES: Record<EntityId, string> = { meta: 'Meta', 'scale-ai': 'Scale AI' };
const TITLE_LENGTH = 60;

function summaryOf(mention: FigureMention, judgement: Judgement): string {
  const { verdict, agree, disagree } = judgement;
  if (verdict === 'agrees') {
    return agree.length === 1
      ? 'The one source that states this agrees.'
      : `All ${agree.length} sources that state this agree.`;
  }
  if (verdict === 'disagrees') {
    return disagree.length === 1
      ? 'The one source that states this disagrees.'
      : `None of the ${disagree.length} sources that state this agrees.`;
  }
  if (verdict === 'mixed') {
    return `${agree.length} of ${agree.length + disagree.length} sources agree; the sources contradict each other.`;
  }
  if (mention.unsupported === 'currency') return 'Not compared: the sources give US dollars.';
  if (mention.unsupported === 'number-format') return 'Not compared: number format not read.';
  return mention.claim
    ? 'No reference source states this claim.'
    : 'A figure about Meta or Scale AI that no reference source states.';
}

/** Builds a figure's card: claim, page value, verdict, and one row per source. */
export function describeFigure(
  mention: FigureMention,
  judgement: Judgement,
  dataset: Dataset,
): FigureCard {
  const titles = new Map(dataset.sources.map((s) => [s.id, shorten(s.title, TITLE_LENGTH)]));
  return {
    kind: 'figure',
    heading: (mention.claim && findClaim(mention.claim)?.label) ?? 'Figure about Meta or Scale AI',
    pageText: mention.text,
    value: mention.figure ? formatFigure(mention.figure) : null,
    verdict: judgement.verdict,
    summary: summaryOf(mention, judgement),
    rows: judgement.stances.map((stance) => ({
      source: stance.source,
      title: titles.get(stance.source) ?? stance.source,
      stance: stance.stance,
      reason: stance.reason,
      quote: quoteParts(stance.statement),
    })),
  };
}

/**
 * Builds an entity's card from the page's judged figures: which claims the page makes, with
 * the figures it gives and their verdicts.
 */
export function describeEntity(
  mention: EntityMention,
  figures: { mention: FigureMention; judgement: Judgement }[],
): EntityCard {
  const byClaim = new Map<string, { label: string; figures: string[]; verdicts: Verdict[] }>();
  for (const { mention: figure, judgement } of figures) {
    const claim = figure.claim && findClaim(figure.claim);
    if (!claim || !claim.entities.includes(mention.entity)) continue;
    const entry = byClaim.get(claim.id) ?? { label: claim.label, figures: [], verdicts: [] };
    entry.figures.push(figure.text);
    entry.verdicts.push(judgement.verdict);
    byClaim.set(claim.id, entry);
  }
  const claims = [...byClaim.values()];
  const name = ENTITY_NAMES[mention.entity];
  return {
    kind: 'entity',
    heading: name,
    claims,
    summary:
      claims.length === 0
        ? `This page makes no catalog claim about ${name}.`
        : `This page makes ${claims.length} catalog claim${claims.length === 1 ? '' : 's'} about ${name}.`,
  };
}
