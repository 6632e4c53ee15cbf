import { describe, expect, it } from 'vitest';
import { describeEntity, describeFigure } from '../../lib/describe-mention';
import { findMentions } from '../../lib/find-mentions';
import { indexStatements, judgeFigure } from '../../lib/judge-mention';
import type { EntityMention, FigureMention } from '../../lib/mention';
import { referenceDataset } from '../../lib/reference-dataset';

const dataset = referenceDataset();
const index = indexStatements(dataset);

function judged(text: string) {
  const mentions = findMentions(text);
  const figures = mentions
    .filter((m): m is FigureMention => m.kind === 'figure')
    .map((mention) => ({ mention, judgement: judgeFigure(mention.claim, mention.figure, index) }));
  const entities = mentions.filter((m): m is EntityMention => m.kind === 'entity');
  return { figures, entities };
}

describe('describeFigure', () => {
  const { figures } = judged('Meta agreed to invest $14.3 billion in Scale AI.');
  const card = describeFigure(figures[0].mention, figures[0].judgement, dataset);

  it('names the claim in words and the page value as parsed', () => {
    expect(card).toMatchObject({
      heading: "Meta's investment in Scale AI",
      pageText: '$14.3 billion',
      value: '$14.3 billion',
      verdict: 'mixed',
    });
  });

  it('says plainly when the sources contradict each other', () => {
    expect(card.summary).toBe('2 of 4 sources agree; the sources contradict each other.');
  });

  it("gives one row per source with its stance, reason and quote around the source's figure", () => {
    expect(card.rows.map((r) => [r.source.slice(0, 3), r.stance])).toEqual([
      ['000', 'agrees'],
      ['001', 'disagrees'],
      ['002', 'disagrees'],
      ['003', 'agrees'],
    ]);
    const row = card.rows[3];
    expect(row.reason).toBe('rounds to $14 billion');
    expect(row.title).toBe("Meta's $14B Investment in Scale AI's Future");
    expect(row.quote.figure).toBe('$14B');
  });

  it('explains why an unreferenced figure has no verdict', () => {
    const { figures: others } = judged('Meta will invest €9 billion in Scale AI.');
    const other = describeFigure(others[0].mention, others[0].judgement, dataset);
    expect(other).toMatchObject({ verdict: 'unreferenced', value: null, rows: [] });
    expect(other.summary).toMatch(/US dollars/);
  });
});

describe('describeEntity', () => {
  it('lists the claims the page makes about the company, with figures and verdicts', () => {
    const { figures, entities } = judged(
      'Meta bought a 49% stake in Scale AI. Scale AI was founded in 2015.',
    );
    const meta = describeEntity(entities[0], figures);
    expect(meta.heading).toBe('Meta');
    expect(meta.claims).toEqual([
      { label: "Meta's stake in Scale AI", figures: ['49%'], verdicts: ['agrees'] },
    ]);
    const scale = describeEntity(entities[1], figures);
    expect(scale.claims.map((c) => c.label)).toEqual([
      "Meta's stake in Scale AI",
      'Year Scale AI was founded',
    ]);
  });

  it('says when the page makes no catalog claim about the company', () => {
    const { figures, entities } = judged('Meta held a conference.');
    expect(describeEntity(entities[0], figures).summary).toBe(
      'This page makes no catalog claim about Meta.',
    );
  });
});
