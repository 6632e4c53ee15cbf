import { findInBackground, type SendToBackground } from '../background-matching';
import { findMentions, type TextContext } from '../find-mentions';
import { findMentionsInChunks, MATCH_CHUNK, namesScaleAi } from '../find-mentions-in-chunks';
import { judgeFigure } from '../judge-mention';
import type { Mention } from '../mention';
import type { PageState } from '../messages';
import { pageYearOf } from '../page-year';
import { scanTriggers } from '../scan-triggers';
import type { MarkStyle } from '../settings';
import type { FigureSighting } from '../store/schema';
import { ChangeWatcher, changedBlocks } from './change-watcher';
import {
  copiedMarksIn,
  partsOfSplit,
  removeCopiedMarks,
  splitNodesChangedBy,
} from './element-marks';
import { MarkIndex } from './mark-index';
import { MarkInteractions } from './mark-interactions';
import {
  createRecord,
  isRecordIntact,
  piecesOfRecord,
  placeOfRecord,
  type UnitCheck,
  quoteOf,
  toPageMention,
  type MarkRecord,
  type Reference,
} from './mark-records';
import { MarkRenderer } from './mark-renderer';
import { PageTextReader } from './page-text';
import { mayMentionIn } from './possible-mention';
import { isPaintSupported } from './paint-marks';
import {
  createSliceClock,
  createYielder,
  SLICE_BUDGET_MS,
  timeNextFrame,
  waitForIdle,
  SerialBatches,
  WrapPacing,
  type SliceClock,
} from './schedule';
import { canLookUp, piecesOf, type TextPiece } from './text-ranges';

type PageWindow = Window & typeof globalThis;

/**
 * Mentions drawn at a time; a slice draws steps until its budget is spent (wrapping a step
 * in elements on a 5 MB page can take several ms, painting one is far cheaper).
 */
const DRAW_STEP = 16;
const WARM_UP_SAMPLE =
  'Meta agreed to invest $14.3 billion in Scale AI for a 49% stake. The company was founded in 2016.';

/** What an annotator may be given besides the page: all optional. */
export type AnnotatorOptions = {
  /** Called whenever marks are added or removed (the content script reports them). */
  onChange?: () => void;
  /** Asks the background to match a text; without it, or when it fails, the page matches. */
  askBackground?: SendToBackground;
  /**
   * Times the script's slices; pass the content script's own to count what it did before
   * (reading the settings) in the page's stats.
   */
  clock?: SliceClock;
};

/**
 * Marks a page and keeps its marks right: waits for an idle page, reads its text in slices
 * that give the main thread back, has it matched (in the background, else in the page), draws
 * marks in the chosen style, and marks text
 * the page adds or re-renders later (reading only the blocks that changed). Everything stops
 * and every mark is removed when `signal` aborts.
 */
export class Annotator {
  private readonly doc: Document;
  private renderer: MarkRenderer;
  private readonly index: MarkIndex;
  private readonly interactions: MarkInteractions;
  private readonly clock: SliceClock;
  private readonly onChange?: () => void;
  private readonly askBackground?: SendToBackground;
  private readonly yieldToBrowser: () => Promise<void>;
  private readonly watcher: ChangeWatcher;
  /** Blocks the page changed, read again one batch at a time (see SerialBatches). */
  private readonly changes: SerialBatches<Node>;
  private nextId = 1;
  private pageNamesScaleAi = false;
  private pageYear: number | null | undefined;
  private idleWaitMs = 0;
  private markingFromMs: number | null = null;
  private reportMs = 0;
  private ready = false;
  private skipped = false;
  private warmedUp = false;
  private matchedIn: PageState['stats']['matchedIn'] = null;

  private reference: Reference | null = null;

