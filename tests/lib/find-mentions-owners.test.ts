import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import {
  claims,
  CONTRACTORS,
  FOUNDED,
  GPUS,
  INVESTMENT,
  REVENUE_2024,
  REVENUE_2025,
  ROUND,
  SPENDING,
  STAKE,
  VALUATION,
} from '../support/figure-claims';

// A figure judged against a claim its sentence does not state is the worst error: each of
// these sentences was once judged wrong. What they must give instead: a figure left out when
// it is another company's, a figure without a claim when it is ours but no claim's.
describe('findMentions: whose figure it is', () => {
  it.each([
    // Another company, with one of ours in an aside between it and its figure.
    ['Microsoft, like Meta, will spend $80 billion on AI this year.', []],
    ['Surge AI, a Scale AI rival, had revenue of $1 billion in 2024.', []],
    ['Anthropic, like Scale AI, was founded in 2021.', []],
    ['Meta, like Scale AI, had revenue of $164.5 billion in 2024.', [['$164.5 billion', null]]],
    ["Meta, Scale AI's backer, has 350,000 contractors.", [['350,000 contractors', null]]],
    // The aside's own figure, and the company before it, still count.
    [
      'Scale AI, 49% owned by Meta, had $870 million in revenue in 2024.',
      [
        ['49%', STAKE],
        ['$870 million', REVENUE_2024],
      ],
    ],
    // Someone of a company named before the figure.
    ['Scale AI rival Turing posted 2024 revenue of $300 million.', []],
    ['Scale AI employees own 20% of the company after the Meta deal.', []],
    ["Scale AI's Outlier, founded in 2023, pays its contractors well.", []],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("findMentions: Meta's money and share in Scale AI, and no one else's", () => {
  it.each([
    ['Wang owns 15% of Scale AI, Meta said.', [['15%', null]]],
    [
      'Y Combinator owns about 3% of Scale AI, and Meta now holds 49%.',
      [
        ['about 3%', null],
        ['49%', STAKE],
      ],
    ],
    ['Fidelity invested $100 million in Scale AI alongside Meta.', [['$100 million', null]]],
    [
      'Scale AI invested $50 million in a Kenyan firm after the Meta deal.',
      [['$50 million', null]],
    ],
    ['Scale AI paid Meta $20 million.', [['$20 million', null]]],
    ['Scale AI has a 10% stake in a robotics lab, Meta said.', [['10%', null]]],
    // Scale AI receiving, and a clause opening on a date, keep the claim.
    ['Scale AI said Meta would invest $14.3 billion.', [['$14.3 billion', INVESTMENT]]],
    [
      'In June, Meta paid $14.3 billion for 49% of Scale AI.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    // Meta's other deals.
    ['Meta signed a $14 billion deal with CoreWeave after its Scale AI investment.', []],
    ['Meta invested $3.5 billion in EssilorLuxottica after its Scale AI deal.', []],
    ['Meta acquired PlayAI for $100 million, weeks after its Scale AI deal.', []],
    ["Meta's Scale AI investment is dwarfed by the $500 billion Stargate project.", []],
    ["Meta's Scale AI deal trails the $13 billion committed by Microsoft.", []],
    ['Meta invested $500 million in an AI startup, after its Scale AI deal.', []],
    ['Meta took a 49% stake in Scale AI and a 3% stake in EssilorLuxottica.', [['49%', STAKE]]],
    // A headline capitalises its words: "Investment" is no company.
    ["Meta's $14B Investment in Scale AI's Future", [['$14B', INVESTMENT]]],
    // "The data-labelling company" on a page about Scale AI is Scale AI; one named just
    // before it is another company.
    [
      'Meta takes 49% of Scale AI. Meta will invest $14.3 billion in the data-labelling company.',
      [
        ['49%', STAKE],
        ['$14.3 billion', INVESTMENT],
      ],
    ],
    ['Meta invested in Scale AI. Surge AI, the data-labelling company, raised $1 billion.', []],
    // Scale AI described in apposition is still Scale AI.
    ['Meta invested in Scale AI (a data-labeling startup founded in 2016).', [['2016', FOUNDED]]],
    // What the company was priced at is no sum paid.
    ['Meta acquired its Scale AI stake at $29 billion.', [['$29 billion', null]]],
    [
      'Meta bought 49% of Scale AI at a $29 billion price.',
      [
        ['49%', STAKE],
        ['$29 billion', null],
      ],
    ],
    [
      "Meta's Scale AI purchase, at $14.3 billion, closed in June.",
      [['$14.3 billion', INVESTMENT]],
    ],
    // An earlier round, and money or shares that are no investment.
    ['Meta invested $100 million in Scale AI in 2024.', [['$100 million', null]]],
    ["Meta invested $100 million in Scale AI's Series F.", [['$100 million', null]]],
    [
      'Meta bought back $13.4 billion of stock and invested in Scale AI.',
      [['$13.4 billion', null]],
    ],
    [
      'Meta holds $70 billion of cash, enough to fund its Scale AI investment.',
      [['$70 billion', null]],
    ],
    ['Meta paid $29 per share for Scale AI stock.', [['$29', null]]],
    ['Meta is paying top researchers $100 million, Scale AI included.', [['$100 million', null]]],
    // A share of something else than Scale AI itself.
    ["Meta accounted for 30% of Scale AI's revenue.", [['30%', null]]],
    ["Half of Scale AI's staff left after the Meta deal.", [['Half', null]]],
    ["Meta bought 49% of Scale AI's shares.", [['49%', STAKE]]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: changes, parts and other times are no level', () => {
  it.each([
    ['Meta shares gained 3% on news of its Scale AI stake.', [['3%', null]]],
    ["Scale AI's revenue grew $500 million in 2024.", [['$500 million', null]]],
    ['Scale AI laid off 500 contractors.', [['500 contractors', null]]],
    ['Meta plans to add 350,000 GPUs in 2025.', [['350,000 GPUs', null]]],
    ['Meta plans to buy 350,000 GPUs this year.', [['350,000 GPUs', null]]],
    ["Scale AI's revenue in the first quarter of 2025 was $400 million.", [['$400 million', null]]],
    ["Scale AI's 2024 government revenue was $250 million.", [['$250 million', null]]],
    ["Scale AI's revenue run rate hit $1.2 billion in 2025.", [['$1.2 billion', null]]],
    // The value something changed from takes no year from the new value's clause.
    [
      'Meta will spend $65 billion on AI in 2025, up from $39 billion.',
      [
        ['$65 billion', SPENDING],
        ['$39 billion', null],
      ],
    ],
    [
      'Meta will have 1.3 million GPUs by the end of 2025, up from 600,000 GPUs.',
      [
        ['1.3 million GPUs', GPUS],
        ['600,000 GPUs', null],
      ],
    ],
    // Years written as "last year", "at the end of 2024", "of revenue in 2024".
    ['Meta spent $39 billion on AI last year and plans more this year.', [['$39 billion', null]]],
    ['Meta had 600,000 GPUs at the end of 2024 and more this year.', [['600,000 GPUs', null]]],
    ['Scale AI had about $870 million of revenue in 2024.', [['about $870 million', REVENUE_2024]]],
    ['Meta spent $39 billion on AI in 2024, less than in 2025.', [['$39 billion', null]]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: what the money is, and which round or valuation', () => {
  it.each([
    // Spending on something else than AI.
    ['Meta will spend $40 billion on buybacks this year.', [['$40 billion', null]]],
    ["Meta's marketing budget for 2025 is $12 billion.", [['$12 billion', null]]],
    // (Spending on Scale AI is the deal, not AI spending.)
    [
      'Meta spent $14.3 billion on Scale AI, part of its 2025 budget.',
      [['$14.3 billion', INVESTMENT]],
    ],
    [
      'Meta raised its 2025 capex guidance to $66 billion on Wednesday.',
      [['$66 billion', SPENDING]],
    ],
    [
      'Meta plans to spend as much as $65 billion on AI this year.',
      [['as much as $65 billion', SPENDING]],
    ],
    // Valuations of another time, or of a stake.
    [
      'Scale AI raised $1 billion in 2024 and is now worth $29 billion.',
      [
        ['$1 billion', null],
        ['$29 billion', null],
      ],
    ],
    ['Scale AI is worth $29 billion, 33 times its 2024 revenue.', [['$29 billion', null]]],
    ['After the Series F, a tender offer valued Scale AI at $25 billion.', [['$25 billion', null]]],
    ['Scale AI was valued at $7.3 billion before the Series F.', [['$7.3 billion', null]]],
    ["Wang's Scale AI stake was worth $4 billion in 2024.", [['$4 billion', null]]],
    ['Scale AI was valued at $13.8 billion in its 2024 Series F.', [['$13.8 billion', VALUATION]]],
    // Another round than the Series F.
    ["Scale AI's Series E raised $325 million, less than its Series F.", [['$325 million', null]]],
    ['Scale AI raised $600 million in debt after its Series F.', [['$600 million', null]]],
    [
      "Scale AI's Series F raised $1 billion; its Series E raised $325 million.",
      [
        ['$1 billion', ROUND],
        ['$325 million', null],
      ],
    ],
    // Another company named Scale, and "the company" standing for it.
    ['Scale AI is not to be confused with Scale Computing, which was founded in 2007.', []],
    [
      'Meta invested in Scale AI. Scale Computing said revenue grew 45%. The company, founded in 2007, sells HyperCore.',
      [],
    ],
    // Another company's founding year.
    ['Lucy Guo, who left Scale AI, founded Passes in 2022.', [['2022', null]]],
    ['Wang founded Scale AI in 2016.', [['2016', FOUNDED]]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: what a sentence asks, doubts or calls false', () => {
  it.each([
    ['Did Meta pay $20 billion for Scale AI?', [['$20 billion', null]]],
    ['Is it true Meta owns 49% of Scale AI?', [['49%', null]]],
    ['Meta paid $20 billion for Scale AI?? Source?', [['$20 billion', null]]],
    // A title or quoted question that runs on after its "?".
    ['Ep. 88 — Did Meta just buy half of Scale AI? (w/ a guest) Jun 20', [['half', null]]],
    ['New episode: "Did Meta buy half of Scale AI?" (spoiler: no)', [['half', null]]],
    ['Meta paid $14.3 billion for Scale AI — did it overpay?', [['$14.3 billion', INVESTMENT]]],
    // A fact check's rating on the next line calls the claim false.
    ['Claim: Meta bought Scale AI for $29 billion.\nRating: FALSE\nSpread by: posts', []],
    ['"Meta owns 51% of Scale AI."\nFalse\nThe stake is 49%.', []],
    ['"Meta owns 49% of Scale AI."\nTrue\nConfirmed by filings.', [['49%', STAKE]]],
    [
      'Meta paid $14.3 billion for 49% of Scale AI.\nFalse starts and wrong turns followed.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    // A question that takes the figure as given keeps it.
    ['How did Meta end up paying $14.3 billion for Scale AI?', [['$14.3 billion', INVESTMENT]]],
    ['I doubt Meta paid more than $10 billion for Scale AI.', []],
    ["The $20 billion figure for Meta's Scale AI deal is fake news.", []],
    ["Meta would've paid $29 billion for all of Scale AI.", []],
    [
      'Meta initially sought 51% of Scale AI, then took 49%.',
      [
        ['51%', null],
        ['49%', STAKE],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: figures that are ours stay ours', () => {
  it.each([
    [
      'Meta (which owns Facebook, Instagram and WhatsApp) invested $14.3 billion in Scale AI.',
      [['$14.3 billion', INVESTMENT]],
    ],
    [
      'Meta invested anywhere from $10 billion to $15 billion in Scale AI.',
      [['$10 billion to $15 billion', INVESTMENT]],
    ],
    ['Meta paid $14.3 bil for Scale AI.', [['$14.3 bil', INVESTMENT]]],
    ['Meta paid $14.3 billon for Scale AI.', [['$14.3', null]]],
    [
      'Scale AI has more than 240,000 contractors.',
      [['more than 240,000 contractors', CONTRACTORS]],
    ],
    [
      'Scale AI projects 2025 revenue of $2 billion, up from $870 million.',
      [
        ['$2 billion', REVENUE_2025],
        ['$870 million', null],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

// A second round of sentences written to find wrong claims, after the rules above.
describe('findMentions: references, parts and people, second round', () => {
  it.each([
    // "The deal" after another company's deal, "a startup" after Scale AI was named.
    [
      "Meta bought 49% of Scale AI. Microsoft's deal with Inflection was similar. The deal cost $650 million.",
      [['49%', STAKE]],
    ],
    [
      'Meta bought 49% of Scale AI. The deal cost $14.3 billion.',
      [
        ['49%', STAKE],
        ['$14.3 billion', INVESTMENT],
      ],
    ],
    ['Meta owns 49% of Scale AI. Meta also paid $2 billion for a startup.', [['49%', STAKE]]],
    [
      'Meta invested $14.3 billion in an AI startup, Scale AI, this week.',
      [['$14.3 billion', INVESTMENT]],
    ],
    // A part of a year anywhere in the figure's clause; another figure's part stays its own.
    ["Meta's capex was $17 billion in the second quarter of 2025.", [['$17 billion', null]]],
    ['Scale AI made $400 million in revenue in the first half of 2025.', [['$400 million', null]]],
    // A deal made in a part of a year is still the deal.
    [
      'In the second quarter, Meta invested $14.3 billion in Scale AI.',
      [['$14.3 billion', INVESTMENT]],
    ],
    [
      'Meta completed its $14.3 billion investment in Scale AI in the quarter.',
      [['$14.3 billion', INVESTMENT]],
    ],
    // People and Scale AI's own money.
    ['Wang, who owns 14% of Scale AI, joined Meta.', [['14%', null]]],
    ["After Meta's deal, employees hold 20% of Scale AI.", [['20%', null]]],
    [
      'Scale AI, flush with Meta cash, is investing $500 million in data centers.',
      [['$500 million', null]],
    ],
    [
      'A 49% stake in Scale AI was acquired by Meta for $14.3 billion.',
      [
        ['49%', STAKE],
        ['$14.3 billion', INVESTMENT],
      ],
    ],
    ['Meta paid Wang $100 million to leave Scale AI.', []],
    ["Scale AI's biggest client has 10,000 contractors.", []],
    ['Wang, who founded Scale AI, founded a math camp in 2012.', [['2012', null]]],
    ['Lucy Guo, who co-founded Scale AI, left in 2018.', []],
    // Comparisons, costs, fees, rates and amounts per unit.
    ['Meta owes Texas $1.4 billion, a tenth of its Scale AI deal.', [['$1.4 billion', null]]],
    [
      'Scale AI had costs of $1 billion in 2024 and revenue of $870 million.',
      [
        ['$1 billion', null],
        ['$870 million', null],
      ],
    ],
    ["Meta's Scale AI deal carries a $3 billion termination fee.", [['$3 billion', null]]],
    ['Meta paid $10 million per Scale AI employee.', [['$10 million', null]]],
    [
      'Meta will spend $600 billion on AI through 2028, starting this year.',
      [['$600 billion', null]],
    ],
    ['Meta used 100,000 GPUs to train Llama 4 this year.', [['100,000 GPUs', null]]],
    ['In 2019, Scale AI had 100 contractors.', [['100 contractors', null]]],
    ['Two years ago, Meta invested $500 million in Scale AI.', [['$500 million', null]]],
    ['Meta weighed paying $25 billion for Scale AI.', [['$25 billion', null]]],
    // Phrasings that state the investment.
    ['Scale AI got $14.3 billion from Meta.', [['$14.3 billion', INVESTMENT]]],
    ['Meta pays $14.3 billion for Scale AI.', [['$14.3 billion', INVESTMENT]]],
    ["Meta's deal with Scale AI is worth $14.3 billion.", [['$14.3 billion', INVESTMENT]]],
    ['Meta acquired a 49% interest in Scale AI.', [['49%', STAKE]]],
    [
      'Meta invested $14.3 billion in San Francisco-based Scale AI.',
      [['$14.3 billion', INVESTMENT]],
    ],
    ['Meta said it would have 1.3 million GPUs by the end of 2025.', [['1.3 million GPUs', GPUS]]],
    // Founding years of other things, and what a round is worth.
    ['Lucy Guo co-founded Scale AI with Wang before leaving in 2018.', []],
    ['Scale AI founded its government unit in 2020.', [['2020', null]]],
    ['Wang co-founded the company in 2016, Scale AI said.', [['2016', FOUNDED]]],
    ["Scale AI's Series F round, worth $1 billion, closed in May 2024.", [['$1 billion', ROUND]]],
    [
      'Scale AI, valued at $13.8 billion in its 2024 Series F, is now worth $29 billion.',
      [
        ['$13.8 billion', VALUATION],
        ['$29 billion', null],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

// A third round: asides naming several companies, Meta's chief executive, and what money is
// said to be right after it.
describe('findMentions: third round', () => {
  it.each([
    [
      'Meta, the parent of Facebook, Instagram and WhatsApp, invested $14.3 billion in Scale AI.',
      [['$14.3 billion', INVESTMENT]],
    ],
    [
      'Meta, founded in 2004, invested in Scale AI, founded in 2016.',
      [
        ['2004', null],
        ['2016', FOUNDED],
      ],
    ],
    [
      'Zuckerberg agreed to pay $14.3 billion for 49% of Scale AI.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    ["Scale AI's Series F was led by Accel with $300 million.", []],
    ['Meta sold $30 billion of bonds as it invested in Scale AI.', [['$30 billion', null]]],
    ['Meta paid $1.3 billion in dividends and invested in Scale AI.', [['$1.3 billion', null]]],
    ['Scale AI raised $1 billion from Meta and others.', [['$1 billion', null]]],
    [
      'Some analysts had predicted Meta would spend $10 billion on Scale AI; it spent $14.3 billion.',
      [
        ['$10 billion', null],
        ['$14.3 billion', INVESTMENT],
      ],
    ],
    [
      "Meta's AI budget this year, at $65 billion, is well above the $39 billion it spent last year.",
      [
        ['$65 billion', SPENDING],
        ['$39 billion', null],
      ],
    ],
    [
      'Meta, along with Microsoft and Google, will spend a combined $200 billion on AI this year.',
      [['$200 billion', null]],
    ],
    [
      'Scale AI, valued at $29 billion, was founded in 2016 and raised $1 billion in its Series F in 2024.',
      [
        ['$29 billion', null],
        ['2016', FOUNDED],
        ['$1 billion', ROUND],
      ],
    ],
    ['Meta shelled out $14.3 billion for Scale AI.', [['$14.3 billion', INVESTMENT]]],
    [
      'Scale AI sold nearly half of itself to Meta for $14.3 billion.',
      [['$14.3 billion', INVESTMENT]],
    ],
    ['In 2025, Meta plans to invest $65 billion in AI.', [['$65 billion', SPENDING]]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

// Cut down from sentences of other genres (posts, charts, tables, corrections, notices) that
// were once judged against a claim they do not state.
describe('findMentions: other genres', () => {
  it.each([
    // A Series F that dates a valuation is no round size's cue; "implied by" is no deal sum.
    [
      "Scale AI valuation speedrun: $13.8B after the May 2024 Series F ➡️ ~$29B implied by Meta's 2025 check",
      [
        ['$13.8B', VALUATION],
        ['$29B', null],
      ],
    ],
    [
      "Correction: Scale AI's valuation after its 2024 Series F was $13.8 billion, not $14.8 billion.",
      [['$13.8 billion', VALUATION]],
    ],
    // What a deal would put the company at is no sum paid; a count joined to a cut is cut too.
    [
      'Scale AI was valued at $13.8B in its last round; a Meta deal would put it near $28B',
      [
        ['$13.8B', null],
        ['$28B', null],
      ],
    ],
    [
      'Scale AI cuts 14% of staff — about 200 employees — plus 500 contractors',
      [
        ['14%', null],
        ['about 200 employees', null],
        ['500 contractors', null],
      ],
    ],
    [
      'Scale AI cuts 14% of staff: about 200 full-time employees and 500 contractors.',
      [
        ['14%', null],
        ['about 200 full-time employees', null],
        ['500 contractors', null],
      ],
    ],
    [
      'After the deal, Scale AI also dropped 14% of its staff, about 200 full-time employees, plus 500 contractors.',
      [
        ['14%', null],
        ['about 200 full-time employees', null],
        ['500 contractors', null],
      ],
    ],
    // Messages and profiles: what money goes to, after a verb of its own; a list's later item;
    // a figure "it's" corrects; another, similar deal; a value the deal put on the company.
    [
      'So all-in this year Meta is committing $66-72B to capex plus $14.3B to Scale AI.',
      [
        ['$66-72B', null],
        ['$14.3B', null],
      ],
    ],
    [
      'for the notes: Meta → Scale AI $14.3B / 49% / Series F was $13.8B / 9,000+ contractors',
      [
        ['$14.3B', null],
        ['49%', null],
        ['$13.8B', null],
        ['9,000+ contractors', 'scale-ai-contractors'],
      ],
    ],
    ["few flags: copy says Scale AI was founded in 2018. it's 2016. Wang was 19.", []],
    [
      "Our board saw the Meta-Scale AI headlines and wants to know whether a similar minority deal (we're looking at something in the $400 million range for a 30% stake) would need an HSR filing.",
      [
        ['$400 million', null],
        ['30%', null],
      ],
    ],
    [
      'Wang owns an estimated 14% of Scale AI, which the Meta deal valued at roughly $29 billion; we apply a discount.',
      [
        ['an estimated 14%', null],
        ['roughly $29 billion', null],
      ],
    ],
    [
      "Scale AI's new boss co-founded Scour, a search engine and file-sharing service founded in 1997 that studios sued.",
      [['1997', null]],
    ],
    ['Meta invested in Scale AI, a startup founded in 2016 by Alexandr Wang.', [['2016', FOUNDED]]],
    // Polls, markets and citations: a share of people polled, a level a change would reach, a
    // priced proposition, someone's estimate, a quiz's lettered options, what had been, a firm
    // the sentence calls unrelated, what a correction sets right.
    [
      "61% agree or strongly agree that Meta's stake in Scale AI compromises its neutrality",
      [['61%', null]],
    ],
    ['Meta to increase its Scale AI stake above 49% before 1 Jan 2027', [['above 49%', null]]],
    ['Meta 2025 capex above $70B (Clearcall)\n \n41¢\n \n41%', [['above $70B', null]]],
    [
      "The median estimate for Scale AI's 2025 revenue is $1.7 billion, below the company's own target.",
      [['$1.7 billion', null]],
    ],
    [
      'How much did Meta agree to invest in Scale AI? A: $1 billion B: $10 billion C: $14.3 billion',
      [],
    ],
    [
      'Had Meta bought 100 percent of Scale AI, regulators would have looked.',
      [['100 percent', null]],
    ],
    [
      'Scale Computing. 2024. An edge-computing firm founded in 2007, unrelated to Scale AI.',
      [['2007', null]],
    ],
    [
      'The edge-computing company, founded in 2007, has no connection to Scale AI.',
      [['2007', null]],
    ],
    [
      'Scale Computing was founded in 2007 and is unrelated to Scale AI, which was founded in 2016.',
      [['2016', FOUNDED]],
    ],
    [
      'The original stated that Meta Platforms acquired a 51% stake in Scale AI for $13.4 billion. The correct figures are a 49% stake for $14.3 billion.',
      [],
    ],
    ['Meta raised its stake in Scale AI to 49% in June.', [['49%', STAKE]]],
    // A deal before or after which a value stood dates it: it is no sum the deal paid.
    [
      "Before Meta's deal, Scale AI was valued at $13.8 billion after raising $1 billion in its Series F.",
      [
        ['$13.8 billion', null],
        ['$1 billion', ROUND],
      ],
    ],
    [
      'Ahead of the Meta investment, Scale AI was valued at $13.8 billion.',
      [['$13.8 billion', null]],
    ],
    ["Meta's deal with Scale AI, worth $14.3 billion, closed.", [['$14.3 billion', INVESTMENT]]],
    // "The year Meta invested" dates the revenue; the sum right after "invested" is still paid.
    [
      "Scale AI's annual revenue in the year Meta invested was $870 million.",
      [['$870 million', null]],
    ],
    ['Scale AI\nAnnual revenue in the year Meta invested: $870 million', [['$870 million', null]]],
    [
      'In 2025, the year Meta invested $14.3 billion in Scale AI, its revenue grew.',
      [['$14.3 billion', INVESTMENT]],
    ],
    // "By round" lists each round's value; a date's gloss says what happened then.
    [
      'Chart: Scale AI valuation by round — 2021: $7.3B; 2024 (Series F): $13.8B; 2025 (Meta, implied): $29B.',
      [
        ['$7.3B', null],
        ['$13.8B', VALUATION],
        ['$29B', null],
      ],
    ],
    [
      "Valuation watch: Anthropic $61.5 billion; SSI $32 billion; Scale AI $29 billion (implied by Meta's deal).",
      [['$29 billion', null]],
    ],
    // What a figure dwarfs is no cue of its own.
    [
      "Stargate's $100 billion initial tranche (of up to $500 billion) dwarfs everything on this week's list, including Meta's Scale AI purchase.",
      [
        ['$100 billion', null],
        ['up to $500 billion', null],
      ],
    ],
    // A row of cells is about its first cell, and no cue crosses into the next row.
    [
      'Company | Amount | Note — Harvey | $300M | Series E; Glean | $150M | Series F; Scale AI | $14.3B | Meta, 49%',
      [
        ['$14.3B', null],
        ['49%', null],
      ],
    ],
    // A new clause with its own subject after ", and the" lends no cue.
    [
      'Hyperscaler capex for 2025: Amazon over $100 billion, Meta $64 billion to $72 billion, and the Scale AI deal sits outside those budgets.',
      [['$64 billion to $72 billion', SPENDING]],
    ],
    // A correction's account of the error claims nothing.
    ['Correction: A previous version of this story misstated Meta’s stake in Scale AI as 51%.', []],
    ['Correction: An earlier version said Meta had invested $10 billion in Scale AI.', []],
    [
      'This newsletter reported that Meta had agreed to pay $14.3 billion for all of Scale AI. That was wrong.',
      [],
    ],
    // Contractors let go, and a later year's spending.
    [
      'Scale AI will eliminate 200 positions, or 14% of its workforce, and end its relationship with about 500 contractors.',
      [
        ['14%', null],
        ['about 500 contractors', null],
      ],
    ],
    [
      'Meta told investors that 2026 capital expenditures would be "notably larger" than 2025\'s; analysts expect a figure above $100 billion.',
      [['above $100 billion', null]],
    ],
    // Qualifiers of columnists, and a sum written in parts that is not read.
    [
      'Meta paid north of $14 billion for just shy of half of Scale AI.',
      [
        ['north of $14 billion', INVESTMENT],
        ['just shy of half', STAKE],
      ],
    ],
    [
      'Meta Platforms invested in Scale AI the sum of 14 billion and 300 million dollars.',
      [['300 million dollars', null]],
    ],
    // A time the sentence opens with dates all of it; a founding in an aside is the name's.
    [
      'In the first quarter of 2025, Meta spent $13.69 billion on capital expenditures.',
      [['$13.69 billion', null]],
    ],
    [
      'Mercor, founded in 2023, reached a $10 billion valuation by recruiting experts once courted by Scale AI.',
      [
        ['2023', null],
        ['$10 billion', null],
      ],
    ],
    [
      'Meta-backed Scale AI, founded in 2016, took $14.3 billion from Meta.',
      [
        ['2016', FOUNDED],
        ['$14.3 billion', null],
      ],
    ],
    // Spending goes to AI, not "in Scale"; a pledge in the US through 2028 is no deal.
    [
      "Given Meta's plans to allocate up to $65 billion for AI projects in 2025, an investment of over $10 billion in Scale fits the strategy.",
      [
        ['up to $65 billion', SPENDING],
        ['over $10 billion', null],
      ],
    ],
    [
      'After its $14.3 billion investment in Scale AI, Meta pledged to invest at least $600 billion in the US through 2028.',
      [
        ['$14.3 billion', INVESTMENT],
        ['at least $600 billion', null],
      ],
    ],
    // A month before a year dates the figure before it; what a change went to is later than 2024.
    [
      "Scale AI's valuation jumped from $13.8 billion in May 2024 to $29 billion in just over a year.",
      [
        ['$13.8 billion', VALUATION],
        ['$29 billion', null],
      ],
    ],
    [
      'Scale AI was valued at $29 billion in June 2025, after its 2024 Series F.',
      [['$29 billion', null]],
    ],
    [
      "Meta's stake in Scale AI went from 0% to 49%.",
      [
        ['0%', null],
        ['49%', STAKE],
      ],
    ],
    // "The company" or "he" standing for another company keeps the figure theirs, even with
    // Meta named after it.
    [
      'Microsoft reported results on Tuesday. The company will spend $80 billion on AI this year, more than Meta.',
      [],
    ],
    [
      'OpenAI raised $40 billion in March. The company plans to spend $65 billion on AI this year, while Meta backs Scale AI.',
      [],
    ],
    // "A chip startup", "the eyewear maker" in a sentence that names Scale AI are others.
    [
      'Meta spent about $2.5 billion on its stake in a chip startup and has said little about Scale AI since.',
      [],
    ],
    ['Meta invested $3.5 billion in a chip startup and in Scale AI.', []],
    [
      'Meta took a 3% stake in the eyewear maker for about $3.5 billion; its Scale AI stake is 49%.',
      [['49%', STAKE]],
    ],
    [
      "Nvidia invested $5 billion in Intel this year. The chipmaker's stake, about 4%, is a fraction of the holding Meta took in Scale AI.",
      [],
    ],
    // "She" stands for the company she was named with, but her share is her own.
    [
      "Lucy Guo left Scale AI years ago but kept her shares. She still owns about 5% of the startup, which made her a billionaire after Meta's deal.",
      [],
    ],
    // A report the company denied, in the sentence or the next.
    [
      'Early reports said Meta would take 51% of Scale AI, but the company denied it wanted control.',
      [],
    ],
    [
      'Some early reports said Meta would take 51% of Scale AI. The company denied that, saying it would not seek control.',
      [],
    ],
    // Time: what a sentence says it was said in, next year, parts of a year, mid-year counts.
    [
      'Meta plans to invest $30-37 billion in capital expenditures this year, the company said in February 2024.',
      [['$30-37 billion', null]],
    ],
    [
      '(April 24, 2024) Meta now expects capital expenditures this year of $35-40 billion, up from $30-37 billion.',
      [
        ['$35-40 billion', null],
        ['$30-37 billion', null],
      ],
    ],
    [
      "Meta's capex this year will be $35-40 billion, CFO Susan Li said on the 2024 first-quarter call.",
      [['$35-40 billion', null]],
    ],
    [
      "(December 2025) Meta's capex next year is expected to exceed $110 billion, analysts say.",
      [['$110 billion', null]],
    ],
    [
      "Through the first nine months of 2025, Meta's capital expenditures totaled about $50 billion.",
      [['about $50 billion', null]],
    ],
    [
      'Meta spent $17 billion on capex in Q2 2025, about double the year-ago quarter.',
      [['$17 billion', null]],
    ],
    [
      "As of mid-2025, Meta's installed base was estimated at roughly 1 million GPUs, according to one analyst.",
      [['roughly 1 million GPUs', null]],
    ],
    [
      'In April, Meta trimmed its 2025 total expense outlook to $113-118 billion even as it raised capex guidance to $64-72 billion.',
      [
        ['$113-118 billion', null],
        ['$64-72 billion', SPENDING],
      ],
    ],
    ["Meta's 2025 capex could run as high as $72 billion.", [['as high as $72 billion', SPENDING]]],
    ['Meta now owns slightly less than half of Scale AI.', [['slightly less than half', STAKE]]],
    // A figure the sentence says someone disputed.
    [
      "One newsletter put Scale AI's 2024 revenue at $1.5 billion, a figure the company disputed.",
      [],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

// "It" opening a sentence stands for the company the sentence before opens on, as news copy
// writes it; only that company, and only when the sentence before is a statement that opens on
// its name.
describe('findMentions: "It" for the company the sentence before opens on', () => {
  it.each([
    [
      'Scale AI, founded in 2016, was valued at $13.8 billion last year. It generated revenue of about $870 million in 2024.',
      [
        ['2016', FOUNDED],
        ['$13.8 billion', null],
        ['about $870 million', REVENUE_2024],
      ],
    ],
    [
      'Scale AI, Inc. is a data-labelling company based in San Francisco.\nIt was founded in 2016 by Alexandr Wang and Lucy Guo.',
      [['2016', FOUNDED]],
    ],
    [
      'Meta did not acquire Scale AI outright. It invested $14.3 billion for a 49% stake in Scale AI.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    // Nor after sentences that open with "It" for it in turn.
    [
      'Scale AI was founded in 2016. It relies on more than 9,000 contractors. Its revenue was roughly $870 million in 2024.',
      [
        ['2016', FOUNDED],
        ['more than 9,000 contractors', CONTRACTORS],
        ['roughly $870 million', REVENUE_2024],
      ],
    ],
    // Not the company a sentence names as another's, or after another's, or in a heading, nor
    // past a sentence opening with "It" that names another company.
    [
      'Scale AI was founded in 2016. Its biggest rival, Surge AI, grew. It had revenue of $1 billion in 2024.',
      [['2016', FOUNDED]],
    ],
    [
      "Scale AI's biggest customer, Google, pulled back. It had revenue of $350 billion in 2024.",
      [],
    ],
    ['Like Scale AI, Labelbox sells training data. It had revenue of $100 million in 2024.', []],
    ['Scale AI\nIt had revenue of $100 million in 2024.', []],
    ['Is Scale AI worth it? It had revenue of $870 million in 2024.', []],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: Meta by where it is', () => {
  it.each([
    [
      'Meta bought into Scale AI in June. The Menlo Park company has since said it will spend $66 billion to $72 billion on AI infrastructure this year.',
      [['$66 billion to $72 billion', SPENDING]],
    ],
    // The town's investors are firms, not Meta.
    [
      'Meta bought into Scale AI in June. The Menlo Park firm said it will spend $5 billion on AI startups this year.',
      [],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: Scale AI written as one word', () => {
  it.each([
    [
      'For those who missed it: Meta is putting $14.3B into ScaleAI for a 49% stake.',
      [
        ['$14.3B', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    ['#ScaleAI was founded in 2016 by Alexandr Wang.', [['2016', FOUNDED]]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('names Scale AI by it, not a word that starts with it ("ScaleAIx", "Scaleable")', () => {
    const names = (text: string) =>
      findMentions(text)
        .filter((m) => m.kind === 'entity')
        .map((m) => m.text);
    expect(names('Meta backs ScaleAI.')).toEqual(['Meta', 'ScaleAI']);
    expect(names('Meta backs ScaleAIx and Scaleable.')).toEqual(['Meta']);
  });
});

describe('findMentions: names in capitals, tickers and share prices', () => {
  const names = (text: string) =>
    findMentions(text)
      .filter((m) => m.kind === 'entity')
      .map((m) => m.text);

  it('reads a headline in capitals on a page that names the companies', () => {
    const text =
      'BREAKING: META INVESTS $14.3 BILLION IN SCALE AI\nMeta has confirmed the deal with Scale AI.';
    expect(names(text)).toEqual(['META', 'SCALE AI', 'Meta', 'Scale AI']);
    expect(claims(text)).toEqual([['$14.3 BILLION', INVESTMENT]]);
  });

  it('takes no ticker, tag or page without the name for a company', () => {
    const page = 'Meta has confirmed its Scale AI deal.\n';
    expect(names(`${page}META shares rose 1.2%. $META is up. (NASDAQ: META)`)).toEqual([
      'Meta',
      'Scale AI',
    ]);
    expect(names(`${page}META TAGS: KEEP THEM SHORT`)).toEqual(['Meta', 'Scale AI']);
    expect(names('BREAKING: META INVESTS $14.3 BILLION IN SCALE AI')).toEqual([]);
  });

  it('judges no share price or other small sum against a claim in dollars', () => {
    expect(
      claims('Meta shares rose 1.2% to $694.06 on the day Meta confirmed its Scale AI investment.'),
    ).toEqual([
      ['1.2%', null],
      ['$694.06', null],
    ]);
    expect(claims('Meta invested $14,300 in Scale AI, a typo for billions.')).toEqual([
      ['$14,300', null],
    ]);
  });
});

describe('findMentions: "It" after a sentence whose subject is not ours alone', () => {
  it.each([
    ['Scale AI rival Turing posted strong growth. It had revenue of $300 million in 2024.'],
    ['Scale AI and Surge AI both sell labelled data. It had revenue of $1 billion in 2024.'],
    ['Meta-backed Surge AI grew fast. It had revenue of $1 billion in 2024.'],
  ])('%j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('findMentions: "the startup" under another company\'s box', () => {
  it('is the company heading the box a few lines up, not Scale AI', () => {
    const text = [
      'Meta / Scale AI',
      'Amount: $14.3 billion',
      'Surge AI',
      'Target amount: $1 billion',
      'Target valuation: $15 billion',
      'Revenue (2024): $1.2 billion',
      'The startup, founded in 2020 by Edwin Chen, has never taken venture money.',
    ].join('\n');
    expect(claims(text).filter(([figure]) => figure === '2020')).toEqual([]);
  });
});
