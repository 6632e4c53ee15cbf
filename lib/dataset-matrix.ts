import { CLAIMS } from './claims';
import { compareFigures } from './compare-figures';
import { statementFigure, type Dataset, type Statement } from './dataset-schema';
import type { Figure } from './figure';
import { formatFigure } from './format-figure';

/** One statement as a matrix cell shows it: the figure in words and the source's sentence. */
export type MatrixStatement = {
  /** "over $10 billion"; a text statement's words. */
  value: string;
  quote: string;
  /** Its index in `dataset.statements` (how a source view finds it). */
  index: number;
};

/** What one source says about one claim; `disputed` when another source disagrees with it. */
export type MatrixCell = { sourceId: string; statements: MatrixStatement[]; disputed: boolean };

/** One claim across every source, in `dataset.sources` order. */
export type MatrixRow = { claimId: string; label: string; cells: MatrixCell[]; disputed: boolean };

/** The reference dataset as a claim × source table. */
export type DatasetMatrix = {
  sources: { id: string; title: string }[];
  rows: MatrixRow[];
};

type Indexed = { statement: Statement; index: number; figure: Figure | null };

function describe(statement: Statement): string {
  const figure = statementFigure(statement);
  if (figure) return formatFigure(figure);
  return statement.value.kind === 'text' ? statement.value.text : statement.figureText;
}

// A source's cell is disputed when any statement of another source disagrees with any of its
// own (README "Comparison"). Statements of one source never dispute each other: 002's
// "up to $10 billion" and "$10B" are one article's wording, not a conflict between sources.
function isDisputed(own: Indexed[], others: Indexed[]): boolean {
  const figures = (list: Indexed[]) => list.map((entry) => entry.figure).filter((f) => f !== null);
  const theirs = figures(others);
  return figures(own).some((a) => theirs.some((b) => !compareFigures(a, b).agrees));
}

/**
 * Builds the claim × source matrix: one row per catalog claim some source states (catalog
 * order), one cell per source (dataset order; empty when the source is silent), each cell's
 * statements in dataset order with identical value-and-quote pairs listed once. A row is
 * disputed when any of its cells is.
 */
export function buildMatrix(dataset: Dataset): DatasetMatrix {
  const sources = dataset.sources.map(({ id, title }) => ({ id, title }));
  const rows: MatrixRow[] = [];
  for (const claim of CLAIMS) {
    const stated: Indexed[] = dataset.statements
      .map((statement, index) => ({ statement, index, figure: statementFigure(statement) }))
      .filter((entry) => entry.statement.claim === claim.id);
    if (stated.length === 0) continue;
    const cells = sources.map((source): MatrixCell => {
      const own = stated.filter((entry) => entry.statement.source === source.id);
      const others = stated.filter((entry) => entry.statement.source !== source.id);
      const seen = new Set<string>();
      const statements: MatrixStatement[] = [];
      for (const entry of own) {
        const value = describe(entry.statement);
        const key = `${value}\u0000${entry.statement.quote}`;
        if (seen.has(key)) continue;
        seen.add(key);
        statements.push({ value, quote: entry.statement.quote, index: entry.index });
      }
      return { sourceId: source.id, statements, disputed: isDisputed(own, others) };
    });
    rows.push({
      claimId: claim.id,
      label: claim.label,
      cells,
      disputed: cells.some((cell) => cell.disputed),
    });
  }
  return { sources, rows };
}
