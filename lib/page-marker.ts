import type { LoadPageMarkerResponse } from './content-requests';

/**
 * The script that marks a page: the reader, the matcher's client, the marks and the card.
 * Built from entrypoints/page-marker; not in the manifest, so a page that never names a
 * company never compiles it.
 */
export const PAGE_MARKER_FILE = '/page-marker.js' as const;

/** What the background knows of a message's sender (a subset of runtime.MessageSender). */
export type MarkerSender = { tab?: { id?: number }; frameId?: number };

/** The part of `browser.scripting` that loads the marker. */
export type ScriptRunner = {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    files: (typeof PAGE_MARKER_FILE)[];
    injectImmediately: boolean;
  }): Promise<unknown>;
};

/**
 * Loads the page marker into the frame whose content script asked, in that script's world
 * (where the pre-check left it what it needs). Failures come back as data: the content script
 * then keeps waiting for a change to try again.
 */
export async function loadPageMarker(
  scripting: ScriptRunner,
  sender: MarkerSender,
): Promise<LoadPageMarkerResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'The request did not come from a tab.' };
  try {
    await scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [PAGE_MARKER_FILE],
      // At once, not at the page's next idle moment: the page already finished loading.
      injectImmediately: true,
    });
    return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Could not load the page marker: ${reason}` };
  }
}
