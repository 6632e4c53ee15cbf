import type { Dataset, Statement } from './dataset-schema';

/** A statement with its index in `dataset.statements` (how a source view finds it). */
export type IndexedStatement = { statement: Statement; index: number };

/**
 * Returns the figure statements of `claim`, grouped by source in dataset order, each with its
 * index in `dataset.statements`. Sources that do not state the claim are absent.
 */
export function statementsBySource(
  dataset: Dataset,
  claim: string,
): Map<string, IndexedStatement[]> {
  const bySource = new Map<string, IndexedStatement[]>();
  dataset.statements.forEach((statement, index) => {
    if (statement.claim !== claim || statement.value.kind !== 'figure') return;
    bySource.set(statement.source, [
      ...(bySource.get(statement.source) ?? []),
      { statement, index },
    ]);
  });
  return bySource;
}

/**
 * The statement that best speaks for a source: its first qualified one ("up to $10 billion"
 * says more than a bare headline "$10B", as in judgeFigure), else its first. Returns
 * undefined for an empty list.
 */
export function preferredStatement(list: IndexedStatement[]): IndexedStatement | undefined {
  return list.find((entry) => entry.statement.qualifier !== 'exact') ?? list[0];
}

/** A source's short name: the seed's number ("000" for "000_19b8850ff99f1f10"). */
export function shortSourceId(sourceId: string): string {
  return sourceId.split('_')[0];
}
