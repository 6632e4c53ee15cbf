import { MARK_STYLES } from './element-marks';
import { FLASH_RULE, highlightName, MARK_KINDS, type MarkKind } from './mark-kind';
import { afterNextFrame } from './schedule';
import type { TextPiece } from './text-ranges';

/** True when the browser has the CSS Custom Highlight API. */
export function isPaintSupported(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && 'highlights' in win.CSS;
}

/**
 * The `::highlight()` rules: one per mark kind (and the flash of a mention the reader asked to
 * see), told apart by underline style as well as
 * colour, with a faint tint. Painting changes no box, so the layout never shifts.
 */
export function paintStyleSheetText(): string {
  const marks = MARK_KINDS.map((kind) => {
    const style = MARK_STYLES[kind];
    return `::highlight(${highlightName(kind)}) { text-decoration: underline ${style.line} ${style.color}; background-color: ${style.tint}; }`;
  });
  return [...marks, FLASH_RULE].join('\n');
}

/**
 * How far beyond the viewport marks are painted, in viewport sizes: two screens above and
 * below, one to each side.
 */
const PAINT_MARGIN = { block: 2, inline: 1 };
const MARGIN = `${PAINT_MARGIN.block * 100}% ${PAINT_MARGIN.inline * 100}%`;

/**
 * How far the observer looks beyond what is on screen. Where the observer knows
 * `scrollMargin`, it alone widens the viewport and every scrolling box inside the page:
 * Chromium applies it to the document's own scroller too, and given a root margin as well
 * it takes the margin's percentages of the already widened box, so "two screens" became
 * about thirteen (on a 5 MB page, 18 more marks painted as soon as they were followed, in a
 * frame of its own that cost over 50 ms). Elsewhere the root margin widens the viewport.
 */
function marginOf(win: Window & typeof globalThis): IntersectionObserverInit {
  return 'scrollMargin' in win.IntersectionObserver.prototype
    ? ({ scrollMargin: MARGIN } as IntersectionObserverInit)
    : { rootMargin: MARGIN };
}

/**
 * A mark to paint: its kind, the node its text is in or under, and the ranges over that text,
 * made when the mark is first painted (most marks of a long page are never near the screen;
 * null until then). Its text's pieces are asked for then too (see `PaintMarks`).
 */
export type PaintedMark = {
  readonly kind: MarkKind;
  readonly anchor: Node;
  ranges: AbstractRange[] | null;
};

/**
 * The element whose place on screen decides whether a mark is painted: its anchor when that
 * is an element, else the text's parent (or shadow host).
 */
function targetOf(mark: PaintedMark): Element | null {
  const node = mark.anchor;
  if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return 'host' in root ? (root.host as Element) : null;
}

/**
 * Paints marks with the CSS Custom Highlight API: one `Highlight` per mark kind. The page's
 * DOM is not touched; the style rules are adopted by the document and each open shadow root.
 *
 * Only marks near the viewport are in the highlights, and an IntersectionObserver on the
 * elements holding their text adds and removes them as the page scrolls. Chromium rebuilds
 * the markers of every range of every highlight in each frame where a highlight or the DOM
 * changed: with all 2,500 marks of a 5 MB page registered, adding the next batch, or any
 * change the page makes to itself, cost frames of 50 to 100 ms.
 */
export class PaintMarks<Mark extends PaintedMark = PaintedMark> {
  private readonly highlights = new Map<MarkKind, Highlight>();
  private readonly styled = new WeakSet<ShadowRoot>();
  private readonly sheet: CSSStyleSheet;
  private readonly observer: IntersectionObserver | null;
  /** Each mark's element (see targetOf), and the marks in each element. */
  private readonly targets = new Map<Mark, Element>();
  private readonly marksIn = new Map<Element, Set<Mark>>();
  /** Elements near the viewport, or whose place cannot be told (they have no box). */
  private readonly near = new Set<Element>();
  /** Elements to follow from the next `follow()` on. */
  private unfollowed: Element[] = [];
  /** Marks found near the viewport, painted by the next `follow()`. */
  private readonly pending = new Set<Mark>();

