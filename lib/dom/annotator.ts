import { findMentions } from '../find-mentions';
import { findMentionsInChunks } from '../find-mentions-in-chunks';
import { quoteAround } from '../quote-around';
import { judgeFigure } from '../judge-mention';
import { scanTriggers } from '../scan-triggers';
import type { PageState } from '../messages';
import type { FigureSighting } from '../store/schema';
import type { MarkStyle } from '../settings';
import { CardView } from './card';
import { closestBlock, isOwnUi } from './closest-block';
import { flash } from './flash';
import { caretAt, isInsideRects } from './hit-test';
import {
  cardOf,
  createRecord,
  isRecordIntact,
  toPageMention,
  type MarkRecord,
  type Reference,
} from './mark-records';
import { MarkRenderer } from './mark-renderer';
import { hasPossibleMention, PageTextReader } from './page-text';
import { isPaintSupported } from './paint-marks';
import { createSliceClock, SLICE_BUDGET_MS, waitForIdle, yieldToBrowser } from './schedule';
import { piecesOf, type TextPiece } from './text-ranges';

type PageWindow = Window & typeof globalThis;

/** Characters matched per call of the matcher; several calls fit in one slice. */
const CHUNK = 32 * 1024;
/** How long changes gather before they are scanned (new text is marked within ~500 ms). */
const SETTLE_MS = 120;
/** Past this many changed blocks in one batch, the whole body is scanned again. */
const MAX_CHANGED_ROOTS = 200;
const WARM_UP_SAMPLE =
  'Meta agreed to invest $14.3 billion in Scale AI for a 49% stake. The company was founded in 2016.';
const SCALE_AI = /\bScale[ \u00a0]*AI\b/;

/** Creates live ranges over a mention's pieces, for geometry (static ranges have none). */
function liveRanges(doc: Document, pieces: TextPiece[]): Range[] {
  return pieces.map((p) => {
    const range = doc.createRange();
    range.setStart(p.node, p.start);
    range.setEnd(p.node, p.end);
    return range;
  });
}

/**
 * Marks a page and keeps its marks right: waits for an idle page, reads and matches its text
 * in slices that give the main thread back, draws marks in the chosen style, marks text the
 * page adds or re-renders later, and opens a card on hover or from the keyboard.
 */
export class Annotator {
  private readonly doc: Document;
  private readonly records = new Map<string, MarkRecord>();
  private readonly byNode = new Map<Text, MarkRecord[]>();
  private ordered: MarkRecord[] | null = null;
  private renderer: MarkRenderer;
  private readonly card: CardView;
  private readonly clock;
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private settleTimer = 0;
  private scanning: Promise<void> = Promise.resolve();
  private nextId = 1;
  private position = -1;
  private pageNamesScaleAi = false;
  private idleWaitMs = 0;
  private ready = false;
  private skipped = false;
  private pointer: { x: number; y: number } | null = null;

