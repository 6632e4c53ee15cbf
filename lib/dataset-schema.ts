import * as z from 'zod/mini';
import { amountSchema, figureUnitSchema, qualifierSchema, type Figure } from './figure';

/** A reference source: one seed article. Its id is the seed's file name without ".txt". */
export const sourceSchema = z.lazy(() =>
  z.object({
    id: z.string().check(z.regex(/^[\w-]+$/)),
    title: z.string().check(z.minLength(1)),
    /** SHA-256 of the seed file, so a stale dataset is caught. */
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
);
export type Source = z.infer<typeof sourceSchema>;

/** What a statement says: a figure, or words for the non-numeric facts (founders, status). */
export const statementValueSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('figure'),
      unit: figureUnitSchema,
      low: amountSchema,
      high: z.optional(amountSchema),
      countNoun: z.optional(z.string()),
    }),
    z.object({ kind: z.literal('text'), text: z.string().check(z.minLength(1)) }),
  ]),
);

/**
 * One thing a source says about one claim. `quote` is the source's sentence, verbatim, found
 * at `offset` in the seed; `figureOffset` and `figureText` locate the figure inside the seed.
 */
export const statementSchema = z.lazy(() =>
  z.object({
    claim: z.string(),
    source: z.string(),
    value: statementValueSchema,
    qualifier: z.nullable(qualifierSchema),
    quote: z.string().check(z.minLength(1)),
    offset: z.int().check(z.nonnegative()),
    figureText: z.string().check(z.minLength(1)),
    figureOffset: z.int().check(z.nonnegative()),
  }),
);
export type Statement = z.infer<typeof statementSchema>;

export const datasetSchema = z.lazy(() =>
  z.object({
    version: z.literal(1),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    statements: z.array(statementSchema),
  }),
);
export type Dataset = z.infer<typeof datasetSchema>;

/** The figure a statement states, or null for a text statement. */
export function statementFigure(statement: Statement): Figure | null {
  if (statement.value.kind !== 'figure' || statement.qualifier === null) return null;
  const { kind: _kind, ...value } = statement.value;
  return { ...value, qualifier: statement.qualifier };
}
