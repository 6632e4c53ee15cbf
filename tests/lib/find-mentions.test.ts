import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import type { FigureMention } from '../../lib/mention';

const entities = (text: string) =>
  findMentions(text)
    .filter((m) => m.kind === 'entity')
    .map((m) => [m.text, m.kind === 'entity' ? m.entity : null]);
const figures = (text: string) =>
  findMentions(text).filter((m): m is FigureMention => m.kind === 'figure');
const claims = (text: string) => figures(text).map((m) => [m.text, m.claim]);
const INVESTMENT = 'meta-investment-in-scale-ai';
const STAKE = 'meta-stake-in-scale-ai';

describe('findMentions: entities', () => {
  it.each([
    ['Meta said so.', 'Meta', 'meta'],
    ['Meta Platforms said so.', 'Meta Platforms', 'meta'],
    ['Meta Platforms Inc. said so.', 'Meta Platforms Inc.', 'meta'],
    ['The Facebook parent said so.', 'Facebook parent', 'meta'],
    ["Facebook's parent company said so.", "Facebook's parent company", 'meta'],
    ['Scale AI said so.', 'Scale AI', 'scale-ai'],
    ['Scale AI Inc. said so.', 'Scale AI Inc.', 'scale-ai'],
  ])('finds %j', (text, name, entity) => {
    expect(entities(text)).toEqual([[name, entity]]);
  });

  it('finds bare "Scale" only once the text has named Scale AI', () => {
    expect(entities('Meta invested in Scale.')).toEqual([['Meta', 'meta']]);
    expect(entities('Scale AI grew. Meta invested in Scale, the labeler.')).toEqual([
      ['Scale AI', 'scale-ai'],
      ['Meta', 'meta'],
      ['Scale', 'scale-ai'],
    ]);
    expect(entities("Scale AI grew. Scale's revenue doubled.")).toHaveLength(2);
  });

  it.each([
    'Scale AI grew. Scale, founded in 2016, labels data.',
    'Scale AI grew. Scale, which labels data, hired.',
    'Scale AI grew. Scale relies on 9,000 contractors.',
    'Scale AI grew. Scale generated $870 million in 2024.',
    'Scale AI grew. Scale works with more than 9,000 contractors.',
    'Scale AI grew. Scale still has more than 9,000 contractors.',
  ])(
    'takes bare "Scale" opening a sentence as the company before its verb or aside: %j',
    (text) => {
      expect(entities(text)).toEqual([
        ['Scale AI', 'scale-ai'],
        ['Scale', 'scale-ai'],
      ]);
    },
  );

  it.each([
    ['Scale AI grew. Wang founded Scale in 2016.', 'Scale'],
    ['Scale AI grew. Meta took a stake in Scale for $14.3 billion.', 'Scale'],
    ['Scale AI grew. The talks came after Scale was valued at $13.8 billion.', 'Scale'],
    ['Scale AI grew. Meta agreed to invest in Scale in exchange for 49%.', 'Scale'],
    ['Scale AI grew. He was 19 when he co-founded Scale with a classmate.', 'Scale'],
  ])('takes bare "Scale" in running prose before a small word as the company: %j', (text, name) => {
    expect(entities(text)).toContainEqual([name, 'scale-ai']);
    expect(entities(text).filter(([, e]) => e === 'scale-ai')).toHaveLength(2);
  });

  it.each([
    'Scale AI grew. Economies of Scale in Data Labelling',
    'Scale AI grew. Designing for Scale and Speed',
    'Scale AI grew. Why Scale Is Hard',
    'Scale AI grew. Scale in minutes with our cloud.',
  ])('leaves bare "Scale" in a title-case heading or as a verb unnamed: %j', (text) => {
    expect(entities(text)).toEqual([['Scale AI', 'scale-ai']]);
  });

  it.each([
    'The page metadata lists meta tags and a meta description.',
    'A Meta-analysis of 40 trials.',
    'Check the Meta Description field.',
    'Scale AI is one option. Scale your app with large-scale clusters at scale.',
    'Scale AI aside, teams scale up fast. How To Scale Up.',
    'Scale AI grew. Scale, not speed, wins. Scale matters more than price.',
    'Scale AI grew. Scale still matters. Scale makes the difference.',
    'Scale AI is not Scale Computing, and Scale Venture Partners backs neither.',
  ])('never takes %j for a second company name', (text) => {
    expect(entities(text).filter(([name]) => name !== 'Scale AI')).toEqual([]);
  });
});

