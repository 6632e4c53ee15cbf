import * as z from 'zod/mini';
import { entityIdSchema } from './entities';
import { figureUnitSchema } from './figure';

/**
 * A claim the reference sources make. Figures on a page are tied to a claim only when their
 * sentence names every one of `entities`, a `cues` word stands near the figure (the nearest
 * cue picks among claims), and the claim's time scope is met (issue #2, "Attribution").
 */
export const claimSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    /** What a reader sees: "Meta's investment in Scale AI". */
    label: z.string().check(z.minLength(1)),
    /** `text` claims (founders, deal status) hold words, not figures; a later issue fills them. */
    valueKind: z.enum(['figure', 'text']),
    unit: z.optional(figureUnitSchema),
    /** Whose figure it is: the nearest company named before the figure must be this one. */
    subject: entityIdSchema,
    /** Every entity the sentence must name (or refer back to). */
    entities: z.array(entityIdSchema).check(z.minLength(1)),
    /** Regex sources of cue words; case-insensitive, matched as whole words. */
    cues: z.array(z.string()).check(z.minLength(1)),
    /** For counts: the nouns counted ("contractors"). */
    countNouns: z.optional(z.array(z.string())),
    /** Time scope: one of these must appear in the sentence (regex sources). */
    scope: z.optional(z.array(z.string())),
    /**
     * Words that put the sentence outside the claim's scope even when a scope word is there
     * ("the deal values Scale AI at $29 billion, double its 2024 valuation"): regex sources.
     */
    notInScope: z.optional(z.array(z.string())),
    /**
     * Where the sentence also speaks of one of these (regex sources), the time scope must be
     * the figure's own: the claim's event year written next to it, or a scope word at most
     * three words from it with only words between ("valued at $13.8 billion in its Series F").
     * In "Meta's deal implies a valuation of $29 billion, double its 2024 level", 2024 is not
     * the $29 billion's.
     */
    scopeNextToWhen: z.optional(z.array(z.string())),
    /**
     * Words that, in the figure's clause before it or right after it, make it another figure
     * ("now valued at $29 billion" is no 2024 valuation; "$325 million in its Series E" is no
     * Series F round): regex sources.
     */
    notNextTo: z.optional(z.array(z.string())),
    /** Words that, written right before the figure, make it another figure: regex sources. */
    notRightBefore: z.optional(z.array(z.string())),
    /** Words that, written right after the figure, make it another figure: regex sources. */
    notRightAfter: z.optional(z.array(z.string())),
    /**
     * What the money goes to, when its clause says ("on buybacks", "for AI-related projects"):
     * one of these (regex sources), and the sentence names one of them.
     */
    goesTo: z.optional(z.array(z.string())),
    /** Time scope: the year written next to the figure must be this one ("$2 billion in 2025"). */
    figureYear: z.optional(z.int()),
    /**
     * The year the claim's event happened: a figure with another year written next to it
     * ("valued at $13.8 billion in 2024, before Meta's deal") is about something else.
     */
    eventYear: z.optional(z.int()),
    /**
     * A sum over the whole year, or a count at its end: a figure for a part of the year ("in
     * the second quarter", "in the first half") is another figure. Not so for a one-off event
     * (a deal made "in the second quarter" is still the deal).
     */
    wholeYear: z.optional(z.boolean()),
  }),
);
export type Claim = z.infer<typeof claimSchema>;
export type ClaimId = Claim['id'];

// How a sum ends, for a cue written right after it ("$14.3 billion from Meta", "$14.3B for 49%").
const SUM_END = '(?:\\d|billion|million|bn|[bBmM])';
// Up to 40 characters of the figure's sentence ahead, past a sum's decimal point ("$14.3").
const AHEAD_IN_SENTENCE = '(?:[^.;]|\\.(?=\\d)){0,40}';

