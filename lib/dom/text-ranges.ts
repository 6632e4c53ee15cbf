import type { PageText } from './page-text';

/** Part of one text node: `start` and `end` are offsets into `node.data`. */
export type TextPiece = { node: Text; start: number; end: number };

const NON_WHITESPACE = /\S/;

// The index of the last node starting at or before `offset`, or -1 when none does.
function lastNodeAtOrBefore(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/**
 * The text-node pieces that `page.text.slice(start, end)` spans, in text order, with offsets
 * into each node's data as it was read (see `wrapPieces` for nodes split since). Block
 * separators are no node's and are skipped, as are whitespace-only pieces (the newlines and
 * indentation between table rows or list items), which must never be wrapped. Returns [] for
 * an empty range.
 */
export function piecesOf(page: PageText, start: number, end: number): TextPiece[] {
  const { nodes, starts, ends } = page;
  const pieces: TextPiece[] = [];
  for (let i = Math.max(0, lastNodeAtOrBefore(starts, start)); i < nodes.length; i++) {
    const nodeStart = starts[i];
    if (nodeStart >= end) break;
    const node = nodes[i];
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, ends[i]) - nodeStart;
    if (to > from && NON_WHITESPACE.test(page.text.slice(nodeStart + from, nodeStart + to))) {
      pieces.push({ node, start: from, end: to });
    }
  }
  return pieces;
}

/**
 * A DOM Range from the start of the first piece to the end of the last, or null when there
 * are no pieces. The range covers whatever lies between the pieces (inline tags, separators).
 */
export function rangeOf(pieces: TextPiece[], doc: Document): Range | null {
  if (pieces.length === 0) return null;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
