import { asReadText, type PageText } from './page-text';

/** Part of one text node: `start` and `end` are offsets into `node.data`. */
export type TextPiece = { node: Text; start: number; end: number };

const NON_WHITESPACE = /\S/;

// The index of the last unit starting at or before `offset`, or -1 when none does.
function lastUnitAtOrBefore(starts: number[], offset: number): number {
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
 * The text nodes of an element read whole, as far as its mentions have needed them: each with
 * its offset into the element's text and its length when looked up (wrapping marks may split
 * it later). `walker` goes on from the last node found; undefined until the first node is
 * needed, null once all were found.
 */
type WholeElementNodes = {
  nodes: Text[];
  offsets: number[];
  lengths: number[];
  length: number;
  walker: TreeWalker | null | undefined;
  /** Whether the element's whole text has been compared with the text read. */
  checked: boolean;
};

// Per page, the nodes of each whole-read element looked up so far (null: not usable).
const lookedUp = new WeakMap<PageText, Map<number, WholeElementNodes | null>>();

// Finds the text nodes of `page.units[i]`, an element read whole, at least as far as `upTo`
// characters into its text (each node looked up costs DOM calls, and most elements hold a
// mention or two), or all of them when `upTo` is Infinity; with `upTo` 0 it only makes sure
// the element can be looked up. Null when the element's text is not the text read (the page
// changed it: the change watcher reads it again), or when it holds a shadow root (listed in
// `page.readAgain`). A later call walks on from the last node found while that node is as it
// was: wrapping a mark splits it, so a caller that wraps asks for every node at once.
function nodesOfWholeElement(page: PageText, i: number, upTo: number): WholeElementNodes | null {
  let cache = lookedUp.get(page);
  if (!cache) lookedUp.set(page, (cache = new Map()));
  let found = cache.get(i);
  if (found === null) return null;
  const unitStart = page.starts[i];
  const unitLength = page.ends[i] - unitStart;
  const walkAll = upTo === Infinity;
  const unusable = () => {
    cache.set(i, null);
    return null;
  };
  if (!found) {
    const element = page.units[i] as Element;
    // Of the inline elements a block read whole may hold, only a span can host a shadow tree
    // (attachShadow takes no a, b, em …), so only spans are asked.
    const spans = element.getElementsByTagName('span');
    for (let k = 0; k < spans.length; k++) {
      if (spans[k].shadowRoot) {
        page.readAgain.push(element);
        return unusable();
      }
    }
    // A walk over all of them checks every node itself.
    found = { nodes: [], offsets: [], lengths: [], length: 0, walker: undefined, checked: walkAll };
    cache.set(i, found);
  }
  const wanted = Math.min(upTo, unitLength);
  // Made on first need: most elements are only asked whether they can be looked up.
  if (found.walker === undefined && (walkAll || wanted > 0)) {
    found.walker = page.units[i].ownerDocument!.createTreeWalker(
      page.units[i],
      NodeFilter.SHOW_TEXT,
    );
  }
  if (!found.checked && wanted > 0) {
    // A walk over part of the element checks only that part's nodes below: the whole text is
    // checked on the first, in one call.
    found.checked = true;
    const read = page.text.slice(unitStart, unitStart + unitLength);
    if (asReadText(page.units[i].textContent ?? '') !== read) return unusable();
  }
  if (found.walker && found.length < wanted) {
    const last = found.nodes.length - 1;
    if (last >= 0 && found.nodes[last].data.length !== found.lengths[last]) return unusable();
  }
  while (found.walker && (walkAll || found.length < wanted)) {
    const node = found.walker.nextNode() as Text | null;
    if (!node) {
      found.walker = null;
      break;
    }
    const { data } = node;
    const at = unitStart + found.length;
    const end = found.length + data.length;
    if (end > unitLength || page.text.slice(at, at + data.length) !== asReadText(data)) {
      return unusable();
    }
    found.nodes.push(node);
    found.offsets.push(found.length);
    found.lengths.push(data.length);
    found.length = end;
  }
  // Shorter than read: the page took text out.
  return found.length < wanted ? unusable() : found;
}

