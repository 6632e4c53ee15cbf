import { useCallback, useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { ExportFormat } from '@/components/dashboard/HistoryActions';
import type { StoreNotice } from '@/components/dashboard/StoreMessage';
import { buildMatrix } from '@/lib/dataset-matrix';
import { historyRequestSchema, type HistoryRequest } from '@/lib/history-messages';
import {
  describeCleared,
  describeImport,
  describeStoreError,
  exportedFileSchema,
  filterOptions,
  historyEntriesSchema,
  parseStoreReply,
  recordCountsSchema,
  REVIEW_LABELS,
  type FilterOptions,
} from '@/lib/history-view';
import { referenceDataset } from '@/lib/reference-dataset';
import { parseSettings, SETTINGS_KEY } from '@/lib/settings';
import type { HistoryFilter } from '@/lib/store/list-sightings';
import { mentionRecordSchema, type HistoryEntry, type Review } from '@/lib/store/schema';
import type { StoreResult } from '@/lib/store/store-result';
import type { DashboardProps } from './App';

/** Sends a history request to the background and validates its reply against `value`. */
async function ask<T>(request: HistoryRequest, value: z.ZodType<T>): Promise<StoreResult<T>> {
  const reply: unknown = await browser.runtime.sendMessage(request).catch(() => undefined);
  return parseStoreReply(reply, value);
}

async function readSettings() {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Hands a file to the browser's download, as if a link to it was clicked. */
function download(text: string, filename: string, mimeType: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const NO_OPTIONS: FilterOptions = { claims: [], sites: [] };

/**
 * The dashboard's state and actions: the only place it talks to the background (history
 * requests) and to `browser.storage.local` (the history limit). Every reply is validated;
 * failures become a notice with the sentence from describeStoreError.
 */
export function useHistory(): Omit<DashboardProps, 'confirm'> {
  const matrix = useMemo(() => buildMatrix(referenceDataset()), []);
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [options, setOptions] = useState<FilterOptions>(NO_OPTIONS);
  const [loadFailed, setLoadFailed] = useState(false);
  const [notice, setNotice] = useState<StoreNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const [historyLimit, setHistoryLimit] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((count) => count + 1), []);

  const fail = (error: Parameters<typeof describeStoreError>[0]) =>
    setNotice({ kind: 'error', text: describeStoreError(error) });

  useEffect(() => {
    let stale = false;
    const filtered = Object.values(filter).some((value) => value !== undefined);
    void (async () => {
      const list = await ask({ type: 'list-history', filter }, historyEntriesSchema);
      // The filters offer what the whole history holds, not only what the filters let through.
      const all = filtered
        ? await ask({ type: 'list-history', filter: {} }, historyEntriesSchema)
        : list;
      if (stale) return;
      if (!list.ok) {
        setEntries(null);
        setLoadFailed(true);
        setNotice({ kind: 'error', text: describeStoreError(list.error) });
        return;
      }
      setLoadFailed(false);
      setEntries(list.value);
      setOptions(filterOptions(all.ok ? all.value : list.value));
    })();
    return () => {
      stale = true;
    };
  }, [filter, reloads]);

  useEffect(() => {
    let stale = false;
    void readSettings().then((settings) => {
      if (!stale) setHistoryLimit(settings.historyLimit);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) {
        setHistoryLimit(parseSettings(changes[SETTINGS_KEY].newValue).historyLimit);
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      stale = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  /** Runs one operation at a time, with the actions disabled meanwhile. */
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const onSaveReview = (mentionId: string, review: Review, note: string) =>
    void run(async () => {
      const saved = await ask({ type: 'set-review', mentionId, review, note }, mentionRecordSchema);
      if (!saved.ok) return fail(saved.error);
      setNotice({
        kind: 'result',
        text: `Saved: “${saved.value.text}” is ${REVIEW_LABELS[review].toLowerCase()}.`,
      });
      reload();
    });

  const onExport = (format: ExportFormat) =>
    void run(async () => {
      const file = await ask({ type: 'export-history', format }, exportedFileSchema);
      if (!file.ok) return fail(file.error);
      download(file.value.text, file.value.filename, file.value.mimeType);
      setNotice({ kind: 'result', text: `Exported ${file.value.filename}.` });
    });

  const onImport = (file: File) =>
    void run(async () => {
      const request = historyRequestSchema.safeParse({
        type: 'import-history',
        text: await file.text(),
      });
      if (!request.success) {
        return fail({
          kind: 'invalid',
          message: 'This file is too large to be a Sourcemark history export.',
        });
      }
      const imported = await ask(request.data, recordCountsSchema);
      if (!imported.ok) return fail(imported.error);
      setNotice({ kind: 'result', text: describeImport(imported.value) });
      reload();
    });

  const onClear = (site: string | undefined) =>
    void run(async () => {
      const cleared = await ask({ type: 'clear-history', site }, recordCountsSchema);
      if (!cleared.ok) return fail(cleared.error);
      setNotice({ kind: 'result', text: describeCleared(cleared.value, site) });
      if (site !== undefined && filter.site === site) setFilter(({ site: _site, ...rest }) => rest);
      else reload();
    });

  const onHistoryLimitChange = (limit: number) =>
    void run(async () => {
      try {
        // Read afresh and keep every other key: other pages may have changed the settings.
        const current = await readSettings();
        await browser.storage.local.set({ [SETTINGS_KEY]: { ...current, historyLimit: limit } });
        setHistoryLimit(limit);
        setNotice({
          kind: 'result',
          text: `The history now keeps up to ${limit.toLocaleString('en-US')} pages; the oldest go as new pages are recorded.`,
        });
      } catch {
        setNotice({ kind: 'error', text: 'The setting could not be saved. Try again.' });
      }
    });

  return {
    matrix,
    entries,
    loadFailed,
    options,
    filter,
    notice,
    busy,
    historyLimit,
    onFilterChange: setFilter,
    onSaveReview,
    onExport,
    onImport,
    onClear,
    onHistoryLimitChange,
    onReload: reload,
    onDismiss: () => setNotice(null),
  };
}
