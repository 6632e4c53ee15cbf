import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import { indexStatements, judgeFigure } from '../../lib/judge-mention';
import type { FigureMention } from '../../lib/mention';
import { referenceDataset } from '../../lib/reference-dataset';

const S000 = '000_19b8850ff99f1f10';
const S001 = '001_b2b999f39626c3af';
const S002 = '002_e889baadfc38e533';
const S003 = '003_d369bcd6a49f9c65';
const index = indexStatements(referenceDataset());

function figureIn(sentence: string, figureText: string): FigureMention {
  const figure = findMentions(sentence).find(
    (m): m is FigureMention => m.kind === 'figure' && m.text.includes(figureText),
  );
  if (!figure) throw new Error(`no figure "${figureText}" in: ${sentence}`);
  return figure;
}

function judge(sentence: string, figureText: string) {
  const figure = figureIn(sentence, figureText);
  return { claim: figure.claim, ...judgeFigure(figure.claim, figure.figure, index) };
}

// Issue #2, "Unit tests must include at least these" — each row a sentence a page could print.
const TABLE: {
  page: string;
  figure: string;
  claim: string;
  agree: string[];
  disagree: string[];
  verdict: string;
}[] = [
  {
    page: 'Meta agreed to invest $14.3 billion in Scale AI.',
    figure: '$14.3 billion',
    claim: 'meta-investment-in-scale-ai',
    agree: [S000, S003],
    disagree: [S001, S002],
    verdict: 'mixed',
  },
  {
    page: 'Meta will invest $10 billion in Scale AI.',
    figure: '$10 billion',
    claim: 'meta-investment-in-scale-ai',
    agree: [S000, S001, S002],
    disagree: [S003],
    verdict: 'mixed',
  },
  {
    page: "Meta's $14bn investment in Scale AI closed on Friday.",
    figure: '$14bn',
    claim: 'meta-investment-in-scale-ai',
    agree: [S000, S003],
    disagree: [S001, S002],
    verdict: 'mixed',
  },
  {
    page: 'Meta bought a 49% stake in Scale AI.',
    figure: '49%',
    claim: 'meta-stake-in-scale-ai',
    agree: [S003],
    disagree: [],
    verdict: 'agrees',
  },
  {
    page: 'Meta now owns nearly half of Scale AI.',
    figure: 'half',
    claim: 'meta-stake-in-scale-ai',
    agree: [S003],
    disagree: [],
    verdict: 'agrees',
  },
  {
    page: 'Meta took a 51% stake in Scale AI.',
    figure: '51%',
    claim: 'meta-stake-in-scale-ai',
    agree: [],
    disagree: [S003],
    verdict: 'disagrees',
  },
  {
    page: 'Scale AI was valued at $14 billion after the 2024 Series F.',
    figure: '$14 billion',
    claim: 'scale-ai-valuation-series-f-2024',
    agree: [S000],
    disagree: [],
    verdict: 'agrees',
  },
  {
    page: 'Scale AI expects 2025 revenue of $2.5 billion.',
    figure: '$2.5 billion',
    claim: 'scale-ai-revenue-2025',
    agree: [S003],
    disagree: [S000],
    verdict: 'mixed',
  },
  {
    page: 'Scale AI was founded in 2015 by Alexandr Wang.',
    figure: '2015',
    claim: 'scale-ai-founded-year',
    agree: [],
    disagree: [S000, S002],
    verdict: 'disagrees',
  },
];

describe('judgeFigure: the verdict table of issue #2', () => {
  it.each(TABLE)('judges "$figure" in "$page" as $verdict', (row) => {
    const result = judge(row.page, row.figure);
    expect(result.claim).toBe(row.claim);
    expect(result.agree).toEqual(row.agree);
    expect(result.disagree).toEqual(row.disagree);
    expect(result.verdict).toBe(row.verdict);
  });

  it('does not take "Microsoft\'s $10 billion in OpenAI" for a claim', () => {
    const mentions = findMentions(
      "Meta is weighing a deal for Scale AI. Microsoft's $10 billion in OpenAI set the bar.",
    );
    expect(mentions.filter((m) => m.kind === 'figure')).toEqual([]);
  });
});

describe('judgeFigure: stances and reasons', () => {
  it('says a more precise figure "rounds to" the source figure', () => {
    const result = judge('Meta agreed to invest $14.3 billion in Scale AI.', '$14.3 billion');
    const s003 = result.stances.find((s) => s.source === S003);
    expect(s003?.reason).toBe('rounds to $14 billion');
    expect(s003?.statement.quote).toContain('$14');
  });

  it("says a figure is above a source's 'over' floor", () => {
    const result = judge('Meta agreed to invest $14.3 billion in Scale AI.', '$14.3 billion');
    expect(result.stances.find((s) => s.source === S000)?.reason).toBe(
      "above the 'over $10 billion' floor",
    );
  });

  it("says a figure is outside a source's 'up to' bound", () => {
    const result = judge('Meta agreed to invest $14.3 billion in Scale AI.', '$14.3 billion');
    expect(result.stances.find((s) => s.source === S002)?.reason).toBe(
      "outside 'up to $10 billion'",
    );
  });

  it('returns unreferenced for a figure without a claim', () => {
    expect(judgeFigure(null, null, index)).toMatchObject({ verdict: 'unreferenced', agree: [] });
  });

  it('returns unreferenced for a claim no source states', () => {
    const figure = figureIn('Meta bought a 49% stake in Scale AI.', '49%').figure;
    expect(judgeFigure('no-such-claim', figure, index).verdict).toBe('unreferenced');
  });

  it('returns unreferenced for money in another currency', () => {
    const figure = figureIn('Meta will invest €10 billion in Scale AI.', '€10 billion');
    expect(figure.unsupported).toBe('currency');
    expect(judgeFigure(figure.claim, figure.figure, index).verdict).toBe('unreferenced');
  });
});
