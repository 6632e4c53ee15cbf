import { z } from 'zod';
import { entityIdSchema } from './entities';
import { figureSchema } from './figure';

/** A name of Meta or Scale AI on a page. Offsets index the page's extracted text. */
export const entityMentionSchema = z.lazy(() =>
  z.object({
    kind: z.literal('entity'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
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
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    claim: z.string().nullable(),
    figure: figureSchema.nullable(),
    unsupported: z.enum(['currency', 'number-format']).optional(),
  }),
);
export type FigureMention = z.infer<typeof figureMentionSchema>;

export const mentionSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [entityMentionSchema, figureMentionSchema]),
);
export type Mention = z.infer<typeof mentionSchema>;
