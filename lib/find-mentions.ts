import { attributeClaim, type Attribution } from './attribute-claim';
import { clauseStart } from './clauses';
import { matchesIn } from './matches-in';
import { findNamesInCapitals, writesMeta, type EntityId, type EntityMatch } from './entities';
import { boxFieldOf, YEAR_IN_PARENTHESES, type StatCard } from './fact-boxes';
import type { EntityMention, FigureMention, Mention } from './mention';
import type { ParsedFigure } from './parse-figure';
import { findOtherOrganisations } from './other-organisations';
import { pageYearOf } from './page-year';
import { findQualifierBefore, QUALIFIER_WORDS } from './qualifier';
import {
  entitiesBetween,
  hasEntityBetween,
  REFERENCE_LOOKBACK,
  resolveReferences,
} from './references';
import { scanTriggers } from './scan-triggers';
import { SENTENCE_REACH, sentenceAround } from './sentences';

// A word that denies what follows it in its clause: "…$10 billion, not $1 billion", "Meta did
// not pay $10 billion", "won't take a 51% stake", "has no plans to buy", "denied it would pay",
// "rather than the 51%", "instead of $10 billion". "not only" and "not just" affirm.
// "No. 1" is a rank, not a denial. A condition or what did not happen claims nothing either:
// "If Meta buys 51% …", "Meta would have paid $20 billion had …", a doubt such as "whether Scale's
// 2025 revenue can really hit $2 billion". Nor does a correction's
// account of the error: "An earlier version said Meta had invested $10 billion", "misstated
// Meta's stake as 51%".
const DENIAL =
  /\b(?:if|unless|whether(?=[^,;]*\b(?:can|could|will|would|might)[ \u00a0]+(?:really|actually|ever)\b)|(?:would|could|might|should)[ \u00a0]+have(?![ \u00a0]+(?:(?:about|over|more[ \u00a0]+than|nearly|almost|roughly|around|up[ \u00a0]+to|some)[ \u00a0]+)?$)|not(?![ \u00a0]+(?:only|just)\b)|never|no(?!\.)|nor|neither|cannot|without|den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing)[ \u00a0]+out|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|fail(?:s|ed|ing)?[ \u00a0]+to|rather[ \u00a0]+than|instead[ \u00a0]+of|doubt(?:s|ed|ing)?|nobody|no[ \u00a0]+one|misstat\w*|misreport\w*|mistakenly|erroneously|incorrectly|falsely|wrongly|(?:an?|the)[ \u00a0]+(?:earlier|previous|prior|original)[ \u00a0]+(?:version|draft|edition))\b|n['\u2019]t\b|(?:would|could|might|should)['\u2019]ve\b/i;

/**
 * True when the page denies the figure starting at `start` rather than claims it: a denial
 * earlier in its clause ("Meta did not pay $10 billion", "…, not $1 billion"). Judging such a
 * figure would say the page claims it.
 */
function isDenied(text: string, sentenceStart: number, start: number): boolean {
  return DENIAL.test(text.slice(clauseStart(text, sentenceStart, start), start));
}

// The words before a figure that qualify it ("about", "more than"), and those that only stress
// it: what may stand between a figure and the words that introduce it.
const QUALIFIED = String.raw`(?:(?:${QUALIFIER_WORDS}|only|just|exactly)[ \u00a0]+)?`;

// What a page calls a figure it takes back, said of it ("… were wrong", "that report is
// false"), and a fact check's rating of one ("FALSE", "Mostly misleading"): written once for
// every check that reads them.
const WRONG_WORDS = String.raw`wrong|false|fake|incorrect|inaccurate|untrue|mistaken|erroneous|bogus|nonsense|overstated|exaggerated|made[ \u00a0]+up|fabricated|not[ \u00a0]+(?:true|right|correct)|a[ \u00a0]+(?:rumou?r|myth)`;
const RATING_WORDS = String.raw`false|fake|wrong|incorrect|inaccurate|untrue|misleading|unsupported|unproven|unsubstantiated|exaggerated|myth|pants[ \u00a0]+on[ \u00a0]+fire`;
// A rating that calls a claim wrong, standing alone ("Mostly false", "Not accurate").
const RATED_WRONG = String.raw`(?:(?:mostly[ \u00a0]+)?(?:${RATING_WORDS})|not[ \u00a0]+(?:accurate|true|correct|right))`;

// A sentence that calls the figure wrong after it: "Reports that Meta paid $20 billion were
// wrong", "The $20 billion figure is false", "…as 51%, an error later corrected", "…at $1.5
// billion, a figure the company disputed".
const CALLED_WRONG = new RegExp(
  String.raw`(?:(?:\b(?:was|were|is|are|proved|proves|turned[ \u00a0]+out)|(?<=\b(?:it|that|this))['\u2019]s)[ \u00a0]+(?:(?:to[ \u00a0]+be|also|simply|clearly|later|since)[ \u00a0]+)?(?:${WRONG_WORDS})|,[ \u00a0]+an[ \u00a0]+error|\b(?:but|and)[ \u00a0]+(?:the[ \u00a0]+(?:company|startup|firm)|Meta|Scale(?:[ \u00a0]+AI)?|it|they)[ \u00a0]+(?:(?:has|have|later|quickly|swiftly)[ \u00a0]+)?(?:denied|disputed|rejected)|,[ \u00a0]+an?[ \u00a0]+(?:figure|number|claim|estimate|account)[^,.;]{0,40}?\b(?:disputed|disputes|denied|denies|contested|contests|rejected|rejects|refuted|questioned)|\b(?:walked[ \u00a0]+back|retracted|debunked))\b`,
  'i',
);
// A correction's right figure after the figure's clause: "… valued at $14 billion in its Series
// F; the correct figure is $13.8 billion".
const THE_CORRECT_FIGURE = String.raw`the[ \u00a0]+(?:correct|right|actual|accurate|real)[ \u00a0]+(?:figure|number|amount|sum|valuation|stake)[ \u00a0]+(?:is|was)`;
const CORRECTED_AFTER = new RegExp(
  String.raw`^[^;.!?$]{0,80};[ \u00a0]+${THE_CORRECT_FIGURE}\b`,
  'i',
);
// What it says of a later figure stops at that figure, or at a semicolon.
const NEXT_FIGURE_OR_CLAUSE =
  /;|\$|\d+(?:[.,]\d+)?[ \u00a0]*(?:%|percent\b|billion\b|million\b|bn\b)/;

/** True when the rest of the figure's sentence calls it wrong, before any other figure. */
function isCalledWrong(
  text: string,
  sentenceStart: number,
  end: number,
  sentenceEnd: number,
  isPercent: boolean,
): boolean {
  const rest = text.slice(end, sentenceEnd);
  const stop = NEXT_FIGURE_OR_CLAUSE.exec(rest);
  // One look at the sentence after: what it says of this one is said at its start.
  const next = text.slice(sentenceEnd, sentenceEnd + 120);
  return (
    CALLED_WRONG.test(stop ? rest.slice(0, stop.index) : rest) ||
    CORRECTED_AFTER.test(rest) ||
    CALLED_WRONG_NEXT.test(next.slice(0, 40)) ||
    REPORT_WRONG_NEXT.test(next) ||
    isRestatedNext(next.slice(0, 40), isPercent) ||
    VERDICT_AFTER.test(rest) ||
    isWrongInNextBlock(text, sentenceEnd) ||
    DOUBTED_NEXT.test(next) ||
    isSaidThenCorrected(text, sentenceStart, end)
  );
}

// The next sentence asking whether it is so, or giving the right figure: "I saw that Meta paid
// $20 billion for Scale AI. Is that right?", "We wrote that Scale AI's Series F valued it at
// $18.3 billion. The correct figure is $13.8 billion."
const DOUBTED_NEXT = new RegExp(
  String.raw`^\W*(?:(?:is|was)[ \u00a0]+(?:that|this|it)[ \u00a0]+(?:right|true|correct|accurate|so)[ \u00a0]*\?|${THE_CORRECT_FIGURE}\b)`,
  'i',
);

// What someone said or wrote, set right by the next clause or sentence, which gives another
// figure of the same thing: "We said Scale had 90,000 contractors. It has more than 9,000.",
// "the host says Scale's Series F round raised $1.5 billion. It raised $1 billion.", a
// corrections log's "Said the Series F valued Scale at $138 billion. The valuation was $13.8
// billion.", '"about 900 contractors"; the company uses more than 9,000', "copy says Scale AI was
// founded in 2018. it's 2016.", "Omar says Scale was founded in 2014. It was founded in 2016.".
const SAID_BEFORE = /\b(?:said|says|wrote|writes|stated|states)\b/i;
const CORRECTED_NEXT = new RegExp(
  String.raw`(?:[^;.!?\n]|\.(?=\d)){0,60}?[;.!?]["\u201d\u2019]?\s+(?:(?:it|that)['\u2019]s[ \u00a0]+(?:(?:actually|really)[ \u00a0]+)?|(?:it|they|he|she|we|the[ \u00a0]+(?:(?:correct|right|actual)[ \u00a0]+)?(?:company|startup|firm|round|valuation|stake|deal|investment|figures?|numbers?|count|revenue|goal|target|plan|aim)|scale(?:[ \u00a0]+AI)?|meta)[ \u00a0]+(?:(?:says|said|insists|notes)[ \u00a0]+(?:that[ \u00a0]+)?(?:it|they)[ \u00a0]+)?(?:(?:actually|really|in[ \u00a0]+fact)[ \u00a0]+)?(?:is|was|are|were|has|had|have|raised|paid|pays|took|takes|owns|holds|uses|employs|invested|works[ \u00a0]+with)[ \u00a0]+(?:(?:founded|started|created|launched|valued|priced)[ \u00a0]+(?:in|at)[ \u00a0]+)?)(?:an?[ \u00a0]+)?${QUALIFIED}(?:US)?[$\u20ac\u00a3]?\d`,
  'iy',
);

