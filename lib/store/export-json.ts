import type { SourcemarkDb } from './database';
import { EXPORT_FORMAT, EXPORT_VERSION, type HistoryExport } from './export-schema';
import { attempt, type StoreResult } from './store-result';
import { parseStored, storedMentionSchema, storedSightingSchema } from './stored-records';

/**
 * Returns the whole history as an export (JSON-serialisable, lossless: importing it restores
 * every record as it is now), read in one transaction so it is a consistent snapshot.
 * Records are in id order. `now` becomes `exportedAt`.
 */
export function exportJson(db: SourcemarkDb, now: number): Promise<StoreResult<HistoryExport>> {
  return attempt(() =>
    db.transaction('r', db.sightings, db.mentions, async () => ({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now,
      sightings: parseStored(storedSightingSchema, await db.sightings.toArray()),
      mentions: parseStored(storedMentionSchema, await db.mentions.toArray()),
    })),
  );
}
