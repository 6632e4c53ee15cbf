/**
 * Labels of the claims a text states, as the labelled fixtures write them: `claim=figure`
 * pairs joined by ";", where the claim is one of the abbreviations below (`none`: a figure
 * that states no claim of the dataset) and the figure is its text as a reader sees it.
 */

export const CLAIM_OF: Record<string, string | null> = {
  inv: 'meta-investment-in-scale-ai',
  stake: 'meta-stake-in-scale-ai',
  val: 'scale-ai-valuation-series-f-2024',
  round: 'scale-ai-series-f-round-2024',
  rev24: 'scale-ai-revenue-2024',
  rev25: 'scale-ai-revenue-2025',
  spend: 'meta-ai-spending-2025',
  gpu: 'meta-gpus-end-2025',
  ctr: 'scale-ai-contractors',
  fnd: 'scale-ai-founded-year',
  none: null,
};

export type Label = { claim: string | null; figure: string };

/** Reads "inv=$14.3B;stake=49%"; throws on an unknown claim. */
export function parseLabels(labels: string): Label[] {
  return labels
    .split(';')
    .filter((label) => label.trim() !== '')
    .map((label) => {
      const [abbreviation, figure] = label.split(/=(.*)/s);
      const claim = abbreviation.trim();
      if (!(claim in CLAIM_OF)) throw new Error(`unknown claim ${claim}`);
      return { claim: CLAIM_OF[claim], figure: figure.trim() };
    });
}

/** The data lines of a labelled fixture, `LEFT || RIGHT`, without comments and blank lines. */
export function labelledLines(text: string): [string, string][] {
  return text
    .split('\n')
    .filter((line) => line.includes(' || ') && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf(' || ');
      return [line.slice(0, at), line.slice(at + 4)];
    });
}
