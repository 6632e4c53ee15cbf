import { z } from 'zod';
import { hostOf } from './normalize-url';
import {
  mentionRecordSchema,
  sightingRecordSchema,
  type MentionRecord,
  type SightingRecord,
} from './schema';

/**
 * Records as schema version 1 wrote them: sightings without `site`, mentions without `site`
 * and `note`, and a `reviewed` flag where version 2 has a review state. Kept so the version 2
 * upgrade, and readers meeting a record the upgrade could not touch, turn them into records.
 */
export const sightingV1Schema = z.lazy(() => sightingRecordSchema.unwrap().omit({ site: true }));
export const mentionV1Schema = z.lazy(() =>
  mentionRecordSchema
    .unwrap()
    .omit({ site: true, note: true, review: true })
    .extend({ reviewed: z.boolean() }),
);

/** Returns a version 1 sighting as a version 2 record: its site taken from its URL. */
export function upgradeSightingV1(record: z.infer<typeof sightingV1Schema>): SightingRecord {
  return { ...record, site: hostOf(record.url) };
}

/**
 * Returns a version 1 mention as a version 2 record: its site taken from its page, an empty
 * note, and `reviewed: true` read as `confirmed` (version 1 had only "I checked this").
 */
export function upgradeMentionV1(record: z.infer<typeof mentionV1Schema>): MentionRecord {
  const { reviewed, ...rest } = record;
  return {
    ...rest,
    site: hostOf(record.pageId),
    review: reviewed ? 'confirmed' : 'unreviewed',
    note: '',
  };
}
