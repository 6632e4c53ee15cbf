import * as z from 'zod/mini';
import { entityIdSchema } from './entities';
import { figureSchema } from './figure';

/** Why a figure cannot be compared: another currency, or a non-English number format. */
export const UNSUPPORTED_REASONS = ['currency', 'number-format'] as const;

/** A name of Meta or Scale AI on a page. Offsets index the page's extracted text. */
export const entityMentionSchema = z.lazy(() =>
  z.object({
    kind: z.literal('entity'),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    text: z.string(),
    entity: entityIdSchema,
  }),
);
export type EntityMention = z.infer<typeof entityMentionSchema>;

/**
 * A figure about Meta or Scale AI. `claim` is null when it matches no catalog claim; `figure`
 * is null when it cannot be compared (`unsupported` says why: another currency, a
 * non-English number format).
 */
export const figureMentionSchema = z.lazy(() =>
  z.object({
    kind: z.literal('figure'),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    text: z.string(),
    claim: z.nullable(z.string()),
    figure: z.nullable(figureSchema),
    unsupported: z.optional(z.enum(UNSUPPORTED_REASONS)),
  }),
);
export type FigureMention = z.infer<typeof figureMentionSchema>;

export const mentionSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [entityMentionSchema, figureMentionSchema]),
);
export type Mention = z.infer<typeof mentionSchema>;
