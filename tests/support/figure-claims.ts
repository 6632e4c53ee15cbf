import { findMentions } from '../../lib/find-mentions';
import type { FigureMention } from '../../lib/mention';

/** Each figure of `text` as [its text, its claim or null]; figures left out are not listed. */
export const claims = (text: string) =>
  findMentions(text)
    .filter((m): m is FigureMention => m.kind === 'figure')
    .map((m) => [m.text, m.claim]);

// The catalog's claim ids, as the tests expect them.
export const INVESTMENT = 'meta-investment-in-scale-ai';
export const STAKE = 'meta-stake-in-scale-ai';
export const SPENDING = 'meta-ai-spending-2025';
export const GPUS = 'meta-gpus-end-2025';
export const VALUATION = 'scale-ai-valuation-series-f-2024';
export const ROUND = 'scale-ai-series-f-round-2024';
export const REVENUE_2024 = 'scale-ai-revenue-2024';
export const REVENUE_2025 = 'scale-ai-revenue-2025';
export const FOUNDED = 'scale-ai-founded-year';
export const CONTRACTORS = 'scale-ai-contractors';
