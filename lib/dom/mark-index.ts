import type { MarkRecord } from './mark-records';
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
      return compareAsShown(x.node, y.node);
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
