import type { MarkStyle } from '../settings';
import { unwrapMarks, wrapPieces } from './element-marks';
import { piecesOfRecord, type MarkRecord } from './mark-records';
import { PaintMarks } from './paint-marks';
import type { TextPiece } from './text-ranges';

/**
 * Draws and erases records in one mark style. Elements are wrapped last-first and unwrapped
 * together, so wrapping one mention never shifts the offsets of another in the same node.
 */
export class MarkRenderer {
  private paint: PaintMarks<MarkRecord> | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    public readonly style: MarkStyle,
  ) {
    if (style === 'paint') this.paint = new PaintMarks(win, piecesOfRecord);
  }

  /**
   * Whether drawing and erasing write to the page's DOM: elements are wrapped into it (and
   * split its text nodes); paint leaves it as it is.
   */
  get changesPage(): boolean {
    return this.paint === null;
  }

  /** Makes the paint rules apply inside a shadow root the marks reach into. */
  adoptStyles(root: ShadowRoot): void {
    this.paint?.adoptStyles(root);
  }

  /**
   * Draws `records`, which must be in document order. Painted marks look their pieces up when
   * first near the screen; wrapped ones all at once, before any is wrapped (wrapping splits
   * the nodes a later look-up would walk).
   */
  draw(records: readonly MarkRecord[]): void {
    const { paint } = this;
    if (paint) {
      paint.add(records);
      return;
    }
    records.forEach(piecesOfRecord);
    // Last first: wrapping one mention never shifts the offsets of another in the same node.
    const doc = this.win.document;
    for (let i = records.length - 1; i >= 0; i--) {
      const record = records[i];
      record.elements = wrapPieces(record.pieces!, record.attributes, doc);
      // Focusable from script and assistive technology (focus opens the card), but not a
      // stop in the page's tab order: the shortcuts move between marks.
      record.elements[0]?.setAttribute('tabindex', '-1');
    }
  }

  /** Lets painted marks follow scrolling from now on (call when a pass of marking is done). */
  followScrolling(): void {
    this.paint?.follow();
  }

  /** Erases `records`' marks, restoring the page's own text nodes. */
  erase(records: readonly MarkRecord[]): void {
    const elements: HTMLElement[] = [];
    for (const record of records) {
      this.paint?.delete(record);
      if (record.elements) elements.push(...record.elements);
      record.ranges = null;
      record.elements = null;
    }
    if (elements.length > 0) unwrapMarks(elements);
  }

  /**
   * Where a record's text is now: the page's nodes (looked up if they were not yet), or the
   * nodes inside its elements.
   */
  currentPieces(record: MarkRecord): TextPiece[] {
    if (!record.elements) return piecesOfRecord(record);
    const pieces: TextPiece[] = [];
    for (const element of record.elements) {
      const node = element.firstChild;
      if (node && node.nodeType === 3) {
        pieces.push({ node: node as Text, start: 0, end: (node as Text).length });
      }
    }
    return pieces;
  }

  /** How many ranges each CSS highlight holds (empty in the elements style). */
  highlightCounts(): Record<string, number> {
    return this.paint?.counts() ?? {};
  }

  /** Removes the renderer's highlights and styles (records must be erased first). */
  destroy(): void {
    this.paint?.destroy();
    this.paint = null;
  }
}