  constructor(
    private readonly win: PageWindow,
    private readonly reference: Reference,
    markStyle: MarkStyle,
    private readonly signal: AbortSignal,
    /** Called whenever marks are added or removed (the content script reports them). */
    private readonly onChange?: () => void,
  ) {
    this.doc = win.document;
    this.clock = createSliceClock(() => win.performance.now());
    this.renderer = new MarkRenderer(win, this.effectiveStyle(markStyle));
    this.card = new CardView(win);
    this.observer = new win.MutationObserver((mutations) => this.collect(mutations));
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Waits for an idle page, then marks it. Resolves when the first pass is done. */
  async start(): Promise<void> {
    const waitStarted = this.win.performance.now();
    await waitForIdle(this.win);
    this.idleWaitMs = this.win.performance.now() - waitStarted;
    if (this.signal.aborted || !this.doc.body) return;
    this.listen();
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    const possible = this.clock.measure(() => hasPossibleMention(this.doc.body.textContent ?? ''));
    if (possible) {
      await this.warmUp();
      await this.scan(this.doc.body);
    } else this.skipped = true;
    this.ready = true;
  }

  /** Switches every mark to `style` at once (paint falls back to elements where unsupported). */
  setMarkStyle(style: MarkStyle): void {
    const effective = this.effectiveStyle(style);
    if (effective === this.renderer.style) return;
    this.clock.measure(() =>
      this.writing(() => {
        const all = this.inOrder();
        this.renderer.erase(all);
        this.renderer.destroy();
        this.renderer = new MarkRenderer(this.win, effective);
        this.renderer.draw(all);
        this.reindex();
      }),
    );
  }

  /** Moves to the next or previous mention: selects its text and opens its card. */
  moveTo(direction: 'next' | 'previous'): string | null {
    const all = this.inOrder().filter(isRecordIntact);
    if (all.length === 0) return null;
    const step = direction === 'next' ? 1 : -1;
    this.position = (this.position + step + all.length) % all.length;
    const record = all[this.position];
    const ranges = liveRanges(this.doc, this.renderer.currentPieces(record));
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
    const record = this.records.get(mentionId);
    if (!record || !isRecordIntact(record)) return false;
    const ranges = liveRanges(this.doc, this.renderer.currentPieces(record));
    ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    flash(this.win, ranges, record.elements ?? []);
    return true;
  }

  /** The extension's own view of the page's marks. */
  state(style: MarkStyle): PageState {
    const card = this.card.describe();
    return {
      url: this.doc.location.href,
      title: this.doc.title,
      siteEnabled: true,
      markStyle: style,
      ready: this.ready,
      mentions: this.inOrder().map(toPageMention),
      highlights: this.renderer.highlightCounts(),
      card: card && this.card.mentionId ? { mentionId: this.card.mentionId, ...card } : null,
      stats: { ...this.clock.totals(), idleWaitMs: this.idleWaitMs, skipped: this.skipped },
    };
  }

  private effectiveStyle(style: MarkStyle): MarkStyle {
    return style === 'paint' && !isPaintSupported(this.win) ? 'elements' : style;
  }

  private deadline(): () => boolean {
    const end = this.win.performance.now() + SLICE_BUDGET_MS;
    return () => this.win.performance.now() >= end;
  }

  /**
   * Runs the matcher once on a short sample, in slices of its own: the first run compiles its
   * regexes and functions, which would otherwise make the first real slice a long task.
   */
  private async warmUp(): Promise<void> {
    this.clock.measure(() => scanTriggers(WARM_UP_SAMPLE));
    await yieldToBrowser(this.win);
    this.clock.measure(() => {
      for (const mention of findMentions(WARM_UP_SAMPLE)) {
        if (mention.kind === 'figure')
          judgeFigure(mention.claim, mention.figure, this.reference.index);
      }
    });
    await yieldToBrowser(this.win);
  }

  /** Reads `root`, matches its text and draws its marks, in slices. */
  private async scan(root: Node): Promise<void> {
    const reader = new PageTextReader(root);
    while (!this.clock.measure(() => reader.step(this.deadline()))) {
      await yieldToBrowser(this.win);
      if (this.signal.aborted) return;
    }
    const page = reader.result();
    for (const shadow of page.shadowRoots) {
      this.renderer.adoptStyles(shadow);
      this.observer.observe(shadow, { childList: true, subtree: true, characterData: true });
    }
    const context = {
      namesScaleAi: this.pageNamesScaleAi,
      hasNamedScaleAiBefore: this.pageNamesScaleAi,
    };
    this.pageNamesScaleAi ||= SCALE_AI.test(page.text);
    const chunks = findMentionsInChunks(page.text, CHUNK, context);
    for (let done = false; !done;) {
      const made = this.clock.measure(() => {
        const records: MarkRecord[] = [];
        const isOver = this.deadline();
        while (!isOver()) {
          const next = chunks.next();
          if (next.done) {
            done = true;
            break;
          }
          for (const mention of next.value) {
            const pieces = piecesOf(page, mention.start, mention.end);
            if (pieces.length > 0) {
              const quote = quoteAround(page.text, mention.start, mention.end);
              records.push(
                createRecord(`sm-${this.nextId++}`, mention, pieces, this.reference, quote),
              );
            }
          }
        }
        return records;
      });
      if (made.length > 0) this.clock.measure(() => this.add(made));
      if (!done) await yieldToBrowser(this.win);
      if (this.signal.aborted) return;
    }
  }

  private add(records: MarkRecord[]): void {
    this.changed();
    this.writing(() => this.renderer.draw(records));
    for (const record of records) {
      this.records.set(record.id, record);
      this.index(record);
    }
    this.ordered = null;
  }

  private remove(records: MarkRecord[]): void {
    if (records.length === 0) return;
    this.changed();
    this.writing(() => this.renderer.erase(records));
    for (const record of records) {
      this.records.delete(record.id);
      if (this.card.mentionId === record.id) this.card.close();
    }
    this.ordered = null;
    this.reindex();
  }

  private changed(): void {
    this.ordered = null;
    this.onChange?.();
  }

  /** The page's figure mentions with their quotes, as the history records them. */
  figureSightings(): FigureSighting[] {
    return this.inOrder()
      .filter((r) => r.mention.kind === 'figure')
      .map((r) => ({ ...toPageMention(r), quote: r.quote }));
  }

  private index(record: MarkRecord): void {
    for (const piece of this.renderer.currentPieces(record)) {
      const list = this.byNode.get(piece.node);
      if (list) list.push(record);
      else this.byNode.set(piece.node, [record]);
    }
  }

  private reindex(): void {
    this.byNode.clear();
    for (const record of this.records.values()) this.index(record);
  }

  private inOrder(): MarkRecord[] {
    if (!this.ordered) {
      this.ordered = [...this.records.values()].sort((a, b) => {
        const x = a.pieces[0];
        const y = b.pieces[0];
        if (x.node === y.node) return x.start - y.start;
        return x.node.compareDocumentPosition(y.node) & 4 ? -1 : 1;
      });
    }
    return this.ordered;
  }

  /** Runs our own DOM writes so the observer never reacts to them. */
  private writing(write: () => void): void {
    this.collect(this.observer.takeRecords());
    try {
      write();
    } finally {
      this.observer.takeRecords();
    }
  }

  private collect(mutations: MutationRecord[]): void {
    for (const mutation of mutations) {
      if (isOwnUi(mutation.target)) continue;
      if (mutation.type === 'characterData') this.pending.add(mutation.target);
      for (const node of mutation.addedNodes) if (!isOwnUi(node)) this.pending.add(node);
      if (mutation.removedNodes.length > 0) this.pending.add(mutation.target);
    }
    if (this.pending.size > 0 && !this.settleTimer) {
      this.settleTimer = this.win.setTimeout(() => {
        this.settleTimer = 0;
        this.scanning = this.scanning.then(() => this.rescanChanges());
      }, SETTLE_MS);
    }
  }

  /** Drops marks whose text the page changed, then marks the changed blocks again. */
  private async rescanChanges(): Promise<void> {
    if (this.signal.aborted) return;
    const roots = this.clock.measure(() => {
      this.remove([...this.records.values()].filter((r) => !isRecordIntact(r)));
      const blocks = new Set<Element>();
      for (const node of this.pending) {
        const block = node.isConnected ? closestBlock(node, this.doc.body) : null;
        if (block) blocks.add(block);
      }
      this.pending.clear();
      if (blocks.size > MAX_CHANGED_ROOTS) return [this.doc.body];
      const list = [...blocks];
      return list.filter((b) => !list.some((other) => other !== b && other.contains(b)));
    });
    for (const root of roots) {
      if (!root.isConnected) continue;
      this.clock.measure(() =>
        this.remove(
          [...this.records.values()].filter((r) => r.pieces.some((p) => root.contains(p.node))),
        ),
      );
      await this.scan(root);
    }
  }

  private listen(): void {
    const options = { signal: this.signal, passive: true } as const;
    this.win.addEventListener('pointermove', (e) => this.onPointer(e.clientX, e.clientY), options);
    this.win.addEventListener('scroll', () => this.card.close(), options);
    this.doc.addEventListener('focusin', (e) => this.onFocus(e.target), options);
    this.win.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.card.mentionId) this.card.close();
      },
      { signal: this.signal, capture: true },
    );
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
    const record = mark && this.records.get(mark.getAttribute('data-mention-id') ?? '');
    if (record && this.card.mentionId !== record.id) {
      this.clock.measure(() => this.openCard(record, mark.getBoundingClientRect()));
    }
  }

  private hover(x: number, y: number): void {
    const caret = caretAt(this.doc, x, y);
    const record =
      caret && this.byNode.get(caret.node)?.find((r) => this.isUnder(r, caret.node, x, y));
    if (record) {
      if (this.card.mentionId !== record.id) {
        const box = liveRanges(
          this.doc,
          this.renderer.currentPieces(record),
        )[0].getBoundingClientRect();
        this.openCard(record, box);
      }
      return;
    }
    const overCard = this.card.isUnder(x, y);
    if (this.card.mentionId && !overCard) this.card.close();
  }

  private isUnder(record: MarkRecord, node: Text, x: number, y: number): boolean {
    const pieces = this.renderer.currentPieces(record).filter((p) => p.node === node);
    return liveRanges(this.doc, pieces).some((r) => isInsideRects(r.getClientRects(), x, y));
  }

  private openCard(record: MarkRecord, anchor: DOMRect): void {
    const card = cardOf(record, this.records.values(), this.reference);
    this.card.open(record.id, card, {
      x: anchor.x,
      y: anchor.y,
      width: anchor.width,
      height: anchor.height,
    });
  }

  private destroy(): void {
    this.observer.disconnect();
    this.win.clearTimeout(this.settleTimer);
    this.card.close();
    this.renderer.erase([...this.records.values()]);
    this.renderer.destroy();
    this.records.clear();
    this.byNode.clear();
  }
}