describe('findMentions: attribution', () => {
  it('ties an investment figure to the claim when its sentence names both companies', () => {
    expect(claims('Meta agreed to invest $14.3 billion in Scale AI.')).toEqual([
      ['$14.3 billion', 'meta-investment-in-scale-ai'],
    ]);
  });

  it('reads "the parent company of Facebook" as Meta, not as another company', () => {
    const text =
      'Meta Platforms, the parent company of Facebook, is in talks to invest over $10 billion in Scale AI.';
    expect(entities(text)).toEqual([
      ['Meta Platforms', 'meta'],
      ['the parent company of Facebook', 'meta'],
      ['Scale AI', 'scale-ai'],
    ]);
    expect(claims(text)).toEqual([['over $10 billion', 'meta-investment-in-scale-ai']]);
  });

  it('does not take bare "Facebook" for Meta', () => {
    expect(entities('Facebook and Instagram grew.')).toEqual([]);
  });

  it('reads a number word before a scale word: "ten billion dollars"', () => {
    expect(claims('Meta will invest ten billion dollars in Scale AI.')).toEqual([
      ['ten billion dollars', 'meta-investment-in-scale-ai'],
    ]);
  });

  it('keeps the qualifier with the value: "over $10 billion"', () => {
    const [figure] = figures('Meta is in talks to invest over $10 billion in Scale AI.');
    expect(figure.text).toBe('over $10 billion');
    expect(figure.figure?.qualifier).toBe('over');
  });

  it.each([
    "Microsoft's $10 billion investment in OpenAI dwarfs Meta's bet on Scale AI.",
    'Meta invested in Scale AI, while Amazon put $4 billion into Anthropic.',
    'Meta backs Scale AI; OpenAI, which Microsoft backed with $10 billion, watches.',
    'Meta invested in Scale AI and Microsoft put $10 billion into OpenAI.',
    'Meta will invest $10 billion in OpenAI, not in Scale AI.',
    'Microsoft put $13 billion into OpenAI.',
    'Amazon put $4 billion into Anthropic.',
    "Meta's investment in Scale AI is roughly half of the $30 billion OpenAI got from SoftBank.",
    "Meta's stake in Scale AI compares with the $10 billion that Microsoft put into OpenAI.",
    "Scale AI lost customers after Meta's investment: Google, which planned to pay Scale AI about $200 million this year, pulled out.",
  ])('leaves out a figure that belongs to another company: %j', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it.each([
    ['Reports said Meta would invest $10 billion in Scale AI, not $1 billion.', '$10 billion'],
    ['Meta took a 49% stake in Scale AI, rather than the 51% first reported.', '49%'],
    ['Meta paid $14.3 billion for Scale AI instead of $10 billion.', '$14.3 billion'],
    ['Meta is paying $14.3 billion for Scale AI, and not over $20 billion.', '$14.3 billion'],
  ])('leaves out a figure the page denies: %j', (text, kept) => {
    expect(figures(text).map((f) => f.text)).toEqual([kept]);
  });

  it.each([
    ['Meta did not pay $10 billion for Scale AI.', []],
    ["Meta won't take a 51% stake in Scale AI.", []],
    ['Meta isn’t investing $20 billion in Scale AI, a spokesperson said.', []],
    ['Meta denied that it would pay $20 billion for Scale AI.', []],
    ['Meta has no plans to buy a 60% stake in Scale AI.', []],
    ["Scale AI's revenue did not reach $2.5 billion in 2025.", []],
    ['Meta ruled out paying more than $20 billion for Scale AI.', []],
    ['Meta never offered $20 billion for Scale AI.', []],
    ['Meta did not pay $10 billion or $20 billion for Scale AI.', []],
    ["Meta's stake in Scale AI will not exceed 49%.", []],
    ['If Meta buys 51% of Scale AI, regulators may step in.', []],
    ['Meta would have paid $20 billion for Scale AI had the board agreed.', []],
    // The denial's clause ends; the next one claims.
    ["Meta won't take a 51% stake in Scale AI; it's buying 49%.", [['49%', STAKE]]],
    ['Meta paid not $10 billion but $14.3 billion for Scale AI.', [['$14.3 billion', INVESTMENT]]],
  ])('leaves out a figure its clause denies: %j', (text, kept) => {
    expect(claims(text)).toEqual(kept);
  });

  it.each([
    ['Meta, which did not comment, paid $14.3 billion for Scale AI.', INVESTMENT],
    ['Meta (which did not comment) paid $14.3 billion for Scale AI.', INVESTMENT],
    ['Scale AI did not respond and Meta said it paid $14.3 billion for it.', INVESTMENT],
    ['Meta declined to say more but confirmed a 49% stake in Scale AI.', STAKE],
    ['Meta not only paid $14.3 billion for Scale AI but also hired its chief.', INVESTMENT],
    ['The No. 1 social network Meta invested $14.3 billion in Scale AI.', INVESTMENT],
    ['Meta did not disclose terms and paid $14.3 billion for Scale AI.', INVESTMENT],
    ['Notably, Meta paid $14.3 billion for Scale AI.', INVESTMENT],
  ])(
    'still judges a figure when a denial is in another clause or none at all: %j',
    (text, claim) => {
      expect(claims(text)).toEqual([[expect.any(String), claim]]);
    },
  );

  it.each([
    ['Meta said it would invest an additional $5 billion in Scale AI next year.', '$5 billion'],
    ['Meta will put $2 billion more into Scale AI.', '$2 billion'],
    ['Meta may buy a further 10% stake in Scale AI.', '10%'],
  ])('marks a sum added to another without the claim of the whole: %j', (text, figure) => {
    expect(claims(text)).toEqual([[figure, null]]);
  });

  it.each([
    ["Scale AI's valuation doubled to $29 billion from $13.8 billion after Meta's deal.", null],
    [
      "Scale AI's revenue reached $2 billion in 2025 after Meta's investment.",
      'scale-ai-revenue-2025',
    ],
  ])('takes no cue from a later event the figure is dated by: %j', (text, claim) => {
    expect(claims(text).map(([, c]) => c)).toEqual(claim ? [claim] : [null, null]);
  });

  it('leaves out money that goes to a name nobody listed: "the $2 billion it paid for Manus"', () => {
    expect(
      claims("Meta's $14.3 billion deal with Scale AI dwarfs the $2 billion it paid for Manus."),
    ).toEqual([['$14.3 billion', INVESTMENT]]);
  });

  it.each([
    ['Meta invested $14.3 billion in Scale AI in June.', '$14.3 billion', INVESTMENT],
    [
      'Meta plans to spend up to $65 billion on AI in 2025, and it backs Scale AI.',
      'up to $65 billion',
      'meta-ai-spending-2025',
    ],
    [
      'Scale AI raised $1 billion in Series F funding in 2024.',
      '$1 billion',
      'scale-ai-series-f-round-2024',
    ],
  ])('still judges money before a month, "AI" or "Series F": %j', (text, figure, claim) => {
    expect(claims(text)).toEqual([[figure, claim]]);
  });

  it("does not judge a figure of another year than the deal's as the investment", () => {
    expect(
      claims(
        "Scale AI was valued at $7.3 billion in 2021 and $13.8 billion in 2024, before Meta's deal valued it at $29 billion.",
      ),
    ).toEqual([
      ['$7.3 billion', null],
      ['$13.8 billion', null],
      ['$29 billion', null],
    ]);
    expect(claims('Meta will invest $14.3 billion in Scale AI in 2025.')).toEqual([
      ['$14.3 billion', INVESTMENT],
    ]);
  });

  it('does not take the 2025 investment for the 2024 valuation: "2025 investment …, worth $14.3 billion"', () => {
    expect(
      claims(
        "Meta's 2025 investment in Scale AI, worth $14.3 billion, followed a $1 billion round in 2024.",
      ),
    ).toEqual([
      // What the investment is worth is the investment.
      ['$14.3 billion', INVESTMENT],
      ['$1 billion', null],
    ]);
  });

  it('reads a founding year before the figure as no year of the figure', () => {
    expect(
      claims('Scale AI, founded in 2016, is getting a $14.3 billion investment from Meta.'),
    ).toEqual([
      ['2016', 'scale-ai-founded-year'],
      ['$14.3 billion', INVESTMENT],
    ]);
  });

  it.each([
    [
      "Meta's investment gives Scale AI a valuation of $29 billion, up from $13.8 billion in 2024.",
      [
        ['$29 billion', null],
        ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
      ],
    ],
    [
      'Meta is paying $14.3 billion for a 49% stake in Scale AI, or roughly $29 billion for the whole company.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
        ['roughly $29 billion', null],
      ],
    ],
    [
      "Meta's stake in Scale AI rose to 49% from 0%.",
      [
        ['49%', STAKE],
        ['0%', null],
      ],
    ],
    // What a price implies the company is worth is no valuation of its Series F.
    [
      'The price Meta paid implies a valuation of roughly $29 billion for Scale AI, against the $13.8 billion post-money valuation of its 2024 Series F.',
      [
        ['roughly $29 billion', null],
        ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
      ],
    ],
    [
      'Scale AI was valued at $13.8 billion after its 2024 Series F; the new deal implies a value near $29 billion.',
      [
        ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
        ['$29 billion', null],
      ],
    ],
  ])(
    'gives a claim to one figure of a sentence, the one of its year or nearest its cue: %j',
    (text, expected) => {
      expect(claims(text)).toEqual(expected);
    },
  );

  it.each([
    [
      "Meta's AI spending will rise from $40 billion to $65 billion this year.",
      [
        ['$40 billion', null],
        ['$65 billion', 'meta-ai-spending-2025'],
      ],
    ],
    [
      "Meta's stake in Scale AI, up from 10%, is now 49%.",
      [
        ['10%', null],
        ['49%', STAKE],
      ],
    ],
    [
      'Meta owned 0% of Scale AI before the deal and 49% after.',
      [
        ['0%', null],
        ['49%', STAKE],
      ],
    ],
  ])('does not judge a value something changed from as the claim: %j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['Meta could raise its stake in Scale AI to 75% next year.', [['75%', null]]],
    ["Meta's stake in Scale AI may rise to 75%.", [['75%', null]]],
    ["Meta's stake in Scale AI will be 75% next year.", [['75%', null]]],
    ['Meta could invest over $10 billion in Scale AI.', [['over $10 billion', INVESTMENT]]],
    [
      "Scale AI's revenue could rise to $2 billion in 2025.",
      [['$2 billion', 'scale-ai-revenue-2025']],
    ],
  ])("judges a value something may change to only with the claim's year: %j", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("leaves out a leader's own share or money, not the company's founding year", () => {
    expect(
      claims(
        "Scale AI's chief executive, Alexandr Wang, owns about 15% of the company and will join Meta.",
      ),
    ).toEqual([]);
    expect(claims("Scale AI's co-founder Lucy Guo says the company was founded in 2016.")).toEqual([
      ['2016', 'scale-ai-founded-year'],
    ]);
  });

  it.each([
    ['Reports that Meta paid $20 billion for Scale AI were wrong.', []],
    ["The $20 billion figure for Meta's Scale AI deal is false.", []],
    ['Claims that Meta owns 51% of Scale AI are incorrect.', []],
    ["Meta's investment in Scale AI was said to be $20 billion, but that was a rumour.", []],
    [
      'Meta supposedly paid $20 billion for Scale AI, a claim the company has since walked back.',
      [],
    ],
    ["Some reported Meta's Scale AI stake as 51%, an error later corrected to 49%.", ['49%']],
    ['Meta paid $14.3 billion, and reports of $20 billion were wrong.', ['$14.3 billion']],
    ['Meta paid $14.3 billion for 49% of Scale AI, which is not wrong.', ['$14.3 billion', '49%']],
    ["Meta's $14.3 billion bet on Scale AI is a mistake, analysts say.", ['$14.3 billion']],
  ])('leaves out a figure its sentence calls wrong after it: %j', (text, kept) => {
    expect(figures(text).map((f) => f.text)).toEqual(kept);
  });

  it.each([
    [
      'Scale AI paid its contractors $500 million last year; Meta holds 49%.',
      [['$500 million', null]],
    ],
    ['Meta previously held a 1% stake in Scale AI.', [['1%', null]]],
  ])('takes no wages or earlier holding for the deal: %j', (text, expected) => {
    expect(claims(text).slice(0, expected.length)).toEqual(expected);
  });

  it.each([
    [
      'Scale AI raised $325 million in 2021, valuing it at $7.3 billion, and $1 billion in 2024.',
      [
        ['$325 million', null],
        ['$7.3 billion', null],
        ['$1 billion', null],
      ],
    ],
    [
      'In 2024, valuing it at $13.8 billion, investors put $1 billion into Scale AI.',
      [
        ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
        ['$1 billion', null],
      ],
    ],
    [
      'Scale AI raised $1 billion in May 2024, which valued it at $13.8 billion.',
      [
        ['$1 billion', null],
        ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
      ],
    ],
  ])(
    'dates a clause set off by a comma by the clause it hangs on, and closes its cue there: %j',
    (text, expected) => {
      expect(claims(text)).toEqual(expected);
    },
  );

  it('takes a pay package for no investment: "pay packages of up to $100 million"', () => {
    expect(
      claims(
        'Meta offered AI researchers pay packages of up to $100 million after buying 49% of Scale AI.',
      ),
    ).toEqual([
      ['up to $100 million', null],
      ['49%', STAKE],
    ]);
  });

  it.each([
    [
      "Meta's AI budget rose from $35 billion in 2024 to $65 billion this year.",
      [
        ['$35 billion', null],
        ['$65 billion', 'meta-ai-spending-2025'],
      ],
    ],
    [
      "Meta's 2024 capex was $39 billion; 2025 spending will reach $65 billion.",
      [
        ['$39 billion', null],
        ['$65 billion', 'meta-ai-spending-2025'],
      ],
    ],
    [
      'Meta will have 1.3 million GPUs by the end of 2025, up from 600,000 GPUs in 2024.',
      [
        ['1.3 million GPUs', 'meta-gpus-end-2025'],
        ['600,000 GPUs', null],
      ],
    ],
  ])("does not judge Meta's figure of another year as its 2025 figure: %j", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    [
      'Scale AI revenue: 2024 $870 million, 2025 $2 billion (projected).',
      [
        ['$870 million', 'scale-ai-revenue-2024'],
        ['$2 billion', 'scale-ai-revenue-2025'],
      ],
    ],
    [
      'Revenue at Scale AI: $870 million (2024), $2 billion (2025).',
      [
        ['$870 million', 'scale-ai-revenue-2024'],
        ['$2 billion', 'scale-ai-revenue-2025'],
      ],
    ],
    [
      'Scale AI made $870 million in revenue in 2024 and projects $2 billion this year.',
      [
        ['$870 million', 'scale-ai-revenue-2024'],
        ['$2 billion', null],
      ],
    ],
    [
      'Scale AI had revenue of $870 million in 2024 and expects $2 billion this year.',
      [
        ['$870 million', 'scale-ai-revenue-2024'],
        ['$2 billion', null],
      ],
    ],
  ])("dates a figure by its own year, not the next or the last figure's: %j", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['In 2024, Scale AI had revenue of $870 million.', 'scale-ai-revenue-2024'],
    ["Scale AI's 2025 revenue: $2 billion.", 'scale-ai-revenue-2025'],
    [
      "Scale AI's valuation rose to $29 billion from $13.8 billion in 2024.",
      'scale-ai-valuation-series-f-2024',
    ],
  ])(
    'still dates a figure by a year before it or an earlier value by its own year: %j',
    (text, claim) => {
      expect(claims(text).map(([, c]) => c)).toContain(claim);
    },
  );

  it('does not take a part of the revenue for the revenue: "12% of its 2025 revenue, some $300 million"', () => {
    expect(
      claims('Scale AI said about 12% of its 2025 revenue, some $300 million, came from Meta.'),
    ).toEqual([
      ['about 12%', null],
      ['some $300 million', null],
    ]);
  });

  it('still reads "not more than" as a qualifier, not a denial', () => {
    expect(figures('Meta will invest not more than $10 billion in Scale AI.')).toMatchObject([
      { text: 'not more than $10 billion', figure: { qualifier: 'up-to' } },
    ]);
  });

  it('marks a Reality Labs loss or an EU fine about Meta as unreferenced, never as a claim', () => {
    expect(claims("Meta's Reality Labs lost $4.2 billion last quarter.")).toEqual([]);
    expect(claims('The EU fined Meta $1.3 billion in 2023.')).toEqual([['$1.3 billion', null]]);
    expect(claims('Meta, which backs Scale AI, earned a $40 billion profit.')).toEqual([
      ['$40 billion', null],
    ]);
    expect(claims('Meta took a $4.2 billion loss on its headsets while backing Scale AI.')).toEqual(
      [['$4.2 billion', null]],
    );
  });

  it('does not judge a figure with no company in its sentence', () => {
    expect(figures('A $10 billion investment is a lot of money.')).toEqual([]);
  });

  it('splits figures of one sentence by their nearest cue', () => {
    expect(
      claims(
        "Scale AI's valuation reached $13.8 billion following a $1 billion Series F funding round in 2024.",
      ),
    ).toEqual([
      ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
      ['$1 billion', 'scale-ai-series-f-round-2024'],
    ]);
  });

  it('counts cue distance in words, so source indentation cannot tip the claim', () => {
    expect(
      claims("Scale AI's valuation          reached $14 billion after its 2024 Series F round."),
    ).toEqual([['$14 billion', 'scale-ai-valuation-series-f-2024']]);
  });

  it('ties a revenue figure to the year written next to it', () => {
    expect(
      claims(
        'Scale AI revenue is projected to grow from $870 million in 2024 to $2 billion in 2025.',
      ),
    ).toEqual([
      ['$870 million', 'scale-ai-revenue-2024'],
      ['$2 billion', 'scale-ai-revenue-2025'],
    ]);
    expect(claims('Scale AI posted revenue of $2 billion.')).toEqual([['$2 billion', null]]);
  });

  it('does not judge what the deal values Scale AI at against its 2024 valuation', () => {
    expect(
      claims(
        'The deal values Scale AI at more than $29 billion, double its 2024 valuation of $13.8 billion.',
      ),
    ).toEqual([
      ['more than $29 billion', null],
      ['$13.8 billion', null],
    ]);
  });

  it.each([
    [
      "Meta's $14.3 billion deal for 49% of Scale AI implies a valuation of $29 billion for the startup, whose 2024 revenue was $870 million.",
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
        ['$29 billion', null],
        ['$870 million', 'scale-ai-revenue-2024'],
      ],
    ],
    [
      'The investment gives Scale AI a valuation of $29 billion, more than double its 2024 level.',
      [['$29 billion', null]],
    ],
    [
      'The deal implies Scale AI is worth $29 billion, twice what its 2024 Series F round valued it at.',
      [['$29 billion', null]],
    ],
    [
      "Meta's investment gives Scale AI a post-money valuation of $29 billion; its Series F valued it at $13.8 billion.",
      [
        ['$29 billion', null],
        ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
      ],
    ],
  ])(
    "takes the 2024 valuation's scope from next to the figure in a sentence about Meta's deal: %j",
    (text, expected) => {
      expect(claims(text)).toEqual(expected);
    },
  );

  it.each([
    "Scale AI was worth $13.8 billion a year ago; Meta's deal puts it at $29 billion.",
    "Meta's deal pegs Scale AI at $29 billion.",
  ])('takes what a deal puts a company at for no investment: %j', (text) => {
    expect(claims(text).filter(([figure]) => figure === '$29 billion')).toEqual([
      ['$29 billion', null],
    ]);
  });

  it.each([
    // A US-dollar sum converted into Australian dollars states that sum, not the deal's.
    [
      'Meta has paid $US14.3 billion ($22 billion) for 49 per cent of Scale AI.',
      [
        ['$22 billion', null],
        ['49 per cent', STAKE],
      ],
    ],
    // A dollar sum converting a rupee sum takes the cue before the rupee sum.
    [
      'Scale AI, valued at ₹1.15 lakh crore ($13.8 billion) in its Series F, counts Meta among its backers.',
      [
        ['₹1.15', null],
        ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
      ],
    ],
    // Australian dollars are no US dollars: the US-dollar sum after them is the deal's.
    [
      'Meta paid A$22 billion (US$14.3 billion) for its stake in Scale AI.',
      [
        ['A$22 billion', null],
        ['US$14.3 billion', INVESTMENT],
      ],
    ],
    // A share in parentheses after a sum converts nothing.
    [
      'Meta paid $14.3 billion (49%) for its Scale AI stake.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
  ])('reads a sum in parentheses after another as a conversion: %j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['Meta takes 49pc of Scale AI', [['49pc', STAKE]]],
    ['Meta hands $14.3bn to Scale AI', [['$14.3bn', INVESTMENT]]],
    [
      'Meta–Scale AI deal: $14.3B for 49%',
      [
        ['$14.3B', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    [
      'Scale AI raised $1 billion for 10% of the company in 2024',
      [
        ['$1 billion', null],
        ['10%', null],
      ],
    ],
    ['Meta, on the other hand, owns 49 PC games and 2 hands.', []],
  ])(
    'reads headline-ese: "49pc", a sum handed over, the share a sum bought: %j',
    (text, expected) => {
      expect(claims(text)).toEqual(expected);
    },
  );

  it('reads the share a sum bought past the company it went into: "$14.3 bn into Scale AI for 49%"', () => {
    expect(claims('Meta is putting $14.3 bn into Scale AI for 49%.')).toEqual([
      ['$14.3 bn', INVESTMENT],
      ['49%', STAKE],
    ]);
    expect(claims('Meta put $14.3B in Scale AI for 49%, no board seat.')).toEqual([
      ['$14.3B', INVESTMENT],
      ['49%', STAKE],
    ]);
  });

  it('takes a share of something else for no stake: "about 51% of what it spent"', () => {
    expect(
      claims(
        'The $14.3 billion Meta paid for its stake in Scale AI is equal to about 51% of what it spent on capital projects in 2023.',
      ),
    ).toEqual([
      ['$14.3 billion', INVESTMENT],
      ['about 51%', null],
    ]);
    expect(claims("Meta's stake in Scale AI is 49% of the company.")).toEqual([['49%', STAKE]]);
  });

  it.each([
    'Because Meta acquired less than 50% of Scale AI and no voting rights, the deal avoided a merger review.',
    'Meta stayed under half of Scale AI, so the deal needed no merger review.',
    'A stake of more than 50% of Scale AI would have given Meta control.',
  ])('takes a bound at half for the line of control, not the stake: %j', (text) => {
    expect(figures(text).map((m) => m.claim)).toEqual([null]);
  });

  it('still takes "just under half" and "almost 50%" for the stake', () => {
    expect(claims('Meta owns just under half of Scale AI.')).toEqual([['just under half', STAKE]]);
    expect(claims('Meta got almost 50% of Scale AI.')).toEqual([['almost 50%', STAKE]]);
  });

  it('takes what was raised at a valuation for no valuation: "valued at $13.8 billion after raising $1 billion"', () => {
    expect(
      claims(
        'For comparison, Scale AI was valued at $13.8 billion after raising $1 billion in 2024.',
      ),
    ).toEqual([
      ['$13.8 billion', 'scale-ai-valuation-series-f-2024'],
      ['$1 billion', null],
    ]);
  });

  it("takes the value implied by today's deal for no sum of it", () => {
    const text =
      "Meta–Scale AI deal: live reaction\nThe valuation implied by today's deal — more than $29 billion — compares with the $13.8 billion Scale was valued at in its Series F last May, when it raised $1 billion from investors including Amazon, Nvidia and Meta itself.";
    expect(claims(text)[0]).toEqual(['more than $29 billion', null]);
  });

  it.each([
    ['Wang has run Scale AI since founding it in 2016.', '2016'],
    ["The timeline goes back to Scale AI's founding in 2016.", '2016'],
    ['Scale AI says Wang started the company in 2016 after Quora.', '2016'],
    ['Scale AI grew fast. Its founder started Scale in 2016.', '2016'],
  ])('reads a founding said as a noun or a start: %j', (text, year) => {
    expect(claims(text)).toEqual([[year, 'scale-ai-founded-year']]);
  });

  it.each([
    'Scale AI hired its founding engineer in 2017.',
    "Scale AI's work with Meta started in 2019.",
  ])('reads no founding year into a founding role or a start of something else: %j', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('ends a sentence after a round\'s letter: "after a $1bn Series F. The new cheque …"', () => {
    const text =
      'Scale AI was valued at $13.8bn a year ago, after a $1bn Series F. The new cheque implies a price of about $28.6bn for the whole company.';
    expect(claims(text)).not.toContainEqual(['about $28.6bn', 'scale-ai-series-f-round-2024']);
    expect(claims('Scale AI hired J. Smith. Scale AI raised $1 billion in its Series F.')).toEqual([
      ['$1 billion', 'scale-ai-series-f-round-2024'],
    ]);
  });

  it.each([
    'Scale AI is big. Scale was founded in 2016 right? not 2015?',
    "Scale AI is big. Meta paid $14.3 billion for its stake, didn't it?",
  ])('takes a figure offered for confirmation by a tag question for no claim: %j', (text) => {
    expect(figures(text).map((m) => m.claim)).toEqual([null]);
  });

  it('takes "Scale was valued at" opening a sentence as the company', () => {
    expect(
      claims(
        'Meta is in talks to invest in Scale AI. Scale was last valued at $13.8 billion in its Series F.',
      ),
    ).toEqual([['$13.8 billion', 'scale-ai-valuation-series-f-2024']]);
    expect(entities('Scale AI grew. Scale is everything in AI.')).toEqual([
      ['Scale AI', 'scale-ai'],
    ]);
  });

  it('takes bare "Scale" within a paragraph or two of another Scale company for that company', () => {
    const text =
      'Scale Computing is unrelated to Scale AI, the data-labelling company founded in 2016. In June, Meta agreed to invest $14.3 billion in Scale AI.\nScale was founded in Indianapolis in 2007 by Jeff Ready.';
    expect(claims(text)).not.toContainEqual(['2007', 'scale-ai-founded-year']);
  });

  it.each([
    [
      'Meta has said it will spend $64 billion to $72 billion on capital projects this year.',
      '$64 billion to $72 billion',
    ],
    ['Meta will spend between $64bn and $72bn on capital projects this year.', '$64bn and $72bn'],
  ])(
    'reads "capital projects", Meta\'s own word for its capex, as what the spending goes to: %j',
    (text, figure) => {
      expect(claims(text)).toEqual([[figure, 'meta-ai-spending-2025']]);
    },
  );

  it('reads money spent on Scale AI past a sum with a decimal point: "Meta spent $14.3 billion on Scale AI"', () => {
    expect(claims('Meta spent $14.3 billion on Scale AI.')).toEqual([
      ['$14.3 billion', INVESTMENT],
    ]);
    expect(claims('Meta spent $14.3bn on Scale AI so you do not have to.')).toEqual([
      ['$14.3bn', INVESTMENT],
    ]);
  });

  it('reads where a sum went right after it: "Meta: $14.3 billion into Scale AI"', () => {
    expect(claims('Checks written\nMeta: $14.3 billion into Scale AI, for 49%.')[0]).toEqual([
      '$14.3 billion',
      INVESTMENT,
    ]);
  });

  it('takes a reader who "asked about" the deal for no earlier ask of its sum', () => {
    expect(
      claims(
        'Several of you asked about our largest position after Meta agreed to invest $14.3 billion in Scale AI for 49% of the company.',
      ),
    ).toEqual([
      ['$14.3 billion', INVESTMENT],
      ['49%', STAKE],
    ]);
    expect(claims('Scale AI asked Meta for $20 billion, it paid $14.3 billion.')[0]).toEqual([
      '$20 billion',
      null,
    ]);
  });

  it('dates spending "on capital projects last year" to that year, not to "this year" after it', () => {
    expect(
      claims(
        'Meta spent $39 billion on capital projects last year and will spend far more this year.',
      ),
    ).toEqual([['$39 billion', null]]);
  });

  it('takes "the search giant" for the company the sentence before opens on', () => {
    expect(
      claims(
        "Alphabet raised its forecast in February. The search giant now plans to spend $75 billion on capital projects this year, more than Meta's budget.",
      ),
    ).not.toContainEqual(['$75 billion', 'meta-ai-spending-2025']);
  });

  it('reads "this year" on a page dated 2026 as 2026, no 2025 claim', () => {
    const sentence = 'Meta guides to capital expenditures of $115-135 billion this year.';
    expect(claims(`By Jo Park · June 18, 2026\n${sentence}`)).toEqual([['$115-135 billion', null]]);
    expect(claims(`By Jo Park · June 18, 2025\n${sentence}`)).toEqual([
      ['$115-135 billion', 'meta-ai-spending-2025'],
    ]);
    // A year of the claim's own, written, still dates the figure on any page.
    expect(claims('By Jo Park · June 18, 2026\nMeta spent $72 billion on capex in 2025.')).toEqual([
      ['$72 billion', 'meta-ai-spending-2025'],
    ]);
    // And the page's year does not touch a claim whose scope names its own time.
    expect(
      claims('By Jo Park · June 18, 2026\nScale AI was valued at $13.8 billion in its Series F.'),
    ).toEqual([['$13.8 billion', 'scale-ai-valuation-series-f-2024']]);
  });

  it('takes what a later price makes the stake worth for no sum of the deal', () => {
    expect(
      claims(
        "A March 2026 tender valued Scale AI at $25 billion, which would put Meta's stake near $12.3 billion.",
      ),
    ).not.toContainEqual(['$12.3 billion', INVESTMENT]);
  });

  it("takes a sum that a price tag 'from its Series F' names for no round", () => {
    expect(
      claims("Scale AI's previous price tag, from its 2024 Series F, was $13.8 billion."),
    ).not.toContainEqual(['$13.8 billion', 'scale-ai-series-f-round-2024']);
  });

  it('takes what a post claims, reported without quotes, for no claim of the page', () => {
    expect(
      claims('Scale AI is real. The post also claims Scale was founded in 2018.'),
    ).not.toContainEqual(['2018', 'scale-ai-founded-year']);
    expect(claims('Scale AI claims more than 9,000 contractors.')).toEqual([
      ['more than 9,000 contractors', 'scale-ai-contractors'],
    ]);
  });

  it('takes the writer\'s own estimate for no claim: "We raise our 2025 capex estimate to $70 billion"', () => {
    expect(claims('Meta: we raise our 2025 capex estimate to $70 billion.')).toEqual([
      ['$70 billion', null],
    ]);
    expect(claims('Meta raised its 2025 capex guidance to $70 billion.')).toEqual([
      ['$70 billion', 'meta-ai-spending-2025'],
    ]);
  });

  it('takes a sum another company pays, opening its clause, for no sum of the deal', () => {
    const text =
      "After Meta's 49% investment, Scale AI's customers paused work; Google alone had planned to pay Scale about $200 million this year.";
    expect(claims(text)).toContainEqual(['about $200 million', null]);
    // Unless Meta stands after it, nearer the figure.
    expect(claims('Facebook owner Meta is investing $14.3 billion in Scale AI.')).toEqual([
      ['$14.3 billion', INVESTMENT],
    ]);
    expect(
      claims(
        "Google's $2.4 billion Windsurf arrangement looks modest next to Meta's $14.3 billion bet on Scale AI.",
      ),
    ).toContainEqual(['$14.3 billion', INVESTMENT]);
  });

  it('leaves out a founding year someone said, set right by the next sentence', () => {
    expect(
      claims('At 12:40 Omar says Scale AI was founded in 2014. It was founded in 2016.'),
    ).not.toContainEqual(['2014', 'scale-ai-founded-year']);
  });

  it('still reads "put" before money as an investment: "Meta put $14.3 billion into Scale AI"', () => {
    expect(claims('Meta put $14.3 billion into Scale AI.')).toEqual([
      ['$14.3 billion', INVESTMENT],
    ]);
  });

  it('does not take a later valuation for the 2024 Series F valuation', () => {
    expect(claims("Meta's deal values Scale AI at $29 billion.")).toEqual([['$29 billion', null]]);
  });

  it("does not take Meta's own revenue for Scale AI's", () => {
    expect(
      claims('Meta reported 2024 revenue of $164.5 billion, and it owns part of Scale AI.'),
    ).toEqual([['$164.5 billion', null]]);
  });

  it('resolves "the company" to the subject of the sentence before', () => {
    const text =
      "Scale AI, founded by Alexandr Wang, labels data.\nThe company's valuation reached $13.8 billion after its Series F.";
    expect(claims(text)).toEqual([['$13.8 billion', 'scale-ai-valuation-series-f-2024']]);
  });

  it('does not resolve "the company" when the subject before is another company', () => {
    const text =
      "OpenAI competes with Scale AI. The company's valuation reached $13.8 billion after its Series F.";
    expect(figures(text)).toEqual([]);
  });

  it('resolves "this investment" to the companies its paragraph named', () => {
    const text =
      "Meta's stake in Scale AI is large. Whether this investment exceeds $10 billion is unclear.";
    expect(claims(text)).toEqual([['$10 billion', 'meta-investment-in-scale-ai']]);
  });

  it('does not carry a company across paragraphs without a reference', () => {
    expect(figures('Scale AI labels data.\nA $1 billion Series F round closed.')).toEqual([]);
  });

  it("reads a page source's runs of spaces as one space", () => {
    expect(claims('Meta   agreed to invest $14.3   billion in Scale    AI.')).toEqual([
      ['$14.3   billion', 'meta-investment-in-scale-ai'],
    ]);
    expect(entities('Meta   Platforms and Scale   AI')).toEqual([
      ['Meta   Platforms', 'meta'],
      ['Scale   AI', 'scale-ai'],
    ]);
  });

  it('finds a figure split by inline markup once the text is joined', () => {
    expect(claims('Meta will invest $14.3\u00a0billion in Scale AI.')).toEqual([
      ['$14.3\u00a0billion', 'meta-investment-in-scale-ai'],
    ]);
  });

  it('marks money in another currency as a figure with no verdict', () => {
    const [figure] = figures('Meta will invest €9 billion in Scale AI.');
    expect(figure).toMatchObject({ text: '€9 billion', figure: null, unsupported: 'currency' });
  });

  it('ties head-counts by their noun', () => {
    expect(claims('Scale AI employs over 9,000 contractors and 900 employees.')).toEqual([
      ['over 9,000 contractors', 'scale-ai-contractors'],
      ['900 employees', null],
    ]);
    expect(claims('Meta aims to end the year with over 1.3 million GPUs.')).toEqual([
      ['over 1.3 million GPUs', 'meta-gpus-end-2025'],
    ]);
  });

  it('returns mentions in text order with offsets into the text', () => {
    const text = 'Meta bought a 49% stake in Scale AI.';
    const mentions = findMentions(text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Meta', '49%', 'Scale AI']);
  });
});

describe('findMentions: hostile input stays linear', () => {
  const MB = 1 << 20;
  const repeats = (unit: string) => Math.floor(MB / unit.length);
  const spaces = ' '.repeat(MB);
  // Each case must finish (a backtracking regex would not within the test timeout) and find
  // exactly the names and figures the text holds.
  it.each([
    ['digits', '7'.repeat(MB), 0, 0],
    ['dollar signs', '$'.repeat(MB), 0, 0],
    ['"Meta "', 'Meta '.repeat(repeats('Meta ')), repeats('Meta '), 0],
    [
      '"$1 billion "',
      'Meta and Scale AI: $1 billion '.repeat(repeats('Meta and Scale AI: $1 billion ')),
      2 * repeats('Meta and Scale AI: $1 billion '),
      repeats('Meta and Scale AI: $1 billion '),
    ],
    ['"1,"', '1,'.repeat(MB / 2), 0, 0],
    ['"1."', '1.'.repeat(MB / 2), 0, 0],
    ['spaces', spaces, 0, 0],
    [
      '"Scale "',
      'Scale AI Scale '.repeat(repeats('Scale AI Scale ')),
      2 * repeats('Scale AI Scale '),
      0,
    ],
    ['spaces after a figure', `Meta paid $1${spaces}`, 1, 1],
    ['spaces after a number', `Meta hired 1${spaces}`, 1, 0],
    ['spaces after a dash', `Meta paid $1 -${spaces}`, 1, 1],
    ['spaces after "Scale"', `Scale AI. Scale${spaces}`, 1, 0],
  ])('scans 1 MB of %s', (_name, text, entities, figures) => {
    const mentions = findMentions(text);
    expect(mentions.filter((m) => m.kind === 'entity')).toHaveLength(entities);
    expect(mentions.filter((m) => m.kind === 'figure')).toHaveLength(figures);
  });
});
