import type { ContentScriptContext } from '#imports';
import { Annotator } from '@/lib/dom/annotator';
import { untilPossibleMention } from '@/lib/dom/change-watcher';
import { mayMentionIn } from '@/lib/dom/page-text';
import { createSliceClock } from '@/lib/dom/schedule';
import { createReference } from '@/lib/dom/mark-records';
import { contentRequestSchema } from '@/lib/content-requests';
import type { PageState } from '@/lib/messages';
import { bundledDataset } from '@/lib/bundled-dataset';
import { isSiteEnabled, parsePageSettings, SETTINGS_KEY, type PageSettings } from '@/lib/settings';
import type { HistoryRequest } from '@/lib/history-messages';
import { answerRequest, emptyPageState } from './answer-request';

/** How long marks must stay unchanged before the page is reported to the history. */
const REPORT_AFTER_MS = 1000;

/**
 * Marks this page: reads the settings, runs the annotator while the site is switched on, and
 * answers the extension's messages. Runs once per page (a marker on the document element
 * guards against a second copy) and cleans up when the extension is reloaded or removed.
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

  // Parsed only once the page is idle and named a company (see Annotator.start).
  const loadReference = () => createReference(bundledDataset());
  // The script's main-thread time on this page, reading the settings included.
  const clock = createSliceClock(() => performance.now());
  const measure = <T>(work: () => T): T => clock.measure(work);
  let stored: unknown = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  let parsed: PageSettings | null = null;
  /** The settings, parsed on first need: a page that names no company never needs them. */
  const settings = (): PageSettings => (parsed ??= measure(() => parsePageSettings(stored)));
  /** True while the page names no company and nothing runs but a watch for text that might. */
  let dormant = false;
  /** The pre-check already found text that may name a company (the annotator skips its own). */
  let mayMention = false;
  let annotator: Annotator | null = null;
  let stopAnnotator: AbortController | null = null;

  // Tells the background what this page shows, once the marks have settled for a moment.
  let reportTimer = 0;
  const scheduleReport = () => {
    window.clearTimeout(reportTimer);
    reportTimer = window.setTimeout(async () => {
      const reported = annotator;
      if (!reported || lifetime.signal.aborted) return;
      const mentions = await reported.figureSightings();
      // Switched off or stopped while quoting: that annotator's marks are gone.
      if (lifetime.signal.aborted || annotator !== reported) return;
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
      lifetime.signal.addEventListener('abort', () => stopAnnotator?.abort(), { once: true });
      const { signal } = stopAnnotator;
      const { markStyle } = settings();
      // Made in a timed slice: the renderer adds its styles and highlights to the page.
      const made = measure(
        () =>
          new Annotator(window, loadReference, markStyle, signal, {
            onChange: scheduleReport,
            askBackground: (request) => browser.runtime.sendMessage(request),
            clock,
          }),
      );
      annotator = made;
      const started = made.start(mayMention);
      mayMention = false;
      await started;
    }
    annotator?.setMarkStyle(settings().markStyle);
    if (!lifetime.signal.aborted) root.dataset.sourcemark = 'ready';
  };

  const onStorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    stored = changes[SETTINGS_KEY].newValue;
    parsed = null;
    if (!dormant) void apply();
  };
  const onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (r: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return;
    const request = contentRequestSchema.safeParse(message);
    if (!request.success) {
      sendResponse({ ok: false, error: 'unknown message' });
      return;
    }
    const state = (): PageState => {
      if (annotator) return annotator.state(settings().markStyle);
      // The work done for the page so far, not the settings read to answer this request.
      const totals = clock.totals();
      const enabled = isSiteEnabled(settings(), location.href);
      return emptyPageState(settings().markStyle, enabled, totals, dormant);
    };
    sendResponse(answerRequest(request.data, annotator, state));
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  browser.runtime.onMessage.addListener(onMessage);
  lifetime.signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorageChanged);
    browser.runtime.onMessage.removeListener(onMessage);
  });
  // A page that names neither company costs one test of its text, and no settings are read,
  // until it adds text that might (an infinite scroll, a route change).
  const { body } = document;
  mayMention = !body || measure(() => mayMentionIn(body));
  if (!mayMention && body) {
    dormant = true;
    root.dataset.sourcemark = 'ready';
    // The whole document: a page may replace its body (Turbo Drive) with one that names one.
    mayMention = await untilPossibleMention(root, lifetime.signal, measure);
    dormant = false;
    if (!mayMention) return;
  }
  await apply();
}
