import type { SourcemarkDb } from './database';
import { reviewSchema, type MentionRecord, type Review } from './schema';
import { attempt, type StoreResult } from './store-result';
import { parseStored, storedMentionSchema } from './stored-records';

/**
 * Sets a mention's review state, and its note when one is given (an omitted note keeps the
 * old one; '' clears it). Returns the updated mention, or a `not-found` failure when no
 * mention has this id and an `invalid` one for a review state that does not exist.
 */
export async function setReview(
  db: SourcemarkDb,
  mentionId: string,
  review: Review,
  note?: string,
): Promise<StoreResult<MentionRecord>> {
  if (!reviewSchema.safeParse(review).success) {
    return { ok: false, error: { kind: 'invalid', message: `"${review}" is not a review state.` } };
  }
  const result = await attempt(() =>
    db.transaction('rw', db.mentions, async () => {
      const [stored] = parseStored(storedMentionSchema, [await db.mentions.get(mentionId)]);
      if (!stored) return null;
      const updated: MentionRecord = { ...stored, review, note: note ?? stored.note };
      await db.mentions.put(updated);
      return updated;
    }),
  );
  if (!result.ok) return result;
  if (result.value === null) {
    return {
      ok: false,
      error: { kind: 'not-found', message: 'This mention is no longer in the history.' },
    };
  }
  return { ok: true, value: result.value };
}
