import { placeOfRecord, type MarkRecord } from './mark-records';
import type { TextPiece } from './text-ranges';

// The node, then the host of each shadow tree it is in, innermost first.
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); 'host' in root; root = (root.host as Node).getRootNode()) {
    chain.push(root.host as Node);
  }
  return chain;
}

/**
 * Orders two nodes as the page shows them: a shadow tree's text where its host is (DOM order
 * alone does not compare nodes of different trees).
 */
export function compareAsShown(a: Node, b: Node): number {
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; i < chainA.length; i++) {
    const root = chainA[i].getRootNode();
    const j = chainB.findIndex((node) => node.getRootNode() === root);
    if (j < 0) continue;
    // One is inside the other's shadow tree: it comes after its host's start.
    if (chainA[i] === chainB[j]) return i > j ? 1 : -1;
    return chainA[i].compareDocumentPosition(chainB[j]) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}

/** Where a record was read: which read of a tree, and its place in what that read found. */
type ReadPosition = { read: object; at: number };

/**
 * The page's marks by id, by the nodes their text is in or under (for hit-testing the pointer;
 * see `placeOfRecord`: a painted mark's pieces are not looked up to index it) and in the order
 * the page shows them (for keyboard moves and reports). `piecesOf` says where a record's text
 * is now (its own nodes, or the nodes inside its elements).
 *
 * The order is kept as records come in, never sorted again: asking the document which of two
 * nodes comes first walks the children of their common ancestor, so on a long flat page each
 * question costs as much as the page has paragraphs (sorting 2,500 marks took half a second).
 * Records of one read are ordered by where they were read; only where two reads meet is the
 * document asked.
 */
export class MarkIndex {
  private readonly byId = new Map<string, MarkRecord>();
  private readonly byNode = new Map<Node, MarkRecord[]>();
  private ordered: MarkRecord[] = [];
  private readonly positions = new WeakMap<MarkRecord, ReadPosition>();
  private readonly found = new WeakMap<object, number>();

  constructor(private piecesOf: (record: MarkRecord) => TextPiece[]) {}

  /**
   * Adds what one read found (`read` names it, e.g. the reader's result), in the order it was
   * read; a later call with the same `read` continues it.
   */
  add(records: readonly MarkRecord[], read: object): void {
    let at = this.found.get(read) ?? 0;
    for (const record of records) {
      this.byId.set(record.id, record);
      this.positions.set(record, { read, at: at++ });
      this.indexNodes(record);
    }
    this.found.set(read, at);
    this.placeInOrder(records);
  }

  remove(records: readonly MarkRecord[]): void {
    if (records.length === 0) return;
    const gone = new Set(records);
    for (const record of records) this.byId.delete(record.id);
    this.ordered = this.ordered.filter((r) => !gone.has(r));
    this.reindex();
  }

  /** Indexes every record again, after their text moved (a switch of mark style). */
  reindex(piecesOf = this.piecesOf): void {
    this.piecesOf = piecesOf;
    this.byNode.clear();
    for (const record of this.byId.values()) this.indexNodes(record);
  }

  get(id: string): MarkRecord | undefined {
    return this.byId.get(id);
  }

  /**
   * The records whose text may be (partly) in `node`: those indexed at it or at an element
   * around it (check their pieces).
   */
  at(node: Text): MarkRecord[] {
    const found: MarkRecord[] = [];
    for (let n: Node | null = node; n; n = n.parentNode) {
      const records = this.byNode.get(n);
      if (records) found.push(...records);
    }
    return found;
  }

  all(): IterableIterator<MarkRecord> {
    return this.byId.values();
  }

  /** Every record in the order the page shows them (by where its text started when marked). */
  inOrder(): readonly MarkRecord[] {
    return this.ordered;
  }

  /** True when `a` comes before `b` on the page. */
  private precedes(a: MarkRecord, b: MarkRecord): boolean {
    const pa = this.positions.get(a)!;
    const pb = this.positions.get(b)!;
    if (pa.read === pb.read) return pa.at < pb.at;
    const x = this.piecesOf(a)[0];
    const y = this.piecesOf(b)[0];
    if (!x || !y) return compareAsShown(a.anchor, b.anchor) < 0;
    if (x.node === y.node) return x.start < y.start;
    return compareAsShown(x.node, y.node) < 0;
  }

  /** The first place from `low` whose record comes after `record` (or the end). */
  private placeOf(record: MarkRecord, low: number): number {
    let high = this.ordered.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.precedes(this.ordered[mid], record)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Puts `records` (in order) into the ordered list. A read usually lands as one run: at the
   * end during the first pass, or where a re-read block was; each record after the first then
   * costs one comparison.
   */
  private placeInOrder(records: readonly MarkRecord[]): void {
    const list = this.ordered;
    const end = list.length;
    const places: number[] = [];
    let place = 0;
    for (const record of records) {
      if (places.length === 0) {
        place = end === 0 || this.precedes(list[end - 1], record) ? end : this.placeOf(record, 0);
      } else if (place < end && this.precedes(list[place], record)) {
        place = this.placeOf(record, place + 1);
      }
      places.push(place);
    }
    if (places.length === 0) return;
    if (places[0] === end) {
      list.push(...records);
      return;
    }
    const merged: MarkRecord[] = [];
    let next = 0;
    records.forEach((record, i) => {
      while (next < places[i]) merged.push(list[next++]);
      merged.push(record);
    });
    while (next < end) merged.push(list[next++]);
    this.ordered = merged;
  }

  private indexNodes(record: MarkRecord): void {
    for (const node of placeOfRecord(record)) {
      const list = this.byNode.get(node);
      if (list) list.push(record);
      else this.byNode.set(node, [record]);
    }
  }
}
