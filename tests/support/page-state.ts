import { findMentions } from '../../lib/find-mentions';
import { formatFigure } from '../../lib/format-figure';
import { indexStatements, judgeFigure } from '../../lib/judge-mention';
import type { PageMention, PageState } from '../../lib/messages';
import { referenceDataset } from '../../lib/reference-dataset';

/**
 * A page state as the content script reports it for a page of `text`: the real matcher and
 * judge run on the text, mentions numbered m1, m2… (as lib/dom/mark-records `toPageMention`
 * reports them).
 */
export function pageStateOf(text: string, overrides: Partial<PageState> = {}): PageState {
  const index = indexStatements(referenceDataset());
  const mentions = findMentions(text).map((mention, i): PageMention => {
    const id = `m${i + 1}`;
    if (mention.kind === 'entity') {
      return {
        id,
        kind: 'entity',
        text: mention.text,
        entity: mention.entity,
        agree: [],
        disagree: [],
      };
    }
    const judgement = judgeFigure(mention.claim, mention.figure, index);
    return {
      id,
      kind: 'figure',
      text: mention.text,
      ...(mention.claim ? { claim: mention.claim } : {}),
      ...(mention.figure ? { value: formatFigure(mention.figure), figure: mention.figure } : {}),
      verdict: judgement.verdict,
      agree: judgement.agree,
      disagree: judgement.disagree,
    };
  });
  return {
    url: 'https://news.example/story',
    title: 'Meta bets on Scale AI',
    siteEnabled: true,
    markStyle: 'paint',
    ready: true,
    mentions,
    highlights: {},
    card: null,
    stats: {
      scriptMs: 1,
      idleWaitMs: 0,
      markingFromMs: null,
      reportMs: 0,
      longestSliceMs: 1,
      slices: 1,
      phaseMs: { read: 1, match: 1, draw: 1 },
      skipped: false,
      matchedIn: 'background',
    },
    ...overrides,
  };
}

/** A page with the investment, the stake, 2025 revenue and an unreferenced loss. */
export const STORY =
  'Meta agreed to invest $14.3 billion in Scale AI for a 49% stake. ' +
  'Scale AI expects 2025 revenue of $2 billion. Scale AI reported a loss of $5 million.';

/** The seed ids, by their short number. */
export const SOURCE = {
  '000': '000_19b8850ff99f1f10',
  '001': '001_b2b999f39626c3af',
  '002': '002_e889baadfc38e533',
  '003': '003_d369bcd6a49f9c65',
} as const;
