import type { HistoryRequest } from '@/lib/history-messages';
import { referenceDataset } from '@/lib/reference-dataset';
import { parseSettings, SETTINGS_KEY } from '@/lib/settings';
import { openDatabase, type SourcemarkDb } from '@/lib/store/database';
import { handleHistoryRequest } from '@/lib/store/handle-history-request';
import type { StoreResult } from '@/lib/store/store-result';

let database: Promise<StoreResult<SourcemarkDb>> | null = null;

/** Opens the history database once; a failed open is tried again on the next request. */
function history(): Promise<StoreResult<SourcemarkDb>> {
  database ??= openDatabase().then((opened) => {
    if (!opened.ok) database = null;
    return opened;
  });
  return database;
}

/** Answers a validated history request from the extension's pages and content scripts. */
export async function serveHistoryRequest(
  request: HistoryRequest,
  sender: { tab?: { incognito?: boolean } },
): Promise<StoreResult<unknown>> {
  const opened = await history();
  if (!opened.ok) return opened;
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const settings = parseSettings(stored[SETTINGS_KEY]);
  const sources = Object.fromEntries(referenceDataset().sources.map((s) => [s.id, s.title]));
  return handleHistoryRequest(opened.value, request, {
    now: Date.now(),
    incognito: sender.tab?.incognito === true,
    limit: settings.historyLimit,
    sources,
  });
}
