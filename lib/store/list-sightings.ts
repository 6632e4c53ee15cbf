import type { Collection } from 'dexie';
import type { SourcemarkDb } from './database';
import type { HistoryEntry, MentionRecord, Review, Verdict } from './schema';
import { attempt, type StoreResult } from './store-result';
import { parseStored, storedMentionSchema, storedSightingSchema } from './stored-records';

/** What to list: every given field must match (a site is a host name, as stored). */
export type HistoryFilter = { claim?: string; verdict?: Verdict; site?: string; review?: Review };

/**
 * Returns the pages in the history, most recently seen first, each with its mentions (oldest
 * first). With a claim, verdict or review filter, only the matching mentions are listed and a
 * page without any is left out; with only a site filter, that site's pages are listed whole.
 */
export function listSightings(
  db: SourcemarkDb,
  filter: HistoryFilter = {},
): Promise<StoreResult<HistoryEntry[]>> {
  return attempt(() =>
    db.transaction('r', db.sightings, db.mentions, async () => {
      const sightingRows =
        filter.site === undefined
          ? await db.sightings.toArray()
          : await db.sightings.where('site').equals(filter.site).toArray();
      const sightings = parseStored(storedSightingSchema, sightingRows);
      const mentions = parseStored(storedMentionSchema, await candidates(db, filter).toArray());
      const byPage = new Map<string, MentionRecord[]>();
      for (const mention of mentions.filter((m) => matches(m, filter))) {
        byPage.set(mention.pageId, [...(byPage.get(mention.pageId) ?? []), mention]);
      }
      const filtersMentions = [filter.claim, filter.verdict, filter.review].some(
        (value) => value !== undefined,
      );
      return sightings
        .filter((sighting) => !filtersMentions || byPage.has(sighting.id))
        .sort((a, b) => b.lastSeen - a.lastSeen || compare(a.id, b.id))
        .map((sighting) => ({
          sighting,
          mentions: (byPage.get(sighting.id) ?? []).sort(
            (a, b) => a.firstSeen - b.firstSeen || compare(a.id, b.id),
          ),
        }));
    }),
  );
}

/** The mentions worth reading for a filter: through the most telling index it names. */
function candidates(db: SourcemarkDb, filter: HistoryFilter): Collection<MentionRecord, string> {
  if (filter.claim !== undefined) return db.mentions.where('claim').equals(filter.claim);
  if (filter.review !== undefined) return db.mentions.where('review').equals(filter.review);
  if (filter.verdict !== undefined) return db.mentions.where('verdict').equals(filter.verdict);
  if (filter.site !== undefined) return db.mentions.where('site').equals(filter.site);
  return db.mentions.toCollection();
}

function matches(mention: MentionRecord, filter: HistoryFilter): boolean {
  return (
    (filter.claim === undefined || mention.claim === filter.claim) &&
    (filter.verdict === undefined || mention.verdict === filter.verdict) &&
    (filter.review === undefined || mention.review === filter.review) &&
    (filter.site === undefined || mention.site === filter.site)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
