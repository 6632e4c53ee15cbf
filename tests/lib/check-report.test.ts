import { describe, expect, it } from 'vitest';
import { buildReport, renderTable } from '../../lib/check-report';
import { referenceDataset } from '../../lib/reference-dataset';

const TEXT = 'Meta agreed to invest $14.3 billion in Scale AI for a 49% stake.';
const dataset = referenceDataset();

describe('buildReport', () => {
  const rows = buildReport(TEXT, dataset);

  it('judges each figure and lists the agreeing and disagreeing sources', () => {
    expect(rows).toEqual([
      {
        text: 'Meta',
        start: 0,
        end: 4,
        kind: 'entity',
        entity: 'meta',
        agree: [],
        disagree: [],
      },
      {
        text: '$14.3 billion',
        start: 22,
        end: 35,
        kind: 'figure',
        claim: 'meta-investment-in-scale-ai',
        value: '$14.3 billion',
        verdict: 'mixed',
        agree: ['000_19b8850ff99f1f10', '003_d369bcd6a49f9c65'],
        disagree: ['001_b2b999f39626c3af', '002_e889baadfc38e533'],
      },
      {
        text: 'Scale AI',
        start: 39,
        end: 47,
        kind: 'entity',
        entity: 'scale-ai',
        agree: [],
        disagree: [],
      },
      {
        text: '49%',
        start: 54,
        end: 57,
        kind: 'figure',
        claim: 'meta-stake-in-scale-ai',
        value: '49%',
        verdict: 'agrees',
        agree: ['003_d369bcd6a49f9c65'],
        disagree: [],
      },
    ]);
  });

  it('gives offsets that slice the mention back out of the text', () => {
    for (const row of rows) expect(TEXT.slice(row.start, row.end)).toBe(row.text);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it('marks figures without a claim, a stating source or a comparable value unreferenced', () => {
    const text =
      'Meta reported revenue of $40 billion in the quarter.\n' +
      'Scale AI was valued at $13.8 billion after its Series F round in 2024.\n' +
      'Meta paid €12 billion for Scale AI.';
    // A dataset in which no source states the valuation claim.
    const valuation = 'scale-ai-valuation-series-f-2024';
    const statements = dataset.statements.filter((s) => s.claim !== valuation);
    const rows = buildReport(text, { ...dataset, statements });
    const figures = rows.filter((row) => row.kind === 'figure');
    expect(
      figures.map(({ text: t, claim, value, verdict }) => ({ t, claim, value, verdict })),
    ).toEqual([
      { t: '$40 billion', claim: null, value: '$40 billion', verdict: 'unreferenced' },
      {
        t: '$13.8 billion',
        claim: 'scale-ai-valuation-series-f-2024',
        value: '$13.8 billion',
        verdict: 'unreferenced',
      },
      { t: '€12 billion', claim: null, value: undefined, verdict: 'unreferenced' },
    ]);
    expect(figures.every((row) => row.agree.length === 0 && row.disagree.length === 0)).toBe(true);
  });

  it('returns no rows for text that names neither company', () => {
    expect(buildReport("Microsoft's $10 billion investment in OpenAI.", dataset)).toEqual([]);
  });
});

describe('renderTable', () => {
  const table = renderTable(TEXT, dataset);

  it('shows each figure with its claim, value, verdict and every source', () => {
    expect(table).toContain('1. "$14.3 billion" (line 1)');
    expect(table).toContain("Claim:   Meta's investment in Scale AI");
    expect(table).toContain('Page:    $14.3 billion');
    expect(table).toContain('Verdict: mixed (2 agree, 2 disagree)');
    expect(table).toContain('Verdict: agrees (1 agree, 0 disagree)');
    for (const source of dataset.sources) expect(table).toContain(source.title.slice(0, 30));
    expect(table).toMatch(/^ {3}agrees {5}Meta's \$14B Investment in Scale AI's Future — /m);
    expect(table).toMatch(/^ {3}disagrees {2}As an AI technology analyst/m);
  });

  it('quotes each source verbatim with its figure emphasised', () => {
    expect(table).toContain("“Meta's «$14B» Investment in Scale AI's Future”");
    expect(table).toContain('«49%»');
  });

  it('ends with a summary of entities and figures by verdict', () => {
    expect(table.endsWith('\n\n')).toBe(false);
    expect(table.trimEnd().split('\n').at(-1)).toBe(
      'Summary: Meta 1 and Scale AI 1 mentions; 2 figures: 1 agree, 1 mixed, 0 disagree, 0 unreferenced.',
    );
  });

  it('fits in 100 columns', () => {
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('says when a figure has no catalog claim', () => {
    const other = renderTable('Meta reported revenue of $40 billion in the quarter.', dataset);
    expect(other).toContain('Claim:   — no catalog claim');
    expect(other).toContain('Verdict: unreferenced');
  });

  it('says when there are no figures', () => {
    expect(renderTable('Nothing about either company.', dataset)).toBe(
      'No figures about Meta or Scale AI found.\n\n' +
        'Summary: Meta 0 and Scale AI 0 mentions; 0 figures: 0 agree, 0 mixed, 0 disagree, 0 unreferenced.\n',
    );
  });
});
