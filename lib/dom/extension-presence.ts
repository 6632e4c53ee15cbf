/**
 * Whether the extension that loaded this page's scripts still runs them. When it is reloaded,
 * updated, switched off or removed, Chromium and Firefox leave its scripts running in the
 * pages already open (their observers and listeners keep firing), but its API no longer knows
 * its id. Sourcemark's scripts then stop themselves and take their marks away, so a user who
 * switched it off sees pages as they are.
 */

/** The part of the extension API that says whether the extension is still there. */
export type ExtensionRuntime = { runtime?: { id?: string } };

/** True once the extension behind `api` is gone (reloaded, updated, switched off or removed). */
export function isExtensionGone(api: ExtensionRuntime): boolean {
  return api.runtime?.id === undefined;
}

/**
 * What makes the check run by itself: the page shown again (the user comes back from
 * switching the extension off in another tab), the pointer moving over the page or focus
 * moving in it (the user switched it off from the toolbar, over this very page, and reaches
 * for a mark: captured on the document, the check runs before the marks' own handlers, so no
 * card opens). Each costs one property read.
 */
const USER_RETURNS = ['visibilitychange', 'pointermove', 'focusin'] as const;

/**
 * Calls `end` once the extension is found gone, and returns the check that finds it: the
 * caller runs it before any work the extension asked for (a change to mark, a report to
 * send), and it runs by itself when the user comes back to the page (see USER_RETURNS). The
 * check returns true once `lifetime` has ended, for this reason or another. Nothing is
 * polled: a page nobody looks at or changes costs nothing.
 */
export function watchForRemoval(
  doc: Document,
  api: ExtensionRuntime,
  end: () => void,
  lifetime: AbortSignal,
): () => boolean {
  const endIfGone = () => {
    if (!lifetime.aborted && isExtensionGone(api)) end();
    return lifetime.aborted;
  };
  const onReturn = () => {
    if (doc.visibilityState === 'visible') endIfGone();
  };
  // Captured before the page's own handlers can stop them, and never delaying its scrolling.
  const options = { capture: true, passive: true };
  if (!lifetime.aborted) {
    for (const type of USER_RETURNS) doc.addEventListener(type, onReturn, options);
    const stop = () => {
      for (const type of USER_RETURNS) doc.removeEventListener(type, onReturn, options);
    };
    lifetime.addEventListener('abort', stop, { once: true });
  }
  return endIfGone;
}
