import type { ExportedFile, HistoryRequest } from '../history-messages';
import { clearHistory, clearSite } from './clear-history';
import type { SourcemarkDb } from './database';
import { exportClaimReview } from './export-claim-review';
import { exportCsv } from './export-csv';
import { exportJson } from './export-json';
import { importJson } from './import-json';
import { listSightings } from './list-sightings';
import { parseExport } from './parse-export';
import { recordSighting } from './record-sighting';
import { setReview } from './set-review';
import type { StoreResult } from './store-result';

/** What the background knows about a request besides its content. */
export type RequestContext = {
  now: number;
  /** The sending tab is in a private window: nothing is recorded. */
  incognito: boolean;
  /** How many pages the history keeps (oldest pruned first). */
  limit: number;
  /** Source id → title, for ClaimReview exports. */
  sources: Readonly<Record<string, string>>;
};

const day = (now: number) => new Date(now).toISOString().slice(0, 10);

async function exportFile(
  db: SourcemarkDb,
  format: 'json' | 'csv' | 'claim-review',
  context: RequestContext,
): Promise<StoreResult<ExportedFile>> {
  if (format === 'json') {
    const data = await exportJson(db, context.now);
    if (!data.ok) return data;
    return {
      ok: true,
      value: {
        text: JSON.stringify(data.value, null, 2),
        filename: `sourcemark-history-${day(context.now)}.json`,
        mimeType: 'application/json',
      },
    };
  }
  const entries = await listSightings(db, {});
  if (!entries.ok) return entries;
  if (format === 'csv') {
    return {
      ok: true,
      value: {
        text: exportCsv(entries.value),
        filename: `sourcemark-mentions-${day(context.now)}.csv`,
        mimeType: 'text/csv',
      },
    };
  }
  const reviews = exportClaimReview(entries.value, context.sources, context.now);
  return {
    ok: true,
    value: {
      text: JSON.stringify(reviews, null, 2),
      filename: `sourcemark-claimreview-${day(context.now)}.jsonld`,
      mimeType: 'application/ld+json',
    },
  };
}

/**
 * Carries out one validated history request on the database. Failures come back as data
 * with a sentence the UI can show; a failed write leaves what was stored as it was.
 */
export async function handleHistoryRequest(
  db: SourcemarkDb,
  request: HistoryRequest,
  context: RequestContext,
): Promise<StoreResult<unknown>> {
  switch (request.type) {
    case 'report-page-mentions':
      return recordSighting(
        db,
        { url: request.url, title: request.title, mentions: request.mentions },
        { now: context.now, incognito: context.incognito, limit: context.limit },
      );
    case 'list-history':
      return listSightings(db, request.filter);
    case 'set-review':
      return setReview(db, request.mentionId, request.review, request.note);
    case 'clear-history':
      return request.site === undefined ? clearHistory(db) : clearSite(db, request.site);
    case 'export-history':
      return exportFile(db, request.format, context);
    case 'import-history': {
      const parsed = parseExport(request.text);
      return parsed.ok ? importJson(db, parsed.value) : parsed;
    }
  }
}
