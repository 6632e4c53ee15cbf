import { describe, expect, it } from 'vitest';
import { recordSighting } from '../../../lib/store/record-sighting';
import type { Review } from '../../../lib/store/schema';
import { setReview } from '../../../lib/store/set-review';
import { at, openFreshDb, page, unwrap } from './fixtures';

async function dbWithOneMention() {
  const db = await openFreshDb();
  unwrap(await recordSighting(db, page('https://example.com/a'), at(1000)));
  const [{ id }] = await db.mentions.toArray();
  return { db, id };
}

describe('setReview', () => {
  it('sets the review state and note and returns the updated mention', async () => {
    const { db, id } = await dbWithOneMention();
    const updated = unwrap(await setReview(db, id, 'needs-follow-up', 'Ask the press office'));
    expect(updated).toMatchObject({ id, review: 'needs-follow-up', note: 'Ask the press office' });
    expect(await db.mentions.get(id)).toEqual(updated);
  });

  it('keeps the note when none is given and clears it when it is empty', async () => {
    const { db, id } = await dbWithOneMention();
    await setReview(db, id, 'wrong', 'Off by $4 billion');
    expect(unwrap(await setReview(db, id, 'confirmed')).note).toBe('Off by $4 billion');
    expect(unwrap(await setReview(db, id, 'confirmed', '')).note).toBe('');
  });

  it('fails with not-found for a mention that is not in the history', async () => {
    const { db } = await dbWithOneMention();
    const result = await setReview(db, 'https://example.com/gone#x', 'confirmed');
    expect(result).toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'This mention is no longer in the history.' },
    });
  });

  it('fails with invalid for a review state that does not exist', async () => {
    const { db, id } = await dbWithOneMention();
    const result = await setReview(db, id, 'maybe' as Review);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await db.mentions.get(id)).toMatchObject({ review: 'unreviewed' });
  });
});
