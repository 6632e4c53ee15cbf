import { compareFigures } from './compare-figures';
import { statementFigure, type Dataset, type Statement } from './dataset-schema';
import type { Figure } from './figure';

export type Verdict = 'agrees' | 'disagrees' | 'mixed' | 'unreferenced';

/** One source's stance on a page's figure, with the statement it rests on and why. */
export type SourceStance = {
  source: string;
  stance: 'agrees' | 'disagrees';
  statement: Statement;
  reason: string;
};

export type Judgement = {
  verdict: Verdict;
  agree: string[];
  disagree: string[];
  stances: SourceStance[];
};

const UNREFERENCED: Judgement = { verdict: 'unreferenced', agree: [], disagree: [], stances: [] };

/** Groups a dataset's figure statements by claim, then by source, for {@link judgeFigure}. */
export function indexStatements(dataset: Dataset): Map<string, Map<string, Statement[]>> {
  const byClaim = new Map<string, Map<string, Statement[]>>();
  for (const statement of dataset.statements) {
    if (statement.value.kind !== 'figure') continue;
    const bySource = byClaim.get(statement.claim) ?? new Map<string, Statement[]>();
    byClaim.set(statement.claim, bySource);
    bySource.set(statement.source, [...(bySource.get(statement.source) ?? []), statement]);
  }
  return byClaim;
}

/**
 * Judges a page's figure of `claim` against every source that states the claim. A source
 * agrees when any of its statements agrees. Returns `unreferenced` when the figure has no
 * claim, cannot be compared, or no source states the claim.
 */
export function judgeFigure(
  claim: string | null,
  figure: Figure | null,
  index: Map<string, Map<string, Statement[]>>,
): Judgement {
  const bySource = claim ? index.get(claim) : undefined;
  if (!figure || !bySource) return UNREFERENCED;
  const stances: SourceStance[] = [];
  for (const [source, statements] of bySource) {
    let first: SourceStance | null = null;
    let agreeing: SourceStance | null = null;
    for (const statement of statements) {
      const sourceFigure = statementFigure(statement);
      if (!sourceFigure) continue;
      const { agrees, reason } = compareFigures(figure, sourceFigure);
      const stance: SourceStance = {
        source,
        stance: agrees ? 'agrees' : 'disagrees',
        statement,
        reason,
      };
      // A qualified statement ("up to $10 billion") says more than a bare headline figure.
      if (!first || (first.statement.qualifier === 'exact' && statement.qualifier !== 'exact')) {
        first = stance;
      }
      if (agrees) {
        agreeing = stance;
        break;
      }
    }
    const chosen = agreeing ?? first;
    if (chosen) stances.push(chosen);
  }
  const agree = stances.filter((s) => s.stance === 'agrees').map((s) => s.source);
  const disagree = stances.filter((s) => s.stance === 'disagrees').map((s) => s.source);
  if (stances.length === 0) return UNREFERENCED;
  const verdict = disagree.length === 0 ? 'agrees' : agree.length === 0 ? 'disagrees' : 'mixed';
  return { verdict, agree, disagree, stances };
}
