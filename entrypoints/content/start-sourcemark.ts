import type { ContentScriptContext } from '#imports';
import { Annotator } from '@/lib/dom/annotator';
import { indexStatements } from '@/lib/judge-mention';
import {
  contentRequestSchema,
  type GetPageStateResponse,
  type MoveToMentionResponse,
} from '@/lib/messages';
import { referenceDataset } from '@/lib/reference-dataset';
import { parseSettings, SETTINGS_KEY, type MarkStyle } from '@/lib/settings';

/**
 * Marks this page: reads the settings, starts the annotator, and answers the extension's
 * messages. Runs once per page (a marker on the document element guards against a second
 * copy) and cleans up when the extension is reloaded or removed.
 */
export async function startSourcemark(ctx: ContentScriptContext): Promise<void> {
  const root = document.documentElement;
  if (root.dataset.sourcemark) return;
  root.dataset.sourcemark = 'loading';
  const controller = new AbortController();
  ctx.onInvalidated(() => {
    controller.abort();
    delete root.dataset.sourcemark;
  });

  const stored = await browser.storage.local.get(SETTINGS_KEY);
  let markStyle: MarkStyle = parseSettings(stored[SETTINGS_KEY]).markStyle;
  const dataset = referenceDataset();
  const annotator = new Annotator(
    window,
    { dataset, index: indexStatements(dataset) },
    markStyle,
    controller.signal,
  );

  const onStorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    markStyle = parseSettings(changes[SETTINGS_KEY].newValue).markStyle;
    annotator.setMarkStyle(markStyle);
  };
  browser.storage.onChanged.addListener(onStorageChanged);

  const onMessage = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (response: GetPageStateResponse | MoveToMentionResponse) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return;
    const request = contentRequestSchema.safeParse(message);
    if (!request.success) {
      sendResponse({ ok: false, error: 'unknown message' });
      return;
    }
    if (request.data.type === 'get-page-state') {
      sendResponse({ ok: true, state: annotator.state(markStyle) });
    } else {
      sendResponse({ ok: true, mentionId: annotator.moveTo(request.data.direction) });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  controller.signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorageChanged);
    browser.runtime.onMessage.removeListener(onMessage);
  });

  await annotator.start();
  if (!controller.signal.aborted) root.dataset.sourcemark = 'ready';
}
