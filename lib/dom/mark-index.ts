import type { MarkRecord } from './mark-records';
import type { TextPiece } from './text-ranges';

/**
 * The page's marks by id, by text node (for hit-testing the pointer) and in document order
 * (for keyboard moves and reports). `piecesOf` says where a record's text is now (its own
 * nodes, or the nodes inside its elements).
 */
export class MarkIndex {
  private readonly byId = new Map<string, MarkRecord>();
  private readonly byNode = new Map<Text, MarkRecord[]>();
  private ordered: MarkRecord[] | null = null;

  constructor(private piecesOf: (record: MarkRecord) => TextPiece[]) {}

  add(records: MarkRecord[]): void {
    for (const record of records) {
      this.byId.set(record.id, record);
      this.indexNodes(record);
    }
    this.ordered = null;
  }

  remove(records: MarkRecord[]): void {
    for (const record of records) this.byId.delete(record.id);
    this.ordered = null;
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

  /** The records whose text is (partly) in `node`. */
  at(node: Text): MarkRecord[] {
    return this.byNode.get(node) ?? [];
  }

  all(): IterableIterator<MarkRecord> {
    return this.byId.values();
  }

  /** Every record in document order (by where its text started when marked). */
  inOrder(): MarkRecord[] {
    this.ordered ??= [...this.byId.values()].sort((a, b) => {
      const x = a.pieces[0];
      const y = b.pieces[0];
      if (x.node === y.node) return x.start - y.start;
      return x.node.compareDocumentPosition(y.node) & 4 ? -1 : 1;
    });
    return this.ordered;
  }

  private indexNodes(record: MarkRecord): void {
    for (const piece of this.piecesOf(record)) {
      const list = this.byNode.get(piece.node);
      if (list) list.push(record);
      else this.byNode.set(piece.node, [record]);
    }
  }
}
