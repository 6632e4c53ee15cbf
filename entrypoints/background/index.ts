import { z } from 'zod';
import { messageForCommand } from '@/lib/commands';
import { serveTextRequest, TextPieces } from '@/lib/background-matching';
import { historyRequestSchema } from '@/lib/history-messages';
import { loadPageMarkerSchema } from '@/lib/content-requests';
import { loadPageMarker } from '@/lib/page-marker';
import { serveHistoryRequest } from './history-service';

export default defineBackground(() => {
  // No code generation: extension pages forbid eval.
  z.config({ jitless: true });

  // Forwards the next/previous-mention shortcuts to the page in the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    const message = messageForCommand(command);
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A page the content script does not run on (browser pages, stores) has no receiver.
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });

  // Pieces of long texts on their way from content scripts (see TEXT_PIECE).
  const textPieces = new TextPieces();

  // The background owns the history (content scripts report, extension pages ask) and
  // matches pages' text for content scripts, off the pages' main threads.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return;
    // A page's pre-check found text that may name a company: load the rest into that frame.
    if (loadPageMarkerSchema.safeParse(message).success) {
      void loadPageMarker(browser.scripting, sender).then(sendResponse);
      return true; // answered asynchronously
    }
    const from = `${sender.tab?.id ?? '-'}/${sender.frameId ?? 0}/${sender.documentId ?? ''}`;
    const matched = serveTextRequest(message, from, textPieces);
    if (matched) {
      sendResponse(matched);
      return;
    }
    const request = historyRequestSchema.safeParse(message);
    if (!request.success) return;
    void serveHistoryRequest(request.data, sender).then(sendResponse);
    return true; // answered asynchronously
  });
});
