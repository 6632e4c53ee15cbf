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
