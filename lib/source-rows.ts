import { compareFigures, type Comparison } from './compare-figures';
import { statementFigure, type Dataset } from './dataset-schema';
import type { Figure } from './figure';
import { formatFigure } from './format-figure';
import type { PageMention } from './messages';
import { quoteParts, type QuoteParts } from './quote-excerpt';
import {
  preferredStatement,
  shortSourceId,
  statementsBySource,
  type IndexedStatement,
} from './source-statements';

/** One source's statement of a claim, as the popup lists it. */
export type StatementRow = {
  sourceId: string;
  /** The seed's number, "000": how contradiction sentences name the source. */
  shortId: string;
  title: string;
  /** The statement's figure in plain English: "over $10 billion". */
  figure: string;
  quote: QuoteParts;
  /** Index in `dataset.statements`: the source view's `statement` parameter. */
  statementIndex: number;
};

/** One source's row under a page figure: its stance and, when known, why. */
export type SourceRow = StatementRow & {
  stance: 'agrees' | 'disagrees';
  /** "rounds to $14 billion"; null when the page figure could not be read back. */
  reason: string | null;
};

/** Builds the row of one statement (no stance). */
export function statementRow(entry: IndexedStatement, title: string): StatementRow {
  const figure = statementFigure(entry.statement);
  return {
    sourceId: entry.statement.source,
    shortId: shortSourceId(entry.statement.source),
    title,
    figure: figure ? formatFigure(figure) : entry.statement.figureText,
    quote: quoteParts(entry.statement),
    statementIndex: entry.index,
  };
}

type Choice = { entry: IndexedStatement; comparison: Comparison | null };

// The statement a stance rests on, picked as judgeFigure picks it: for an agreeing source its
// first agreeing statement, for a disagreeing one its preferred disagreeing statement.
function chooseStatement(
  list: IndexedStatement[],
  page: Figure | null,
  stance: SourceRow['stance'],
): Choice | undefined {
  if (page) {
    const compared = list.flatMap((entry) => {
      const figure = statementFigure(entry.statement);
      return figure ? [{ entry, comparison: compareFigures(page, figure) }] : [];
    });
    const fitting = compared.filter((c) => c.comparison.agrees === (stance === 'agrees'));
    const preferred = preferredStatement(fitting.map((c) => c.entry));
    const match = stance === 'agrees' ? fitting[0] : fitting.find((c) => c.entry === preferred);
    if (match) return match;
  }
  const entry = preferredStatement(list);
  return entry && { entry, comparison: null };
}

/**
 * Returns one row per source in the mention's agree and disagree lists, in dataset order:
 * the stance comes from those lists (the content script's judgement); the statement and the
 * reason are worked out again from the mention's parsed figure. Sources without a statement of the
 * claim are skipped; a mention without a claim has no rows.
 */
export function sourceRowsOf(mention: PageMention, dataset: Dataset): SourceRow[] {
  if (!mention.claim) return [];
  const bySource = statementsBySource(dataset, mention.claim);
  const page = mention.figure ?? null;
  const rows: SourceRow[] = [];
  for (const source of dataset.sources) {
    const stance = mention.agree.includes(source.id)
      ? 'agrees'
      : mention.disagree.includes(source.id)
        ? 'disagrees'
        : null;
    const choice = stance && chooseStatement(bySource.get(source.id) ?? [], page, stance);
    if (!stance || !choice) continue;
    const reason = choice.comparison?.reason ?? null;
    rows.push({ ...statementRow(choice.entry, source.title), stance, reason });
  }
  return rows;
}
