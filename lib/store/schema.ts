import { z } from 'zod';
import { pageMentionSchema, verdictSchema } from '../messages';
export type Verdict = z.infer<typeof verdictSchema>;

/** What the fact-checker decided about a mention; every mention starts `unreviewed`. */
export const REVIEWS = ['unreviewed', 'confirmed', 'wrong', 'needs-follow-up'] as const;
export const reviewSchema = z.lazy(() => z.enum(REVIEWS));
export type Review = z.infer<typeof reviewSchema>;

/** Epoch milliseconds. "Now" is always passed in by the caller, never read from the clock. */
const epochMsSchema = z.number().int().nonnegative();

/**
 * A page the reader saw figures on. `id` is the page key (lib/store/normalize-url.ts) and
 * `url` the same normalised URL, kept as its own field so the key may change form later.
 */
export const sightingRecordSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    url: z.string().min(1),
    site: z.string(),
    title: z.string(),
    firstSeen: epochMsSchema,
    lastSeen: epochMsSchema,
  }),
);
export type SightingRecord = z.infer<typeof sightingRecordSchema>;

/**
 * One figure on one page. `id` is `${pageId}#${key}` with a key that stays the same when the
 * page is visited again (lib/store/mention-key.ts); `quote` is the sentence around it,
 * shortened; `claim` and `value` are null when the figure matched no claim or was not parsed.
 */
export const mentionRecordSchema = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    pageId: z.string().min(1),
    site: z.string(),
    claim: z.string().nullable(),
    text: z.string(),
    value: z.string().nullable(),
    verdict: verdictSchema,
    agree: z.array(z.string()),
    disagree: z.array(z.string()),
    quote: z.string(),
    review: reviewSchema,
    note: z.string(),
    firstSeen: epochMsSchema,
    lastSeen: epochMsSchema,
  }),
);
export type MentionRecord = z.infer<typeof mentionRecordSchema>;

/** A figure as the background hands it to the store: a page mention plus its quote. */
export const figureSightingSchema = z.lazy(() =>
  pageMentionSchema.unwrap().extend({ quote: z.string() }),
);
export type FigureSighting = z.infer<typeof figureSightingSchema>;

/** What a page showed: its address, its title and the mentions marked on it. */
export const pageSightingSchema = z.lazy(() =>
  z.object({
    url: z.string(),
    title: z.string(),
    mentions: z.array(figureSightingSchema),
  }),
);
export type PageSighting = z.infer<typeof pageSightingSchema>;

/** A sighting with its mentions, as history lists and exports hand them out. */
export type HistoryEntry = { sighting: SightingRecord; mentions: MentionRecord[] };
