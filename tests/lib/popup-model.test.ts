import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../lib/claims';
import type { Dataset } from '../../lib/dataset-schema';
import { claimsNotOnPage, entityCounts, groupByClaim } from '../../lib/popup-model';
import { referenceDataset } from '../../lib/reference-dataset';
import { sourceContradictions } from '../../lib/source-contradictions';
import { pageStateOf, SOURCE, STORY } from '../support/page-state';

const dataset = referenceDataset();

describe('groupByClaim', () => {
  const grouped = groupByClaim(pageStateOf(STORY), dataset);

  it('lists claims in catalog order, not page order', () => {
    const page = pageStateOf(
      'Scale AI expects 2025 revenue of $2 billion. Meta invested $14 billion in Scale AI.',
    );
    expect(groupByClaim(page, dataset).claims.map((c) => c.claimId)).toEqual([
      'meta-investment-in-scale-ai',
      'scale-ai-revenue-2025',
    ]);
  });

  it('keeps each figure as written, its parsed value, verdict and page mention id', () => {
    expect(grouped.claims[0].figures[0]).toMatchObject({
      id: 'm2',
      text: '$14.3 billion',
      value: '$14.3 billion',
      verdict: 'mixed',
    });
  });

  it('groups several figures of one claim together in page order', () => {
    const page = pageStateOf(
      'Meta invested $14 billion in Scale AI. The $14.3 billion Meta deal with Scale AI closed.',
    );
    const [group] = groupByClaim(page, dataset).claims;
    expect(group.figures.map((f) => f.text)).toEqual(['$14 billion', '$14.3 billion']);
  });

  it('lists figures tied to no claim apart, without source rows', () => {
    expect(grouped.unreferenced).toEqual([
      { id: 'm8', text: '$5 million', value: '$5 million', verdict: 'unreferenced', rows: [] },
    ]);
  });

  it('gives one row per source in dataset order, with the stance from the page', () => {
    const rows = grouped.claims[0].figures[0].rows;
    expect(rows.map((r) => [r.shortId, r.stance])).toEqual([
      ['000', 'agrees'],
      ['001', 'disagrees'],
      ['002', 'disagrees'],
      ['003', 'agrees'],
    ]);
  });

  it('picks the statement each stance rests on and says why, as the card does', () => {
    const rows = grouped.claims[0].figures[0].rows;
    expect(rows.map((r) => [r.figure, r.reason])).toEqual([
      ['over $10 billion', "above the 'over $10 billion' floor"],
      ['$10 billion', 'rounds to $14 billion, not $10 billion'],
      ['up to $10 billion', "outside 'up to $10 billion'"],
      ['$14 billion', 'rounds to $14 billion'],
    ]);
  });

  it('points each row at its statement in the dataset, quote split around the figure', () => {
    const row = grouped.claims[0].figures[0].rows[2];
    const statement = dataset.statements[row.statementIndex];
    expect(statement.source).toBe(SOURCE['002']);
    expect(statement.figureText).toBe('up to $10 billion');
    expect(row.quote.figure).toBe('up to $10 billion');
    expect(row.title).toBe('Why Meta Is Willing To Invest $10B In An AI Startup');
  });

  it('attaches the sources’ contradiction to the claim', () => {
    expect(grouped.claims[0].contradiction).toMatch(/^Sources disagree: /);
    expect(
      grouped.claims.find((c) => c.claimId === 'meta-stake-in-scale-ai')?.contradiction,
    ).toBeNull();
  });

  it('keeps the stance but gives no reason when the mention carries no parsed figure', () => {
    const state = pageStateOf(STORY);
    const mention = state.mentions.find((m) => m.id === 'm2');
    if (mention) delete mention.figure;
    const rows = groupByClaim(state, dataset).claims[0].figures[0].rows;
    expect(rows.map((r) => [r.stance, r.reason, r.figure])).toEqual([
      ['agrees', null, 'over $10 billion'],
      ['disagrees', null, '$10 billion'],
      ['disagrees', null, 'up to $10 billion'],
      ['agrees', null, '$14 billion'],
    ]);
  });

  it('falls back to the preferred statement, without reason, when the stance cannot be redone', () => {
    const state = pageStateOf(STORY);
    const mention = state.mentions.find((m) => m.id === 'm2');
    // The page says 001 agrees, but no statement of 001 agrees with $14.3 billion.
    if (mention) mention.agree = [SOURCE['001']];
    if (mention) mention.disagree = [];
    const [row] = groupByClaim(state, dataset).claims[0].figures[0].rows;
    expect(row).toMatchObject({ shortId: '001', stance: 'agrees', reason: null });
    expect(row.figure).toBe('$10 billion');
  });

  it('labels a claim the catalog lacks by its id and puts it last', () => {
    const state = pageStateOf(STORY);
    state.mentions.unshift({
      id: 'x',
      kind: 'figure',
      text: '3',
      claim: 'later-claim',
      agree: [],
      disagree: [],
    });
    const { claims } = groupByClaim(state, dataset);
    expect(claims.at(-1)).toMatchObject({ claimId: 'later-claim', label: 'later-claim' });
    expect(claims.at(-1)?.figures[0]).toMatchObject({
      verdict: 'unreferenced',
      value: null,
      rows: [],
    });
  });

  it('skips a listed source the dataset has no statement of the claim for', () => {
    const state = pageStateOf('Meta owns a 49% stake in Scale AI.');
    state.mentions[1].agree.push(SOURCE['001']);
    const rows = groupByClaim(state, dataset).claims[0].figures[0].rows;
    expect(rows.map((r) => r.shortId)).toEqual(['003']);
  });
});

