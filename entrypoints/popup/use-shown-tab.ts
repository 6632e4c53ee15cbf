import { useEffect, useRef, useState } from 'react';
import { tabIdFromSearch } from '@/lib/popup-address';

/** The tab a popup or side panel shows, and a count that grows each time that tab reloads. */
export type ShownTab = { tabId: number | null; reloads: number };

async function activeTab(): Promise<{ tabId: number | null; windowId: number | null }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, windowId: tab?.windowId ?? null };
}

/**
 * The tab to show. The popup shows `?tabId=N` when given, else the active tab. With
 * `follow` (the side panel) it follows the active tab of its own window and counts the
 * shown tab's finished loads, so the panel re-reads a page after navigation. Needs no
 * permission: `tabs` events carry ids and `status` without the "tabs" permission.
 */
export function useShownTab(follow: boolean): ShownTab {
  const [shown, setShown] = useState<ShownTab>({ tabId: null, reloads: 0 });
  const shownId = useRef<number | null>(null);
  useEffect(() => {
    let stopped = false;
    let windowId: number | null = null;
    const show = (tabId: number | null) => {
      shownId.current = tabId;
      setShown((previous) => ({ tabId, reloads: previous.reloads }));
    };
    const fromAddress = follow ? null : tabIdFromSearch(location.search);
    if (fromAddress !== null) show(fromAddress);
    else {
      void activeTab().then((active) => {
        if (stopped) return;
        windowId = active.windowId;
        show(active.tabId);
      });
    }
    if (!follow) {
      return () => {
        stopped = true;
      };
    }
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === null || info.windowId === windowId) show(info.tabId);
    };
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId !== shownId.current || change.status !== 'complete') return;
      setShown((previous) => ({ tabId, reloads: previous.reloads + 1 }));
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      stopped = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [follow]);
  return shown;
}
