import type { SourcemarkDb } from './database';
import { attempt, type StoreResult } from './store-result';

/** How many records a clearing removed. */
export type Cleared = { sightings: number; mentions: number };

/** Deletes the whole history, reviews and notes included; returns what was removed. */
export function clearHistory(db: SourcemarkDb): Promise<StoreResult<Cleared>> {
  return attempt(() =>
    db.transaction('rw', db.sightings, db.mentions, async () => {
      const cleared = {
        sightings: await db.sightings.count(),
        mentions: await db.mentions.count(),
      };
      await db.sightings.clear();
      await db.mentions.clear();
      return cleared;
    }),
  );
}

/**
 * Deletes every page of one site (its host name, as `SightingRecord.site` holds it) with
 * their mentions; returns what was removed (zeros for a site not in the history).
 */
export function clearSite(db: SourcemarkDb, site: string): Promise<StoreResult<Cleared>> {
  return attempt(() =>
    db.transaction('rw', db.sightings, db.mentions, async () => ({
      mentions: await db.mentions.where('site').equals(site).delete(),
      sightings: await db.sightings.where('site').equals(site).delete(),
    })),
  );
}