  /**
   * `piecesOf` gives a mark's text when it is first painted ([] when the page no longer holds
   * it: nothing is painted).
   */
  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly piecesOf: (mark: Mark) => readonly TextPiece[],
  ) {
    this.sheet = new win.CSSStyleSheet();
    this.sheet.replaceSync(paintStyleSheetText());
    for (const kind of MARK_KINDS) {
      const highlight = new win.Highlight();
      this.highlights.set(kind, highlight);
      win.CSS.highlights.set(highlightName(kind), highlight);
    }
    this.observer =
      typeof win.IntersectionObserver === 'function'
        ? new win.IntersectionObserver((entries) => this.moved(entries), marginOf(win))
        : null;
  }

  /**
   * Makes the `::highlight()` rules apply inside a shadow root. The document itself gets them
   * from the manifest's content-script CSS (public/content-scripts/marks.css), applied before the
   * page's first style pass: adopting a sheet with `::highlight()` rules into a loaded page
   * restyles every element (half a second on a 1 MB page).
   */
  adoptStyles(root: ShadowRoot): void {
    if (this.styled.has(root)) return;
    this.styled.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  /**
   * Paints each mark whenever its text is near the viewport. Marks
   * come in document order: the place of each new element is asked only until one lies
   * beyond the margin below the viewport, since in the page's flow the rest lie further down
   * (asking each would cost as much as the rest of drawing). Those near are painted by the
   * next `follow()`, all at once; from then on the observer paints those that come near, and
   * any that were near after all.
   */
  add(marks: readonly Mark[]): void {
    let pastTheFold = false;
    for (const mark of marks) {
      const target = targetOf(mark);
      if (!target || !this.observer) {
        this.pending.add(mark);
        continue;
      }
      this.targets.set(mark, target);
      let inTarget = this.marksIn.get(target);
      if (!inTarget) {
        inTarget = new Set();
        this.marksIn.set(target, inTarget);
        if (!pastTheFold) {
          const place = this.placeOf(target);
          if (place === 'near') this.near.add(target);
          pastTheFold = place === 'below';
        }
        this.unfollowed.push(target);
      }
      inTarget.add(mark);
      if (this.near.has(target)) this.pending.add(mark);
    }
  }

  /**
   * Paints the marks found near the viewport since the last call, and starts following the
   * elements of the marks added since then. Called once a pass of marking is done, not with
   * every batch. Chromium re-checks every highlight and repaints in each frame where a
   * highlight or the DOM changed, and with underlined highlights on a 5 MB page such a frame
   * takes about 50 ms whatever changed: the pass's paints, and the page marked ready, share
   * one. The elements are followed a frame later: the observer's first look at a few
   * thousand of them cost 10 to 20 ms more in traces, which would land in the same frame.
   */
  follow(): void {
    for (const mark of this.pending) {
      // Its element may have scrolled away meanwhile (the observer follows it from a pass before).
      const target = this.targets.get(mark);
      if (!target || this.near.has(target)) this.paint(mark);
    }
    this.pending.clear();
    const targets = this.unfollowed;
    this.unfollowed = [];
    if (targets.length === 0 || !this.observer) return;
    void afterNextFrame(this.win).then(() => {
      for (const target of targets) {
        // Its marks may have gone meanwhile, or the marks altogether (destroy).
        if (this.marksIn.has(target)) this.observer!.observe(target);
      }
    });
  }

  /** Removes the paint of `mark` and stops following it. */
  delete(mark: Mark): void {
    this.pending.delete(mark);
    this.unpaint(mark);
    const target = this.targets.get(mark);
    if (!target) return;
    this.targets.delete(mark);
    const marks = this.marksIn.get(target)!;
    marks.delete(mark);
    if (marks.size > 0) return;
    this.marksIn.delete(target);
    this.near.delete(target);
    this.observer?.unobserve(target);
  }

  /** How many ranges each highlight holds now, by highlight name. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [kind, highlight] of this.highlights) counts[highlightName(kind)] = highlight.size;
    return counts;
  }

  /** Removes every highlight (the rules stay: they paint nothing without one). */
  destroy(): void {
    this.observer?.disconnect();
    for (const kind of MARK_KINDS) this.win.CSS.highlights.delete(highlightName(kind));
    this.highlights.clear();
    this.targets.clear();
    this.marksIn.clear();
    this.near.clear();
    this.unfollowed = [];
    this.pending.clear();
  }

  private paint(mark: Mark): void {
    const highlight = this.highlights.get(mark.kind)!;
    mark.ranges ??= this.piecesOf(mark).map(
      (p) =>
        new this.win.StaticRange({
          startContainer: p.node,
          startOffset: p.start,
          endContainer: p.node,
          endOffset: p.end,
        }),
    );
    for (const range of mark.ranges) highlight.add(range);
  }

  private unpaint(mark: Mark): void {
    const highlight = this.highlights.get(mark.kind);
    for (const range of mark.ranges ?? []) highlight?.delete(range);
  }

  /** Where `target` is: near the viewport (or without a box), below the margin, or away. */
  private placeOf(target: Element): 'near' | 'below' | 'away' {
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return 'near';
    const { innerWidth: width, innerHeight: height } = this.win;
    const y = PAINT_MARGIN.block * height;
    const x = PAINT_MARGIN.inline * width;
    if (box.top > height + y) return 'below';
    const near = box.bottom >= -y && box.right >= -x && box.left <= width + x;
    return near ? 'near' : 'away';
  }

  private moved(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      const marks = this.marksIn.get(target);
      if (!marks) continue;
      // No box (display: contents, or not rendered): painting is the safe side.
      const near = isIntersecting || (box.width === 0 && box.height === 0);
      if (near === this.near.has(target)) continue;
      if (near) this.near.add(target);
      else this.near.delete(target);
      for (const mark of marks) {
        if (near) this.paint(mark);
        else this.unpaint(mark);
      }
    }
  }
}