function isSaidThenCorrected(text: string, sentenceStart: number, end: number): boolean {
  // The rarer test first, in place: no copy of the text for most figures.
  CORRECTED_NEXT.lastIndex = end;
  return CORRECTED_NEXT.test(text) && SAID_BEFORE.test(text.slice(sentenceStart, end));
}

// A verdict set off after a quoted claim, as a myths-and-facts list writes it: '"Meta now owns
// 75% of Scale AI." — FALSE. The stake is 49%.'
const VERDICT_AFTER = new RegExp(
  String.raw`[.!?]?["\u201d'\u2019]?[ \u00a0]*[\u2014\u2013:|-][ \u00a0]*(?:(?:mostly|partly|largely)[ \u00a0]+)?(?:${RATING_WORDS})[ \u00a0]*(?:[.!;)\n]|$)`,
  'i',
);

// The block after the figure's saying every number of it is wrong, as a rebuttal opens after the
// passage it quotes: "Almost every number there is wrong, so let's go through them."
const NUMBERS_WRONG = new RegExp(
  String.raw`^\W*(?:(?:almost|nearly|just[ \u00a0]+about)[ \u00a0]+)?(?:(?:every|each)[ \u00a0]+(?:single[ \u00a0]+)?(?:number|figure|claim)|(?:all[ \u00a0]+(?:of[ \u00a0]+)?)?(?:these|those)[ \u00a0]+(?:numbers|figures|claims)|(?:all[ \u00a0]+)?the[ \u00a0]+(?:numbers|figures|claims)[ \u00a0]+(?:there|here|above|in[ \u00a0]+(?:it|that|this))|(?:most|all)[ \u00a0]+of[ \u00a0]+(?:them|these|those|it))\b[^.!?\n]{0,20}?\b(?:is|are|was|were)[ \u00a0]+(?:(?:all|simply|just|also|plainly|flat)[ \u00a0]+)?(?:${WRONG_WORDS})\b`,
  'i',
);

function isWrongInNextBlock(text: string, sentenceEnd: number): boolean {
  const blockEnd = text.indexOf('\n', sentenceEnd);
  if (blockEnd < 0) return false;
  return NUMBERS_WRONG.test(text.slice(blockEnd, blockEnd + 160));
}

// The next sentence saying what was reported is wrong, whoever says so: "… claimed Meta would
// pay $25 billion for a 75% stake. A Meta spokesperson told us that report is wrong."
const REPORT_WRONG_NEXT = new RegExp(
  String.raw`^[^.!?\n]*?\b(?:that|this|the|those|these)[ \u00a0]+(?:reports?|claims?|figures?|numbers?|posts?|stor(?:y|ies)|rumou?rs?)[ \u00a0]+(?:is|was|are|were)[ \u00a0]+(?:(?:simply|just|also|flat(?:ly)?|completely)[ \u00a0]+)?(?:${WRONG_WORDS})\b(?![ \u00a0]+(?:about|on|in|to|for|over)\b)`,
  'i',
);
// A next sentence that is nothing but another figure, as a speaker corrects one: "I said Scale
// had 90,000 contractors. It's 9,000. My bad."
const RESTATED_NEXT = new RegExp(
  String.raw`^[ \u00a0]*(?:it['\u2019]s|it[ \u00a0]+(?:is|was)|actually|in[ \u00a0]+fact)[ \u00a0,]+${QUALIFIED}((?:US)?[$\u20ac\u00a3]?\d(?:[\d.,]*\d)?(?:[ \u00a0]*(?:%|percent\b|billion\b|million\b|bn\b|[mbk]\b))?)[ \u00a0]*(?:[.!;]|$)`,
  'i',
);

// Whether the next sentence restates a figure of the same kind (a year for a year, a percent for
// a percent): "It was 2016." after a sum is no correction of it.
function isRestatedNext(next: string, isPercent: boolean): boolean {
  const restated = RESTATED_NEXT.exec(next)?.[1];
  if (restated === undefined || /^(?:19|20)\d\d$/.test(restated)) return false;
  return /(?:%|t)$/i.test(restated) === isPercent;
}

// A table row set out in cells ("Glean | $150M | Series F; Scale AI | $14.3B | Meta, 49%") is
// about what its first cell names: a figure in a later cell of a row whose first cell names
// neither company is not ours.
const OUR_NAMES = /\b(?:Meta|Scale(?:AI)?|Facebook)\b/;

function isInOthersRow(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(sentenceStart, start);
  const row = before.slice(before.lastIndexOf(';') + 1);
  const cell = row.indexOf('|');
  return cell >= 0 && !OUR_NAMES.test(row.slice(0, cell));
}

// The next sentence calling it wrong: "… Meta paid $100B for Scale AI. That's nonsense.", "…
// writes that Meta acquired a 51% controlling stake in Scale. It did not:",
// "… for all of Scale AI. That was wrong; …", "… 51% of Scale AI. The company denied that",
// or a fact check's rating on the next line ("Rating: FALSE", a table's "False" cell), or a next
// sentence giving its source's other figure ("… with 1.3 billion GPUs. The source says over 1.3
// million").
const CALLED_WRONG_NEXT = new RegExp(
  String.raw`^\W*(?:(?:it|they|he|she|that|meta|scale(?:[ \u00a0]+AI)?)[ \u00a0]+(?:did|does|do|has|had|have|was|is|were)(?:n['\u2019]t|[ \u00a0]+not)[ \u00a0]*(?=[.:;!]|$)|(?:(?:our[ \u00a0]+)?(?:rating|verdict|ruling)[ \u00a0]*:[ \u00a0]*|no\W+)?(?:(?:also|equally|again|likewise)[ \u00a0]+)?${RATED_WRONG}[ \u00a0]*(?=[.!:\n]|$)|(?:that['\u2019]s|that[ \u00a0]+(?:is|was)|this[ \u00a0]+(?:is|was)|it['\u2019]s|it[ \u00a0]+was)[ \u00a0]+(?:(?:simply|just|total|complete|utter)[ \u00a0]+)?(?:${WRONG_WORDS})|(?:the[ \u00a0]+(?:company|startup|firm)|Meta|Scale(?:[ \u00a0]+AI)?|it|they|both)[ \u00a0]+(?:(?:has|have|later|quickly|swiftly)[ \u00a0]+)?(?:denied|disputed|rejected)[ \u00a0]+(?:that|this|it|the[ \u00a0]+reports?)|(?:the[ \u00a0]+)?(?:source|sources|original|filing|article|report)[ \u00a0]+(?:says|said|states|stated|shows|showed)[ \u00a0]+(?:(?:over|about|more[ \u00a0]+than|only|just)[ \u00a0]+)?(?:US)?[$\u20ac\u00a3]?\d)\b`,
  'i',
);

const FOREIGN_TARGET =
  /^[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}?(?:in|into|for|of|on|to|from|with|by)[ \u00a0]+(?:the[ \u00a0]+)?$/;
// A company named right after a figure is the one it belongs to: "the $30 billion OpenAI got
// from SoftBank", "the $10 billion that Microsoft put in".
const OWNER_NEXT = /^[ \u00a0]+(?:(?:that|which)[ \u00a0]+)?$/;
// A sum added to another ("an additional $5 billion", "a further 10%", "$2 billion more") is
// not the claim's value: it stays marked, without a claim.
const ADDED_BEFORE = /\b(?:additional|further|another|extra)[ \u00a0]+$/i;
// A share of people polled: "61% agree that Meta's stake …", "49% of respondents".
const SHARE_OF_PEOPLE_AFTER =
  /^[ \u00a0]+(?:of[ \u00a0]+(?:(?:all|the|those)[ \u00a0]+)?(?:respondents|voters|readers|users|adults|Americans|people|investors|analysts|buyers|developers|engineers|executives|participants|those[ \u00a0]+(?:polled|surveyed|asked))|(?:strongly[ \u00a0]+|somewhat[ \u00a0]+)?(?:agree|agreed|disagree|disagreed|say|said|think|thought|believe|believed|expect|expected|want|wanted|support|supported|oppose|opposed|approve|approved|disapprove|disapproved))\b/i;
