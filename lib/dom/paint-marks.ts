import { MARK_STYLES } from './element-marks';
import { FLASH_RULE, highlightName, MARK_KINDS, type MarkKind } from './mark-kind';

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
 * Paints marks with the CSS Custom Highlight API: one `Highlight` per mark kind, holding the
 * ranges of every mention of that kind. The page's DOM is not touched; the style rules are
 * adopted by the document and each open shadow root.
 */
export class PaintMarks {
  private readonly highlights = new Map<MarkKind, Highlight>();
  private readonly styled = new WeakSet<ShadowRoot>();
  private readonly sheet: CSSStyleSheet;

  constructor(private readonly win: Window & typeof globalThis) {
    this.sheet = new win.CSSStyleSheet();
    this.sheet.replaceSync(paintStyleSheetText());
    for (const kind of MARK_KINDS) {
      const highlight = new win.Highlight();
      this.highlights.set(kind, highlight);
      win.CSS.highlights.set(highlightName(kind), highlight);
    }
  }

  /**
   * Makes the `::highlight()` rules apply inside a shadow root. The document itself gets them
   * from the manifest's content-script CSS (entrypoints/content/marks.css), applied before the
   * page's first style pass: adopting a sheet with `::highlight()` rules into a loaded page
   * restyles every element (half a second on a 1 MB page).
   */
  adoptStyles(root: ShadowRoot): void {
    if (this.styled.has(root)) return;
    this.styled.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  /** Paints `ranges` as marks of `kind`. */
  add(kind: MarkKind, ranges: Range[]): void {
    const highlight = this.highlights.get(kind)!;
    for (const range of ranges) highlight.add(range);
  }

  /** Removes the paint of `ranges`. */
  delete(kind: MarkKind, ranges: Range[]): void {
    const highlight = this.highlights.get(kind)!;
    for (const range of ranges) highlight.delete(range);
  }

  /** How many ranges each highlight holds, by highlight name. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [kind, highlight] of this.highlights) counts[highlightName(kind)] = highlight.size;
    return counts;
  }

  /** Removes every highlight (the rules stay: they paint nothing without one). */
  destroy(): void {
    for (const kind of MARK_KINDS) this.win.CSS.highlights.delete(highlightName(kind));
    this.highlights.clear();
  }
}
