import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../lib/claims';
import { buildMatrix } from '../../lib/dataset-matrix';
import type { Dataset, Statement } from '../../lib/dataset-schema';
import { referenceDataset } from '../../lib/reference-dataset';

const matrix = buildMatrix(referenceDataset());
const row = (claimId: string) => {
  const found = matrix.rows.find((r) => r.claimId === claimId);
  if (!found) throw new Error(`no row for ${claimId}`);
  return found;
};
const cell = (claimId: string, prefix: string) => {
  const found = row(claimId).cells.find((c) => c.sourceId.startsWith(prefix));
  if (!found) throw new Error(`no cell for ${prefix}`);
  return found;
};
const values = (claimId: string, prefix: string) =>
  cell(claimId, prefix).statements.map((s) => s.value);

const SHA = '0'.repeat(64);
function statement(claim: string, source: string, mantissa: number, exponent = 9): Statement {
  return {
    claim,
    source,
    value: { kind: 'figure', unit: 'usd', low: { mantissa, exponent } },
    qualifier: 'exact',
    quote: `${source} says ${mantissa}.`,
    offset: 0,
    figureText: `$${mantissa}`,
    figureOffset: 0,
  };
}

describe('buildMatrix on the reference dataset', () => {
  it('has one column per source, in dataset order', () => {
    expect(matrix.sources.map((s) => s.id)).toEqual(referenceDataset().sources.map((s) => s.id));
    for (const r of matrix.rows) expect(r.cells).toHaveLength(matrix.sources.length);
  });

  it('lists the claims some source states, in catalog order', () => {
    const order = CLAIMS.map((c) => c.id);
    const ids = matrix.rows.map((r) => r.claimId);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(ids).toContain('meta-investment-in-scale-ai');
    expect(row('meta-investment-in-scale-ai').label).toBe("Meta's investment in Scale AI");
  });

  it('marks the investment disputed: 000/001/002 say about $10 billion, 003 says $14 billion', () => {
    expect(row('meta-investment-in-scale-ai').disputed).toBe(true);
    for (const prefix of ['000', '001', '002', '003']) {
      expect(cell('meta-investment-in-scale-ai', prefix).disputed).toBe(true);
    }
    expect(values('meta-investment-in-scale-ai', '003')).toContain('$14 billion');
    expect(values('meta-investment-in-scale-ai', '000')).toContain('over $10 billion');
  });

  it('marks 2025 revenue disputed: $2 billion against $2.5 billion', () => {
    expect(row('scale-ai-revenue-2025').disputed).toBe(true);
    expect(values('scale-ai-revenue-2025', '000')).toEqual(['$2 billion']);
    expect(values('scale-ai-revenue-2025', '003')).toEqual(['$2.5 billion']);
  });

  it('leaves the stake undisputed: only 003 states it', () => {
    expect(row('meta-stake-in-scale-ai').disputed).toBe(false);
    expect(values('meta-stake-in-scale-ai', '003')).toEqual(['49%']);
    expect(cell('meta-stake-in-scale-ai', '000').statements).toEqual([]);
  });

  it("treats 'about $870 million' and '$870 million' as agreeing (2024 revenue)", () => {
    expect(row('scale-ai-revenue-2024').disputed).toBe(false);
  });

  it("treats 'up to' and 'approximately $65 billion' as agreeing (AI spending)", () => {
    expect(row('meta-ai-spending-2025').disputed).toBe(false);
  });

  it("keeps each statement's quote and its index in the dataset", () => {
    const dataset = referenceDataset();
    for (const r of matrix.rows) {
      for (const c of r.cells) {
        for (const s of c.statements) {
          expect(dataset.statements[s.index].quote).toBe(s.quote);
          expect(dataset.statements[s.index].source).toBe(c.sourceId);
        }
      }
    }
  });
});

describe('buildMatrix on small datasets', () => {
  const sources = ['a', 'b'].map((id) => ({ id, title: id.toUpperCase(), sha256: SHA }));
  const claim = 'scale-ai-revenue-2025';

  it('does not dispute a cell over its own source disagreeing with itself', () => {
    const dataset: Dataset = {
      version: 1,
      sources,
      statements: [statement(claim, 'a', 2), statement(claim, 'a', 3)],
    };
    expect(buildMatrix(dataset).rows[0].disputed).toBe(false);
  });

  it('lists a repeated value-and-quote pair once', () => {
    const dataset: Dataset = {
      version: 1,
      sources,
      statements: [statement(claim, 'a', 2), statement(claim, 'a', 2), statement(claim, 'b', 2)],
    };
    const [first] = buildMatrix(dataset).rows;
    expect(first.cells[0].statements).toHaveLength(1);
    expect(first.disputed).toBe(false);
  });

  it("shows a text statement's words and never disputes it", () => {
    const text: Statement = {
      ...statement(claim, 'a', 2),
      value: { kind: 'text', text: 'closed' },
      qualifier: null,
    };
    const dataset: Dataset = {
      version: 1,
      sources,
      statements: [text, statement(claim, 'b', 3)],
    };
    const [first] = buildMatrix(dataset).rows;
    expect(first.cells[0].statements[0].value).toBe('closed');
    expect(first.disputed).toBe(false);
  });

  it('leaves out claims no source states', () => {
    expect(buildMatrix({ version: 1, sources, statements: [] }).rows).toEqual([]);
  });
});
