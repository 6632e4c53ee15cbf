import { CLAIMS } from './claims';
import { compareFigures } from './compare-figures';
import { statementFigure, type Dataset } from './dataset-schema';
import type { Figure } from './figure';
import { formatFigure } from './format-figure';
import {
  preferredStatement,
  shortSourceId,
  statementsBySource,
  type IndexedStatement,
} from './source-statements';

function figuresOf(list: IndexedStatement[]): Figure[] {
  return list.map((entry) => statementFigure(entry.statement)).filter((f) => f !== null);
}

// Two sources contradict each other when none of one's statements agrees with any of the
// other's: the same "any statement agrees" rule as a source's stance on a page figure
// (README, "Verdict"), so 000's "over $10 billion" squares with 003's "$14 billion", while
// 001's "$10 billion" does not.
function isContradicting(a: Figure[], b: Figure[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.every((fa) => b.every((fb) => !compareFigures(fa, fb).agrees));
}

/**
 * Says, for every catalog claim, whether the reference sources contradict each other on it:
 * "Sources disagree: 000 says $2 billion, 003 says $2.5 billion." (each source in conflict,
 * in dataset order, with its preferred statement's figure), or null when they all square.
 */
export function sourceContradictions(dataset: Dataset): Map<string, string | null> {
  const result = new Map<string, string | null>();
  for (const claim of CLAIMS) {
    const bySource = statementsBySource(dataset, claim.id);
    const sources = dataset.sources.map((s) => s.id).filter((id) => bySource.has(id));
    const figures = new Map(sources.map((id) => [id, figuresOf(bySource.get(id) ?? [])]));
    const conflicting = new Set<string>();
    for (const [i, a] of sources.entries()) {
      for (const b of sources.slice(i + 1)) {
        if (!isContradicting(figures.get(a) ?? [], figures.get(b) ?? [])) continue;
        conflicting.add(a);
        conflicting.add(b);
      }
    }
    const parts = sources
      .filter((id) => conflicting.has(id))
      .map((id) => {
        const preferred = preferredStatement(bySource.get(id) ?? []);
        const figure = preferred && statementFigure(preferred.statement);
        return figure ? `${shortSourceId(id)} says ${formatFigure(figure)}` : null;
      })
      .filter((part) => part !== null);
    result.set(claim.id, parts.length > 1 ? `Sources disagree: ${parts.join(', ')}.` : null);
  }
  return result;
}
