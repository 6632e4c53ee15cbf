import type { Annotator } from './dom/annotator';
import { contentRequestSchema, type ContentRequest } from './content-requests';
import type {
  GetPageStateResponse,
  MoveToMentionResponse,
  PageState,
  ScrollToMentionResponse,
} from './messages';
import type { SliceTotals } from './dom/schedule';
import type { MarkStyle } from './settings';

/**
 * The page state when nothing is marked: the site is switched off, marking is starting, or
 * the page names no company and waits for text that might (`dormant`). `totals` is the
 * script's time on the page so far; `page` is this document unless given.
 */
export function emptyPageState(
  markStyle: MarkStyle,
  siteEnabled: boolean,
  totals: SliceTotals,
  dormant = false,
  page: { url: string; title: string } = { url: location.href, title: document.title },
): PageState {
  return {
    url: page.url,
    title: page.title,
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

/**
 * The request in a message the content script received, validated: null for a message from
 * anyone but this extension (`ownId`), which is ignored, and for one it cannot read, which is
 * answered with an error.
 */
export function acceptRequest(
  message: unknown,
  sender: { id?: string },
  ownId: string,
  sendResponse: (response: unknown) => void,
): ContentRequest | null {
  if (sender.id !== ownId) return null;
  const request = contentRequestSchema.safeParse(message);
  if (!request.success) {
    sendResponse({ ok: false, error: 'unknown message' });
    return null;
  }
  return request.data;
}

/** A `runtime.onMessage` listener: true when it answers later. */
export type RequestListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (response: unknown) => void,
) => true | undefined;

/**
 * A listener that hands `handle` each request {@link acceptRequest} accepts; `handle` returns
 * true when it answers later.
 */
export function contentRequestListener(
  ownId: string,
  handle: (request: ContentRequest, sendResponse: (response: unknown) => void) => true | void,
): RequestListener {
  return (message, sender, sendResponse) => {
    const request = acceptRequest(message, sender, ownId, sendResponse);
    return request && handle(request, sendResponse) === true ? true : undefined;
  };
}
