import * as z from 'zod/mini';

/** Zod schema of an {@link Amount} (see amount.ts). */
export const amountSchema = z.lazy(() => z.object({ mantissa: z.int(), exponent: z.int() }));

/** What a figure counts. `count` figures also carry the noun they count ("contractors"). */
export const FIGURE_UNITS = ['usd', 'percent', 'count', 'year'] as const;
export const figureUnitSchema = z.lazy(() => z.enum(FIGURE_UNITS));
export type FigureUnit = z.infer<typeof figureUnitSchema>;

/**
 * How the writer bounded the value (issue #2, "Comparison"). `exact` is the plain figure;
 * `range` uses `low` and `high`.
 */
export const QUALIFIERS = [
  'exact',
  'over',
  'at-least',
  'up-to',
  'under',
  'about',
  'nearly',
  'just-over',
  'range',
] as const;
export const qualifierSchema = z.lazy(() => z.enum(QUALIFIERS));
export type Qualifier = z.infer<typeof qualifierSchema>;

/** A figure as parsed from text: unit, qualifier and the written amount(s). */
export const figureSchema = z.lazy(() =>
  z.object({
    unit: figureUnitSchema,
    qualifier: qualifierSchema,
    low: amountSchema,
    high: z.optional(amountSchema),
    countNoun: z.optional(z.string()),
  }),
);
export type Figure = z.infer<typeof figureSchema>;

/** Why a figure-like text cannot be compared yet (another currency, a non-English format). */
export type UnsupportedFigure = { unsupported: 'currency' | 'number-format'; currency?: string };
