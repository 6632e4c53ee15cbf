import type { ContentScriptContext } from '#imports';
import { mayMentionIn, untilPossibleMention } from '@/lib/dom/possible-mention';
import { createSliceClock, yieldToBrowser } from '@/lib/dom/schedule';
import { leaveHandoff, takeHandoff } from '@/lib/dom/marker-handoff';
import { loadPageMarkerResponseSchema, type LoadPageMarker } from '@/lib/content-requests';
import { parsePageSettings, isSiteEnabled, SETTINGS_KEY } from '@/lib/settings';
import { answerRequest, contentRequestListener, emptyPageState } from '@/lib/answer-request';

/**
 * The script every http(s) page runs: the pre-check alone. A page whose text names neither
 * company costs one test of its text and a watch for text that might (an infinite scroll, a
 * route change); only when it may name one does the background load the page marker
 * (entrypoints/page-marker), which reads, matches and marks. Until then this script answers
 * the extension's messages: nothing is marked. Runs once per page (a marker on the document
 * element guards against a second copy) and stops when the extension is reloaded or removed.
 */
export async function startSourcemark(ctx: ContentScriptContext): Promise<void> {
  const root = document.documentElement;
  if (root.dataset.sourcemark) return;
  root.dataset.sourcemark = 'loading';
  const lifetime = new AbortController();
  ctx.onInvalidated(() => {
    lifetime.abort();
    delete root.dataset.sourcemark;
  });
  // The script's main-thread time on this page; the marker goes on adding to it.
  const clock = createSliceClock(() => performance.now());
  const measure = <T>(work: () => T): T => clock.measure(work);
  /** True while the page names no company and nothing runs but the watch. */
  let dormant = false;

  const onMessage = contentRequestListener(browser.runtime.id, (request, sendResponse) => {
    // Read when asked: a page nobody asks about never reads the settings.
    void browser.storage.local.get(SETTINGS_KEY).then((items) => {
      const settings = parsePageSettings(items[SETTINGS_KEY]);
      const enabled = isSiteEnabled(settings, location.href);
      const state = () => emptyPageState(settings.markStyle, enabled, clock.totals(), dormant);
      sendResponse(answerRequest(request, null, state));
    });
    return true; // answered asynchronously
  });
  browser.runtime.onMessage.addListener(onMessage);
  const stopAnswering = () => browser.runtime.onMessage.removeListener(onMessage);
  lifetime.signal.addEventListener('abort', stopAnswering, { once: true });

  // The pre-check in a task of its own, apart from compiling and starting this script: on a
  // long page, each is a sizeable part of what this script costs.
  await yieldToBrowser(window);
  if (lifetime.signal.aborted) return;
  const { body } = document;
  let mayMention = !body || measure(() => mayMentionIn(body));
  while (!lifetime.signal.aborted) {
    if (!mayMention) {
      dormant = true;
      root.dataset.sourcemark = 'ready';
      // The whole document: a page may replace its body (Turbo Drive) with one that names one.
      mayMention = await untilPossibleMention(root, lifetime.signal, measure);
      dormant = false;
      if (!mayMention) return;
      root.dataset.sourcemark = 'loading';
    }
    leaveHandoff({ lifetime: lifetime.signal, clock, takeOver: stopAnswering });
    if (await askForPageMarker()) return;
    // Not loaded (the extension is updating, the background failed): the marker never ran,
    // so this script still answers, and the page's next change that may name a company
    // tries again.
    takeHandoff();
    mayMention = false;
  }
}

/** Asks the background to load the page marker into this frame; true once it is loaded. */
async function askForPageMarker(): Promise<boolean> {
  const request: LoadPageMarker = { type: 'load-page-marker' };
  try {
    const answer = loadPageMarkerResponseSchema.safeParse(
      await browser.runtime.sendMessage(request),
    );
    return answer.success && answer.data.ok;
  } catch {
    return false;
  }
}
