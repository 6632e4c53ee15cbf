import type { SourcemarkDb } from './database';
import type { HistoryExport } from './export-schema';
import { attempt, type StoreResult } from './store-result';

/** How many records an import wrote. */
export type Imported = { sightings: number; mentions: number };

/**
 * Writes a parsed export (lib/store/parse-export.ts) into the history in one transaction:
 * each record replaces the one with its id, so importing the same file twice duplicates
 * nothing, and a failure (a full disk) writes nothing. Records not in the file are kept.
 */
export function importJson(db: SourcemarkDb, data: HistoryExport): Promise<StoreResult<Imported>> {
  return attempt(() =>
    db.transaction('rw', db.sightings, db.mentions, async () => {
      await db.sightings.bulkPut(data.sightings);
      await db.mentions.bulkPut(data.mentions);
      return { sightings: data.sightings.length, mentions: data.mentions.length };
    }),
  );
}