  constructor(
    private readonly win: PageWindow,
    /** Builds the page's reference (parses the dataset): run after the page is idle. */
    private readonly loadReference: () => Reference,
    markStyle: MarkStyle,
    private readonly signal: AbortSignal,
    { onChange, askBackground, clock }: AnnotatorOptions = {},
  ) {
    this.doc = win.document;
    this.onChange = onChange;
    this.askBackground = askBackground;
    this.clock = clock ?? createSliceClock(() => win.performance.now());
    this.yieldToBrowser = createYielder(win);
    this.renderer = new MarkRenderer(win, this.effectiveStyle(markStyle));
    const currentPieces = (record: MarkRecord) => this.renderer.currentPieces(record);
    this.index = new MarkIndex(currentPieces);
    this.interactions = new MarkInteractions(
      win,
      this.index,
      currentPieces,
      () => this.reference!,
      this.clock,
    );
    this.changes = new SerialBatches((changed) => this.rescan(changed));
    this.watcher = new ChangeWatcher(
      win,
      (changed) => this.changes.add(changed),
      (mutations) => this.eraseOutOfPlace(mutations),
    );
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /**
   * Waits for an idle page, then marks it. Resolves when the first pass is done. `mayMention`
   * says the caller already found that the page's text may name a company (the pre-check is
   * then not run again).
   */
  async start(mayMention = false): Promise<void> {
    const waitStarted = this.win.performance.now();
    await waitForIdle(this.win);
    this.markingFromMs = this.win.performance.now();
    this.idleWaitMs = this.markingFromMs - waitStarted;
    if (this.signal.aborted || !this.doc.body) return;
    this.interactions.listen(this.signal);
    this.watcher.observe(this.doc.body);
    this.watchForNewBody(this.doc.body);
    const possible = mayMention || this.clock.measure(() => mayMentionIn(this.doc.body));
    if (possible) {
      await this.scan(this.doc.body);
    } else this.skipped = true;
    this.ready = true;
  }

  /** Switches every mark to `style` at once (paint falls back to elements where unsupported). */
  setMarkStyle(style: MarkStyle): void {
    const effective = this.effectiveStyle(style);
    if (effective === this.renderer.style) return;
    this.clock.measure(() =>
      this.watcher.writing(() => {
        const all = this.index.inOrder();
        // Looked up before any mark is erased or wrapped (both change the nodes).
        all.forEach(piecesOfRecord);
        this.renderer.erase(all);
        this.renderer.destroy();
        this.renderer = new MarkRenderer(this.win, effective);
        this.renderer.draw(all);
        this.renderer.followScrolling();
        this.index.reindex();
      }),
    );
  }

  /** Moves to the next or previous mention: selects its text and opens its card. */
  moveTo(direction: 'next' | 'previous'): string | null {
    return this.interactions.moveTo(direction);
  }

  /** Scrolls the page to a mention and flashes it; false when there is no such mention. */
  scrollTo(mentionId: string): boolean {
    return this.interactions.scrollTo(mentionId);
  }

  /**
   * The page's figure mentions with their quotes, as the history records them, made in slices
   * (a long page has thousands of figures to quote). Its time is counted apart
   * (`stats.reportMs`): the report is made after the marks are in place.
   */
  async figureSightings(): Promise<FigureSighting[]> {
    const figures = this.index.inOrder().filter((r) => r.mention.kind === 'figure');
    const sightings: FigureSighting[] = [];
    while (sightings.length < figures.length) {
      const started = this.win.performance.now();
      const isOver = this.deadline();
      do {
        const record = figures[sightings.length];
        sightings.push({ ...toPageMention(record), quote: quoteOf(record) });
      } while (sightings.length < figures.length && !isOver());
      this.reportMs += this.win.performance.now() - started;
      if (sightings.length === figures.length) break;
      await this.yieldToBrowser();
      // Stopped meanwhile: its marks are gone, and so is any use for the rest.
      if (this.signal.aborted) break;
    }
    return sightings;
  }

  /** The extension's own view of the page's marks. */
  state(style: MarkStyle): PageState {
    const { card } = this.interactions;
    const shown = card.describe();
    return {
      url: this.doc.location.href,
      title: this.doc.title,
      siteEnabled: true,
      markStyle: style,
      ready: this.ready,
      mentions: this.index.inOrder().map(toPageMention),
      highlights: this.renderer.highlightCounts(),
      card: shown && card.mentionId ? { mentionId: card.mentionId, ...shown } : null,
      stats: {
        ...this.clock.totals(),
        idleWaitMs: this.idleWaitMs,
        markingFromMs: this.markingFromMs,
        reportMs: this.reportMs,
        skipped: this.skipped,
        matchedIn: this.matchedIn,
      },
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
   * The mentions of `text`, one at a time: from the background, where the matcher runs off
   * the page's main thread and stays warm from page to page, else matched here chunk by chunk
   * as they are asked for (so a slice of the caller's matches only what it has time for).
   */
  private async mentionsOf(text: string, context: TextContext): Promise<Iterator<Mention>> {
    if (this.askBackground) {
      const measure = <T>(work: () => T) => this.clock.measure(work, 'match');
      const found = await findInBackground(this.askBackground, text, context, measure);
      if (found) {
        this.matchedIn = 'background';
        // Decoded in the task the answer came in: the marks are made in slices of their own.
        await this.yieldToBrowser();
        return found.values();
      }
      // Stopped while it asked (the extension left the page): nothing to match.
      if (this.signal.aborted) return [].values();
    }
    await this.warmUp();
    this.matchedIn = 'page';
    return eachOf(findMentionsInChunks(text, MATCH_CHUNK, context));
  }

  /**
   * Runs the matcher once on a short sample, in slices of its own: the first run compiles its
   * regexes and functions, which would otherwise make the first real slice a long task.
   */
  private async warmUp(): Promise<void> {
    if (this.warmedUp) return;
    this.warmedUp = true;
    const reference = await this.ensureReference();
    this.clock.measure(() => scanTriggers(WARM_UP_SAMPLE));
    await this.yieldToBrowser();
    this.clock.measure(() => {
      for (const mention of findMentions(WARM_UP_SAMPLE)) {
        if (mention.kind === 'figure') {
          judgeFigure(mention.claim, mention.figure, reference.index);
        }
      }
    });
    await this.yieldToBrowser();
  }

  /** Parses the dataset on first need, in a slice of its own. */
  private async ensureReference(): Promise<Reference> {
    if (!this.reference) {
      this.reference = this.clock.measure(this.loadReference);
      await this.yieldToBrowser();
    }
    return this.reference;
  }

  /**
   * Reads `root`, matches its text and draws its marks, in slices; then reads node by node
   * the blocks read whole that turned out to hold a shadow tree.
   */
  private async scan(root: Node, wholeBlocks = true): Promise<void> {
    const reference = await this.ensureReference();
    this.dropCopiedMarks(root);
    // Made in a slice of its own, before the first read step.
    const reader = this.clock.measure(() => new PageTextReader(root, { wholeBlocks }), 'read');
    do {
      await this.yieldToBrowser();
      if (this.signal.aborted) return;
    } while (!this.clock.measure(() => reader.step(this.deadline()), 'read'));
    // Joining a long page's text copies all of it: a task of its own, apart from sending it.
    const page = this.clock.measure(() => reader.result(), 'read');
    await this.yieldToBrowser();
    if (this.signal.aborted) return;
    for (const shadow of page.shadowRoots) {
      this.renderer.adoptStyles(shadow);
      this.watcher.observe(shadow);
    }
    // The year the page was written in is its head's (see pageYearOf): found on the first read,
    // of the whole page, and kept for the blocks read again (a block has no head of its own).
    if (this.pageYear === undefined) {
      this.pageYear = this.clock.measure(() => pageYearOf(page.text), 'match');
    }
    const context = {
      namesScaleAi: this.pageNamesScaleAi,
      hasNamedScaleAiBefore: this.pageNamesScaleAi,
      groupStarts: page.groupStarts,
      pageYear: this.pageYear,
    };
    this.pageNamesScaleAi ||= this.clock.measure(() => namesScaleAi(page.text), 'match');
    const mentions = await this.mentionsOf(page.text, context);
    if (this.signal.aborted) return;
    // Wrapping changes the page's layout: the browser draws a frame between batches of marks
    // (see WrapPacing), where the page can be seen. Painting changes none.
    const visible = this.doc.visibilityState === 'visible';
    const pacing = this.renderer.changesPage && visible ? new WrapPacing() : null;
    let wrapped = 0;
    for (let done = false; !done;) {
      const painting = !this.renderer.changesPage;
      const made = this.clock.measure(() => {
        const records: MarkRecord[] = [];
        const isOver = this.deadline();
        while (!isOver()) {
          const next = mentions.next();
          if (next.done) {
            done = true;
            break;
          }
          const mention = next.value;
          // Painted marks look their nodes up when first near the screen (see PaintMarks).
          let pieces: TextPiece[] | null = null;
          if (painting) {
            if (!canLookUp(page, mention.start, mention.end)) continue;
          } else {
            pieces = piecesOf(page, mention.start, mention.end);
            if (pieces.length === 0) continue;
          }
          const id = `sm-${this.nextId++}`;
          records.push(createRecord(id, mention, pieces, reference, page));
        }
        return records;
      }, 'match');
      // Drawn in slices of their own: wrapping hundreds of mentions is no one task.
      for (let i = 0; i < made.length;) {
        if (pacing && !pacing.allows(wrapped)) {
          pacing.frameDrawn(await timeNextFrame(this.win));
          wrapped = 0;
        } else {
          // Never in the task that made these records: each task holds one slice.
          await this.yieldToBrowser();
        }
        if (this.signal.aborted) return;
        i = this.clock.measure(() => {
          const isOver = this.deadline();
          let next = i;
          do {
            const step = made.slice(next, next + DRAW_STEP);
            this.add(step, page);
            next += step.length;
            wrapped += step.length;
          } while (next < made.length && !isOver() && (!pacing || pacing.allows(wrapped)));
          return next;
        }, 'draw');
      }
      if (!done) await this.yieldToBrowser();
      if (this.signal.aborted) return;
    }
    this.clock.measure(() => this.renderer.followScrolling(), 'draw');
    for (const element of page.readAgain) {
      if (element.isConnected) await this.scan(element, false);
    }
  }

  /**
   * Takes out of `root` the copies the page made of marks (see `copiedMarksIn`) before it is
   * read, as the extension's own writes: their text is then marked like any other.
   */
  private dropCopiedMarks(root: Node): void {
    if (!('querySelectorAll' in root)) return;
    const copies = this.clock.measure(() => copiedMarksIn(root as ParentNode), 'read');
    if (copies.length === 0) return;
    this.clock.measure(() => this.watcher.writing(() => removeCopiedMarks(copies)), 'draw');
  }

  /**
   * Marks a body that replaces the page's (Turbo Drive and other PJAX libraries swap the
   * whole <body> on navigation): the old body's marks go with it, the new one is watched and
   * read. Only the document element's own children are watched for this.
   */
  private watchForNewBody(first: HTMLElement): void {
    let body = first;
    const observer = new this.win.MutationObserver(() => {
      const now = this.doc.body;
      if (!now || now === body) return;
      body = now;
      this.watcher.observe(now);
      this.changes.add([now]);
    });
    observer.observe(this.doc.documentElement, { childList: true });
    this.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  /**
   * Drops marks whose text the page changed and the marks in the changed blocks (in one
   * removal: each re-indexes what is left), then reads those blocks again.
   */
  private async rescan(changed: Set<Node>): Promise<void> {
    if (this.signal.aborted) return;
    const blocks = this.clock.measure(() => {
      const found = new Set<Node>(changedBlocks(changed, this.doc.body));
      const inFound = (node: Node) => {
        for (let n: Node | null = node; n; n = n.parentNode) if (found.has(n)) return true;
        return false;
      };
      // Where the text is now: a wrapped record's elements hold the parts of split nodes,
      // which stay in the block when the page takes out or rewrites the node itself.
      const inBlock = (r: MarkRecord) => placeOfRecord(r).some(inFound);
      const checked: UnitCheck = new Map();
      this.remove([...this.index.all()].filter((r) => !isRecordIntact(r, checked) || inBlock(r)));
      return found;
    });
    for (const block of blocks) {
      if (block.isConnected) await this.scan(block);
    }
  }

  /**
   * Erases at once the marks of split text nodes the page just rewrote, took out or put a
   * node next to (see `splitNodesChangedBy`), in the change watcher's callback: the browser
   * never paints the page's old text beside its new. Their blocks are read again when the
   * changes settle, like any other.
   */
  private eraseOutOfPlace(mutations: MutationRecord[]): void {
    if (!this.renderer.changesPage) return;
    const nodes = splitNodesChangedBy(mutations);
    if (nodes.length === 0) return;
    this.clock.measure(() => {
      const records = new Set<MarkRecord>();
      for (const node of nodes) {
        for (const part of partsOfSplit(node)) for (const r of this.index.at(part)) records.add(r);
      }
      this.remove([...records]);
    });
  }

  /** Draws and indexes records of one read (`read`), in the order it found them. */
  private add(records: MarkRecord[], read: object): void {
    this.render(() => this.renderer.draw(records));
    this.index.add(records, read);
    this.onChange?.();
  }

  /**
   * Runs the renderer's drawing or erasing: as the extension's own writes where it changes
   * the page (the watcher stops watching meanwhile), else as it is.
   */
  private render(work: () => void): void {
    if (this.renderer.changesPage) this.watcher.writing(work);
    else work();
  }

  private remove(records: MarkRecord[]): void {
    if (records.length === 0) return;
    this.render(() => this.renderer.erase(records));
    this.interactions.forget(records);
    this.index.remove(records);
    this.onChange?.();
  }

  private destroy(): void {
    this.watcher.disconnect();
    this.interactions.card.close();
    this.renderer.erase([...this.index.all()]);
    this.renderer.destroy();
    this.index.remove([...this.index.all()]);
  }
}

function* eachOf<T>(chunks: Iterable<T[]>): Generator<T> {
  for (const chunk of chunks) yield* chunk;
}