const INVESTMENT_CUES = [
  // "a deal worth $14.3 billion": what the deal is worth, not the company. Not a deal that
  // dates it: "before Meta's deal, Scale AI was valued at $13.8 billion", nor one that values
  // the company: "Scale, which the Meta deal valued at roughly $29 billion".
  '(?:worth|valued at)(?<=(?:deal|investment|transaction)\\W+(?:\\w+\\W+){0,4}?(?:worth|valued at))' +
    '(?<!\\b(?:after|before|following|prior to|ahead of)\\W+(?:\\w+\\W+){0,2}?(?:deal|investment|transaction)\\W+(?:\\w+\\W+){0,4}?(?:worth|valued at))' +
    '(?<!\\b(?:which|that)\\W+(?:\\w+\\W+){0,3}?(?:deal|investment|transaction) valued at)',
  'invest\\w*',
  'deal',
  'bet(?:s|ting)?',
  'stake',
  'acqui\\w*',
  'purchase\\w*',
  'buy\\w*',
  'bought',
  'pa(?:y|ys|id|ying)',
  // "Scale AI got $14.3 billion from Meta".
  'receiv(?:e|es|ed|ing)',
  'got',
  'gets',
  'getting',
  'takes',
  'secured',
  // Right after the sum ("$14.3 billion from Meta"), and not "from Meta and others": a round.
  `(?<=${SUM_END} )(?:from|by) Meta(?! and\\b|,)`,
  // And the other ways coverage says it: "Scale AI sold nearly half of itself to Meta",
  // "shelled out", "forked over", "gave Scale AI", "sunk into", "a $14.3 billion check".
  'sold',
  'sells',
  'selling',
  'shell(?:s|ed|ing) out',
  'fork(?:s|ed|ing) over',
  'gave',
  'gives',
  'giving',
  'sunk',
  'sank',
  // "Meta hands $14.3bn to Scale AI": a sum handed over, not a hand of cards or labour.
  'hand(?:s|ed|ing)(?: over)?(?= (?:US)?\\$)',
  'check',
  // "Meta is set to spend $14.3 billion on Scale AI": spending on the company is the deal (on
  // its labelling services, it buys no stake).
  `spen[dt]\\w*(?=${AHEAD_IN_SENTENCE}\\bon Scale\\b(?!(?: AI)?['\u2019]s(?: [\\w-]+){0,2}? (?:services|labell?ing|annotation|work|contracts?)\\b))`,
  // Not "the deal puts it at $29 billion": that is what the company is worth.
  '(?:put(?:s|ting)?)(?! (?:it|Scale AI|the company|the startup) at\\b)',
  'pour\\w*',
  'pump\\w*',
  'inject\\w*',
  'infusion',
  'commit\\w*',
  'transaction',
  'backing',
  // Where a sum went, right after it: "Meta: $14.3 billion into Scale AI, for 49%".
  `(?<=${SUM_END} )into(?= (?:Scale|the company|the startup)\\b)`,
  // What a sum bought, right after it: "$14.3B for 49% of Scale AI".
  `(?<=${SUM_END} )for(?= (?:an? )?\\d[\\d.]*(?:\\s?%|\\sper\\s?cent\\b|\\spc\\b))`,
];
const REVENUE_CUES = ['revenues?', 'sales', 'turnover', 'top line'];
/**
 * Scope words that name a year only relative to when the page was written: on a page of
 * another year than a claim's they are not the claim's (see `hasScope` in attribute-claim.ts).
 * Not "down slightly from the year before": another year.
 */
export const RELATIVE_YEAR_WORDS = [
  'this year',
  'the year(?! (?:before|earlier|prior|after|ago))',
  'year-end',
  'year end',
];
const THIS_YEAR_2025 = ['2025', ...RELATIVE_YEAR_WORDS];

/**
 * The curated catalog: the claims the four seed articles make (issue #2, section 2). Typed
 * here and checked against `claimSchema` by a test, so pages pay no parse for it.
 */
