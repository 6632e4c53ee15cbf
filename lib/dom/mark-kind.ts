import type { Verdict } from '../judge-mention';

/** How a mark is drawn: by its verdict (figures) or as a company name (entities). */
export type MarkKind = Verdict | 'entity';

export const MARK_KINDS: readonly MarkKind[] = [
  'agrees',
  'disagrees',
  'mixed',
  'unreferenced',
  'entity',
];

/** The CSS highlight name of a mark kind ("sourcemark-agrees"). */
export const highlightName = (kind: MarkKind) => `sourcemark-${kind}`;

/** The highlight that flashes a mention the reader asked to see. */
export const FLASH = 'sourcemark-flash';

/** The flash's rule; it ships with the paint rules (see paint-marks.ts). */
export const FLASH_RULE = `::highlight(${FLASH}) { background-color: #fff8c5; color: #1f2328; }`;
