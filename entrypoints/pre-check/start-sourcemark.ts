import { mayMentionIn, untilPossibleMention } from '@/lib/dom/possible-mention';
import { createSliceClock, yieldToBrowser } from '@/lib/dom/schedule';
import { leaveHandoff, takeHandoff } from '@/lib/dom/marker-handoff';
import { offerDormantPage } from '@/lib/dom/dormant-page';
import { isExtensionGone } from '@/lib/dom/extension-presence';
import type { LoadPageMarker } from '@/lib/content-requests';
import { SETTINGS_KEY } from '@/lib/settings-key';
import { extensionApi } from './extension-api';

/**
 * The script every http(s) page runs: the pre-check alone. A page whose text names neither
 * company costs one test of its text and a watch for text that might (an infinite scroll, a
 * route change); only when it may name one does the background load the page marker
 * (entrypoints/page-marker), which reads, matches and marks. Until then this script leaves
 * the extension's views a description of the page (lib/dom/dormant-page.ts) instead of
 * answering messages: it touches no extension API, and bundles no zod, until the page may
 * name a company. Runs once per page (a marker on the document element guards against a
 * second copy), and stops once it finds the extension reloaded or removed.
 */
export async function startSourcemark(): Promise<void> {
  const root = document.documentElement;
  if (root.dataset.sourcemark) return;
  root.dataset.sourcemark = 'loading';
  const lifetime = new AbortController();
  lifetime.signal.addEventListener('abort', () => delete root.dataset.sourcemark, { once: true });
  // The script's main-thread time on this page; the marker goes on adding to it.
  const clock = createSliceClock(() => performance.now());
  const measure = <T>(work: () => T): T => clock.measure(work);
  /** True while the page names no company and nothing runs but the watch. */
  let dormant = false;

  const withdrawDescription = offerDormantPage(async () => ({
    url: location.href,
    title: document.title,
    dormant,
    // The work done for the page so far, not reading the settings to answer.
    totals: clock.totals(),
    // Read when asked: a page nobody asks about never reads the settings.
    settings: (await extensionApi().storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
  }));
  lifetime.signal.addEventListener('abort', withdrawDescription, { once: true });

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
    leaveHandoff({
      lifetime: lifetime.signal,
      clock,
      takeOver: withdrawDescription,
      end: () => lifetime.abort(),
    });
    await askForPageMarker();
    // The marker takes what was left as it starts. Still here, it never ran (the extension
    // is updating, the background failed): this script still describes the page, and the
    // page's next change that may name a company tries again, unless the extension is gone
    // (reloaded or removed: its API no longer knows its id), and everything stops.
    if (!takeHandoff()) return;
    if (isExtensionGone(extensionApi())) return lifetime.abort();
    mayMention = false;
  }
}

/**
 * Asks the background to load the page marker into this frame; settles once the background
 * has loaded it or failed to. The answer is not read: whether the marker took the handoff
 * says whether it runs.
 */
async function askForPageMarker(): Promise<void> {
  const request: LoadPageMarker = { type: 'load-page-marker' };
  try {
    await extensionApi().runtime.sendMessage(request);
  } catch {
    // Not loaded: the caller finds the handoff still there.
  }
}
