import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema, statementFigure } from '../../lib/dataset-schema';
import { formatFigure } from '../../lib/format-figure';
import { DATASET_PATH, renderDataset } from '../../lib/node/build-dataset';
import { readSeeds } from '../../lib/node/read-seeds';
import { bundledDataset } from '../../lib/bundled-dataset';
import { referenceDataset } from '../../lib/reference-dataset';

const S000 = '000_19b8850ff99f1f10';
const S001 = '001_b2b999f39626c3af';
const S002 = '002_e889baadfc38e533';
const S003 = '003_d369bcd6a49f9c65';
const dataset = referenceDataset();
const seeds = new Map(readSeeds().map((seed) => [seed.id, seed.text]));

function stated(claim: string, source: string): string[] {
  return dataset.statements
    .filter((s) => s.claim === claim && s.source === source)
    .map((s) => formatFigure(statementFigure(s)!));
}

describe('the bundled reference dataset', () => {
  it('is what `npm run dataset` builds from seeds/ today (not stale)', () => {
    expect(readFileSync(DATASET_PATH, 'utf8')).toBe(renderDataset());
  });

  it('passes its zod schema', () => {
    expect(datasetSchema.safeParse(JSON.parse(readFileSync(DATASET_PATH, 'utf8'))).success).toBe(
      true,
    );
  });

  it('is the same parsed or not, so the content script may take it as bundled', () => {
    expect(bundledDataset()).toEqual(
      datasetSchema.parse(JSON.parse(readFileSync(DATASET_PATH, 'utf8'))),
    );
  });

  it('rejects a dataset whose statement lacks a quote', () => {
    const broken = structuredClone(dataset) as { statements: { quote?: string }[] };
    delete broken.statements[0].quote;
    expect(datasetSchema.safeParse(broken).success).toBe(false);
  });

  it('finds every quote verbatim at its offset in its seed', () => {
    for (const s of dataset.statements) {
      const seed = seeds.get(s.source)!;
      expect(seed.slice(s.offset, s.offset + s.quote.length)).toBe(s.quote);
      expect(seed.slice(s.figureOffset, s.figureOffset + s.figureText.length)).toBe(s.figureText);
      expect(s.figureOffset).toBeGreaterThanOrEqual(s.offset);
    }
  });

  it('names each source by its file name and headline', () => {
    expect(dataset.sources.map((s) => [s.id, s.title])).toEqual([
      [S000, "Meta's $10B Scale AI Investment Boosts AI Strategy"],
      [S001, 'As an AI technology analyst, the recent report…'],
      [S002, 'Why Meta Is Willing To Invest $10B In An AI Startup'],
      [S003, "Meta's $14B Investment in Scale AI's Future"],
    ]);
  });
});

// Issue #2, section 2: what the seeds say, claim by claim.
describe('the statements the seeds make', () => {
  it.each([
    ['meta-investment-in-scale-ai', S000, ['$10 billion', 'over $10 billion']],
    ['meta-investment-in-scale-ai', S001, ['$10 billion']],
    ['meta-investment-in-scale-ai', S002, ['$10 billion', 'up to $10 billion']],
    ['meta-investment-in-scale-ai', S003, ['$14 billion']],
    ['meta-stake-in-scale-ai', S003, ['49%']],
    ['scale-ai-valuation-series-f-2024', S000, ['$13.8 billion']],
    ['scale-ai-series-f-round-2024', S000, ['$1 billion']],
    ['scale-ai-series-f-round-2024', S002, ['$1 billion']],
    ['scale-ai-revenue-2024', S000, ['about $870 million']],
    ['scale-ai-revenue-2024', S003, ['$870 million']],
    ['scale-ai-revenue-2025', S000, ['$2 billion']],
    ['scale-ai-revenue-2025', S003, ['$2.5 billion']],
    ['meta-ai-spending-2025', S000, ['up to $65 billion']],
    ['meta-ai-spending-2025', S002, ['about $65 billion', 'up to $65 billion']],
    ['meta-gpus-end-2025', S002, ['over 1.3 million GPUs']],
    ['scale-ai-contractors', S003, ['over 9,000 contractors']],
    ['scale-ai-founded-year', S000, ['2016']],
    ['scale-ai-founded-year', S002, ['2016']],
  ])('%s in %s includes %j', (claim, source, values) => {
    const found = stated(claim, source);
    for (const value of values) expect(found).toContain(value);
  });

  it.each([
    ['meta-stake-in-scale-ai', [S000, S001, S002]],
    ['scale-ai-valuation-series-f-2024', [S001, S002, S003]],
    ['scale-ai-revenue-2025', [S001, S002]],
    ['meta-gpus-end-2025', [S000, S001, S003]],
    ['scale-ai-founded-year', [S001, S003]],
  ])('%s is stated by none of %j', (claim, sources) => {
    for (const source of sources) expect(stated(claim, source)).toEqual([]);
  });

  it('keeps the headline figure as its own statement ("$14B")', () => {
    const headline = dataset.statements.find((s) => s.source === S003 && s.offset === 0);
    expect(headline).toMatchObject({ figureText: '$14B', claim: 'meta-investment-in-scale-ai' });
  });
});
