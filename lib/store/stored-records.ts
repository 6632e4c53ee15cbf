import { z } from 'zod';
import {
  mentionV1Schema,
  sightingV1Schema,
  upgradeMentionV1,
  upgradeSightingV1,
} from './legacy-v1';
import { mentionRecordSchema, sightingRecordSchema } from './schema';

/** A sighting as read from the database: a current record, or a version 1 one upgraded. */
export const storedSightingSchema = z.union([
  sightingRecordSchema,
  sightingV1Schema.transform(upgradeSightingV1),
]);

/** A mention as read from the database: a current record, or a version 1 one upgraded. */
export const storedMentionSchema = z.union([
  mentionRecordSchema,
  mentionV1Schema.transform(upgradeMentionV1),
]);

/**
 * Parses rows read from the database (older shapes may remain, STYLE.md "Every boundary is
 * parsed"). A row that fits no known shape is left out rather than failing the whole read;
 * it stays in the database untouched.
 */
export function parseStored<T>(schema: z.ZodType<T, unknown>, rows: readonly unknown[]): T[] {
  const parsed: T[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (result.success) parsed.push(result.data);
  }
  return parsed;
}