describe('entityCounts', () => {
  it('counts the names of Meta and of Scale AI', () => {
    expect(entityCounts(pageStateOf(STORY))).toEqual([
      { entity: 'meta', name: 'Meta', count: 1 },
      { entity: 'scale-ai', name: 'Scale AI', count: 3 },
    ]);
  });

  it('lists a company the page never names with a zero', () => {
    expect(entityCounts(pageStateOf('Meta reported revenue.')).map((c) => c.count)).toEqual([1, 0]);
  });
});

describe('claimsNotOnPage', () => {
  it('lists the stated claims the page does not mention, in catalog order', () => {
    const missing = claimsNotOnPage(pageStateOf(STORY), dataset).map((c) => c.claimId);
    const onPage = [
      'meta-investment-in-scale-ai',
      'meta-stake-in-scale-ai',
      'scale-ai-revenue-2025',
    ];
    expect(missing).toEqual(CLAIMS.map((c) => c.id).filter((id) => !onPage.includes(id)));
  });

  it('gives one row per stating source with its preferred statement', () => {
    const revenue = claimsNotOnPage(pageStateOf(STORY), dataset).find(
      (c) => c.claimId === 'scale-ai-revenue-2024',
    );
    expect(revenue?.rows.map((r) => `${r.shortId} says ${r.figure}`)).toEqual([
      '000 says about $870 million',
      '003 says $870 million',
    ]);
  });

  it('lists every stated claim for a page without figures', () => {
    expect(claimsNotOnPage(pageStateOf('Meta and Scale AI.'), dataset)).toHaveLength(CLAIMS.length);
  });

  it('leaves out a claim no source states', () => {
    const only: Dataset = {
      ...dataset,
      statements: dataset.statements.filter((s) => s.claim === 'scale-ai-founded-year'),
    };
    expect(claimsNotOnPage(pageStateOf('Meta.'), only).map((c) => c.claimId)).toEqual([
      'scale-ai-founded-year',
    ]);
  });
});

describe('sourceContradictions', () => {
  const contradictions = sourceContradictions(dataset);

  it('says plainly that the sources disagree on the investment ($10 billion vs $14 billion)', () => {
    expect(contradictions.get('meta-investment-in-scale-ai')).toBe(
      'Sources disagree: 001 says $10 billion, 002 says up to $10 billion, 003 says $14 billion.',
    );
  });

  it('says plainly that the sources disagree on 2025 revenue ($2 billion vs $2.5 billion)', () => {
    expect(contradictions.get('scale-ai-revenue-2025')).toBe(
      'Sources disagree: 000 says $2 billion, 003 says $2.5 billion.',
    );
  });

  it("treats 'approximately $870 million' and '$870 million' as no contradiction", () => {
    expect(contradictions.get('scale-ai-revenue-2024')).toBeNull();
  });

  it("does not set 000's 'over $10 billion' against 003's '$14 billion'", () => {
    expect(contradictions.get('meta-investment-in-scale-ai')).not.toContain('000');
  });

  it('has an entry, null when single-sourced or unstated, for every catalog claim', () => {
    expect([...contradictions.keys()]).toEqual(CLAIMS.map((c) => c.id));
    expect(contradictions.get('meta-stake-in-scale-ai')).toBeNull();
  });
});
