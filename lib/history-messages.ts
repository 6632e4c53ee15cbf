import { z } from 'zod';
import { verdictSchema } from './messages';
import { figureSightingSchema, reviewSchema } from './store/schema';

/**
 * Messages to the background, which owns the history database. Each is named for what it
 * asks; the background `safeParse`s every one and answers `{ ok: true, value }` or
 * `{ ok: false, error: { kind, message } }` (a sentence the UI can show as it is).
 */

/** Content script → background: the figures marked on this page (after each pass). */
export const reportPageMentionsSchema = z.lazy(() =>
  z.object({
    type: z.literal('report-page-mentions'),
    url: z.string(),
    title: z.string(),
    mentions: z.array(figureSightingSchema),
  }),
);

/** Dashboard → background: every sighting, filtered. */
export const listHistorySchema = z.lazy(() =>
  z.object({
    type: z.literal('list-history'),
    filter: z
      .object({
        claim: z.string().optional(),
        verdict: verdictSchema.optional(),
        site: z.string().optional(),
        review: reviewSchema.optional(),
      })
      .default({}),
  }),
);

/** Dashboard → background: the fact-checker's review of one mention. */
export const setReviewSchema = z.lazy(() =>
  z.object({
    type: z.literal('set-review'),
    mentionId: z.string(),
    review: reviewSchema,
    note: z.string().max(10_000).optional(),
  }),
);

/** Dashboard/popup → background: forget everything, or one site. */
export const clearHistorySchema = z.lazy(() =>
  z.object({
    type: z.literal('clear-history'),
    site: z.string().optional(),
  }),
);

/** Dashboard → background: the history as a file's text. */
export const exportHistorySchema = z.lazy(() =>
  z.object({
    type: z.literal('export-history'),
    format: z.enum(['json', 'csv', 'claim-review']),
  }),
);

/** Dashboard → background: a JSON export to merge back in. */
export const importHistorySchema = z.lazy(() =>
  z.object({
    type: z.literal('import-history'),
    text: z.string().max(50_000_000),
  }),
);

export const historyRequestSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    reportPageMentionsSchema,
    listHistorySchema,
    setReviewSchema,
    clearHistorySchema,
    exportHistorySchema,
    importHistorySchema,
  ]),
);
export type HistoryRequest = z.infer<typeof historyRequestSchema>;

/** What an export hands back: the file's text, a name and a type for the download. */
export type ExportedFile = { text: string; filename: string; mimeType: string };
