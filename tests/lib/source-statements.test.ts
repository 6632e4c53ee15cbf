import { describe, expect, it } from 'vitest';
import { referenceDataset } from '../../lib/reference-dataset';
import { preferredStatement, shortSourceId, statementsBySource } from '../../lib/source-statements';
import { SOURCE } from '../support/page-state';

const dataset = referenceDataset();

describe('statementsBySource', () => {
  it('groups a claim’s statements by source with their dataset indices', () => {
    const bySource = statementsBySource(dataset, 'scale-ai-revenue-2025');
    expect([...bySource.keys()]).toEqual([SOURCE['000'], SOURCE['003']]);
    for (const list of bySource.values()) {
      for (const { statement, index } of list) expect(dataset.statements[index]).toBe(statement);
    }
  });

  it('is empty for a claim no source states', () => {
    expect(statementsBySource(dataset, 'no-such-claim').size).toBe(0);
  });
});

describe('preferredStatement', () => {
  it('prefers a qualified statement over a bare headline figure', () => {
    const list =
      statementsBySource(dataset, 'meta-investment-in-scale-ai').get(SOURCE['002']) ?? [];
    expect(preferredStatement(list)?.statement.figureText).toBe('up to $10 billion');
  });

  it('falls back to the first statement, and to undefined for none', () => {
    const list =
      statementsBySource(dataset, 'meta-investment-in-scale-ai').get(SOURCE['003']) ?? [];
    expect(preferredStatement(list)).toBe(list[0]);
    expect(preferredStatement([])).toBeUndefined();
  });
});

describe('shortSourceId', () => {
  it('keeps the seed number', () => {
    expect(shortSourceId('000_19b8850ff99f1f10')).toBe('000');
    expect(shortSourceId('plain')).toBe('plain');
  });
});
