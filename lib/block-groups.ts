/**
 * Which lines of a page's text start a new group of blocks: a card, a table row, a pair of a
 * definition list. A stat card sets its value above its label ("$870 million" / "Scale AI
 * revenue, 2024"), a fact box its key above its value ("Revenue (2024)" / "$870 million"), and
 * in a grid of cards the line above a value is the previous card's label. The lines alone do
 * not say which; the tree does. A fact box's field is read with the line above it only when that
 * line is in the value's own group (see `boxFieldOf`).
 *
 * Two lines next to each other, A and B, are in different groups when, under the element that
 * holds both, the child that holds A holds a line before A (A ends a card or a row), or the
 * child that holds B holds a line after B (B starts one), or A's is a `<dd>` and B's a `<dt>`
 * (a new term of a definition list). Lines of nothing but spaces are not lines here.
 *
 * Readers feed the tracker as they walk, depth first: `enter` for every node, `leave` when done
 * with it, `breakLine` for every line break and `text` for every piece of text read. Nothing here touches the DOM, so the page's reader and the Node.js one share it.
 */

// What an element is to a definition list: a term (`<dt>`), a description (`<dd>`), or neither.
const TERM = 1;
const DESCRIPTION = 2;
const NOT_SPACE = /\S/;
/** How deep a walk is expected to go (the arrays grow past it). */
const INITIAL_DEPTH = 64;

export class BlockGroups {
  /** Offsets of the lines that start a group, in the order found (see `starts`). */
  private readonly found: number[] = [];
  // By depth, in typed arrays (the walk asks for them at every node): how many lines had started
  // when the node on the walk's path there was entered; what it is to a definition list (see
  // TERM); and a line that starts a group if the node there holds a line after it (0: none).
  private linesAtEntry = new Int32Array(INITIAL_DEPTH);
  private parts = new Uint8Array(INITIAL_DEPTH);
  private pendingLine = new Int32Array(INITIAL_DEPTH);
  private pendingOffset = new Float64Array(INITIAL_DEPTH);
  /** How many lines wait in `pendingLine`. */
  private pending = 0;
  /** How many lines with text have started. */
  private lines = 0;
  /** Whether the current line has text yet, and where it starts. */
  private lineHasText = false;
  private lineStart = 0;
  /** The shallowest depth entered since the last line started, and its node's entry before. */
  private shallowest = Infinity;
  private linesAtEntryOfPrevious = 0;
  private partOfPrevious = 0;

  /** A node at `depth` (the root's children are at 1) is entered: an element named `name`. */
  enter(depth: number, name = ''): void {
    if (depth >= this.linesAtEntry.length) this.deepen(depth);
    if (depth < this.shallowest) {
      // The first node at this depth since the last line: the one left here held that line.
      this.shallowest = depth;
      this.linesAtEntryOfPrevious = this.linesAtEntry[depth];
      this.partOfPrevious = this.parts[depth];
    }
    this.linesAtEntry[depth] = this.lines;
    this.parts[depth] = name === 'dt' ? TERM : name === 'dd' ? DESCRIPTION : 0;
  }

  /** The node at `depth` is done with. */
  leave(depth: number): void {
    // Every depth left was entered first, so the arrays reach it.
    if (this.pending === 0) return;
    const line = this.pendingLine[depth];
    if (line === 0) return;
    if (this.lines > line) this.found.push(this.pendingOffset[depth]);
    this.pendingLine[depth] = 0;
    this.pending--;
  }

  // Makes room for nodes at `depth` (pages nest deeper than most).
  private deepen(depth: number): void {
    const size = 2 * depth + 2;
    this.linesAtEntry = copyInto(new Int32Array(size), this.linesAtEntry);
    this.parts = copyInto(new Uint8Array(size), this.parts);
    this.pendingLine = copyInto(new Int32Array(size), this.pendingLine);
    this.pendingOffset = copyInto(new Float64Array(size), this.pendingOffset);
  }

  /** A line break: the next line starts at `offset`. */
  breakLine(offset: number): void {
    this.lineHasText = false;
    this.lineStart = offset;
  }

  /**
   * The node last entered holds `data`, on the current line. Only the first piece with more
   * than spaces on a line counts, so the rest of the line is not looked at.
   */
  text(data: string): void {
    if (this.lineHasText || !NOT_SPACE.test(data)) return;
    this.lineHasText = true;
    const depth = this.shallowest;
    if (this.lines > 0 && depth !== Infinity) {
      const previousHoldsMore = this.lines >= this.linesAtEntryOfPrevious + 2;
      const newTerm = this.parts[depth] === TERM && this.partOfPrevious === DESCRIPTION;
      if (previousHoldsMore || newTerm) this.found.push(this.lineStart);
      else {
        if (this.pendingLine[depth] === 0) this.pending++;
        this.pendingLine[depth] = this.lines + 1;
        this.pendingOffset[depth] = this.lineStart;
      }
    }
    this.lines++;
    this.shallowest = Infinity;
  }

  /** The offsets of the lines that start a group, ascending. */
  starts(): number[] {
    return [...new Set(this.found)].sort((a, b) => a - b);
  }
}

// `larger` with `array` copied to its start.
function copyInto<T extends Int32Array | Uint8Array | Float64Array>(larger: T, array: T): T {
  larger.set(array);
  return larger;
}

// The index of the first of ascending `offsets` at or after `offset`.
function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether `offset` is one of ascending `starts`. */
export function isGroupStart(starts: readonly number[] | undefined, offset: number): boolean {
  return starts !== undefined && starts[firstAtOrAfter(starts, offset)] === offset;
}

/** Ascending `starts` in `[from, to)`, as offsets from `from` (a part of the text read alone). */
export function groupStartsWithin(starts: readonly number[], from: number, to: number): number[] {
  return starts
    .slice(firstAtOrAfter(starts, from), firstAtOrAfter(starts, to))
    .map((s) => s - from);
}
