type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node and offset under a point (viewport coordinates), or null. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Text; offset: number } | null {
  const d = doc as CaretDocument;
  let node: Node | undefined;
  let offset = 0;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    node = position?.offsetNode;
    offset = position?.offset ?? 0;
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    node = range?.startContainer;
    offset = range?.startOffset ?? 0;
  }
  return node && node.nodeType === 3 ? { node: node as Text, offset } : null;
}

/** True when the point lies inside one of the rectangles (the caret APIs snap to the nearest text). */
export function isInsideRects(rects: Iterable<DOMRect>, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
