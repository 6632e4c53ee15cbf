import { z } from 'zod';
import { figureSchema } from './figure';
import { markStyleSchema } from './settings';

/**
 * Every message between background, content script and popup, each named for what it asks
 * or announces. Receivers `safeParse` and reject anything else; failures travel back as
 * data (`{ ok: false, error }`), never as thrown errors. What the content script accepts is
 * in lib/content-requests.ts.
 */

/** A figure's verdict: what the sources say of it, all together. */
export const verdictSchema = z.lazy(() => z.enum(['agrees', 'disagrees', 'mixed', 'unreferenced']));

const rectSchema = z.lazy(() =>
  z.object({
    x: z.number(),
    y: z.number(),
    width: z.number(),
    height: z.number(),
  }),
);

/** One mark as the content script sees it (the public data-* contract, as data). */
export const pageMentionSchema = z.lazy(() =>
  z.object({
    id: z.string(),
    kind: z.enum(['entity', 'figure']),
    text: z.string(),
    entity: z.enum(['meta', 'scale-ai']).optional(),
    claim: z.string().optional(),
    value: z.string().optional(),
    /** The figure as parsed (figures that could be compared), so no reader parses `value`. */
    figure: z.optional(figureSchema),
    verdict: verdictSchema.optional(),
    agree: z.array(z.string()),
    disagree: z.array(z.string()),
  }),
);
export type PageMention = z.infer<typeof pageMentionSchema>;

/**
 * The script's slices on the page so far (SliceTotals, lib/dom/schedule.ts), in milliseconds:
 * part of the page's stats, and of what the pre-check tells of a page it has not marked.
 */
export const sliceTotalsShape = () => ({
  /** Main-thread time spent annotating: the sum of the script's slices. */
  scriptMs: z.number(),
  /** The longest single slice. */
  longestSliceMs: z.number(),
  slices: z.number().int(),
  /** Of `scriptMs`: reading the page's text, matching it, and drawing the marks. */
  phaseMs: z.object({ read: z.number(), match: z.number(), draw: z.number() }),
});

/** Timings of the content script's work on this page, in milliseconds. */
export const pageStatsSchema = z.lazy(() =>
  z.object({
    ...sliceTotalsShape(),
    /** Time spent waiting for the page to be idle before starting (not script time). */
    idleWaitMs: z.number(),
    /**
     * When marking began, once the page was idle (the page's `performance.now()`); null
     * before. What the page does before it is its own loading.
     */
    markingFromMs: z.nullable(z.number()),
    /**
     * Main-thread time spent on reports to the history (the figures and their quotes), made
     * once the marks have settled: not part of `scriptMs`.
     */
    reportMs: z.number(),
    /** Whether the cheap pre-check found no company name and skipped the tree walk. */
    skipped: z.boolean(),
    /**
     * Where the last text read was matched: in the background (off the page's main thread),
     * or in the page when the background could not answer; null before any matching.
     */
    matchedIn: z.enum(['background', 'page']).nullable(),
  }),
);
export type PageStats = z.infer<typeof pageStatsSchema>;

export const pageStateSchema = z.lazy(() =>
  z.object({
    /** The page's address and title, as the content script sees them (no "tabs" permission). */
    url: z.string(),
    title: z.string(),
    /** False when the reader switched the site off: no marks, nothing recorded. */
    siteEnabled: z.boolean(),
    markStyle: markStyleSchema,
    ready: z.boolean(),
    mentions: z.array(pageMentionSchema),
    highlights: z.record(z.string(), z.number()),
    card: z.object({ mentionId: z.string(), text: z.string(), rect: rectSchema }).nullable(),
    stats: pageStatsSchema,
  }),
);
export type PageState = z.infer<typeof pageStateSchema>;

export const getPageStateResponseSchema = z.lazy(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), state: pageStateSchema }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);
export type GetPageStateResponse = z.infer<typeof getPageStateResponseSchema>;

export const moveToMentionResponseSchema = z.lazy(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), mentionId: z.string().nullable() }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);
export type MoveToMentionResponse = z.infer<typeof moveToMentionResponseSchema>;

export const scrollToMentionResponseSchema = z.lazy(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), found: z.boolean() }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);
export type ScrollToMentionResponse = z.infer<typeof scrollToMentionResponseSchema>;
