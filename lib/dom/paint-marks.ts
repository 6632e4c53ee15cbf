import { MARK_STYLES } from './element-marks';
import { highlightName, MARK_KINDS, type MarkKind } from './mark-kind';

/** True when the browser has the CSS Custom Highlight API. */
export function isPaintSupported(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && 'highlights' in win.CSS;
}

/**
 * The `::highlight()` rules: one per mark kind, told apart by underline style as well as
 * colour, with a faint tint. Painting changes no box, so the layout never shifts.
 */
export function paintStyleSheetText(): string {
  return MARK_KINDS.map((kind) => {
    const style = MARK_STYLES[kind];
    return `::highlight(${highlightName(kind)}) { text-decoration: underline ${style.line} ${style.color}; background-color: ${style.tint}; }`;
  }).join('\n');
}

/**
 * Paints marks with the CSS Custom Highlight API: one `Highlight` per mark kind, holding the
 * ranges of every mention of that kind. The page's DOM is not touched; the style rules are
 * adopted by the document and each open shadow root.
 */
export class PaintMarks {
  private readonly highlights = new Map<MarkKind, Highlight>();
  private readonly styled = new WeakSet<Document | ShadowRoot>();
  private readonly sheet: CSSStyleSheet;

  constructor(private readonly win: Window & typeof globalThis) {
    this.sheet = new win.CSSStyleSheet();
    this.sheet.replaceSync(paintStyleSheetText());
    for (const kind of MARK_KINDS) {
      const highlight = new win.Highlight();
      this.highlights.set(kind, highlight);
      win.CSS.highlights.set(highlightName(kind), highlight);
    }
    this.adoptStyles(win.document);
  }

  /** Makes the `::highlight()` rules apply inside `root` (the document or a shadow root). */
  adoptStyles(root: Document | ShadowRoot): void {
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

  /** Removes every highlight and the adopted style rules from the document. */
  destroy(): void {
    for (const kind of MARK_KINDS) this.win.CSS.highlights.delete(highlightName(kind));
    this.highlights.clear();
    const doc = this.win.document;
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}
