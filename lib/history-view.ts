import { z } from 'zod';
import { findClaim } from './claims';
import type { ExportedFile } from './history-messages';
import { verdictSchema } from './messages';
import { historyLimitSchema } from './settings';
import type { HistoryFilter } from './store/list-sightings';
import {
  mentionRecordSchema,
  reviewSchema,
  sightingRecordSchema,
  type HistoryEntry,
  type MentionRecord,
  type Review,
  type SightingRecord,
  type Verdict,
} from './store/schema';
import type { StoreError, StoreResult } from './store/store-result';

/** The review states in workflow order, with the words the dashboard shows for them. */
export const REVIEW_LABELS: Record<Review, string> = {
  unreviewed: 'Unreviewed',
  confirmed: 'Confirmed',
  wrong: 'Wrong',
  'needs-follow-up': 'Needs follow-up',
};

/** The verdicts with the words the dashboard shows for them. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  agrees: 'Agrees',
  disagrees: 'Disagrees',
  mixed: 'Mixed',
  unreferenced: 'Unreferenced',
};

/** A claim's label from the catalog; "No claim" for null, the id itself for an unknown one. */
export function claimLabel(claim: string | null): string {
  if (claim === null) return 'No claim';
  return findClaim(claim)?.label ?? claim;
}

/** What the claim and site filters can offer: the claims and sites present in `entries`. */
export type FilterOptions = { claims: { id: string; label: string }[]; sites: string[] };

/** Returns the claims (by label) and sites (alphabetical) present in `entries`, each once. */
export function filterOptions(entries: HistoryEntry[]): FilterOptions {
  const claims = new Set<string>();
  const sites = new Set<string>();
  for (const { sighting, mentions } of entries) {
    sites.add(sighting.site);
    for (const mention of mentions) if (mention.claim !== null) claims.add(mention.claim);
  }
  return {
    claims: [...claims]
      .map((id) => ({ id, label: claimLabel(id) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    sites: [...sites].sort((a, b) => a.localeCompare(b)),
  };
}

/**
 * Returns `filter` with one field set from a <select>'s value; '' (or a value that is not a
 * verdict or review state) clears the field.
 */
export function withFilterChoice(
  filter: HistoryFilter,
  field: keyof HistoryFilter,
  value: string,
): HistoryFilter {
  const { [field]: _dropped, ...rest } = filter;
  if (value === '') return rest;
  if (field === 'verdict') {
    const verdict = verdictSchema.safeParse(value);
    return verdict.success ? { ...rest, verdict: verdict.data } : rest;
  }
  if (field === 'review') {
    const review = reviewSchema.safeParse(value);
    return review.success ? { ...rest, review: review.data } : rest;
  }
  return { ...rest, [field]: value };
}

/** One mention with the page it was seen on. */
export type MentionRow = { sighting: SightingRecord; mention: MentionRecord };

/** Flattens entries to one row per mention, pages in list order, mentions in page order. */
export function flattenEntries(entries: HistoryEntry[]): MentionRow[] {
  return entries.flatMap(({ sighting, mentions }) =>
    mentions.map((mention) => ({ sighting, mention })),
  );
}

/** How many mentions are in each review state (zero for states none is in). */
export function reviewCounts(entries: HistoryEntry[]): Record<Review, number> {
  const counts: Record<Review, number> = {
    unreviewed: 0,
    confirmed: 0,
    wrong: 0,
    'needs-follow-up': 0,
  };
  for (const { mention } of flattenEntries(entries)) counts[mention.review] += 1;
  return counts;
}

/** The sentence the dashboard shows for a quota error. */
export const QUOTA_SENTENCE =
  "Your browser's storage is full, so Sourcemark could not save this. Export or clear old history to make room, then try again; nothing already stored was lost.";

/** The sentence the dashboard shows when another connection blocks the database. */
export const BLOCKED_SENTENCE =
  'The history is open in another window that is updating it; close other Sourcemark pages and try again. Nothing was lost.';

const UNKNOWN_SENTENCE =
  'Sourcemark could not read or save its history. Nothing already stored was lost.';

/**
 * The sentence the dashboard shows for a failed history operation: fixed sentences for a full
 * disk and a blocked database; for an invalid file, a missing record or anything else, the
 * background's own message (it says what was wrong), or a generic one when it is empty.
 */
export function describeStoreError(error: StoreError): string {
  if (error.kind === 'quota') return QUOTA_SENTENCE;
  if (error.kind === 'blocked') return BLOCKED_SENTENCE;
  return error.message.trim() || UNKNOWN_SENTENCE;
}

const storeErrorSchema = z.object({
  kind: z.enum(['quota', 'blocked', 'invalid', 'not-found', 'unknown']),
  message: z.string(),
  detail: z.string().optional(),
});

/** A list-history reply's value. */
export const historyEntriesSchema = z.array(
  z.object({ sighting: sightingRecordSchema, mentions: z.array(mentionRecordSchema) }),
);

/** An export-history reply's value. */
export const exportedFileSchema: z.ZodType<ExportedFile> = z.object({
  text: z.string(),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
});

/** An import- or clear-history reply's value: how many records were written or removed. */
export const recordCountsSchema = z.object({ sightings: z.number(), mentions: z.number() });

/**
 * Reads the background's reply to a history request: a StoreResult whose value fits
 * `value`. No reply, or one of another shape, becomes an `unknown` failure.
 */
export function parseStoreReply<T>(reply: unknown, value: z.ZodType<T>): StoreResult<T> {
  const parsed = z
    .discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), value }),
      z.object({ ok: z.literal(false), error: storeErrorSchema }),
    ])
    .safeParse(reply);
  if (parsed.success) return parsed.data;
  return {
    ok: false,
    error: {
      kind: 'unknown',
      message:
        'Sourcemark’s background did not answer as expected. Reload this page and try again. Nothing already stored was lost.',
    },
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Imported 2 pages and 5 mentions." (records already in the history are replaced, not added). */
export function describeImport(counts: z.infer<typeof recordCountsSchema>): string {
  return `Imported ${plural(counts.sightings, 'page')} and ${plural(counts.mentions, 'mention')}.`;
}

/** "Cleared 2 pages and 5 mentions from example.com." or "… from the history." */
export function describeCleared(
  counts: z.infer<typeof recordCountsSchema>,
  site: string | undefined,
): string {
  return `Cleared ${plural(counts.sightings, 'page')} and ${plural(counts.mentions, 'mention')} from ${site ?? 'the history'}.`;
}

/** Reads a history limit typed by the reader: a whole number the settings accept, else null. */
export function parseHistoryLimit(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const parsed = historyLimitSchema.safeParse(Number(text));
  return parsed.success ? parsed.data : null;
}
