import type { Worker } from 'playwright-core';
import { DORMANT_PAGE_KEY } from '../dom/dormant-page';
import { answeredPageState, dormantPageState } from '../dormant-page-state';
import type { PageState } from '../messages';

/**
 * A tab whose page runs Sourcemark, as the service worker finds it: the marker's answer to
 * get-page-state, or, on a page that is not marked, the description its content script left
 * (lib/dom/dormant-page.ts). Either is unvalidated.
 */
export type TabPage = { tabId: number; reply: unknown } | { tabId: number; description: unknown };

type Chrome = {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      func: (key: string) => unknown;
      args: [string];
    }): Promise<{ result?: unknown }[]>;
  };
};

/**
 * Every tab whose page runs Sourcemark, asked from the extension's service worker `sw` (as the
 * popup asks, lib/dormant-page-state.ts): tabs with no content script (about:blank, a closed
 * page) are left out.
 */
export function tabPages(sw: Worker): Promise<TabPage[]> {
  return sw.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const found: TabPage[] = [];
    for (const { id: tabId } of await chrome.tabs.query({})) {
      if (tabId === undefined) continue;
      try {
        found.push({
          tabId,
          reply: await chrome.tabs.sendMessage(tabId, { type: 'get-page-state' }),
        });
        continue;
      } catch {
        // No script answers: the page is not marked, or runs no content script.
      }
      const injection = { target: { tabId }, args: [key] } as Parameters<
        Chrome['scripting']['executeScript']
      >[0];
      // describeDormantPage written out: Playwright sends this whole function as source. Set
      // by assignment, which names no function (tsx would wrap a named one in its __name,
      // which neither the worker nor the page defines).
      injection.func = (key: string) => {
        const describe = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)];
        return typeof describe === 'function' ? (describe as () => Promise<unknown>)() : null;
      };
      const [result] = await chrome.scripting.executeScript(injection).catch(() => []);
      if (result?.result != null) found.push({ tabId, description: result.result });
    }
    return found;
  }, DORMANT_PAGE_KEY);
}

/** The page state a {@link TabPage} tells, validated; null when it is not one. */
export function tabPageState(page: TabPage): PageState | null {
  return 'description' in page ? dormantPageState(page.description) : answeredPageState(page.reply);
}
