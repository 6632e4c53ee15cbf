// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKS_CSS_FILE } from '../../../lib/content-script-files';
import { PaintMarks, paintStyleSheetText, type PaintedMark } from '../../../lib/dom/paint-marks';
import type { TextPiece } from '../../../lib/dom/text-ranges';

describe('paintStyleSheetText', () => {
  it('matches the CSS the manifest injects before the first style pass', () => {
    const css = readFileSync(join(import.meta.dirname, '../../../public', MARKS_CSS_FILE), 'utf8');
    expect(css.replace(/\/\*[\s\S]*?\*\//, '').trim()).toBe(paintStyleSheetText());
  });

  it('tells verdicts apart by underline style, not only colour', () => {
    const text = paintStyleSheetText();
    for (const [name, line] of [
      ['agrees', 'solid'],
      ['disagrees', 'wavy'],
      ['mixed', 'dashed'],
      ['unreferenced', 'dotted'],
    ]) {
      expect(text).toMatch(
        new RegExp(`sourcemark-${name}\\) \\{ text-decoration: underline ${line}`),
      );
    }
  });
});

/** An IntersectionObserver the test drives: it reports what the test says. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<Element>();
  constructor(
    readonly report: (entries: IntersectionObserverEntry[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Reports `target` as within the margin or not, with a box of `size` px. */
  tell(target: Element, isIntersecting: boolean, size = 20) {
    const boundingClientRect = { width: size, height: size } as DOMRectReadOnly;
    this.report([{ target, isIntersecting, boundingClientRect } as IntersectionObserverEntry]);
  }
}

/** A window with the Highlight API and a 1000×800 viewport, over happy-dom's document. */
function paintWindow(withObserver = true) {
  return {
    document,
    innerWidth: 1000,
    innerHeight: 800,
    CSSStyleSheet: class {
      replaceSync() {}
    },
    Highlight: class extends Set<AbstractRange> {},
    StaticRange: class {
      constructor(init: StaticRangeInit) {
        Object.assign(this, init);
      }
    },
    CSS: { highlights: new Map<string, Set<AbstractRange>>() },
    IntersectionObserver: withObserver ? FakeObserver : undefined,
    MessageChannel,
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as Window & typeof globalThis;
}

/** Resolves once the tasks queued by `follow()` have run (it observes a frame later). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done, 5));
}

/** A paragraph `top` px down the viewport, and a painted mark on its text. */
function markAt(top: number, height = 20) {
  const p = document.createElement('p');
  p.textContent = 'Meta paid $14.3 billion';
  document.body.append(p);
  p.getBoundingClientRect = () =>
    ({ top, bottom: top + height, left: 0, right: 500, width: 500, height }) as DOMRect;
  const text = p.firstChild as Text;
  return { p, text, mark: markOn(text) };
}

/** A mark with its pieces, and how often they were asked for. */
type TestMark = PaintedMark & { pieces: TextPiece[]; asked: number };

/** A mark on the first word of `text`, not painted yet. */
function markOn(text: Text): TestMark {
  const pieces = [{ node: text, start: 0, end: 4 }];
  return { kind: 'agrees', anchor: text, pieces, asked: 0, ranges: null };
}

/** Paints test marks, counting each time their pieces are asked for. */
function paintMarks(win: Window & typeof globalThis): PaintMarks<TestMark> {
  return new PaintMarks<TestMark>(win, (mark) => {
    mark.asked++;
    return mark.pieces;
  });
}

describe('PaintMarks near the viewport', () => {
  const painted = (marks: PaintMarks<TestMark>) => marks.counts()['sourcemark-agrees'];

  it('paints marks on or near the screen when the pass is done, and not those screens away', async () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const onScreen = markAt(100);
    const justBelow = markAt(800 + 2 * 800 - 10); // within two screens below
    const farBelow = markAt(800 * 10);
    const farAbove = markAt(-800 * 3);
    for (const { mark } of [onScreen, justBelow, farBelow, farAbove]) marks.add([mark]);
    // All in one frame: each frame where a highlight changes re-checks them all.
    expect(painted(marks)).toBe(0);
    marks.follow();
    expect(painted(marks)).toBe(2);
    // Ranges are made for the marks painted, over their text; none for the marks away.
    expect(onScreen.mark.ranges).toEqual([
      { startContainer: onScreen.text, startOffset: 0, endContainer: onScreen.text, endOffset: 4 },
    ]);
    expect(farBelow.mark.ranges).toBeNull();
    expect(farAbove.mark.ranges).toBeNull();
    // Followed only once the pass is done: new observations each frame cost repaints.
    await settle();
    expect(FakeObserver.last.observed.size).toBe(4);
    expect(FakeObserver.last.options).toEqual({ rootMargin: '200% 100%' });
  });

  it('widens the viewport by the scroll margin alone where the observer knows one', () => {
    // Chromium applies a scroll margin to the document's scroller as well; with a root margin
    // on top it took that margin's percentages of the widened box.
    class ScrollMarginObserver extends FakeObserver {
      get scrollMargin() {
        return '0px';
      }
    }
    const win = paintWindow();
    Object.assign(win, { IntersectionObserver: ScrollMarginObserver });
    paintMarks(win);
    expect(FakeObserver.last).toBeInstanceOf(ScrollMarginObserver);
    expect(FakeObserver.last.options).toEqual({ scrollMargin: '200% 100%' });
  });

  it('paints and unpaints as the observer reports the page scrolling', () => {
    document.body.innerHTML = '';
    const win = paintWindow();
    const marks = paintMarks(win);
    const top = markAt(0);
    const bottom = markAt(800 * 10);
    marks.add([top.mark]);
    marks.add([bottom.mark]);
    marks.follow();
    expect(painted(marks)).toBe(1);
    FakeObserver.last.tell(bottom.p, true);
    FakeObserver.last.tell(top.p, false);
    expect([...win.CSS.highlights.get('sourcemark-agrees')!]).toEqual(bottom.mark.ranges);
    // Told twice: nothing is added twice.
    FakeObserver.last.tell(bottom.p, true);
    expect(painted(marks)).toBe(1);
  });

  it('paints marks in an element without a box of its own (display: contents)', () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const boxless = markAt(800 * 10, 0);
    boxless.p.getBoundingClientRect = () => ({ top: 0, bottom: 0, width: 0, height: 0 }) as DOMRect;
    marks.add([boxless.mark]);
    marks.follow();
    expect(painted(marks)).toBe(1);
    FakeObserver.last.tell(boxless.p, false, 0);
    expect(painted(marks)).toBe(1);
  });

  it('stops following an element once its last mark is gone', async () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const one = markAt(100);
    // A second mark in the same paragraph, with a range of its own.
    const two = { mark: markOn(one.text) };
    marks.add([one.mark]);
    marks.add([two.mark]);
    marks.follow();
    await settle();
    marks.delete(one.mark);
    expect(FakeObserver.last.observed.has(one.p)).toBe(true);
    expect(painted(marks)).toBe(1);
    marks.delete(two.mark);
    expect(FakeObserver.last.observed.size).toBe(0);
    expect(painted(marks)).toBe(0);
    // A late report about the element paints nothing again.
    FakeObserver.last.tell(one.p, true);
    expect(painted(marks)).toBe(0);
    // An element whose marks are gone before the pass ends is never followed.
    const three = markAt(100);
    marks.add([three.mark]);
    marks.delete(three.mark);
    marks.follow();
    await settle();
    expect(FakeObserver.last.observed.size).toBe(0);
  });

  it('asks where no element is once one lies below the margin, and leaves the rest to the observer', async () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const first = markAt(100);
    const below = markAt(800 * 10);
    const later = markAt(800 * 11);
    later.p.getBoundingClientRect = () => {
      throw new Error('asked where a later element is');
    };
    marks.add([first.mark, below.mark, later.mark]);
    marks.follow();
    expect(painted(marks)).toBe(1);
    await settle();
    expect(FakeObserver.last.observed.has(later.p)).toBe(true);
    FakeObserver.last.tell(later.p, true);
    expect(painted(marks)).toBe(2);
  });

  it('paints every mark where there is no IntersectionObserver', () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow(false));
    const far = markAt(800 * 10);
    marks.add([far.mark]);
    marks.follow();
    expect(painted(marks)).toBe(1);
  });

  it('follows the elements a frame after painting, and not those whose marks went meanwhile', async () => {
    document.body.innerHTML = '';
    const frames: (() => void)[] = [];
    const win = paintWindow();
    Object.assign(win, { requestAnimationFrame: (run: () => void) => frames.push(run) });
    const marks = paintMarks(win);
    const kept = markAt(100);
    const gone = markAt(800 * 10);
    marks.add([kept.mark, gone.mark]);
    marks.follow();
    expect(painted(marks)).toBe(1);
    expect(FakeObserver.last.observed.size).toBe(0);
    marks.delete(gone.mark);
    await settle();
    // No frame yet: nothing followed (the wait for one is longer than this).
    expect(FakeObserver.last.observed.size).toBe(0);
    frames.shift()!();
    expect(FakeObserver.last.observed.size).toBe(0);
    await settle();
    expect([...FakeObserver.last.observed]).toEqual([kept.p]);
  });

  it('does not paint a new mark whose element scrolled away before its pass was done', () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const first = markAt(100);
    marks.add([first.mark]);
    marks.follow();
    // A later pass (the page re-rendered) finds a second mark in the same element; the page
    // scrolls on before that pass is done.
    const second = { mark: markOn(first.text) };
    marks.add([second.mark]);
    FakeObserver.last.tell(first.p, false);
    marks.follow();
    expect(painted(marks)).toBe(0);
    FakeObserver.last.tell(first.p, true);
    expect(painted(marks)).toBe(2);
  });

  it('asks for the text of marks only when they are painted, and follows the block they were read in', async () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const near = markAt(100);
    const far = markAt(800 * 10);
    // Read whole, a paragraph anchors the marks of the text in its inline elements: no node
    // inside is looked up to follow them.
    const onBlock = ({ p, text, mark }: typeof near): TestMark => {
      p.prepend(document.createElement('b'));
      p.firstElementChild!.append(text);
      return { ...mark, anchor: p };
    };
    const [nearMark, farMark] = [onBlock(near), onBlock(far)];
    marks.add([nearMark, farMark]);
    marks.follow();
    expect(painted(marks)).toBe(1);
    expect([nearMark.asked, farMark.asked]).toEqual([1, 0]);
    await settle();
    expect([...FakeObserver.last.observed]).toEqual([near.p, far.p]);
    FakeObserver.last.tell(far.p, true);
    FakeObserver.last.tell(far.p, false);
    FakeObserver.last.tell(far.p, true);
    // Asked once, when first painted: its ranges are kept.
    expect(farMark.asked).toBe(1);
    expect(painted(marks)).toBe(2);
  });

  it('paints nothing for a mark whose text the page no longer holds', () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const gone = markAt(100);
    gone.mark.pieces = [];
    marks.add([gone.mark]);
    marks.follow();
    expect(painted(marks)).toBe(0);
    expect(gone.mark.ranges).toEqual([]);
  });

  it('never paints a mark deleted before the pass is done', () => {
    document.body.innerHTML = '';
    const marks = paintMarks(paintWindow());
    const one = markAt(100);
    marks.add([one.mark]);
    marks.delete(one.mark);
    marks.follow();
    expect(painted(marks)).toBe(0);
    expect(one.mark.ranges).toBeNull();
  });
});
