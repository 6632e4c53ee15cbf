import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import {
  claims,
  CONTRACTORS,
  FOUNDED,
  INVESTMENT,
  REVENUE_2024,
  REVENUE_2025,
  ROUND,
  SPENDING,
  STAKE,
  VALUATION,
} from '../support/figure-claims';

describe('findMentions: an answer read with its question', () => {
  it.each([
    [
      'How much did Meta pay for its Scale AI stake? $14.3 billion for 49% of the company.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', null],
      ],
    ],
    ['When was Scale AI founded? In 2016, by Alexandr Wang and Lucy Guo.', [['2016', FOUNDED]]],
    [
      'Q: How much is Meta investing in Scale AI? A: $14.3 billion.',
      [['$14.3 billion', INVESTMENT]],
    ],
    ['Q&A: How much did Meta pay for Scale AI? $14.3 billion.', [['$14.3 billion', INVESTMENT]]],
    // Any qualifier the figure's reading knows may open the answer.
    [
      'How much did Meta pay for Scale AI? Upwards of $14 billion.',
      [['Upwards of $14 billion', INVESTMENT]],
    ],
    [
      'How much revenue did Scale AI make in 2024?\nAbout $870 million, up from 2023.',
      [['About $870 million', REVENUE_2024]],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  // Answers that are no answer of the question's claim: what was asked is of another thing,
  // time or company, or of what might be; or the "answer" is a quiz's option.
  it.each([
    ['What would Meta pay if it bought all of Scale AI? $29 billion.', []],
    ['How much did Microsoft pay for its OpenAI stake? $13 billion.', []],
    // (Alone, the answer names no company: it is not marked.)
    ["How much did Meta's Scale AI stake cost per percentage point? Roughly $290 million.", []],
    ['What was Scale AI worth before the Meta deal? $13.8 billion, as of its Series F.', []],
    ['How much did Meta pay for its stake in Scale AI?\n$10 billion\n$14.3 billion', []],
    ['How much of Scale AI does Meta own?\n25% 49% 51% 100%', []],
    // As a page's list items are read, with white space between them.
    ['How much of Scale AI does Meta own?\n \n25%\n \n49%\n \n51%', []],
    ['How much did Meta pay for its stake in Scale AI?\nA) $10 billion\nB) $14.3 billion', []],
    // A yes-no question: its answer may deny it.
    ['Did Meta pay $20 billion for Scale AI? $14.3 billion, in fact.', [['$20 billion', null]]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: figures spoken in words', () => {
  it.each([
    [
      'Meta put in fourteen point three billion dollars for a forty-nine percent stake in Scale AI.',
      [
        ['fourteen point three billion dollars', INVESTMENT],
        ['forty-nine percent', STAKE],
      ],
    ],
    [
      'Scale AI works with more than nine thousand contractors.',
      [['more than nine thousand contractors', 'scale-ai-contractors']],
    ],
    [
      'Meta will have one point three million GPUs by the end of 2025.',
      [['one point three million GPUs', 'meta-gpus-end-2025']],
    ],
    // Read in part, a number claims nothing.
    [
      'Some two hundred and forty thousand contractors work for Scale AI.',
      [['forty thousand contractors', null]],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: "the company" Meta buys into', () => {
  it.each([
    [
      'Scale AI is a data company. Meta agreed to invest $14.3 billion for a 49% stake in the company.',
      [
        ['$14.3 billion', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    ['Scale AI grew fast. Meta now owns 49% of the company.', [['49%', STAKE]]],
    // Another company before, or the company's own: Meta, as before.
    [
      'Surge AI is a data company. Meta agreed to invest $14.3 billion for a 49% stake in the company.',
      [
        ['$14.3 billion', null],
        ['49%', null],
      ],
    ],
    [
      "Scale AI is a data company. Meta spends half of the company's budget on AI.",
      [['half', null]],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: what the next sentence takes back', () => {
  it.each([
    // A speaker's correction: the next sentence is nothing but another figure.
    ["Correction: I said Scale AI had 90,000 contractors. It's 9,000. My bad.", []],
    ['Meta took a 51% stake in Scale AI. Actually, 49%.', []],
    // A report the next sentence calls wrong, whoever says so.
    [
      'A blog post claimed Meta would pay $25 billion for a 75% stake in Scale AI. A Meta ' +
        'spokesperson told us that report is wrong.',
      [],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // A year, or a figure of another kind, restates nothing.
    [
      'Scale AI has 9,000 contractors. It was 2016.',
      [['9,000 contractors', 'scale-ai-contractors']],
    ],
    [
      'Meta took a 49% stake in Scale AI. It was $14.3 billion.',
      [
        ['49%', STAKE],
        ['$14.3 billion', null],
      ],
    ],
    [
      'Meta invested $14.3 billion in Scale AI. The report was wrong about the stake.',
      [['$14.3 billion', INVESTMENT]],
    ],
  ])('keeps %j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: claims a page quotes to rebut', () => {
  it.each([
    // A myths-and-facts list: the verdict after the quoted claim.
    ['"Meta now owns 75% of Scale AI." — FALSE. The stake is 49%.', []],
    ['"Scale AI has 90,000 contractors." — FALSE. It has over 9,000.', []],
    // A quoted passage the next block says is wrong throughout.
    [
      'Here is its key paragraph, quoted in full:\nMeta paid $20 billion for 60% of Scale AI, a ' +
        'company with $3 billion in 2024 revenue and 20,000 contractors.\nAlmost every number ' +
        'there is wrong, so let us go through them.',
      [],
    ],
    // A question of what might be.
    ["At Meta's price per point, what would a 30% stake in Scale AI have cost?", [['30%', null]]],
    // An edit history's account of a false edit.
    ['Reverted vandalism falsely claiming Meta had bought 100% of Scale AI.', []],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    ['"Meta invested $14.3 billion in Scale AI." — TRUE', [['$14.3 billion', INVESTMENT]]],
    // A verdict's word that is no verdict.
    [
      'Meta invested $14.3 billion in Scale AI: wrong-footing its rivals.',
      [['$14.3 billion', INVESTMENT]],
    ],
    // Numbers of another passage, not the figure's.
    [
      "Meta invested $14.3 billion in Scale AI.\nThe numbers in yesterday's post were wrong.",
      [['$14.3 billion', INVESTMENT]],
    ],
  ])('keeps %j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: one vocabulary for a figure called wrong', () => {
  // Each check that takes a figure back reads the same words for "wrong" and the same ratings.
  it.each([
    [
      'A blog post claimed Meta would pay $25 billion for Scale AI. A Meta spokesperson said ' +
        'that report is nonsense.',
    ],
    ['"Meta now owns 75% of Scale AI." — UNSUBSTANTIATED.'],
    ['Reports that Meta paid $20 billion for Scale AI were made up.'],
    ['Meta paid $20 billion for Scale AI.\nRating: myth.'],
  ])('%j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('findMentions: a corrections column and a flat denial', () => {
  const column =
    'Corrections and clarifications\n' +
    'Meta stake (June 14)\n' +
    'A headline on a business-section article said Meta had taken majority control of Scale AI ' +
    'with a 51% stake. Meta took a 49% stake in Scale AI.\n' +
    'Scale AI founding (June 16)\n' +
    'A profile of Alexandr Wang gave the year Scale AI was founded as 2017. Scale AI was ' +
    'founded in 2016.';

  it('claims nothing for what an entry says an article said, and keeps its right figure', () => {
    // (The 51% a headline "said", set right by the next sentence, is taken back anywhere.)
    expect(claims(column)).toEqual([
      ['49%', STAKE],
      ['2017', null],
      ['2016', FOUNDED],
    ]);
  });

  it('reads an article that gave a figure as its claim outside a corrections column', () => {
    expect(claims(column.replace('Corrections and clarifications', 'Coverage'))).toEqual([
      ['49%', STAKE],
      ['2017', FOUNDED],
      ['2016', FOUNDED],
    ]);
  });

  it('takes back a claim the next sentence flatly denies', () => {
    expect(
      claims('She writes that Meta acquired a 51% controlling stake in Scale AI. It did not: …'),
    ).toEqual([]);
    expect(claims('Meta acquired a 49% stake in Scale AI. It did not stop there.')).toEqual([
      ['49%', STAKE],
    ]);
  });

  it('dates no spending by "the year before"', () => {
    expect(
      claims(
        "Meta's capital expenditure came in at about $28.1 billion, down from the year before.",
      ),
    ).toEqual([['about $28.1 billion', null]]);
    expect(claims("Meta's capital expenditure for the year was up to $72 billion.")).toEqual([
      ['up to $72 billion', SPENDING],
    ]);
  });
});

describe('findMentions: what was said, set right after', () => {
  it.each([
    [
      "We wrote that Scale AI's Series F valued it at $18.3 billion. The correct figure is $13.8 billion.",
      [],
    ],
    ['We said Scale AI had 90,000 contractors. It has more than 9,000.', []],
    ["The host says Scale AI's Series F round raised $1.5 billion. It raised $1 billion.", []],
    [
      'The host says Scale AI works with "about 900 contractors"; the company uses more than 9,000.',
      [],
    ],
    ['Q: I saw that Meta paid $20 billion for Scale AI. Is that right? A: No.', []],
    [
      'Claim\n"Meta just bought Scale AI outright for $30 billion."\nViral post',
      [['$30 billion', null]],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // Said, and nothing set right: what was said is claimed.
    [
      'Reuters reported that Meta will invest $14.3 billion in Scale AI. It is the largest.',
      [['$14.3 billion', INVESTMENT]],
    ],
    [
      'Meta said 2025 capex would be $64-72 billion. The company added roughly $25 billion.',
      [
        ['$64-72 billion', SPENDING],
        ['roughly $25 billion', null],
      ],
    ],
  ])('keeps %j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('reads a corrections log set out in cells', () => {
    expect(
      claims(
        'What we got wrong\nSaid Scale AI works with 7,000 contractors.\nIt works with more than ' +
          '9,000.\nSaid Meta aimed for 13 million GPUs by the end of the year.\nThe goal is more ' +
          'than 1.3 million.',
      ),
    ).toEqual([]);
  });

  it('keeps another company named after "with" out of a year its apposition dates', () => {
    expect(
      claims(
        'Scale AI should not be confused with Scale Computing, the Indianapolis infrastructure ' +
          'firm founded in 2007.',
      ),
    ).toEqual([]);
  });
});

describe('findMentions: a worksheet and its exercises', () => {
  it.each([
    [
      'Meta invested $14 billion in Scale AI. T / F\nThe deal gave Meta a 51% stake in Scale AI. T / F',
      [
        ['$14 billion', null],
        ['51%', null],
      ],
    ],
    ['True or false: the deal gave Meta a 51% stake in Scale AI.', [['51%', null]]],
    [
      'Why would Meta pay $14 billion for a 49% stake instead of acquiring Scale AI outright?',
      [
        ['$14 billion', null],
        ['49%', null],
      ],
    ],
    [
      'Meta paid $14 billion for 49% of Scale AI, so the implied value of 100% of the company is ' +
        'about $29 billion.',
      [
        ['$14 billion', INVESTMENT],
        ['49%', STAKE],
        ['100%', null],
        ['about $29 billion', null],
      ],
    ],
    [
      "Enter Scale AI's valuation after its Series F round: $13.8 billion.",
      [['$13.8 billion', null]],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: a year past a conversion', () => {
  it('dates a sum by the year after its conversion into another currency', () => {
    expect(
      claims(
        "Scale AI's revenue is projected to rise from about $870 mn (Rs 7,450 crore) in 2024 " +
          'to $2 bn (Rs 17,100 crore) in 2025.',
      ),
    ).toEqual([
      ['about $870 mn', REVENUE_2024],
      ['$2 bn', 'scale-ai-revenue-2025'],
    ]);
  });
});

describe('findMentions: a figure offered for confirmation', () => {
  it('claims nothing for "is what, up to $72B?"', () => {
    expect(claims("And Meta's capex this year is what, up to $72B?")).toEqual([
      ['up to $72B', null],
    ]);
    expect(claims("Meta's capex this year is up to $72 billion.")).toEqual([
      ['up to $72 billion', SPENDING],
    ]);
  });
});

describe('findMentions: a round and a valuation told apart', () => {
  it.each([
    [
      "Scale AI's previous fundraise, $1 billion in May 2024, valued it at $13.8 billion.",
      [
        ['$1 billion', null],
        ['$13.8 billion', VALUATION],
      ],
    ],
    [
      "Scale AI's valuation — $13.8 billion at its Series F, roughly $29 billion now — tells you what Meta thinks.",
      [
        ['$13.8 billion', VALUATION],
        ['roughly $29 billion', null],
      ],
    ],
    ['Scale AI raised $1 billion in its Series F.', [['$1 billion', ROUND]]],
    // The round's valuation, named after the round.
    [
      "Covers Scale AI's $13.8 billion Series F valuation for European clients.",
      [['$13.8 billion', null]],
    ],
    [
      'Scale AI raised $1 billion in a Series F round at a $13.8 billion valuation.',
      [
        ['$1 billion', ROUND],
        ['$13.8 billion', VALUATION],
      ],
    ],
    // A field's label: its colon is no word between the cue and the value, so the label's
    // last word is nearest.
    ['Scale AI\nSeries F valuation: $13.8B', [['$13.8B', VALUATION]]],
    ['Scale AI\nSeries F round: $1B', [['$1B', ROUND]]],
    // A deck's "Series F" field, its sum raised "@" a valuation.
    ['Scale AI\nSeries F (May 2024): $1B @ $13.8B', [['$1B', ROUND]]],
    ['Scale AI\nSeries F: $13.8B post-money', [['$13.8B', null]]],
    // What it was valued at in the round, set against the deal's valuation.
    [
      "Meta's June 2025 deal valued Scale AI at roughly $29B, against $13.8B at the Series F.",
      [
        ['roughly $29B', null],
        ['$13.8B', null],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: characters a page does not show', () => {
  it('reads past soft hyphens, zero-width spaces and direction marks, and spans them', () => {
    const text =
      '\u200eMeta will invest $14.\u200b3 bil\u00adlion in Sca\u00adle AI, taking a 4\u20609% stake.';
    const mentions = findMentions(text);
    expect(mentions.map((m) => [m.text, m.kind === 'figure' ? m.claim : m.entity])).toEqual([
      ['Meta', 'meta'],
      ['$14.\u200b3 bil\u00adlion', INVESTMENT],
      ['Sca\u00adle AI', 'scale-ai'],
      ['4\u20609%', STAKE],
    ]);
    // Offsets are the text's own.
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the same as without them', () => {
    const plain = 'Meta will invest $14.3 billion in Scale AI, taking a 49% stake.';
    const soft = plain.replace('billion', 'bil\u00adlion').replace('49', '4\u200b9');
    const strip = (text: string) => text.replace(/[\u00ad\u200b]/g, '');
    expect(findMentions(soft).map((m) => [strip(m.text), m.kind])).toEqual(
      findMentions(plain).map((m) => [m.text, m.kind]),
    );
  });
});

describe('findMentions: what is said of a later sum', () => {
  it('leaves a rate written after a later sum to that sum', () => {
    expect(
      claims(
        "Meta's 2025 capital spending plan tops out at $72 billion, or about $197 million a day.",
      ),
    ).toEqual([
      ['$72 billion', SPENDING],
      ['about $197 million', null],
    ]);
    // Right after the figure, it is the figure's own.
    expect(claims("Meta's 2025 capital spending runs at $197 million a day.")).toEqual([
      ['$197 million', null],
    ]);
  });
});

describe('findMentions: steps of a line of arrows', () => {
  it.each([
    // Each step dated in its parenthesis is that year's value ("2025E": estimated).
    [
      'Scale AI\nRevenue: ~$870M (2024) → ~$2B (2025E)',
      [
        ['$870M', REVENUE_2024],
        ['$2B', REVENUE_2025],
      ],
    ],
    [
      'Scale AI valuation: $7.3B (2021) → $13.8B (2024) → $29B (2025)',
      [
        ['$7.3B', null],
        ['$13.8B', VALUATION],
        ['$29B', null],
      ],
    ],
    // Undated steps say nothing of which value each is.
    [
      'Series E $7.3B → Series F $13.8B → Meta deal ~$29B for Scale AI',
      [
        ['$7.3B', null],
        ['$13.8B', null],
        ['$29B', null],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: revision histories, ledgers and market pages', () => {
  it.each([
    // The new value of a change is a value of what the change is said of.
    [
      'Scale AI valuation jumps from $13.8 billion to about $29 billion in Meta deal',
      [
        ['$13.8 billion', null],
        ['about $29 billion', null],
      ],
    ],
    [
      "Meta's investment in Scale AI rose from $10 billion to $14.3 billion.",
      [
        ['$10 billion', null],
        ['$14.3 billion', INVESTMENT],
      ],
    ],
    // A list's heading heads each item alike: "valuations (last priced round)" says no more
    // of one claim than of the other. A parenthesis dating a sum by the round says neither; a
    // cue past an arrow is a later step's.
    [
      'Private AI valuations (last priced round)\nOpenAI — $300B (March 2025)\nScale AI — $13.8B (Series F, May 2024) → Meta deal implies ~$29B',
      [
        ['$13.8B', null],
        ['$29B', null],
      ],
    ],
    ['Scale AI raised $1B (Series F, May 2024).', [['$1B', ROUND]]],
    [
      'Hyperscaler capex for 2025: Amazon over $100 billion, Meta $64 billion to $72 billion.',
      [['$64 billion to $72 billion', SPENDING]],
    ],
    // What an earlier version said, by its label or heading, is no claim of the page.
    ['Before: Meta buys Scale AI for $15 billion', [['$15 billion', null]]],
    ['What we said\nThat Scale AI was founded in 2015.', [['2015', null]]],
    [
      "The first version described the transaction as “Meta's $15 billion takeover of Scale AI”.",
      [['$15 billion', null]],
    ],
    [
      "A chart labelled Meta's 2025 capital expenditure forecast as $72-78 billion.",
      [['$72-78 billion', null]],
    ],
    // A ledger's row rated false in its own cell.
    ['Meta now owns 51% of Scale AI\nJune 12\nFalse\nThe stake is 49%.', [['51%', null]]],
    ['Meta owns 49% of Scale AI\nJune 12\nAccurate', [['49%', STAKE]]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('findMentions: vendor reviews and comparisons', () => {
  it.each([
    // A parenthesis right after a name, still open at the figure, is about that name.
    [
      "Don't confuse Scale AI with Scale Computing (the hyperconverged infrastructure people, founded 2007).",
      [],
    ],
    ['Meta invested in Scale AI (founded in 2016) this year.', [['2016', FOUNDED]]],
    // Past a colon after the phrase that gave a company's own count, a sentence the speaker
    // opens counts the speaker's.
    [
      "Scale AI bid too. We admire Scale AI's 9,000 contractors: for a programme this size, 310 dedicated annotators are enough.",
      [['9,000 contractors', CONTRACTORS]],
    ],
    [
      "We compare it with Scale AI's 2024 Series F: $1 billion raised at a $13.8 billion valuation.",
      [
        ['$1 billion', ROUND],
        ['$13.8 billion', VALUATION],
      ],
    ],
    // What a sum bought, right after it, says it is the deal's.
    [
      'BREAKING: Meta confirms $14.3B for 49% of Scale AI',
      [
        ['$14.3B', INVESTMENT],
        ['49%', STAKE],
      ],
    ],
    // What would be, after an "if" set first.
    [
      'Hypothetically, if Meta had bought 100% at the same price, Scale AI would be a $29B acquisition.',
      [['$29B', null]],
    ],
    [
      'If Meta bought 100% of Scale AI at that price, it would pay $29 billion.',
      [['$29 billion', null]],
    ],
    // A claim rated false a cell on, the rating with its reason; a claim the next sentence
    // calls "Not accurate:".
    [
      '"Meta paid $20 billion for Scale AI"\nSocial media\nFalse: the figure was $14.3 billion',
      [['$20 billion', null]],
    ],
    [
      'Posts claim Meta would pay $25 billion for full control of Scale AI. Not accurate: no full acquisition was on the table.',
      [],
    ],
    // What a value was set in is no round's size, nor is a cue in a clause about the round.
    [
      'What was Scale AI worth before the Meta deal?\n$13.8 billion, set in the May 2024 Series F, in which Scale AI raised money.',
      [['$13.8 billion', null]],
    ],
    // A cue right after a later sum is that sum's.
    [
      'Anatomy of a deal: Meta × Scale AI\nCovers the $14.3 billion price, the 49% stake, and why Scale’s $13.8 billion Series F valuation from last year now looks cheap.',
      [
        ['$14.3 billion', null],
        ['49%', null],
        ['$13.8 billion', null],
      ],
    ],
    // What would have been, in a condition set off inside the sentence.
    [
      'She will discuss why, had Meta bought a 50 per cent stake in Scale AI, the analysis might have been different.',
      [['50 per cent', null]],
    ],
    // What an issue said, set right by the next sentence's "says it works with".
    [
      "Correction: last week's issue said Scale AI had 19,000 contractors. The company says it works with over 9,000.",
      [],
    ],
    // A claim the next sentence calls "Also wrong."; a doubt whether a figure can really be.
    [
      'The $29 billion is not what Meta paid. Some posts also say Meta now owns 51% of Scale AI. Also wrong.',
      [['$29 billion', null]],
    ],
    ["Topics: Wang's move, and whether Scale AI's 2025 revenue can really hit $2 billion.", []],
    // A unit of a stake is no stake.
    [
      'At the price Meta paid, each 1% of Scale AI costs about $292 million.',
      [
        ['1%', null],
        ['about $292 million', null],
      ],
    ],
    // A score's weight is no stake.
    [
      "After Meta's $14.3B investment in Scale AI, we added “ownership and neutrality” to the strategy score with a 10% weight.",
      [
        ['$14.3B', INVESTMENT],
        ['10%', null],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('reads no column of a comparison table under the second company of its header row', () => {
    const text = 'Labelbox vs Scale AI at a glance\nLabelbox\nScale AI\nFounded\n2018\n2016';
    expect(claims(text)).toEqual([]);
    // A box of ours alone still gives its field.
    expect(claims('Scale AI at a glance\nFounded\n2016')).toEqual([['2016', FOUNDED]]);
  });
});
