import type { Annotator } from '@/lib/dom/annotator';
import type { ContentRequest } from '@/lib/content-requests';
import type {
  GetPageStateResponse,
  MoveToMentionResponse,
  PageState,
  ScrollToMentionResponse,
} from '@/lib/messages';
import type { SliceTotals } from '@/lib/dom/schedule';
import type { MarkStyle } from '@/lib/settings';

/**
 * The page state when nothing is marked: the site is switched off, marking is starting, or
 * the page names no company and waits for text that might (`dormant`). `totals` is the
 * script's time on the page so far.
 */
export function emptyPageState(
  markStyle: MarkStyle,
  siteEnabled: boolean,
  totals: SliceTotals,
  dormant = false,
): PageState {
  return {
    url: location.href,
    title: document.title,
    siteEnabled,
    markStyle,
    ready: !siteEnabled || dormant,
    mentions: [],
    highlights: {},
    card: null,
    stats: {
      ...totals,
      idleWaitMs: 0,
      markingFromMs: null,
      reportMs: 0,
      skipped: !siteEnabled || dormant,
      matchedIn: null,
    },
  };
}

/** Answers one validated request; failures come back as data. */
export function answerRequest(
  request: ContentRequest,
  annotator: Annotator | null,
  state: () => PageState,
): GetPageStateResponse | MoveToMentionResponse | ScrollToMentionResponse {
  switch (request.type) {
    case 'get-page-state':
      return { ok: true, state: state() };
    case 'move-to-mention':
      return { ok: true, mentionId: annotator?.moveTo(request.direction) ?? null };
    case 'scroll-to-mention':
      return { ok: true, found: annotator?.scrollTo(request.mentionId) ?? false };
  }
}
