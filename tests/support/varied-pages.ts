/**
 * Fixture pages written in the shapes Sourcemark meets outside its own tests (wire copy, a
 * live blog, a forum thread, a comparison table, an encyclopedia entry), with the figures each
 * must mark, written out by hand from reading the page: the text as a reader sees it, the
 * claim it states and the verdict. A figure not listed must not be marked (other companies'
 * billions, clock times, post counts, join years, cells that name no company).
 */

const INVESTMENT = 'meta-investment-in-scale-ai';
const STAKE = 'meta-stake-in-scale-ai';
const FOUNDED = 'scale-ai-founded-year';

/** One expected figure mark: text, claim (null: marked with no verdict), verdict. */
export type ExpectedFigure = [text: string, claim: string | null, verdict: string];

export type VariedPage = {
  file: string;
  figures: ExpectedFigure[];
  /** Every entity mark's text is one of these (never a user name or "scale your …"). */
  entityNames: string[];
};

const NAMES = ['Meta', 'Meta Platforms', 'Scale AI', 'Scale'];

export const VARIED_PAGES: VariedPage[] = [
  {
    file: 'wire-copy.html',
    figures: [
      ['$14.3 bln', INVESTMENT, 'mixed'],
      ['49%', STAKE, 'agrees'],
      ['US$14.3 bln', INVESTMENT, 'mixed'],
      ['49%', STAKE, 'agrees'],
      // The share move and price name Meta but are none of the dataset's claims.
      ['1.2%', null, 'unreferenced'],
      ['$702.12', null, 'unreferenced'],
      ['2016', FOUNDED, 'agrees'],
      ['$2 billion', 'scale-ai-revenue-2025', 'mixed'],
      ['$870 million', 'scale-ai-revenue-2024', 'agrees'],
      // What the deal implies Scale AI is worth is not its 2024 valuation, though 2024 is near.
      ['about $29 bln', null, 'unreferenced'],
      ['up to $65 billion', 'meta-ai-spending-2025', 'agrees'],
    ],
    entityNames: NAMES,
  },
  {
    file: 'live-blog.html',
    figures: [
      ['49%', STAKE, 'agrees'],
      ['$14.3bn', INVESTMENT, 'mixed'],
      ['2016', FOUNDED, 'agrees'],
      // "made $870m in revenue in 2024": the year after "in revenue" is the figure's.
      ['$870m', 'scale-ai-revenue-2024', 'agrees'],
      // "2024 capex was $39 billion; its 2025 spending …": the earlier year's spending is no
      // 2025 spending, and a stake it "went from" is no stake.
      ['$39 billion', null, 'unreferenced'],
      ['as much as $65 billion', 'meta-ai-spending-2025', 'agrees'],
      ['0%', null, 'unreferenced'],
      ['49%', STAKE, 'agrees'],
      ['$14.3 billion', INVESTMENT, 'mixed'],
      // What this deal values Scale AI at is not its 2024 valuation.
      ['about $29 billion', null, 'unreferenced'],
      // "…$10 billion in Scale AI, not $1 billion": the denied figure is not marked.
      ['$10 billion', INVESTMENT, 'mixed'],
      ['more than 900 people', null, 'unreferenced'],
      ['over 9,000 contractors', 'scale-ai-contractors', 'agrees'],
    ],
    entityNames: NAMES,
  },
  {
    file: 'forum-thread.html',
    figures: [
      ['$14.3 billion', INVESTMENT, 'mixed'],
      ['49%', STAKE, 'agrees'],
      ['2016', FOUNDED, 'agrees'],
      ['49 percent', STAKE, 'agrees'],
      // "Meta didn't pay $20 billion": the denied figure is not marked.
      ['49%', STAKE, 'agrees'],
      // Google's $200 million is not marked; a stake Meta "could raise" to is no stake; the
      // "$20 billion figure … is false" is not marked.
      ['75%', null, 'unreferenced'],
    ],
    entityNames: NAMES,
  },
  {
    file: 'deal-table.html',
    figures: [
      // The caption's figure is split over three tags.
      ['$14.3 billion', INVESTMENT, 'mixed'],
      ['49%', STAKE, 'agrees'],
      ['2016', FOUNDED, 'agrees'],
      ['$13.8 billion', 'scale-ai-valuation-series-f-2024', 'agrees'],
    ],
    entityNames: NAMES,
  },
  {
    file: 'encyclopedia-entry.html',
    figures: [
      // The infobox's founding and revenue rows are Scale AI's, the company its heading names
      // (each key on the line above its value); its owner row names Meta but no claim.
      ['2016', FOUNDED, 'agrees'],
      ['US$870 million', 'scale-ai-revenue-2024', 'agrees'],
      ['49%', null, 'unreferenced'],
      ['2016', FOUNDED, 'agrees'],
      ['$14.3 billion', INVESTMENT, 'mixed'],
      ['49%', STAKE, 'agrees'],
      // After "companies.[3]" a new sentence starts: the reported talks are a value of the
      // investment in a sentence of their own, not a second one beside $14.3 billion.
      ['more than $10 billion', INVESTMENT, 'agrees'],
      ['$1 billion', 'scale-ai-series-f-round-2024', 'agrees'],
      // A reference's title states the deal too.
      ['$14.3 billion', INVESTMENT, 'mixed'],
    ],
    entityNames: [...NAMES, 'Scale AI, Inc.'],
  },
];
