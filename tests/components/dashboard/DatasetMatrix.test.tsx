// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetMatrix } from '../../../components/dashboard/DatasetMatrix';
import { buildMatrix } from '../../../lib/dataset-matrix';
import { referenceDataset } from '../../../lib/reference-dataset';

afterEach(cleanup);

const dataset = referenceDataset();
const matrix = buildMatrix(dataset);
const rowOf = (label: string) => {
  const header = screen.getAllByRole('rowheader').find((th) => th.textContent?.startsWith(label));
  const row = header?.closest('tr');
  if (!row) throw new Error('no row');
  return row;
};

describe('DatasetMatrix', () => {
  it('shows a column for every source, by number and title', () => {
    render(<DatasetMatrix matrix={matrix} />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers).toHaveLength(dataset.sources.length + 1);
    for (const source of dataset.sources) {
      const title = within(screen.getAllByRole('row')[0]).getByText(source.title);
      expect(title.closest('th')?.getAttribute('scope')).toBe('col');
    }
    expect(headers[4].textContent).toMatch(/^003 /);
  });

  it('marks the investment row disputed in words, on the row and on every stating source', () => {
    render(<DatasetMatrix matrix={matrix} />);
    const row = rowOf("Meta's investment in Scale AI");
    expect(within(row).getByRole('rowheader').textContent).toContain('⚠ sources disagree');
    // The row header and all four sources' cells.
    expect(within(row).getAllByText('⚠ sources disagree')).toHaveLength(5);
    expect(within(row).getAllByText('$14 billion').length).toBeGreaterThan(0);
  });

  it('leaves the stake row unmarked and says which sources are silent', () => {
    render(<DatasetMatrix matrix={matrix} />);
    const row = rowOf("Meta's stake in Scale AI");
    expect(row.textContent).not.toContain('sources disagree');
    expect(within(row).getAllByText('Not stated')).toHaveLength(3);
    expect(within(row).getByText('49%')).toBeTruthy();
  });

  it("quotes each source's sentence", () => {
    render(<DatasetMatrix matrix={matrix} />);
    const quote = dataset.statements.find((s) => s.claim === 'meta-stake-in-scale-ai')?.quote;
    expect(quote).toBeDefined();
    const row = rowOf("Meta's stake in Scale AI");
    expect(within(row).getByText(quote ?? '').tagName).toBe('Q');
  });

  it('is a table with a caption and scoped header cells', () => {
    render(<DatasetMatrix matrix={matrix} />);
    const table = screen.getByRole('table', { name: /statements, claim by claim/ });
    expect(table.querySelector('caption')).not.toBeNull();
    expect(screen.getAllByRole('rowheader')).toHaveLength(matrix.rows.length);
    for (const th of table.querySelectorAll('th')) {
      expect(['col', 'row']).toContain(th.getAttribute('scope'));
    }
  });
});
