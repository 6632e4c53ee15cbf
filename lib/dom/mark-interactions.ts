import { CardView } from './card';
import { flash } from './flash';
import { caretAt, isInsideRects } from './hit-test';
import type { MarkIndex } from './mark-index';
import {
  cardOf,
  isRecordIntact,
  type MarkRecord,
  type Reference,
  type UnitCheck,
} from './mark-records';
import type { SliceClock } from './schedule';
import type { TextPiece } from './text-ranges';

/** Live ranges over a mention's pieces, for geometry and selection (static ranges have none). */
function liveRanges(doc: Document, pieces: TextPiece[]): Range[] {
  return pieces.map((p) => {
    const range = doc.createRange();
    range.setStart(p.node, p.start);
    range.setEnd(p.node, p.end);
    return range;
  });
}

/**
 * What a reader does with marks: hovering or focusing one opens its card, Escape closes it,
 * the shortcuts move from mark to mark (selecting the text so a screen reader reads it), and
 * the popup can ask to see one (scrolled to and flashed).
 */
export class MarkInteractions {
  readonly card: CardView;
  private readonly doc: Document;
  private pointer: { x: number; y: number } | null = null;
  private position = -1;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly index: MarkIndex,
    private readonly piecesOf: (record: MarkRecord) => TextPiece[],
    private readonly reference: () => Reference,
    private readonly clock: SliceClock,
  ) {
    this.doc = win.document;
    this.card = new CardView(win);
  }

  /** Starts listening to the pointer, focus and Escape until `signal` aborts. */
  listen(signal: AbortSignal): void {
    const options = { signal, passive: true } as const;
    this.win.addEventListener('pointermove', (e) => this.onPointer(e.clientX, e.clientY), options);
    this.win.addEventListener('scroll', () => this.card.close(), options);
    this.doc.addEventListener('focusin', (e) => this.onFocus(e.target), options);
    this.win.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.card.mentionId) this.card.close();
      },
      { signal, capture: true },
    );
  }

  /** Moves to the next or previous mention: selects its text and opens its card. */
  moveTo(direction: 'next' | 'previous'): string | null {
    const checked: UnitCheck = new Map();
    const all = this.index.inOrder().filter((r) => isRecordIntact(r, checked));
    if (all.length === 0) return null;
    const step = direction === 'next' ? 1 : -1;
    this.position = (this.position + step + all.length) % all.length;
    const record = all[this.position];
    const ranges = liveRanges(this.doc, this.piecesOf(record));
    // Its text changed since it was checked (the change watcher is about to read it again).
    if (ranges.length === 0) return null;
    const whole = this.doc.createRange();
    whole.setStart(ranges[0].startContainer, ranges[0].startOffset);
    const last = ranges[ranges.length - 1];
    whole.setEnd(last.endContainer, last.endOffset);
    ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const selection = this.win.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(whole);
    this.openCard(record, whole.getBoundingClientRect());
    return record.id;
  }

  /** Scrolls the page to a mention and flashes it; false when there is no such mention. */
  scrollTo(mentionId: string): boolean {
    const record = this.index.get(mentionId);
    if (!record || !isRecordIntact(record)) return false;
    const ranges = liveRanges(this.doc, this.piecesOf(record));
    if (ranges.length === 0) return false;
    ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    flash(this.win, ranges, record.elements ?? []);
    return true;
  }

  /** Closes the card if it belongs to one of `records` (they are being removed). */
  forget(records: MarkRecord[]): void {
    if (records.some((r) => r.id === this.card.mentionId)) this.card.close();
  }

  private onPointer(x: number, y: number): void {
    const waiting = this.pointer !== null;
    this.pointer = { x, y };
    if (waiting) return;
    this.win.requestAnimationFrame(() => {
      const point = this.pointer!;
      this.pointer = null;
      this.clock.measure(() => this.hover(point.x, point.y));
    });
  }

  private onFocus(target: EventTarget | null): void {
    const mark = target instanceof this.win.Element ? target.closest('sourcemark-mention') : null;
    const record = mark && this.index.get(mark.getAttribute('data-mention-id') ?? '');
    if (record && this.card.mentionId !== record.id) {
      this.clock.measure(() => this.openCard(record, mark.getBoundingClientRect()));
    }
  }

  private hover(x: number, y: number): void {
    const caret = caretAt(this.doc, x, y);
    const record =
      caret && this.index.at(caret.node).find((r) => this.isUnder(r, caret.node, x, y));
    if (record) {
      if (this.card.mentionId !== record.id) {
        const [first] = liveRanges(this.doc, this.piecesOf(record));
        this.openCard(record, first.getBoundingClientRect());
      }
      return;
    }
    if (this.card.mentionId && !this.card.isUnder(x, y)) this.card.close();
  }

  private isUnder(record: MarkRecord, node: Text, x: number, y: number): boolean {
    const pieces = this.piecesOf(record).filter((p) => p.node === node);
    return liveRanges(this.doc, pieces).some((r) => isInsideRects(r.getClientRects(), x, y));
  }

  private openCard(record: MarkRecord, anchor: DOMRect): void {
    const card = cardOf(record, this.index.all(), this.reference());
    const { x, y, width, height } = anchor;
    this.card.open(record.id, card, { x, y, width, height });
  }
}