// A level a change would reach: "Meta to increase its Scale AI stake above 49%".
const CHANGED_TO_BEFORE =
  /\b(?:increas|rais|boost|lift|grow|cut|reduc|lower|trim)\w*[ \u00a0]+(?:(?:its|their|the|Meta['\u2019]s)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,3}?(?:stake|holding|share|ownership)[ \u00a0]+(?:above|beyond|over|past|below|under)[ \u00a0]+$/i;
// Someone else's estimate of the figure: "the median estimate for Scale's 2025 revenue is", or
// the writer's own: "We raise our 2025 capex estimate to $70 billion".
const ESTIMATE_BEFORE =
  /\b(?:(?:median|mean|average|consensus|analysts['\u2019]?|analyst|street|polled|surveyed)[ \u00a0]+|(?:our|my)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?)(?:estimates?|forecasts?|expectations?|views?|guesses|predictions?|projections?)\b/i;
// A market's or bookmaker's proposition, priced after it on its line or the next (its row's
// next cell): "Meta 2025 capex above $70B (Clearcall) 41¢", "… before 1 Jan 2027 6/1 (7.00)".
const ODDS_AFTER =
  /^[^.;\n]*?(?:[ \u00a0]|(?:\n[ \u00a0]*){1,3})(?:\d{1,2}[ \u00a0]?¢|\d{1,3}\/\d{1,3}[ \u00a0]*\(\d+\.\d\d\))/;
// What would have been, in a condition set first: "Had Meta bought 100 percent of Scale …",
// "Were Meta to buy the rest …", or set off inside the sentence: "why, had Meta bought a 50 per
// cent stake, the analysis …".
const HAD_IT_BEFORE =
  /^\W*(?:Had|Were)[ \u00a0]+(?:Meta|Scale(?:[ \u00a0]+AI)?|it|they|the[ \u00a0]+(?:company|startup|deal))\b|[,;\u2014\u2013][ \u00a0]*(?:had|were)[ \u00a0]+(?:Meta|Scale(?:[ \u00a0]+AI)?|it|they|the[ \u00a0]+(?:company|startup|deal))\b[^,;\u2014\u2013]*$/;
// Or after "if" set first, in a clause of what would be: "Hypothetically, if Meta had bought 100%
// at the same price, Scale would be a $29B acquisition", "If Meta bought all of it, it would pay
// $29 billion".
const IF_THEN_WOULD_BEFORE =
  /^\W*(?:(?:hypothetically|theoretically|in[ \u00a0]+theory|so)\W+)?(?:if|suppose|supposing|imagine)\b[^.;:?!]*,[^.;:?!]*\b(?:would|could|might)\b[^.;:?!]*$/i;
// A figure of a company the sentence then says is not ours: "An edge-computing firm founded in
// 2007, unrelated to Scale AI.", "The edge-computing company, founded in 2007, has no connection
// to Scale AI."
const UNRELATED_TO_OURS =
  /\b(?:unrelated[ \u00a0]+to|no[ \u00a0]+(?:relation|connection|links?|ties|affiliation|relationship)[ \u00a0]+(?:to|with)|not[ \u00a0]+(?:related[ \u00a0]+to|to[ \u00a0]+be[ \u00a0]+confused[ \u00a0]+with|affiliated[ \u00a0]+with))[ \u00a0]+(?:the[ \u00a0]+)?(?:Meta\b(?![ \u00a0]+[A-Z])|Scale[ \u00a0]+AI\b)/i;
// A figure of "a similar deal" in its clause is that other deal's: "whether a similar minority
// deal (we're looking at $400 million for a 30% stake) would need a filing".
const SIMILAR_DEAL_BEFORE =
  /\b(?:a|an|any|such)[ \u00a0]+(?:similar|comparable|equivalent|copycat|like-sized)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:deal|investment|transaction|stake|arrangement)\b[^;]*$/i;
// A count joined to an earlier figure of a change is changed too: "cuts 14% of staff — about
// 200 employees — plus 500 contractors", "cuts 14% of staff: about 200 full-time employees
// and 500 contractors".
const JOINED_TO_CHANGE =
  /\b(?:laid[ \u00a0]+off|lay(?:s|ing)?[ \u00a0]+off|let[ \u00a0]+go(?:[ \u00a0]+of)?|cut(?:s|ting)?|drop(?:s|ped|ping)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|eliminat(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|shed(?:s|ding)?|hir(?:e|es|ed|ing)|add(?:s|ed|ing)?)[ \u00a0]+[^.;:!?\n]{0,80}?\d[^.;!?\n]{0,80}?(?:\bplus|\band|\bas[ \u00a0]+well[ \u00a0]+as|\balong[ \u00a0]+with)[ \u00a0]+(?:(?:about|some|nearly|around|roughly|over|more[ \u00a0]+than|another)[ \u00a0]+)?$/i;
// Units bought, ordered or rented are no count of what a company has ("plans to buy 350,000
// GPUs").
const BOUGHT_BEFORE =
  /\b(?:buy(?:s|ing)?|bought|order(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|rent(?:s|ed|ing)?|lease[sd]?|leasing)[ \u00a0]+(?:(?:another|more|some|up[ \u00a0]+to|about|nearly)[ \u00a0]+)?$/i;
// A year some other company was founded in: "Lucy Guo founded Passes in 2022".
const FOUNDED_NAME =
  /\b(?:co-?)?found(?:ed|s|ing)[ \u00a0]+([A-Z][\w.&'\u2019-]*)(?:[ \u00a0]+[A-Z][\w.&'\u2019-]*){0,2}[ \u00a0]+in[ \u00a0]+$/;
// "founded a math camp in 2012", "founded her own startup in 2022".
const FOUNDED_SOMETHING =
  /\b(?:co-?)?found(?:ed|s|ing)[ \u00a0]+(?:a|an|his|her|their|its|the(?![ \u00a0]+(?:company|startup|firm)\b)|another)\b[^,;()]*?[ \u00a0]+in[ \u00a0]+$/i;
// "Mercor, founded in 2023, …": the name the sentence opens on, which the aside hangs on.
const NAME_FOUNDED =
  /^\W*([A-Z][\w.&'\u2019-]*(?:[ \u00a0]+[A-Z][\w.&'\u2019-]*){0,2}),[ \u00a0]+(?:(?:which|that)[ \u00a0]+was[ \u00a0]+)?(?:co-?)?founded[ \u00a0]+in[ \u00a0]+$/;
// "he co-founded Scour, a file-sharing service founded in 1997": a name and what it is.
const NAME_IS_FOUNDED =
  /\b([A-Z][\w.&'\u2019-]*(?:[ \u00a0]+[A-Z][\w.&'\u2019-]*){0,2}),[ \u00a0]+(?:a|an)[ \u00a0]+[^,;()]*?(?:co-?)?founded[ \u00a0]+in[ \u00a0]+$/;
// "We were founded in 2020": a speaker's or someone's own company, which a pronoun does not
// say is ours ("… so we're younger than Scale").
const FOUNDED_PRONOUN =
  /\b(?:we|they|you|I)(?:['\u2019](?:re|ve))?[ \u00a0]+(?:(?:were|was|are|have[ \u00a0]+been|got)[ \u00a0]+)?(?:co-?)?(?:founded|started)[ \u00a0]+(?:in[ \u00a0]+)?$/i;
/** Whether a founding year ends `head` (its sentence up to the year) that is not Scale AI's. */
function foundedOtherName(head: string): boolean {
  const before = head.slice(-60);
  const name = FOUNDED_NAME.exec(before)?.[1];
  const asideOf = NAME_FOUNDED.exec(head)?.[1] ?? NAME_IS_FOUNDED.exec(head.slice(-100))?.[1];
  return (
    (name !== undefined && name !== 'Scale') ||
    (asideOf !== undefined && !/\bScale\b/.test(asideOf)) ||
    FOUNDED_SOMETHING.test(before) ||
    FOUNDED_PRONOUN.test(before)
  );
}

// A yes-no question claims nothing ("Did Meta pay $20 billion for Scale AI?"), nor does a
// doubting "??"; "How did Meta end up paying $14.3 billion?" takes the figure as given.
const AUXILIARIES = 'did does do is are was were has have had will would could can should';
const ASKING = String.raw`(?:(?:so|but|and|wait)\W+)?(?:${AUXILIARIES.replace(/ /g, '|')})\b`;
const ASKED = new RegExp(String.raw`^(?:[^:?]{0,60}:[ \u00a0]*)?\W*${ASKING}[^?]*\?\W*$|\?\?`, 'i');
// A yes-no question in a title or a quote that runs on after its "?" ('Ep. 88 — Did Meta just
// buy half of Scale AI? (w/ a guest)', '"Did Meta buy half of it?" (spoiler: no)'): asked from
// the sentence's start, or a dash, colon, bar or opening quote before the figure, to a "?"
// after it in the same clause.
const ASKED_FROM =
  /(?:^|[\u2014\u2013|:"\u201c]|[ \u00a0]-[ \u00a0])[ \u00a0]*([^\u2014\u2013|:"\u201c]*)$/;
const OPENS_ASKING = new RegExp(`^${ASKING}`, 'i');
// A question after a topic's tag run into it ("Meta Is Meta spending $100 billion on AI this
// year?"): an auxiliary in capitals after a few capitalised words.
const CAPITALISED_AUXILIARY = AUXILIARIES.replace(/\b\w/g, (c) => c.toUpperCase()).replace(
  / /g,
  '|',
);
const ASKED_AFTER_TAG = new RegExp(
  String.raw`^\W*(?:[A-Z][\w&.'\u2019-]*[ \u00a0]+){1,3}(?:${CAPITALISED_AUXILIARY})\b[^?]*\?\W*$`,
);
// A question of what might be, asked of the figure: "At Meta's price per point, what would a 30%
// stake in Scale have cost?", "Why would Meta pay $14 billion for a 49% stake instead of …?"
const WHAT_WOULD_BEFORE =
  /\b(?:what|why|how[ \u00a0]+(?:much|many)|which)\b[^?.!;]*\b(?:would|could|might)\b[^?.!;]*$/i;

// A worksheet's statement to mark true or false: "Meta invested $14 billion in Scale AI. T / F",
// "True or false: the deal gave Meta a 51% stake."
const TRUE_OR_FALSE_NEXT =
  /^\s*(?:\(?T[ \u00a0]*\/[ \u00a0]*F\)?|true[ \u00a0]*\/[ \u00a0]*false)(?![\w/])/i;
const TRUE_OR_FALSE_BEFORE = /^\W*true[ \u00a0]+or[ \u00a0]+false\b/i;
// A ledger's row rated false in a cell of its own after it, maybe past a short cell (its date):
// "Meta now owns 51% of Scale AI" / "June 12" / "False", '"Meta paid $20 billion for Scale"' /
// "Social media" / "False: the figure was $14.3 billion".
const RATED_FALSE_NEXT = new RegExp(
  String.raw`^[ \u00a0]*\n\s*(?:[^\n]{1,30}\n\s*)?${RATED_WRONG}(?:[ \u00a0.]*(?:\n|$)|[ \u00a0]*[:\u2014\u2013])`,
  'i',
);

// A figure offered for confirmation by a tag after it: "Scale was founded in 2016 right?", "It's
// $14.3 billion, isn't it?"
const TAG_ASKED_AFTER =
  /^[^.!?\n]{0,60}?[, \u00a0]+(?:right|correct|true|yes|no|yeah|eh|isn['\u2019]t[ \u00a0]+(?:it|that)|wasn['\u2019]t[ \u00a0]+(?:it|that|he|she)|didn['\u2019]t[ \u00a0]+(?:it|they|he|she|we)|am[ \u00a0]+I[ \u00a0]+right)[ \u00a0]*\?/i;
// A figure offered for confirmation: "And Meta's capex this year is what, up to $72B?"
const WHAT_BEFORE = /\bwhat[ \u00a0]*,?[ \u00a0]*$/i;
const ASKED_AT = /^[ \u00a0]*\?/;
const UNTIL_QUESTION_MARK = /^[^.!?\n]{0,160}\?/;

// Whether a "?" closes the figure's clause, asked of the figure: by a yes-no question opening
// the clause, or by a question of what might be anywhere before it in the sentence.
function isAskedInClause(text: string, sentenceStart: number, start: number, end: number): boolean {
  if (!UNTIL_QUESTION_MARK.test(text.slice(end, end + 161))) return false;
  const head = text.slice(sentenceStart, start);
  const clause = ASKED_FROM.exec(head);
  return (clause !== null && OPENS_ASKING.test(clause[1])) || WHAT_WOULD_BEFORE.test(head);
}

// A question on a condition ("If revenue grew 40% a year, how many years would it take to
// exceed $5 billion?") asks about what has not happened.
const ASKED_IF = /^\W*if\b[^?]*\?\W*$/i;
// What a claim under review says, in quotes or after a fact check's "Claim:" ('A post claims
// that Meta "bought Scale AI outright for $30 billion"'): its rating, not the page, decides.
// So is what a version before the page's own said, after its label in a diff or a corrections
// page ("Before: …", "What we said: …"): the page's current text, not it, says what the page
// claims.
const SAID_BEFORE_LABEL = String.raw`(?:(?:the[ \u00a0]+)?claim|before|was|old(?:[ \u00a0]+(?:text|version))?|original(?:[ \u00a0]+(?:text|version))?|previously|earlier[ \u00a0]+version|what[ \u00a0]+we[ \u00a0]+(?:said|wrote|reported|published|had))`;
const CLAIM_LABEL = new RegExp(String.raw`^\W*${SAID_BEFORE_LABEL}[ \u00a0]*:`, 'i');
// Or on the line above, a fact check's heading: "Claim" / '"Meta just bought Scale AI outright
// for $30 billion."', or "What we said" / "That Scale AI was founded in 2015".
const CLAIM_HEADING_BEFORE = new RegExp(
  String.raw`(?:^|\n)[ \u00a0]*${SAID_BEFORE_LABEL}[ \u00a0]*:?[ \u00a0]*\n\s*$`,
  'i',
);
// ("The first version described the transaction as “Meta's $15 billion …”": its words.)
const CLAIMS_WORD = /\b(?:claim(?:s|ed|ing)?|described)\b/i;

// Whether `head` ends inside a quotation: after an unclosed curly quote, or an odd straight one.
function endsInQuote(head: string): boolean {
  const straight = head.match(/"/g)?.length ?? 0;
  return head.lastIndexOf('\u201c') > head.lastIndexOf('\u201d') || straight % 2 === 1;
}

// What a post or other hearsay claims, as a fact check reports it without quotes: "The post also
// claims Scale was founded in 2018". (Not what a company claims: "Scale claims 9,000
// contractors" is its own account.)
const HEARSAY_CLAIMS =
  /\b(?:post|posts|tweet|thread|video|clip|meme|caption|message|rumou?r|viral[ \u00a0]+\w+|screenshot|chain[ \u00a0]+letter|the[ \u00a0]+claim)[ \u00a0]+(?:(?:also|further|even|falsely|wrongly)[ \u00a0]+)?(?:claim(?:s|ed)?|says|said|asserts|asserted|alleges|alleged)\b[^.;!?]*$/i;

function isReportedClaim(head: string): boolean {
  return (
    CLAIM_LABEL.test(head) ||
    (CLAIMS_WORD.test(head) && endsInQuote(head)) ||
    HEARSAY_CLAIMS.test(head)
  );
}

// What a screen or tool shows, as a bug report tells it ("the card renders the stake as 51%"),
// and a figure shown in place of another ("the stake shows 51% instead of 49%"): no claim.
// So is what a chart was labelled with or a record entered as ("labelled Meta's 2025 capex
// forecast as $72-78 billion", "had been entered as $138 billion").
const DISPLAYED_BEFORE =
  /\b(?:renders?|rendered|rendering|displays?|displayed|displaying|shows?|showing|(?:mis)?label(?:l?ed)|entered)\b[^.;:]{0,60}[ \u00a0]as[ \u00a0]+$/i;
const SHOWN_INSTEAD_AFTER = /^[ \u00a0]+instead[ \u00a0]+of[ \u00a0]+(?:US)?[$\u20ac\u00a3]?\d/i;

// A correction's right figure, named only as "the correct figure" ("… valued at $14 billion in
// its Series F; the correct figure is $13.8 billion"): which claim it corrects is said before
// the figure it corrects, not at it.
const CORRECT_FIGURE_BEFORE = new RegExp(
  String.raw`\b${THE_CORRECT_FIGURE}[ \u00a0]+(?:(?:about|around|roughly|nearly)[ \u00a0]+)?$`,
  'i',
);

// Nor is a change ("revenue grew $500 million", "shares gained 3%", "laid off 500
// contractors", "plans to add 350,000 GPUs"): it is no level of anything.
const CHANGE_BEFORE =
  /\b(?:rose|rise[ns]?|rising|fell|fall(?:s|en|ing)?|gain(?:s|ed|ing)?|grew|grow(?:s|n|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|sl(?:id|ides?|iding)|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|up|down|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|by|add(?:s|ed|ing)?|laid[ \u00a0]+off|lay(?:s|ing)?[ \u00a0]+off|cut(?:s|ting)?|fir(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|shed(?:s|ding)?|(?:end(?:s|ed|ing)?|stopp(?:ed|ing)|cut(?:s|ting)?)[ \u00a0]+(?:(?:our|its|their)[ \u00a0]+)?(?:work|ties|contracts?)[ \u00a0]+with)[ \u00a0]+$/i;
const ADDED_AFTER = /^[ \u00a0]+(?:more|extra|on[ \u00a0]+top|higher|lower)\b/i;
// Figures given "respectively" pair with names listed apart from them: "Meta and Scale AI,
// founded in 2004 and 2016 respectively".
const RESPECTIVELY_AFTER = /^[^.;:]{0,60}\brespectively\b/i;
// Figures in a sequence of arrows ("Series E $7.3B → Series F $13.8B → Meta deal ~$29B")
// are steps of whatever the line is about, which its cues may not say.
const ARROW = String.raw`(?:\u2192|->|=>|\u21d2|\u27f6)`;
const ARROW_BEFORE = new RegExp(String.raw`\d[^\d\u2192>]{0,30}?${ARROW}[^\d\u2192]{0,30}$`);
// Unless the step is dated in its parenthesis: in "Revenue: $870M (2024) → $2B (2025E)" the
// year says which value each step is.
const DATED_STEP_AFTER = new RegExp(String.raw`^[ \u00a0]*${YEAR_IN_PARENTHESES}`);
const ARROW_AFTER = new RegExp(String.raw`^[^\d\u2192]{0,30}?${ARROW}[^\u2192]{0,30}?\d`);
// An amount per unit ("$10 million per Scale AI employee", "$70 for each share") is no total.
const PER_UNIT_AFTER =
  /^[ \u00a0]+(?:(?:a|per|for[ \u00a0]+each|each)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:share|employee|person|head|worker|contractor|user|GPU|hour|month|week|day)s?\b|apiece|a[ \u00a0]+year[ \u00a0]+to\b)/i;

const SPEAKER_OPENS = /^\W*(?:we|our|I|my)\b/i;
const PARENTHESIS_ON = /^[ \u00a0]*\([^()]{0,80}$/;

/** What is known of the rest of a document when `findMentions` reads part of it. */
export type TextContext = {
  /** The whole document names Scale AI somewhere ("an AI startup" may then be Scale AI). */
  namesScaleAi?: boolean;
  /** Text before this part already named Scale AI (bare "Scale" is then a name). */
  hasNamedScaleAiBefore?: boolean;
  /** The whole document names Meta as names are written ("META" may then be Meta). */
  namesMeta?: boolean;
  /**
   * Where the lines that start a new group of blocks (a card, a table row) start, ascending
   * (see lib/block-groups.ts). A value on such a line is not read with the line above it.
   */
  groupStarts?: number[];
  /**
   * The year the whole document was written in, as its head dates it (see `pageYearOf`); null
   * when it does not. Found from the text when not given.
   */
  pageYear?: number | null;
};

// Characters a page shows nothing for, or nothing but a break opportunity: soft hyphens (which
// hyphenating tools put inside "bil\u00adlion" and long numbers), zero-width spaces and
// joiners, the byte-order mark, and the marks that set a text's direction.
export const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/**
 * Finds every mention of Meta, Scale AI and their deal figures in `text` (block boundaries
 * as "\n"). Returns entity and figure mentions in text order; figures whose sentence is not
 * about Meta or Scale AI, or that belong to another company, are left out. Characters a page
 * does not show (see INVISIBLE) are read past, as a reader does: "$14.\u200b3 bil\u00adlion" is
 * found, and its mention spans them.
 */
export function findMentions(text: string, context: TextContext = {}): Mention[] {
  if (!INVISIBLE.test(text)) return findShownMentions(text, context);
  // Where each character of the text without them stands in `text`.
  const at: number[] = [];
  let from = 0;
  for (const invisible of text.matchAll(INVISIBLES)) {
    for (let i = from; i < invisible.index; i++) at.push(i);
    from = invisible.index + 1;
  }
  for (let i = from; i < text.length; i++) at.push(i);
  const groupStarts = context.groupStarts && shownOffsets(context.groupStarts, at);
  const shown = text.replace(INVISIBLES, '');
  return findShownMentions(shown, { ...context, groupStarts }).map((mention) => {
    const start = at[mention.start];
    const end = at[mention.end - 1] + 1;
    return { ...mention, start, end, text: text.slice(start, end) };
  });
}

/**
 * `offsets` of a text (ascending) as offsets of the text without its invisible characters,
 * where `at[i]` is where the shown character `i` stands: each the first shown one at or after.
 */
function shownOffsets(offsets: readonly number[], at: number[]): number[] {
  const shown: number[] = [];
  let i = 0;
  for (const offset of offsets) {
    while (i < at.length && at[i] < offset) i++;
    shown.push(i);
  }
  return shown;
}

function findShownMentions(text: string, context: TextContext): Mention[] {
  const scan = scanTriggers(text, context.hasNamedScaleAiBefore);
  const { figures } = scan;
  const entities = withNamesInCapitals(text, scan.entities, context);
  const mentions: Mention[] = entities.map((e): EntityMention => ({
    kind: 'entity',
    ...e,
    text: text.slice(e.start, e.end),
  }));
  if (figures.length > 0) {
    const namesScaleAi = context.namesScaleAi ?? entities.some((e) => e.entity === 'scale-ai');
    const organisations = organisationsOfSentences(text, entities, namesScaleAi);
    const pageYear = context.pageYear !== undefined ? context.pageYear : pageYearOf(text);
    const claimed: ClaimedFigure[] = [];
    for (const raw of figures) {
      if (!isNearCompany(text, raw, entities, namesScaleAi)) continue;
      const found = figureMention(text, raw, organisations, entities, {
        groupStarts: context.groupStarts,
        namesScaleAi,
        pageYear,
      });
      if (!found) continue;
      mentions.push(found.mention);
      const { attribution } = found;
      if (attribution) claimed.push({ ...found, attribution });
    }
    keepOneFigurePerClaim(claimed);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * `entities` with our names written in capitals added, in order, where the text (or the page,
 * says `context`) also names the company as names are written.
 */
function withNamesInCapitals(
  text: string,
  entities: EntityMatch[],
  context: TextContext,
): EntityMatch[] {
  if (!HAS_CAPITALS.test(text)) return entities;
  const capitals = findNamesInCapitals(text, {
    meta: context.namesMeta ?? writesMeta(text),
    scaleAi: context.namesScaleAi ?? entities.some((e) => e.entity === 'scale-ai'),
  });
  if (capitals.length === 0) return entities;
  return [...entities, ...capitals].sort((a, b) => a.start - b.start);
}

const HAS_CAPITALS = /META|SCALE/;

// A corrections column: a heading "Corrections" (or "Corrections and clarifications") over entries
// that each tell what an article said wrongly, then the right figure.
const CORRECTIONS_HEADING =
  /(?:^|\n)[ \u00a0]*(?:corrections?|clarifications?)(?:[ \u00a0]+(?:and|&)[ \u00a0]+(?:corrections?|clarifications?))?[ \u00a0]*(?=\n|:)/gi;
/** How far below its heading a corrections column's entry may stand. */
const CORRECTIONS_REACH = 4000;
// An entry's account of the error: "A headline … said Meta had taken majority control of Scale
// AI with a 51% stake.", "A profile of Alexandr Wang gave the year Scale AI was founded as 2017."
const REPORTED_ERROR =
  /^\W*(?:(?:a|an|the|one|our|another)[ \u00a0]+)(?:[\w'\u2019-]+[ \u00a0]+){0,6}?(?:article|headline|profile|analysis|chart|story|report|caption|graphic|piece|post|newsletter|video|episode|table)s?\b[^.!?\n]{0,120}?\b(?:said|says|stated|gave|reported|labell?ed|described|referred|put|listed|showed|called)\b/i;

/**
 * Whether the figure's sentence is a corrections column's account of what was said wrongly.
 * The heading is looked for only above such a sentence, which few texts have.
 */
function isReportedError(
  text: string,
  sentence: { start: number; end: number },
  start: number,
): boolean {
  if (!REPORTED_ERROR.test(text.slice(sentence.start, start))) return false;
  // From a line's start, where the heading's own line may begin.
  const from = text.lastIndexOf('\n', Math.max(0, start - CORRECTIONS_REACH)) + 1;
  return matchesIn(CORRECTIONS_HEADING, text, from, start).length > 0;
}

type ClaimedFigure = { mention: FigureMention; sentenceStart: number; attribution: Attribution };

/**
 * A sentence states a claim's value once. Where several of its figures are tied to the same
 * claim ("$14.3 billion for a 49% stake, or roughly $29 billion for the whole company"; "rose
 * to 49% from 0%"), the one with the claim's year written next to it keeps the claim ("a
 * valuation of $29 billion, up from $13.8 billion in 2024"), else the one nearest its cue, and
 * none on a tie; the others stay marked without a verdict.
 */
function keepOneFigurePerClaim(claimed: ClaimedFigure[]): void {
  const groups = new Map<string, ClaimedFigure[]>();
  for (const figure of claimed) {
    const key = `${figure.sentenceStart}|${figure.attribution.claim.id}`;
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const { claim } = group[0].attribution;
    const claimYear = claim.figureYear ?? claim.eventYear;
    const dated = group.filter((f) => f.attribution.year === claimYear);
    const candidates = dated.length > 0 ? dated : group;
    const nearest = Math.min(...candidates.map((f) => f.attribution.distance));
    const keepers = candidates.filter((f) => f.attribution.distance === nearest);
    for (const figure of group) {
      if (keepers.length > 1 || figure !== keepers[0]) figure.mention.claim = null;
    }
  }
}

// Only a figure with a company name, or an "AI startup" on a page about Scale AI, within
// reach can be about Meta or Scale AI; most figures on a page are not, and skip the rest.
const STARTUP = /startup/i;
function isNearCompany(
  text: string,
  figure: ParsedFigure,
  entities: EntityMatch[],
  namesScaleAi: boolean,
): boolean {
  const from = figure.start - SENTENCE_REACH - REFERENCE_LOOKBACK;
  const to = figure.end + SENTENCE_REACH;
  if (hasEntityBetween(entities, from, to)) return true;
  const around = text.slice(Math.max(0, figure.start - SENTENCE_REACH), to);
  return namesScaleAi && STARTUP.test(around);
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function paragraphStartOf(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return starts[low];
}

type Organisation = { start: number; end: number; entities: EntityId[] | null };

type SentenceOrganisations = (sentence: { start: number; end: number }) => Organisation[];

/**
 * Returns a lookup of the companies each sentence names or refers to, remembering the last
 * sentence asked for: the figures of one sentence share one look.
 */
function organisationsOfSentences(
  text: string,
  entities: EntityMatch[],
  namesScaleAi: boolean,
): SentenceOrganisations {
  const paragraphs = paragraphStarts(text);
  let lastStart = -1;
  let lastEnd = -1;
  let last: Organisation[] = [];
  return (sentence) => {
    if (sentence.start !== lastStart || sentence.end !== lastEnd) {
      last = organisationsIn(text, sentence, entities, paragraphs, namesScaleAi);
      lastStart = sentence.start;
      lastEnd = sentence.end;
    }
    return last;
  };
}

type FoundFigure = {
  mention: FigureMention;
  sentenceStart: number;
  attribution: Attribution | null;
};

/** What a figure is read with besides its text (see `TextContext`). */
type FigureOptions = {
  groupStarts?: readonly number[];
  namesScaleAi: boolean;
  pageYear: number | null;
};

function figureMention(
  text: string,
  raw: ParsedFigure,
  organisationsOf: SentenceOrganisations,
  entities: EntityMatch[],
  { groupStarts, namesScaleAi, pageYear }: FigureOptions,
): FoundFigure | null {
  // Most figures on a page are about nobody we follow: look at the sentence first.
  let sentence = sentenceAround(text, raw.start, raw.end);
  let organisations = organisationsOf(sentence);
  let { figure } = raw;
  // A fact box's field ("Stake: 49%", "Contractors" / "9,000+") is read with its label, about
  // the company its heading names.
  const field = organisations.some((o) => o.entities === null)
    ? null
    : boxFieldOf(text, raw.start, raw.end, entities, groupStarts);
  if (field?.kind === 'card') return cardFigure(text, raw, field, namesScaleAi, pageYear);
  if (field) {
    sentence = { start: Math.min(field.labelStart, sentence.start), end: sentence.end };
    const { heading } = field;
    organisations = [
      ...(heading ? [{ start: heading.start, end: heading.end, entities: [heading.entity] }] : []),
      ...organisationsOf(sentence),
    ];
    if (field.countNoun && 'unit' in figure && figure.unit === 'count' && !figure.countNoun) {
      figure = { ...figure, countNoun: field.countNoun };
    }
  }
  const question = field ? null : questionAnswered(text, sentence, raw.start, raw.end);
  if (question !== null) {
    sentence = { start: question, end: sentence.end };
    organisations = organisationsOf(sentence);
  }
  if (organisations.length === 0) return null;
  let start = raw.start;
  if ('qualifier' in figure && figure.qualifier !== 'range') {
    const found = findQualifierBefore(text, raw.start);
    if (found && found.qualifier !== 'between') {
      figure = { ...figure, qualifier: found.qualifier };
      start = Math.max(found.start, sentence.start);
    }
  }
  const end = raw.end;
  // Judging a denied figure would say the page claims it: leave it unmarked.
  const isPercent = 'unit' in figure && figure.unit === 'percent';
  if (
    isDenied(text, sentence.start, start) ||
    isCalledWrong(text, sentence.start, end, sentence.end, isPercent)
  ) {
    return null;
  }
  if (isInOthersRow(text, sentence.start, start)) return null;
  const ours = organisations.filter((o) => o.entities !== null);
  if (ours.length === 0) return null;
  // The owner: a phrase holding the figure ("a 2016 startup"), else the company named
  // nearest before it, else the first one after it.
  // Companies in a parenthesis closed before the figure are an aside too: "Meta (which owns
  // Facebook, Instagram and WhatsApp) invested $14.3 billion".
  const namedBefore = organisations.filter(
    (o) =>
      o.end <= start &&
      o.start >= sentence.start &&
      !isInClosedParenthesis(text, o, sentence.start, start) &&
      !(
        OBJECT_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 16), o.start)) &&
        text.slice(o.end, start).includes(',') &&
        !APPOSITION_TO_FIGURE.test(text.slice(o.end, start))
      ),
  );
  // A parenthesis right after a name, still open at the figure, is about that name: "don't
  // confuse Scale AI with Scale Computing (the infrastructure people, founded 2007)".
  const aboutInParenthesis = organisations.findLast(
    (o) =>
      o.end <= start && o.start >= sentence.start && PARENTHESIS_ON.test(text.slice(o.end, start)),
  );
  const owner =
    organisations.find((o) => o.start <= start && o.end >= end) ??
    aboutInParenthesis ??
    ownerBefore(text, namedBefore, start) ??
    organisations.find((o) => o.start >= end) ??
    ours[0];
  if (!owner.entities) return null;
  // "Scale AI, flush with Meta cash, invested …": the owner, then an aside, then the figure.
  const isOwnerPastAside =
    namedBefore.includes(owner) && /^[ \u00a0]*,[^,;:()]*,/.test(text.slice(owner.end, start));
  // "Scale AI rival Turing had …", "Scale AI's Outlier, founded in 2023": someone of theirs.
  if (owner.end <= start && SOMEONE_OF_COMPANY.test(text.slice(owner.end, start))) return null;
  // "We do not need Scale's 9,000-plus contractors: for a programme of this size, 310
  // annotators are enough": past a colon or semicolon after a possessive's phrase that gave its
  // own figure, a sentence the speaker opens is theirs.
  if (
    owner.end <= start &&
    SPEAKER_OPENS.test(text.slice(sentence.start, owner.start)) &&
    /^['\u2019]s\b[^:;]*(?<![\d.,])(?!(?:19|20)\d\d\b)\d[^:;]*[:;]/.test(
      text.slice(owner.end, start),
    )
  ) {
    return null;
  }
  // "She still owns about 5% of the startup": a person's share, though "she" stands for the
  // company she was named with ("he told investors his plan is to spend $65 billion" is the
  // company's money).
  if (isPercent && owner.end <= start && PERSON.test(text.slice(owner.start, owner.end))) {
    return null;
  }
  // "Scale AI's chief executive, Alexandr Wang, owns about 15%": a person's share or money.
  if (
    isMoney(figure) &&
    PERSON_OF_COMPANY.test(text.slice(owner.end, Math.min(start, owner.end + 40)))
  ) {
    return null;
  }
  // "Google, which planned to pay Scale AI about $200 million": the clause is Google's.
  if (companyOfRelativeClause(text, sentence.start, start, organisations)?.entities === null) {
    return null;
  }
  // "$10 billion in OpenAI": the money goes to someone else.
  const target = organisations.find((o) => o.start >= end && o.start - end <= 40);
  if (target && !target.entities && !isYear(figure)) {
    const between = text.slice(end, target.start);
    if (FOREIGN_TARGET.test(between) || OWNER_NEXT.test(between)) return null;
  }
  // "…the $2 billion it paid for Manus", "bought PlayAI for $100 million", "the $500 billion
  // Stargate project": a name nobody listed, but not ours either.
  if (isMoney(figure) && isOtherNameBesides(text, sentence, start, end)) return null;

  const mentionText = text.slice(start, end);
  if (!('qualifier' in figure)) {
    const mention: FigureMention = {
      kind: 'figure',
      start,
      end,
      text: mentionText,
      claim: null,
      figure: null,
      unsupported: figure.unsupported,
    };
    return { mention, sentenceStart: sentence.start, attribution: null };
  }
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  const head = text.slice(sentence.start, start);
  const clauseHead = text.slice(clauseStart(text, sentence.start, start), start);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const isAsked =
    (sentenceText.includes('?') &&
      (ASKED.test(sentenceText) ||
        ASKED_AFTER_TAG.test(sentenceText) ||
        ASKED_IF.test(sentenceText))) ||
    isAskedInClause(text, sentence.start, start, end) ||
    (WHAT_BEFORE.test(before) && ASKED_AT.test(text.slice(end, end + 4))) ||
    TAG_ASKED_AFTER.test(text.slice(end, end + 80));
  // An added sum, a change, units bought, a founding year of something else, an amount per
  // unit or a yes-no question: the figure is marked but states no claim's value.
  const statesNoValue =
    ADDED_BEFORE.test(before) ||
    CHANGE_BEFORE.test(before) ||
    (figure.unit === 'count' && BOUGHT_BEFORE.test(before)) ||
    (figure.unit === 'count' && JOINED_TO_CHANGE.test(head)) ||
    SIMILAR_DEAL_BEFORE.test(head) ||
    HAD_IT_BEFORE.test(head) ||
    IF_THEN_WOULD_BEFORE.test(head) ||
    UNRELATED_TO_OURS.test(text.slice(end, sentence.end)) ||
    (figure.unit === 'year' && foundedOtherName(head)) ||
    ADDED_AFTER.test(text.slice(end, Math.min(sentence.end, end + 12))) ||
    PER_UNIT_AFTER.test(text.slice(end, Math.min(sentence.end, end + 40))) ||
    RESPECTIVELY_AFTER.test(text.slice(end, sentence.end)) ||
    (ARROW_BEFORE.test(before) && !DATED_STEP_AFTER.test(text.slice(end, end + 12))) ||
    ARROW_AFTER.test(text.slice(end, Math.min(sentence.end, end + 64))) ||
    CORRECT_FIGURE_BEFORE.test(before) ||
    (isPercent && SHARE_OF_PEOPLE_AFTER.test(text.slice(end, Math.min(sentence.end, end + 40)))) ||
    CHANGED_TO_BEFORE.test(text.slice(sentence.start, raw.start)) ||
    ESTIMATE_BEFORE.test(clauseHead) ||
    ODDS_AFTER.test(text.slice(end, end + 64)) ||
    DISPLAYED_BEFORE.test(clauseHead) ||
    isReportedClaim(head) ||
    CLAIM_HEADING_BEFORE.test(text.slice(Math.max(0, sentence.start - 80), sentence.start)) ||
    SHOWN_INSTEAD_AFTER.test(text.slice(end, Math.min(sentence.end, end + 24))) ||
    isReportedError(text, sentence, start) ||
    TRUE_OR_FALSE_NEXT.test(text.slice(sentence.end, sentence.end + 24)) ||
    RATED_FALSE_NEXT.test(text.slice(sentence.end, sentence.end + 160)) ||
    TRUE_OR_FALSE_BEFORE.test(head) ||
    isAsked;
  const ownerId = owner.entities.at(-1) as EntityId;
  const attribution = statesNoValue
    ? null
    : attributeClaim({
        text,
        figure,
        start,
        end,
        sentence,
        entities: new Set(ours.flatMap((o) => o.entities ?? [])),
        owner: ownerId,
        isHeldByOther: () =>
          isHeldByOther(text, sentence, start, organisations, ownerId, isOwnerPastAside),
        pageYear,
      });
  const claim = attribution?.claim.id ?? null;
  const mention: FigureMention = { kind: 'figure', start, end, text: mentionText, claim, figure };
  return { mention, sentenceStart: sentence.start, attribution };
}

/**
 * A stat card's figure, read as the field "label: value" under its grid's heading would be,
 * on a text of those alone: the card's label stands below its value, and the rules that read
 * a field's label read it before the value.
 */
function cardFigure(
  text: string,
  raw: ParsedFigure,
  card: StatCard,
  namesScaleAi: boolean,
  pageYear: number | null,
): FoundFigure | null {
  const prefix = `${card.heading ? `${card.heading.text}\n` : ''}${card.label.text}: `;
  const field = prefix + text.slice(card.value.start, card.value.end);
  // Where a character of the field stands in the text, from its value on.
  const shift = card.value.start - prefix.length;
  const scan = scanTriggers(field, namesScaleAi);
  const figure = scan.figures.find((f) => f.start === raw.start - shift);
  if (!figure) return null;
  const organisations = organisationsOfSentences(field, scan.entities, namesScaleAi);
  const found = figureMention(field, figure, organisations, scan.entities, {
    namesScaleAi,
    pageYear,
  });
  if (!found) return null;
  const start = Math.max(found.mention.start + shift, card.value.start);
  const end = found.mention.end + shift;
  const mention = { ...found.mention, start, end, text: text.slice(start, end) };
  return { mention, sentenceStart: card.value.start, attribution: found.attribution };
}

// An answer opening with its figure ("$14.3 billion.", "A: In 2016, by …", "Over 9,000
// contractors …"), and a question asking what it states: how much, how many, what, when.
// Not "A)" or "B." (a quiz's options), nor a question of what might be ("What would Meta pay if
// it bought all of Scale AI? $29 billion"), of a part ("… cost per percentage point?") or of
// another time or thing ("What was Scale AI worth before the Meta deal?").
const ANSWER_OPENS = new RegExp(
  String.raw`^[\s"\u201c]*(?:(?:A|Answer)[ \u00a0]*:[ \u00a0]*)?(?:in[ \u00a0]+)?${QUALIFIED}$`,
  'i',
);
const ASKS_WHAT =
  /^[\s"\u201c]*(?:(?:Q|Q&A|FAQ|Question)[ \u00a0]*:[ \u00a0]*)?(?:(?:so|and)[ \u00a0,]+)?(?:how[ \u00a0]+(?:much|many|big|large)|what|when|which|in[ \u00a0]+what[ \u00a0]+year)\b(?![^?]*\b(?:would|could|might|if|suppose|per|each|before|after|than|instead|else|other)\b)[^?]*\?[\s"\u201d]*$/i;

// A line that opens with a figure, maybe after an option's letter: the next of a quiz's
// options ("How much did Meta pay?" / "$10 billion" / "$14.3 billion").
const OPTION_LINE = /^[ \u00a0]*\n\s*(?:[A-Da-d][).:][ \u00a0]*)?(?:US)?[$\u20ac\u00a3]?\d/;
// Or the next figure right after it, on the same line ("25% 49% 51% 100%", "A: $1 billion B:
// $10 billion").
const NEXT_OPTION =
  /^[ \u00a0,/|]*(?:or[ \u00a0]+)?(?:[A-Da-d][).:][ \u00a0]*)?(?:US)?[$\u20ac\u00a3]?\d/;

function isFirstOption(text: string, sentenceEnd: number): boolean {
  return OPTION_LINE.test(text.slice(sentenceEnd, sentenceEnd + 16));
}

/**
 * Where the question starts that the figure at `start` answers, when its sentence opens with it
 * and states nothing of its own (no "?") right after that question: "How much did Meta invest?
 * $14.3 billion." The answer is read with the question, which says whose figure it is and what
 * of. Null for any other figure.
 */
function questionAnswered(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): number | null {
  if (!ANSWER_OPENS.test(text.slice(sentence.start, start))) return null;
  const after = text.slice(end, sentence.end);
  if (after.includes('?') || NEXT_OPTION.test(after) || isFirstOption(text, sentence.end)) {
    return null;
  }
  let mark = sentence.start - 1;
  while (mark >= 0 && /\s/.test(text[mark])) mark--;
  if (text[mark] !== '?') return null;
  const question = sentenceAround(text, mark, mark).start;
  return ASKS_WHAT.test(text.slice(question, sentence.start)) ? question : null;
}

const PERSON = /^(?:he|she)$/i;
// A company's leader or founder named right after it ("Scale AI's chief executive, …").
const PERSON_OF_COMPANY =
  /^['\u2019]s[ \u00a0]+(?:chief[ \u00a0]+executive|CEO|(?:co-?)?founders?|chair(?:man|woman)?|president|executives?|chief[ \u00a0]+[a-z]+[ \u00a0]+officer)\b/i;

// A name is capitalised and has a small letter ("EssilorLuxottica", "PlayAI"; not "AI").
const NAME = String.raw`([A-Z](?=[\w.]*[a-z])[\w.]*[\w])`;
// Someone of a company named right before the figure's clause, who owns the figure instead:
// "Scale AI rival Turing had …", "Scale AI employees own 20%", "Scale AI's Outlier, founded".
const SOMEONE_OF_COMPANY = new RegExp(
  String.raw`^(?:['\u2019]s)?[ \u00a0]+(?:(?:(?<=['\u2019]s[ \u00a0]+)[a-z]+[ \u00a0]+)?(?:rivals?|competitors?|peers?|partners?|customers?|clients?|suppliers?|subsidiar(?:y|ies)|units?|employees|staff|workers|investors?|backers?|shareholders?|co-?founders?|founders|board|former|pension|fund|venture[ \u00a0]+arm|arm|lab)\b|(?<=['\u2019]s[ \u00a0]+)(?!Series\b)${NAME})`,
);

// Words that open a clause without naming whose figure it is ("In June, …", "Analysts say …").
const NOT_HOLDERS = new Set(
  (
    'The A An In On At After Before Last This That These Those It Its Their Our We I You They ' +
    'He She According With As For By Since Earlier Later Now Today Yesterday Under Some About ' +
    'Nearly Roughly Over More Up Just Almost Around Analysts Sources Reports People When While ' +
    'If What How Why So But And Also Then Still Meanwhile However Here There Both Each All Only ' +
    'Even Such Overall Together Combined Meta Scale Facebook Buying Paying ' +
    "Investing Taking Half We We're We\u2019re We've"
  ).split(' '),
);
// A name opening the figure's clause, before a verb: "Wang owns 15% of Scale AI".
const CLAUSE_OPENS_WITH_NAME =
  /^[\s"\u201c(]*([A-Z][\w.&'\u2019-]*)(?:[ \u00a0]+[A-Z][\w.&'\u2019-]*){0,2}(?:[ \u00a0]+[a-z]|[ \u00a0]*$)/;
// People opening the figure's clause: "employees hold 20% of Scale AI".
const PEOPLE_OPEN =
  /^\W*(?:(?:the|its|other|existing|current|former|early)[ \u00a0]+)*(?:employees|staff|founders?|investors?|shareholders?|backers?|workers|executives|insiders|holders|VCs?)\b/i;
// One who only reports the figure ("Wang said the $14.3 billion …", "Wedbush analyst Dan Ives
// called …").
const REPORTS =
  /^[^,;]*?\b(?:said|says|told|tells|added|noted|called|calls|wrote|writes|estimated|estimates|reported|reports|argued|argues|believes|thinks|expects|analysts?)\b/;
// Scale AI giving, buying or holding: "Scale AI invested $50 million in …", "has a 10% stake".
const GIVES_OR_HOLDS =
  /^(?:['\u2019]s)?[ \u00a0]+(?:(?:will|would|has|had|have|also|now|then|later|reportedly|itself|(?:is|was)(?=[ \u00a0]+\w+ing\b)|plans?[ \u00a0]+to|planned[ \u00a0]+to)[ \u00a0]+)*(?:invest(?:s|ed|ing)?|own(?:s|ed)?|holds?|held|ha[sd]|pa(?:id|ys?|ying)|spen[dt]\w*|bought|buy(?:s|ing)?|took|takes?|taking|acquir\w+|distribut\w+|committ\w+|put|pour\w*|return\w*)\b/;

/**
 * For a claim of two companies (Meta's money or share in Scale AI): whether the figure's clause
 * says it is someone else's, named at its start ("Wang owns 15% of Scale AI, Meta said",
 * "Fidelity invested $100 million in Scale AI alongside Meta") or Scale AI's own ("Scale AI
 * invested $50 million in …", "Scale AI paid Meta $20 million").
 */
function isHeldByOther(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  organisations: Organisation[],
  owner: EntityId,
  isOwnerPastAside: boolean,
): boolean {
  const from = clauseStart(text, sentence.start, start);
  const first = organisations.find((o) => o.start >= from && o.end <= start);
  const clause = text.slice(from, start);
  // "Wang, who owns 14% of Scale AI, joined Meta": a person's share; "employees hold 20%".
  if (/^[ \u00a0]*who\b/i.test(clause) || PEOPLE_OPEN.test(clause)) return true;
  // "Scale AI, flush with Meta cash, invested $500 million in …": the owner's own money.
  if (!first && isOwnerPastAside && owner === 'scale-ai') {
    if (GIVES_OR_HOLDS.test(` ${clause.trimStart()}`)) return true;
  }
  if (!first) {
    const name = CLAUSE_OPENS_WITH_NAME.exec(clause)?.[1];
    return name !== undefined && !NOT_HOLDERS.has(name) && !REPORTS.test(clause);
  }
  // Another company opening the clause pays or holds, unless Meta stands after it: "; Google
  // alone had planned to pay Scale about $200 million this year" (not "Facebook owner Meta is
  // investing …", "Google's $2.4 billion deal looks modest next to Meta's $14.3 billion bet").
  if (
    first.entities === null &&
    /^[\W]*$/.test(text.slice(from, first.start)) &&
    !organisations.some(
      (o) => o.start >= first.end && o.end <= start && o.entities?.includes('meta'),
    )
  ) {
    return true;
  }
  return (
    first.entities?.length === 1 &&
    first.entities[0] === 'scale-ai' &&
    GIVES_OR_HOLDS.test(text.slice(first.end, start))
  );
}

// An aside set off by commas right after a company ("Microsoft, like Meta, will spend …",
// "Surge AI, a Scale AI rival, has …"): the company in it is not the one the figure is of.
const ASIDE_OPENS = /^[ \u00a0]*,[^,;:()]*$/;
const ASIDE_CLOSES = /^[^,;:()]*,[^;:()]*$/;
const ASIDE_OPENS_SMALL = /^[ \u00a0]*,[ \u00a0]*[a-z]/;
// A company named as the object of a phrase before the figure is not its owner: "led by
// Accel", "backed by Nvidia", "including Google", "along with Microsoft".
const OBJECT_BEFORE =
  /(?:\b(?:led|backed|funded|joined|owned|founded|run)[ \u00a0]+by|\b(?:including|such[ \u00a0]+as|like|unlike|alongside|with|versus|vs\.?))[ \u00a0]+$/i;

// What a company named after "with" is, set off by a comma up to the figure: "should not be
// confused with Scale Computing, the Indianapolis infrastructure firm founded in 2007".
const APPOSITION_TO_FIGURE = /^[ \u00a0]*,[ \u00a0]+(?:a|an|the)[ \u00a0]+[^,;()]*$/i;

/** Whether `o` stands in a parenthesis of its sentence that closes before `start`. */
function isInClosedParenthesis(
  text: string,
  o: { start: number; end: number },
  sentenceStart: number,
  start: number,
): boolean {
  const before = text.slice(sentenceStart, o.start);
  const open = before.lastIndexOf('(');
  const close = text.slice(o.end, start).indexOf(')');
  return open >= 0 && before.lastIndexOf(')') < open && close >= 0;
}

/** Whether every comma in `aside` (at `from` in the text) after its first starts a company. */
function listsOnly(aside: string, from: number, organisations: Organisation[]): boolean {
  const opening = aside.indexOf(',');
  for (let c = aside.indexOf(',', opening + 1); c >= 0; c = aside.indexOf(',', c + 1)) {
    const rest = aside.slice(c + 1);
    const at = from + c + 1 + (rest.length - rest.trimStart().length);
    if (!organisations.some((o) => o.start === at)) return false;
  }
  return true;
}

/** The company the figure is of, among those named before it: the nearest outside an aside. */
function ownerBefore(
  text: string,
  before: Organisation[],
  start: number,
): Organisation | undefined {
  const nearest = before.at(-1);
  const previous = before.at(-2);
  if (!nearest) return undefined;
  const isInAside =
    previous !== undefined &&
    ASIDE_OPENS.test(text.slice(previous.end, nearest.start)) &&
    ASIDE_CLOSES.test(text.slice(nearest.end, start));
  if (isInAside) return previous;
  // An aside naming several companies ("Meta, the parent of Facebook, Instagram and WhatsApp,
  // invested …"): it closes at the last comma before the figure and opens at a comma and a
  // small word right after an earlier company.
  const tail = text.slice(nearest.end, start);
  const close = tail.lastIndexOf(',');
  if (close < 0 || /[;:()]/.test(tail)) return nearest;
  const closeAt = nearest.end + close;
  for (let i = before.length - 2; i >= 0; i--) {
    const o = before[i];
    const aside = text.slice(o.end, closeAt);
    if (/[;:()]/.test(aside)) break;
    // Commas inside it only list companies ("Facebook, Instagram and WhatsApp"); "Meta,
    // founded in 2004, invested in Scale AI, founded in 2016" holds a clause of its own.
    if (ASIDE_OPENS_SMALL.test(text.slice(o.end, o.end + 8)) && listsOnly(aside, o.end, before)) {
      return o;
    }
  }
  return nearest;
}

const RELATIVE_START = /^[ \u00a0]*(?:which|who)\b/i;
const COMMA_ONLY = /^[ \u00a0]*,$/;

/** The company a relative clause holding the figure hangs on ("Google, which …"), if any. */
function companyOfRelativeClause(
  text: string,
  sentenceStart: number,
  start: number,
  organisations: Organisation[],
): Organisation | undefined {
  const from = clauseStart(text, sentenceStart, start);
  if (!RELATIVE_START.test(text.slice(from, start))) return undefined;
  return organisations.find((o) => o.end < from && COMMA_ONLY.test(text.slice(o.end, from)));
}

// A capitalised name right after a figure and a preposition ("paid for Manus", "put into
// Mistral"): whoever it is, the money goes there. Ours, months, days and "Series F" are not
// such names; neither are all-capital words ("in AI", "in US").
// The words before the name are FOREIGN_TARGET's, so the two cannot drift apart.
const OTHER_NAME_AFTER = new RegExp(`${FOREIGN_TARGET.source.slice(0, -1)}${NAME}\\b`);
// A name right after the figure, before what it names ("the $500 billion Stargate project").
const NAME_RIGHT_AFTER = new RegExp(`^[ \\u00a0]+${NAME}[ \\u00a0]+[a-z]`);
// A name bought or paid for, right before "for" and the figure ("acquired PlayAI for").
const NAME_THEN_FOR = new RegExp(`\\b${NAME}[ \\u00a0]+for[ \\u00a0]+$`);
// A name with the sum in parentheses after it: "Manus (~$2B)".
const NAME_THEN_PAREN = new RegExp(`\\b${NAME}[ \\u00a0]*\\([ \\u00a0]*~?$`);
// A name paid or given the money ("paid Wang $100 million").
const PAID_NAME = new RegExp(
  `\\b(?:pa(?:id|ys|ying|y)|gave|gives|giving|give|offered|offers|offering|offer)[ \\u00a0]+${NAME}(?:[ \\u00a0]+[A-Z][\\w.]*)?[ \\u00a0]+$`,
);
const NOT_OTHER_NAMES = new Set(
  (
    'Meta Scale ScaleAI Facebook Series January February March April May June July August September ' +
    'October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday ' +
    'Tuesday Wednesday Thursday Friday Saturday Sunday Zuckerberg Mark'
  ).split(' '),
);

/** A founding year: "founded in 2016 and backed by Accel" gives it to no one else. */
function isYear(figure: ParsedFigure['figure']): boolean {
  return 'unit' in figure && figure.unit === 'year';
}

/** Money or shares: what is paid, put into or bought of someone ("founded in 2016 by Wang" is not). */
function isMoney(figure: ParsedFigure['figure']): boolean {
  return 'unit' in figure && (figure.unit === 'usd' || figure.unit === 'percent');
}

// "in San Francisco-based Scale AI", "the Menlo Park company Meta": a place before our name.
const OURS_SOON_AFTER =
  /^(?:[ \u00a0-]+[A-Z][\w.]*)*(?:-based)?(?:[ \u00a0]+(?:AI[ \u00a0]+)?(?:startup|company|firm|unicorn))?[ \u00a0]+(?:Scale|Meta)\b/;

function otherNameAfter(after: string): RegExpExecArray | null {
  const m = OTHER_NAME_AFTER.exec(after);
  return m && !OURS_SOON_AFTER.test(after.slice(m.index + m[0].length)) ? m : null;
}

function isOtherNameBesides(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): boolean {
  const after = text.slice(end, Math.min(sentence.end, end + 48));
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  const names = [
    otherNameAfter(after),
    NAME_RIGHT_AFTER.exec(after),
    NAME_THEN_FOR.exec(before),
    PAID_NAME.exec(before),
    NAME_THEN_PAREN.exec(before),
  ]
    .filter((m) => m !== null)
    .map((m) => m[1])
    .filter((name) => !NOT_OTHER_NAMES.has(name));
  return names.length > 0 && !isTitleCase(text.slice(sentence.start, sentence.end));
}

// A headline capitalises its words ("Meta's $14B Investment in Scale AI"): no word is a name.
const LONG_WORD = /\b[A-Za-z]{4,}\b/g;
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(LONG_WORD) ?? [];
  return words.filter((w) => w[0] <= 'Z').length * 3 >= words.length * 2;
}

/** Every company the sentence names or refers back to, ours and others', in order. */
function organisationsIn(
  text: string,
  sentence: { start: number; end: number },
  entities: EntityMatch[],
  paragraphs: number[],
  namesScaleAi: boolean,
): Organisation[] {
  const own = entitiesBetween(entities, sentence.start, sentence.end);
  const references = resolveReferences(
    text,
    sentence.start,
    sentence.end,
    entities,
    paragraphStartOf(paragraphs, sentence.start),
    namesScaleAi,
  );
  // Another company's name only matters next to ours; most sentences name neither.
  if (own.length === 0 && references.length === 0) return [];
  const isInsideOwn = (o: { start: number; end: number }) =>
    own.some((e) => o.start >= e.start && o.end <= e.end);
  const others = findOtherOrganisations(text, sentence.start, sentence.end).filter(
    (o) => !isInsideOwn(o),
  );
  return [
    ...own.map((e) => ({ start: e.start, end: e.end, entities: [e.entity] })),
    ...references.map((r) => ({ ...r, entities: r.entities.length > 0 ? r.entities : null })),
    ...others.map((o) => ({ ...o, entities: null })),
  ].sort((a, b) => a.start - b.start);
}
