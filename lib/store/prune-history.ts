import type { SourcemarkDb } from './database';

/**
 * Deletes the least recently seen pages, with their mentions, until at most `limit` pages
 * remain, never the page `keep` (the one just recorded); returns how many pages went. Call
 * it inside a read-write transaction on both tables so a failure deletes nothing. A limit
 * below 1 is taken as 1.
 */
export async function pruneHistory(
  db: SourcemarkDb,
  limit: number,
  keep?: string,
): Promise<number> {
  const excess = (await db.sightings.count()) - Math.max(1, Math.floor(limit));
  if (excess <= 0) return 0;
  const oldest = await db.sightings
    .orderBy('lastSeen')
    .filter((sighting) => sighting.id !== keep)
    .limit(excess)
    .primaryKeys();
  await db.mentions.where('pageId').anyOf(oldest).delete();
  await db.sightings.bulkDelete(oldest);
  return oldest.length;
}
