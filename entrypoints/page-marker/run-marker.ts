import { Annotator } from '@/lib/dom/annotator';
import type { MarkerHandoff } from '@/lib/dom/marker-handoff';
import { createReference } from '@/lib/dom/mark-records';
import type { PageState } from '@/lib/messages';
import { bundledDataset } from '@/lib/bundled-dataset';
import { isSiteEnabled, parsePageSettings, SETTINGS_KEY, type PageSettings } from '@/lib/settings';
import type { HistoryRequest } from '@/lib/history-messages';
import { answerRequest, contentRequestListener, emptyPageState } from '@/lib/answer-request';
import { watchForRemoval } from '@/lib/dom/extension-presence';

/** How long marks must stay unchanged before the page is reported to the history. */
const REPORT_AFTER_MS = 1000;

/**
 * Marks this page, once the pre-check (entrypoints/pre-check) found text that may name a
 * company: reads the settings, runs the annotator while the site is switched on, and answers
 * the extension's messages from then on. Stops, and takes its marks away, once the extension
 * is found reloaded, switched off or removed (see lib/dom/extension-presence.ts).
 */
export async function runMarker({ lifetime, clock, takeOver, end }: MarkerHandoff): Promise<void> {
  const root = document.documentElement;
  // Checked before each piece of work the extension asks for, and when the page is shown again.
  const endIfGone = watchForRemoval(document, browser, end, lifetime);
  // Parsed only once the page is idle and named a company (see Annotator.start).
  const loadReference = () => createReference(bundledDataset());
  // The script's main-thread time on this page, the pre-check and reading the settings included.
  const measure = <T>(work: () => T): T => clock.measure(work);
  let stored: unknown = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (lifetime.aborted) return;
  let parsed: PageSettings | null = null;
  /** The settings, parsed on first need (and again after they change), in a timed slice. */
  const settings = (): PageSettings => (parsed ??= measure(() => parsePageSettings(stored)));
  /** The pre-check found text that may name a company: the first annotator skips its own. */
  let mayMention = true;
  let annotator: Annotator | null = null;
  let stopAnnotator: AbortController | null = null;

  // Tells the background what this page shows, once the marks have settled for a moment.
  let reportTimer = 0;
  const scheduleReport = () => {
    window.clearTimeout(reportTimer);
    reportTimer = window.setTimeout(async () => {
      const reported = annotator;
      if (!reported || endIfGone()) return;
      const mentions = await reported.figureSightings();
      // Switched off or stopped while quoting: that annotator's marks are gone.
      if (lifetime.aborted || annotator !== reported) return;
      const report: HistoryRequest = {
        type: 'report-page-mentions',
        url: location.href,
        title: document.title,
        mentions,
      };
      // The background may be asleep or the extension reloading: the next change reports again.
      browser.runtime.sendMessage(report).catch(() => undefined);
    }, REPORT_AFTER_MS);
  };

  /** Starts or stops marking to match the settings (a site switched off has no marks). */
  const apply = async () => {
    const enabled = isSiteEnabled(settings(), location.href);
    if (!enabled && annotator) {
      stopAnnotator?.abort();
      annotator = null;
    }
    if (enabled && !annotator) {
      stopAnnotator = new AbortController();
      lifetime.addEventListener('abort', () => stopAnnotator?.abort(), { once: true });
      const { signal } = stopAnnotator;
      const { markStyle } = settings();
      // Made in a timed slice: the renderer adds its styles and highlights to the page.
      const made = measure(
        () =>
          new Annotator(window, loadReference, markStyle, signal, {
            onChange: scheduleReport,
            // Every text to mark goes this way: a page the extension left stops here, unmarked.
            askBackground: (request) =>
              endIfGone() ? Promise.resolve(null) : browser.runtime.sendMessage(request),
            clock,
          }),
      );
      annotator = made;
      const started = made.start(mayMention);
      mayMention = false;
      await started;
    }
    annotator?.setMarkStyle(settings().markStyle);
    if (!lifetime.aborted) root.dataset.sourcemark = 'ready';
  };

  const onStorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    stored = changes[SETTINGS_KEY].newValue;
    parsed = null;
    void apply();
  };
  const onMessage = contentRequestListener(browser.runtime.id, (request, sendResponse) => {
    const state = (): PageState => {
      if (annotator) return annotator.state(settings().markStyle);
      // The work done for the page so far, not the settings read to answer this request.
      const totals = clock.totals();
      const enabled = isSiteEnabled(settings(), location.href);
      return emptyPageState(settings().markStyle, enabled, totals);
    };
    sendResponse(answerRequest(request, annotator, state));
  });
  browser.storage.onChanged.addListener(onStorageChanged);
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorageChanged);
    browser.runtime.onMessage.removeListener(onMessage);
  });
  // From here on this script answers; until now the pre-check's did.
  takeOver();
  await apply();
}