export const CLAIMS: readonly Claim[] = [
  {
    id: 'meta-investment-in-scale-ai',
    label: "Meta's investment in Scale AI",
    valueKind: 'figure',
    unit: 'usd',
    subject: 'meta',
    entities: ['meta', 'scale-ai'],
    cues: INVESTMENT_CUES,
    // "bought in at $29 billion", "a $29 billion price tag", "in its Series F": what the company
    // was priced at, or an earlier round.
    // Not a pledge over years or at home: "a pledge to invest at least $600 billion in the US
    // through 2028".
    notNextTo: [
      '(?<!purchase )price(?:d| tag)?',
      'Series [A-Z]',
      'through (?:19|20)\\d\\d',
      'over (?:the next )?(?:\\w+ )?years',
      'in (?:the )?(?:US|U\\.S\\.|United States|America)',
    ],
    // Nor what a deal puts the company at: "a Meta deal would put it near $28B".
    notRightBefore: [
      "(?:stake|into(?: [\\w\u2019'-]+){0,2}|invest(?:s|ed|ing)?|bought|buys?|carried|priced) at(?: an?)?",
      '(?:puts?|putting) (?:it|them|the (?:company|startup|firm)|Scale(?: AI)?) (?:at|near|around|close to|above|over)',
      // Nor what a later price makes the stake worth: "which would put Meta's stake near $12.3
      // billion", "marks its holding at $12 billion".
      "(?:puts?|putting|values?|valued|valuing|marks?|marked|marking) (?:Meta['\u2019]s |its |the |that )?(?:stake|holding|position)(?: in Scale(?: AI)?)? (?:at|near|around|close to|above|over|below|under)",
    ],
    eventYear: 2025,
  },
  {
    id: 'meta-stake-in-scale-ai',
    label: "Meta's stake in Scale AI",
    valueKind: 'figure',
    unit: 'percent',
    subject: 'meta',
    entities: ['meta', 'scale-ai'],
    cues: [
      'stake',
      'ownership',
      'own(?:s|ed|ing)?',
      'equity',
      'interest in',
      'holds?',
      'holding',
      // Not "30% of Scale AI's revenue" or "half of Scale AI's staff": a share of something else.
      "of (?:Scale AI|Scale(?! AI)|the company|the startup)(?!['\u2019]s (?!shares|stock|equity))",
      // What a sum bought: "$14.3B for 49%", "$14.3 bn into Scale AI for 49%", "$14 billion and
      // change for 49%".
      `(?<=${SUM_END}(?: (?:into|in) (?:Scale(?: AI)?|the company|the startup)| and change)? )for(?= (?:an? )?\\d)`,
    ],
    // What a share of the company is worth is no stake in it: "the implied value of 100% of the
    // company is $14 billion ÷ 49%".
    // Nor a unit of it: "each 1% of Scale costs about $292 million".
    notRightBefore: ['(?:implied )?(?:value|valuation|price|worth) of', 'each', 'every', 'per'],
    // A share of something else: "about 51% of what it spent on capital projects", "20% of
    // Meta's capex", "14% of its staff".
    notRightAfter: [
      "of (?:what|how much|Meta\\b|Facebook\\b|(?:its|the|their|Scale(?: AI)?['\u2019]s) (?:[\\w-]+ )?(?:revenues?|sales|budget|spending|capex|capital|workforce|staff|employees|headcount|profits?|costs?|contractors|customers|users|market|votes|voting))",
    ],
    eventYear: 2025,
  },
  {
    id: 'scale-ai-valuation-series-f-2024',
    label: 'Scale AI valuation after its 2024 Series F',
    valueKind: 'figure',
    unit: 'usd',
    subject: 'scale-ai',
    entities: ['scale-ai'],
    cues: [
      'valu\\w*',
      // Not "a round worth $1 billion": the round's size.
      '(?<!(?:round|Series F|funding|financing)(?: [\\w-]+){0,2}?,? )worth',
      'put(?:s|ting)? (?:it|Scale AI|the company|the startup) at',
      'pegs?|pegged',
      'post-money',
    ],
    // Not "33 times its 2024 revenue": that year is the revenue's.
    scope: ['Series F', '2024(?! (?:revenues?|sales|bookings))'],
    // A sentence about what the 2025 deal values Scale AI at is about another valuation.
    notInScope: [
      '(?:deal|investment|transaction|stake|Meta)\\W+(?:\\w+\\W+){0,3}?valu(?:es|ing|ed)',
      // (A participle after a round values the company in that round: "raised $1 billion in a
      // Series F round, valuing the startup at $13.8 billion".)
      '(?<!(?:round|Series F)[^.;]{0,60})valu(?:es|ing)\\W+(?:Scale|the company|the startup)',
    ],
    // Words of Meta's deal ("an investor in that round" is not one).
    scopeNextToWhen: ['deal', 'investment', 'transaction', 'stake', 'acqui\\w*', "Meta['\u2019]s"],
    // What it is worth now, or what a share sale priced it at, is another valuation.
    // The worth of a stake, or of the company before the round, is no valuation from it either.
    notNextTo: [
      'now',
      'currently',
      'today',
      'at present',
      'tender offer',
      'secondary',
      'is (?:valued|worth)',
      'stake',
      'holding',
      'shares',
      'before (?:the |its )?Series F',
      // "a valuation of $29 billion came after its 2024 Series F".
      '(?:came|followed|arrived) after',
      'Series [A-EG-Z]',
      // What a price implies the company is worth: "the price implies a valuation of roughly
      // $29 billion", "the deal implies a value near $29 billion".
      'impl(?:ies|ied|ying) (?:an? )?(?:[\\w-]+ )?(?:valuation|value)',
    ],
    // What was raised at the valuation: "valued at $13.8 billion after raising $1 billion".
    notRightBefore: ['rais(?:e|es|ed|ing)'],
    eventYear: 2024,
  },
  {
    id: 'scale-ai-series-f-round-2024',
    label: 'Scale AI Series F round size (2024)',
    valueKind: 'figure',
    unit: 'usd',
    subject: 'scale-ai',
    entities: ['scale-ai'],
    // "a Series F round, worth $1 billion": what the round is worth is its size. First, so that
    // it wins over "Series F" or "round" alone where both start.
    cues: [
      '(?:round|Series F|funding|financing)(?: [\\w-]+){0,2}?,? worth',
      // Not a parenthesis after a sum that dates it by the round ("$13.8B (Series F, May
      // 2024)"): the round's size or the valuation it set, it does not say.
      // Nor what a value was set in: "$13.8 billion, set in the May 2024 Series F".
      '(?<!\\d(?:\\s?(?:[BMbn]|bn|billion|million))?\\s*\\(\\s*)(?<!\\bset\\s(?:in|at|by)\\s(?:(?:the|its)\\s)?(?:[\\w-]+\\s){0,3})Series F',
      // Not "valuation by round": a list of each round's value.
      '(?<!by )round',
      'rais\\w*',
      // "Scale's previous fundraise, $1 billion in May 2024, valued it at $13.8 billion".
      'fundrais\\w*',
      'funding',
      'financing',
    ],
    scope: ['Series F'],
    // What it is worth now is no sum raised: "— $13.8 billion at its Series F, roughly $29
    // billion now —"; nor what it was valued at in the round: "against $13.8B at the Series F",
    // "the $13.8 billion Series F valuation".
    notNextTo: [
      'Series [A-EG-Z]',
      'debt',
      'loans?',
      'credit',
      'tender offer',
      'secondary',
      'now',
      'at (?:the |its )?Series F',
      // "Scale AI's $13.8 billion Series F valuation".
      'Series F valuations?',
    ],
    // "Valuation (Series F, 2024): $13.8B", "its valuation, set in its 2024 Series F, was …", a
    // table's "Valuation at the 2024 Series F" over its value.
    // "Scale AI's valuation after its Series F round: $13.8 billion" too.
    // So is "Scale's previous price tag, from its 2024 Series F, was $13.8 billion".
    notInScope: [
      'valu\\w*\\W+(?:\\w+\\W+){0,4}?Series F(?: round)?(?=[,):\\n])',
      'price(?: tag)?\\W+(?:\\w+\\W+){0,4}?Series F(?: round)?(?=[,):\\n])',
    ],
    // "valued … at $29 billion", "grew to $29 billion", "went from $13.8 billion in its 2024
    // Series F to $29 billion": a valuation changing, not what was raised.
    // Nor "Series F was $13.8B" in notes: the round's size or its valuation, it does not say.
    notRightBefore: ['(?<!round,? )at(?: an?)?', '@', 'to', 'from', 'Series F (?:was|is|=)'],
    eventYear: 2024,
  },
  {
    id: 'scale-ai-revenue-2024',
    label: 'Scale AI revenue in 2024',
    valueKind: 'figure',
    unit: 'usd',
    subject: 'scale-ai',
    entities: ['scale-ai'],
    cues: REVENUE_CUES,
    figureYear: 2024,
    wholeYear: true,
  },
  {
    id: 'scale-ai-revenue-2025',
    label: 'Scale AI revenue in 2025 (projected)',
    valueKind: 'figure',
    unit: 'usd',
    subject: 'scale-ai',
    entities: ['scale-ai'],
    cues: REVENUE_CUES,
    figureYear: 2025,
    wholeYear: true,
  },
  {
    id: 'meta-ai-spending-2025',
    label: "Meta's AI spending in 2025",
    valueKind: 'figure',
    unit: 'usd',
    subject: 'meta',
    entities: ['meta'],
    cues: [
      'spend\\w*',
      'capex',
      'capital expenditures?',
      'allocat\\w*',
      'budget\\w*',
      'earmark\\w*',
      // "plans to invest $65 billion in AI".
      `invest\\w*(?=${AHEAD_IN_SENTENCE}\\bin (?:AI|artificial intelligence)\\b)`,
      'AI infrastructure',
      'artificial intelligence',
      'AI-related',
      'AI investments',
      'on AI',
    ],
    goesTo: [
      'AI',
      'A\\.I\\.',
      'artificial intelligence',
      'AI-\\w+',
      'capex',
      'capital expenditures?',
      'capital spending',
      // Meta's own words for its capex guidance: "$64 billion to $72 billion on capital projects".
      'capital projects',
      'infrastructure',
      'data cent(?:er|re)s',
      'compute',
      'computing',
      'GPUs',
      'chips',
      'superintelligence',
    ],
    // Several years' spending is not this year's.
    notNextTo: [
      'through (?:19|20)\\d\\d',
      'over (?:the next )?(?:\\w+ )?years',
      'by 20(?:2[6-9]|[3-9]\\d)',
    ],
    scope: THIS_YEAR_2025,
    // A later year's spending in the sentence makes its figures that year's: "2026 capital
    // expenditures would be larger than 2025's; analysts expect above $100 billion".
    notInScope: [
      "(?:20(?:2[6-9]|[3-9]\\d)|next[- ]year['\u2019]?s?) (?:capital expenditures?|capex|capital spending|spending|budget)",
    ],
    eventYear: 2025,
    wholeYear: true,
  },
  {
    id: 'meta-gpus-end-2025',
    label: "Meta's GPUs by the end of 2025",
    valueKind: 'figure',
    unit: 'count',
    subject: 'meta',
    entities: ['meta'],
    cues: ['GPUs', 'graphics processing units'],
    countNouns: ['gpus', 'graphics processing units'],
    // A cluster's GPUs, or those a model was trained on, are a part of the fleet.
    // Not a count before the year's end: "as of mid-2025", "so far".
    notNextTo: [
      'train(?:s|ed|ing)?',
      'clusters?',
      'rent\\w*',
      'mid-?(?:year|20\\d\\d)',
      'first half',
      'so far',
    ],
    scope: THIS_YEAR_2025,
    eventYear: 2025,
    wholeYear: true,
  },
  {
    id: 'scale-ai-contractors',
    label: "Scale AI's contractors",
    valueKind: 'figure',
    unit: 'count',
    subject: 'scale-ai',
    entities: ['scale-ai'],
    cues: ['contractors', 'contract workers', 'labelers', 'annotators'],
    countNouns: ['contractors', 'contract workers', 'labelers', 'annotators'],
    // Those laid off are a part of them.
    // Contractors let go are no head-count: "end its relationship with about 500 contractors".
    notInScope: [
      'lay(?:s|ing)? off',
      'laid off',
      'layoffs?',
      'end(?:s|ed|ing)? (?:its |their )?(?:relationships?|contracts?|work) with',
      'cut(?:s|ting)? ties with',
      'let(?:s|ting)? go',
    ],
    // The sources count them in 2025: "100 contractors in 2019" is another count.
    eventYear: 2025,
  },
  {
    id: 'scale-ai-founded-year',
    label: 'Year Scale AI was founded',
    valueKind: 'figure',
    unit: 'year',
    subject: 'scale-ai',
    entities: ['scale-ai'],
    cues: [
      '(?:co-?)?founded',
      '(?:co-?)?founding',
      'start(?:ed|ing)(?= (?:the (?:company|startup|firm)|Scale(?: AI)?) (?:back )?in\\b)',
    ],
  },
] satisfies Claim[];

/** Returns the catalog entry with this id, or undefined. */
export function findClaim(id: string): Claim | undefined {
  return CLAIMS.find((claim) => claim.id === id);
}
