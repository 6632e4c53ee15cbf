import { z } from 'zod';
import { emptyPageState } from './answer-request';
import type { ContentRequest } from './content-requests';
import { DORMANT_PAGE_KEY, describeDormantPage } from './dom/dormant-page';
import { getPageStateResponseSchema, sliceTotalsShape, type PageState } from './messages';
import { isSiteEnabled, parsePageSettings } from './settings';

/** A description left by the content script of a page it has not marked (lib/dom/dormant-page.ts). */
export const dormantPageSchema = z.object({
  url: z.string(),
  title: z.string(),
  dormant: z.boolean(),
  totals: z.object(sliceTotalsShape()),
  settings: z.unknown(),
});

/**
 * The page state of an unmarked page, from what its content script left (any value: it
 * crossed from the page's world); null when it is not such a description.
 */
export function dormantPageState(description: unknown): PageState | null {
  const parsed = dormantPageSchema.safeParse(description);
  if (!parsed.success) return null;
  const { url, title, dormant, totals, settings } = parsed.data;
  const page = parsePageSettings(settings);
  const enabled = isSiteEnabled(page, url);
  return emptyPageState(page.markStyle, enabled, totals, dormant, { url, title });
}

/** The page state in a reply to get-page-state, validated; null when it holds none. */
export function answeredPageState(reply: unknown): PageState | null {
  const parsed = getPageStateResponseSchema.safeParse(reply);
  return parsed.success && parsed.data.ok ? parsed.data.state : null;
}

/** The parts of the browser's API that ask a tab for its page state. */
export type PageStateAsker = {
  tabs: { sendMessage(tabId: number, message: ContentRequest): Promise<unknown> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      func: typeof describeDormantPage;
      args: [typeof DORMANT_PAGE_KEY];
    }): Promise<{ result?: unknown }[]>;
  };
};

/**
 * The page state of a tab's top frame: its marker's answer to get-page-state or, when no
 * script answers (the page is not marked), what its content script left; null when neither
 * (a browser page, an extension store, a page opened before the extension was installed).
 */
export async function askPageState(api: PageStateAsker, tabId: number): Promise<PageState | null> {
  const request: ContentRequest = { type: 'get-page-state' };
  const answered = answeredPageState(
    await api.tabs.sendMessage(tabId, request).catch(() => undefined),
  );
  if (answered) return answered;
  const results = await api.scripting
    .executeScript({
      target: { tabId },
      func: describeDormantPage,
      args: [DORMANT_PAGE_KEY],
    })
    .catch(() => []);
  return dormantPageState(results[0]?.result);
}
