/**
 * Labels of the claims a text states, as the labelled fixtures write them: `claim=figure`
 * pairs joined by ";", where the claim is one of the abbreviations below (`none`: a figure
 * that states no claim of the dataset) and the figure is its text as a reader sees it.
 */

import { INVISIBLE } from '../../lib/find-mentions';

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

/** A label where it stands in a page's text. */
export type PlacedLabel = Label & { start: number; end: number };

/** A figure found in a page's text, where it stands, with the claim it was tied to. */
export type PlacedFigure = { text: string; start: number; end: number; claim?: string | null };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// What a page does not show, and a label leaves out, as the matcher reads past it ("bil\u00adlion"
// is labelled "billion").
const UNSHOWN = `${INVISIBLE.source}*`;

/**
 * Each label where it occurs next in `text`, in reading order: a whole number or word
 * ("9,000" not in "19,000", "24" not in "2024"), white space as any run of white space, and
 * characters the page does not show allowed anywhere inside it.
 * `unplaced` lists the labels not found.
 */
export function placeLabels(
  text: string,
  labels: Label[],
): { placed: PlacedLabel[]; unplaced: string[] } {
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];
  let from = 0;
  for (const label of labels) {
    const pattern = [...label.figure.replace(/\s+/g, ' ')]
      .map((char) => (char === ' ' ? '\\s+' : escapeRegExp(char)))
      .join(UNSHOWN);
    const end = /\w$/.test(label.figure) ? '(?!\\w)' : '';
    const found = new RegExp(`(?<![\\w.,])${pattern}${end}`, 'g');
    found.lastIndex = from;
    const match = found.exec(text);
    if (!match) {
      unplaced.push(label.figure);
      continue;
    }
    placed.push({ ...label, start: match.index, end: match.index + match[0].length });
    from = match.index + 1;
  }
  return { placed, unplaced };
}

const overlaps = (figure: PlacedFigure, label: PlacedLabel) =>
  figure.start < label.end && figure.end > label.start;

/**
 * The figures tied to a claim that their place's label does not state (a missed claim is
 * allowed; another claim is not), and figures tied to a claim where nothing is labelled.
 */
export function wrongClaims(figures: PlacedFigure[], labels: PlacedLabel[]): string[] {
  const wrong: string[] = [];
  const labelled = new Set<PlacedFigure>();
  for (const label of labels) {
    for (const figure of figures.filter((f) => overlaps(f, label))) {
      labelled.add(figure);
      if (figure.claim && figure.claim !== label.claim) {
        wrong.push(`${figure.text}: ${figure.claim}, labelled ${label.claim ?? 'none'}`);
      }
    }
  }
  for (const figure of figures) {
    if (!labelled.has(figure) && figure.claim) {
      wrong.push(`${figure.text}: ${figure.claim} (no claim labelled)`);
    }
  }
  return wrong;
}

/** Whether a figure at the label's place is tied to the label's claim. */
export function isFound(figures: PlacedFigure[], label: PlacedLabel): boolean {
  return figures.some((figure) => overlaps(figure, label) && figure.claim === label.claim);
}
