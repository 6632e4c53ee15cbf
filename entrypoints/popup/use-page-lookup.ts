import { useEffect, useState } from 'react';
import { askPageState } from '@/lib/dormant-page-state';
import { isAwaitingPage, isSameLookup, type PageLookup } from '@/lib/popup-status';
import type { Settings } from '@/lib/settings';

// While a page is still marking, ask again soon; once it is ready, now and then, since pages
// add text later (infinite scroll, a route change) and the side panel stays open.
const AWAITING_MS = 400;
const FOLLOWING_MS = 2000;
const TAB_LOADING_MS = 500;

async function askPage(tabId: number): Promise<PageLookup> {
  const state = await askPageState(browser, tabId);
  if (state) return { kind: 'found', state };
  // No receiver yet while the tab loads (the content script runs at document_idle).
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.status === 'loading' ? { kind: 'pending' } : { kind: 'unreachable' };
}

function delayAfter(lookup: PageLookup, settings: Settings | null): number | null {
  if (lookup.kind === 'pending') return TAB_LOADING_MS;
  if (lookup.kind === 'unreachable') return null;
  return isAwaitingPage(lookup, settings) ? AWAITING_MS : FOLLOWING_MS;
}

/**
 * Asks the page in `tabId` for its state (lib/dormant-page-state.ts) and keeps asking while
 * the view is open (see the delays above). Asks again at once when `reloads` or `settings` change.
 * Returns `pending` until the tab first answers.
 */
export function usePageLookup(
  tabId: number | null,
  reloads: number,
  settings: Settings | null,
): PageLookup {
  const [result, setResult] = useState<{ tabId: number; lookup: PageLookup } | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const lookup = await askPage(tabId);
      if (stopped) return;
      setResult((previous) =>
        previous?.tabId === tabId && isSameLookup(previous.lookup, lookup)
          ? previous
          : { tabId, lookup },
      );
      const delay = delayAfter(lookup, settings);
      if (delay !== null) timer = setTimeout(() => void poll(), delay);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, reloads, settings]);
  return result && result.tabId === tabId ? result.lookup : { kind: 'pending' };
}
