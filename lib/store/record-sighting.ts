import { shorten } from '../quote-excerpt';
import type { SourcemarkDb } from './database';
import { mentionId, mentionKeys } from './mention-key';
import { pageKey, hostOf } from './normalize-url';
import { pruneHistory } from './prune-history';
import type { MentionRecord, PageSighting, SightingRecord } from './schema';
import { attempt, type StoreResult } from './store-result';
import { parseStored, storedMentionSchema, storedSightingSchema } from './stored-records';

/** How many pages the history keeps unless the reader sets another limit. */
export const DEFAULT_HISTORY_LIMIT = 1000;

/** Longest quote kept per mention, in characters: a sentence, not a paragraph. */
export const QUOTE_MAX_LENGTH = 240;

/** When the sighting happened and the rules it is recorded under. */
export type RecordOptions = { now: number; incognito: boolean; limit: number };

/** What recording did: nothing (and why), or the page's key, its figures and pages pruned. */
export type RecordOutcome =
  | { recorded: false; reason: 'incognito' | 'not-a-page' | 'no-figures' }
  | { recorded: true; pageId: string; mentions: number; pruned: number };

/**
 * Records what a page showed: the page (keyed by its normalised URL) and each figure on it.
 * A revisit updates the page's title and `lastSeen` and each figure's verdict, value, quote
 * and `lastSeen`, keeping `firstSeen`, the review state and the note; figures no longer on
 * the page stay in the history. Records nothing from a private window, for a non-http(s)
 * page or for a page without figures (names alone are not history). Prunes the least
 * recently seen pages beyond `limit`. All in one transaction: a failure changes nothing.
 */
export function recordSighting(
  db: SourcemarkDb,
  page: PageSighting,
  { now, incognito, limit }: RecordOptions,
): Promise<StoreResult<RecordOutcome>> {
  const pageId = pageKey(page.url);
  const figures = page.mentions.filter((mention) => mention.kind === 'figure');
  const skip = (reason: 'incognito' | 'not-a-page' | 'no-figures') =>
    Promise.resolve({ ok: true as const, value: { recorded: false as const, reason } });
  if (incognito) return skip('incognito');
  if (pageId === null) return skip('not-a-page');
  if (figures.length === 0) return skip('no-figures');
  const site = hostOf(pageId);

  return attempt(() =>
    db.transaction('rw', db.sightings, db.mentions, async (): Promise<RecordOutcome> => {
      const [stored] = parseStored(storedSightingSchema, [await db.sightings.get(pageId)]);
      const sighting: SightingRecord = {
        id: pageId,
        url: pageId,
        site,
        title: page.title,
        firstSeen: stored?.firstSeen ?? now,
        lastSeen: now,
      };
      const ids = mentionKeys(figures).map((key) => mentionId(pageId, key));
      const known = new Map(
        parseStored(storedMentionSchema, await db.mentions.bulkGet(ids)).map((m) => [m.id, m]),
      );
      const mentions = figures.map((figure, index): MentionRecord => {
        const before = known.get(ids[index]);
        return {
          id: ids[index],
          pageId,
          site,
          claim: figure.claim ?? null,
          text: figure.text,
          value: figure.value ?? null,
          verdict: figure.verdict ?? 'unreferenced',
          agree: figure.agree,
          disagree: figure.disagree,
          quote: shorten(figure.quote, QUOTE_MAX_LENGTH),
          review: before?.review ?? 'unreviewed',
          note: before?.note ?? '',
          firstSeen: before?.firstSeen ?? now,
          lastSeen: now,
        };
      });
      await db.sightings.put(sighting);
      await db.mentions.bulkPut(mentions);
      const pruned = await pruneHistory(db, limit, pageId);
      return { recorded: true, pageId, mentions: mentions.length, pruned };
    }),
  );
}
