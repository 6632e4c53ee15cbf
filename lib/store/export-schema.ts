import { z } from 'zod';
import { mentionRecordSchema, sightingRecordSchema } from './schema';

/** Names a Sourcemark history file, so a foreign JSON file is told apart from a damaged one. */
export const EXPORT_FORMAT = 'sourcemark-history';

/** The record schema version an export holds (lib/store/database.ts version 2). */
export const EXPORT_VERSION = 2;

/**
 * A whole history as a file: every sighting and mention record exactly as stored, so
 * importing it gives back the same history. `exportedAt` is epoch milliseconds.
 */
export const historyExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number().int().nonnegative(),
  sightings: z.array(sightingRecordSchema),
  mentions: z.array(mentionRecordSchema),
});
export type HistoryExport = z.infer<typeof historyExportSchema>;
