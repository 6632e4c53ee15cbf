import * as z from 'zod/mini';

/**
 * The messages the page marker accepts, and the one the pre-check sends, in zod's small
 * build: the marker parses them in every page that names a company, and zod's full build
 * would be a third of it (see lib/messages.ts for the rest of the extension's messages). The
 * pre-check every page runs parses none: it reads no message at all.
 */

/** Background → content script: the user pressed the next/previous-mention shortcut. */
export const moveToMentionSchema = z.lazy(() =>
  z.object({
    type: z.literal('move-to-mention'),
    direction: z.enum(['next', 'previous']),
  }),
);

/** Anyone → content script: describe the marks on this page (the extension's own view). */
export const getPageStateSchema = z.lazy(() => z.object({ type: z.literal('get-page-state') }));

/** Popup → content script: scroll the page to a mention and flash it. */
export const scrollToMentionSchema = z.lazy(() =>
  z.object({
    type: z.literal('scroll-to-mention'),
    mentionId: z.string(),
  }),
);

/** Every message the content script accepts. */
export const contentRequestSchema = z.lazy(() =>
  z.discriminatedUnion('type', [moveToMentionSchema, getPageStateSchema, scrollToMentionSchema]),
);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/**
 * Content script → background: the page may name a company, load the rest of Sourcemark
 * into it (see lib/page-marker.ts). Every page runs only the pre-check until then.
 */
export const loadPageMarkerSchema = z.lazy(() => z.object({ type: z.literal('load-page-marker') }));
export type LoadPageMarker = z.infer<typeof loadPageMarkerSchema>;

/** The background's answer to {@link loadPageMarkerSchema}: loaded, or why not. */
export const loadPageMarkerResponseSchema = z.lazy(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);
export type LoadPageMarkerResponse = z.infer<typeof loadPageMarkerResponseSchema>;