/**
 * The text-node pieces that `page.text.slice(start, end)` spans, in text order, with offsets
 * into each node's data as it was read (see `wrapPieces` for nodes split since). Block
 * separators are no node's and are skipped, as are whitespace-only pieces (the newlines and
 * indentation between table rows or list items), which must never be wrapped. Returns [] for
 * an empty range, and when part of the range lies in an element read whole whose nodes
 * cannot be used (see `PageText.readAgain`): a missed mark, never a wrong one.
 *
 * `asNeeded` looks up an element's nodes only as far as the range: for a caller that never
 * splits them (painting). Otherwise all of them are looked up at once, so that wrapping one
 * mention leaves the next ones in the element their nodes as read.
 */
export function piecesOf(
  page: PageText,
  start: number,
  end: number,
  asNeeded = false,
): TextPiece[] {
  return lookUpPieces(page, start, end, asNeeded, false);
}

/**
 * The pieces of `page.text.slice(start, end)` as the page holds them now, nodes looked up as
 * far as needed (see {@link piecesOf}), for a mark made long after the page was read: [] when
 * the text of any piece is no longer the text read there.
 */
export function livePiecesOf(page: PageText, start: number, end: number): TextPiece[] {
  return lookUpPieces(page, start, end, true, true);
}

/**
 * Whether the nodes of `page.text.slice(start, end)` can be looked up: false when part of it
 * lies in an element read whole that holds a shadow tree (then listed in `page.readAgain`).
 * Looks up no node, so marks whose pieces are needed later cost nothing more now.
 */
export function canLookUp(page: PageText, start: number, end: number): boolean {
  const { units, starts, ends } = page;
  for (let i = Math.max(0, lastUnitAtOrBefore(starts, start)); i < units.length; i++) {
    if (starts[i] >= end) break;
    if (ends[i] <= start || units[i].nodeType === Node.TEXT_NODE) continue;
    if (!nodesOfWholeElement(page, i, 0)) return false;
  }
  return true;
}

/** The page's units that `page.text.slice(start, end)` lies in (indexes, in order). */
export function unitsOf(page: PageText, start: number, end: number): number[] {
  const { starts, ends } = page;
  const found: number[] = [];
  for (let i = Math.max(0, lastUnitAtOrBefore(starts, start)); i < starts.length; i++) {
    if (starts[i] >= end) break;
    if (ends[i] > start) found.push(i);
  }
  return found;
}

function lookUpPieces(
  page: PageText,
  start: number,
  end: number,
  asNeeded: boolean,
  live: boolean,
): TextPiece[] {
  const { units, starts, ends } = page;
  const pieces: TextPiece[] = [];
  let changed = false;
  const add = (node: Text, nodeStart: number, nodeEnd: number) => {
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEnd) - nodeStart;
    const read = page.text.slice(nodeStart + from, nodeStart + to);
    if (to <= from || !NON_WHITESPACE.test(read)) return;
    if (live && (to > node.length || asReadText(node.substringData(from, to - from)) !== read)) {
      changed = true;
    }
    pieces.push({ node, start: from, end: to });
  };
  for (let i = Math.max(0, lastUnitAtOrBefore(starts, start)); i < units.length; i++) {
    const unitStart = starts[i];
    if (unitStart >= end) break;
    if (ends[i] <= start) continue;
    const unit = units[i];
    if (unit.nodeType === Node.TEXT_NODE) {
      add(unit as Text, unitStart, ends[i]);
      continue;
    }
    const whole = nodesOfWholeElement(page, i, asNeeded ? end - unitStart : Infinity);
    if (!whole) return [];
    const { nodes, offsets, lengths } = whole;
    // From the last node starting at or before `start` within the element.
    for (
      let j = Math.max(0, lastUnitAtOrBefore(offsets, start - unitStart));
      j < nodes.length;
      j++
    ) {
      const nodeStart = unitStart + offsets[j];
      if (nodeStart >= end) break;
      add(nodes[j], nodeStart, nodeStart + lengths[j]);
    }
  }
  return changed ? [] : pieces;
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
