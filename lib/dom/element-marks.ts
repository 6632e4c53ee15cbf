import type { EntityId } from '../entities';
import type { Verdict } from '../judge-mention';
import type { MarkKind } from './mark-kind';
import type { TextPiece } from './text-ranges';

/** What a `<sourcemark-mention>` element says about its mention, as `data-*` attributes. */
export type MarkAttributes = {
  mentionId: string;
  kind: 'entity' | 'figure';
  entity?: EntityId;
  claim?: string;
  verdict?: Verdict;
  agree?: string[];
  disagree?: string[];
};

/** How one kind of mark is drawn: underline colour and line style, and a faint tint. */
export type MarkStyle = {
  color: string;
  line: 'solid' | 'wavy' | 'dashed' | 'dotted';
  thicknessPx: number;
  tint: string;
};

/**
 * The look of each mark kind, shared by element marks and painted highlights. Line styles
 * differ as well as colours, so the verdicts are told apart without colour vision.
 */
export const MARK_STYLES: Readonly<Record<MarkKind, MarkStyle>> = {
  agrees: { color: '#1a7f37', line: 'solid', thicknessPx: 2, tint: 'rgba(26, 127, 55, 0.08)' },
  disagrees: { color: '#cf222e', line: 'wavy', thicknessPx: 2, tint: 'rgba(207, 34, 46, 0.08)' },
  mixed: { color: '#9a6700', line: 'dashed', thicknessPx: 2, tint: 'rgba(154, 103, 0, 0.08)' },
  unreferenced: {
    color: '#57606a',
    line: 'dotted',
    thicknessPx: 2,
    tint: 'rgba(87, 96, 106, 0.06)',
  },
  entity: { color: '#0969da', line: 'dotted', thicknessPx: 1, tint: 'transparent' },
};

const TAG = 'sourcemark-mention';

// The inline style of a mark. `all: unset` first so page CSS for unknown elements (borders,
// `display: block`) cannot change the text's layout; every rule !important for the same
// reason. Set through CSSOM (`style.cssText`), which a page's CSP does not block.
function styleOf(kind: MarkKind): string {
  const { color, line, thicknessPx } = MARK_STYLES[kind];
  return [
    'all: unset',
    'display: inline',
    'text-decoration-line: underline',
    `text-decoration-style: ${line}`,
    `text-decoration-color: ${color}`,
    `text-decoration-thickness: ${thicknessPx}px`,
    'text-underline-offset: 2px',
    'cursor: help',
  ]
    .map((rule) => `${rule} !important;`)
    .join(' ');
}

function markKindOf(attributes: MarkAttributes): MarkKind {
  return attributes.kind === 'entity' ? 'entity' : (attributes.verdict ?? 'unreferenced');
}

// Chromium expands `all: unset` into every CSS property, so parsing the style once per kind
// and cloning a styled blank mark is several times faster than setting cssText on each. The
// blank carries every attribute but the mention's id too: a page repeats a few verdicts, and
// cloning copies them faster than setting each on each mark.
const blankMarks = new WeakMap<Document, Map<string, HTMLElement>>();
/** Every mark element this script made, to tell them from copies a page made of them. */
const ownMarks = new WeakSet<Element>();

function createMark(attributes: MarkAttributes, doc: Document): HTMLElement {
  const { kind, entity, claim, verdict, agree, disagree } = attributes;
  const isFigure = kind === 'figure';
  const key = [kind, entity, claim, verdict, agree?.join(' '), disagree?.join(' ')].join('|');
  let byKey = blankMarks.get(doc);
  if (!byKey) blankMarks.set(doc, (byKey = new Map()));
  let blank = byKey.get(key);
  if (!blank) {
    blank = doc.createElement(TAG);
    blank.style.cssText = styleOf(markKindOf(attributes));
    // In the order the contract lists them; the id is set on each copy.
    blank.setAttribute('data-mention-id', '');
    blank.setAttribute('data-kind', kind);
    if (entity) blank.setAttribute('data-entity', entity);
    if (claim !== undefined) blank.setAttribute('data-claim', claim);
    if (verdict) blank.setAttribute('data-verdict', verdict);
    if (isFigure || agree) blank.setAttribute('data-agree', (agree ?? []).join(' '));
    if (isFigure || disagree) blank.setAttribute('data-disagree', (disagree ?? []).join(' '));
    byKey.set(key, blank);
  }
  const mark = blank.cloneNode(false) as HTMLElement;
  mark.setAttribute('data-mention-id', attributes.mentionId);
  ownMarks.add(mark);
  return mark;
}

// Wrapping splits a page's text node into parts. The original Text object always stays
// where the page put it, holding a part of its text outside any mark: a page's script keeps
// its text nodes and calls `parent.removeChild(node)` or `parent.insertBefore(other, node)`
// on the parent it put them in (React does), which throws once a mark has moved the node
// into itself. Remembering every part, with its offset in the original data, lets pieces
// read before a split still find their text, and lets unwrapping merge exactly these parts
// again (never the page's own neighbouring text nodes, which `normalize()` would merge too).
type Part = { node: Text; offset: number };
const partsOfOriginal = new WeakMap<Text, Part[]>();
const originalOf = new WeakMap<Text, Text>();
/**
 * The length of each split original after the script last split or merged it (its length,
 * not its data: reading a node's data copies it, and a long node is split once per mark).
 */
const headLengthOf = new WeakMap<Text, number>();
/**
 * The data of a split original that holds text after a part of its own (see `splitBefore`),
 * when the script last split or merged it: `normalize()` may append the page's next text
 * node to it, and only its data tells that from the page setting new text.
 */
const tailDataOf = new WeakMap<Text, string>();

// The page's own node a part was split off (a node not split off one is its own).
function originalOfPart(node: Text): Text {
  return originalOf.get(node) ?? node;
}

function partsOf(node: Text): Part[] {
  const original = originalOfPart(node);
  return partsOfOriginal.get(original) ?? [{ node: original, offset: 0 }];
}

/** A piece's text, without copying the rest of its node's data (the piece must fit in it). */
export function textOf(piece: TextPiece): string {
  return piece.node.substringData(piece.start, piece.end - piece.start);
}

// Keeps what `isAbandoned` compares an original with, after the script changed it.
function remember(original: Text, parts: Part[]): void {
  if (parts.length < 2) {
    partsOfOriginal.delete(original);
    headLengthOf.delete(original);
    tailDataOf.delete(original);
    return;
  }
  partsOfOriginal.set(original, parts);
  headLengthOf.set(original, original.length);
  if (parts[0].node !== original) tailDataOf.set(original, original.data);
  else tailDataOf.delete(original);
}

function splitAt(node: Text, at: number): Text {
  const parts = partsOf(node);
  const index = parts.findIndex((part) => part.node === node);
  const tail = node.splitText(at);
  const original = originalOfPart(node);
  parts.splice(index + 1, 0, { node: tail, offset: parts[index].offset + at });
  originalOf.set(tail, original);
  remember(original, parts);
  return tail;
}

// Moves the first `at` characters of an original into a new node placed before it, for
// marking: the original keeps the rest (maybe nothing) where the page put it.
function splitBefore(original: Text, at: number): Text {
  const parts = partsOf(original);
  const index = parts.findIndex((part) => part.node === original);
  const { offset } = parts[index];
  const head = original.ownerDocument.createTextNode(original.substringData(0, at));
  original.deleteData(0, at);
  original.before(head);
  parts.splice(index, 1, { node: head, offset }, { node: original, offset: offset + at });
  originalOf.set(head, original);
  remember(original, parts);
  return head;
}

// Whether a node is where the reader edits text: in an editable region, or a page in design
// mode (the browser then edits whichever part the caret is in).
function isEditable(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  return node.parentElement?.isContentEditable === true;
}

// Whether the page's script rewrote a text node that wrapping split (a framework sets a text
// node's `nodeValue` to the whole new text: only a text exactly as long as the part the node
// kept goes unnoticed), or took it out: its other parts then hold text the page no longer
// has. Not where the reader edits: typing changes one part, and the other parts are still
// the reader's text.
function isAbandoned(original: Text): boolean {
  const head = headLengthOf.get(original);
  if (head === undefined) return false;
  let changed: boolean;
  if (original.parentNode === null) changed = !wasMergedBack(original);
  else changed = original.length !== head && !wasAppendedTo(original, head);
  // Editability last, and only of a changed node: it asks the document and every part's
  // parent, where an unchanged node (nearly every one erased) costs one length.
  return changed && !partsOf(original).some((part) => isEditable(part.node));
}

// Whether a split original that left the page was merged into the text node before it, as
// `normalize()` does with adjacent text nodes: its text is still shown there, before its
// other parts, which must then stay too. Where in doubt, they stay. An original after a part
// of its own has a mark before it, so it was merged into nothing: `normalize()` takes out an
// empty one too, but so does a page taking out its node, which is far more common.
function wasMergedBack(original: Text): boolean {
  const parts = partsOf(original);
  if (parts[0].node !== original) return false;
  const next = parts[1]?.node;
  if (!next?.isConnected) return true;
  const parent = next.parentElement;
  const place = parent && ownMarks.has(parent) ? parent : next;
  const before = place.previousSibling;
  return before === null || !isText(before) ? false : before.data.endsWith(original.data);
}

// Whether `normalize()` appended the page's next text node to an original that holds the
// end of its text (it had `head` characters): the original text is still there, in front.
function wasAppendedTo(original: Text, head: number): boolean {
  const data = tailDataOf.get(original);
  if (data === undefined || head === 0 || original.length <= head) return false;
  return original.substringData(0, head) === data;
}

// Takes an abandoned original's other parts out of the page.
function dropParts(original: Text): void {
  for (const { node } of partsOf(original)) {
    if (node === original) continue;
    node.remove();
    originalOf.delete(node);
  }
  remember(original, []);
}

// Where a piece's text lies now: offsets index its node's data as it was read, and later
// splits may have moved some of it into other parts. One piece per part it overlaps. A page's
// node is read whole (the script reads a block again only once its marks are gone), so its
// offsets count from the start of its original data, wherever that now is.
function currentPieces(piece: TextPiece): TextPiece[] {
  const parts = partsOf(piece.node);
  const base = originalOf.has(piece.node)
    ? (parts.find((part) => part.node === piece.node)?.offset ?? 0)
    : 0;
  const from = base + piece.start;
  const to = base + piece.end;
  const pieces: TextPiece[] = [];
  for (const { node, offset } of parts) {
    const start = Math.max(from, offset) - offset;
    const end = Math.min(to, offset + node.length) - offset;
    if (end > start) pieces.push({ node, start, end });
  }
  return pieces;
}

/**
 * A piece's text now, read through the splits wrapping made since the piece was read: a
 * mention read before another one in its node was wrapped still reads its own text.
 */
export function currentTextOf(piece: TextPiece): string {
  return currentPieces(piece).map(textOf).join('');
}

// Wraps a piece of one part; a page's own node is never the one moved into the mark.
function wrapOne(piece: TextPiece, attributes: MarkAttributes, doc: Document): HTMLElement {
  let target = piece.node;
  if (piece.start === 0 && !originalOf.has(target)) target = splitBefore(target, piece.end);
  else {
    if (piece.end < target.length) splitAt(target, piece.end);
    if (piece.start > 0) target = splitAt(target, piece.start);
  }
  const mark = createMark(attributes, doc);
  target.before(mark);
  mark.append(target);
  return mark;
}

/**
 * Wraps each piece in its own `<sourcemark-mention>` element carrying `attributes`, splitting
 * text nodes so only the piece is wrapped; returns the elements in text order. Pieces may
 * have been read before other marks split their nodes. Whitespace-only pieces and pieces of
 * nodes no longer in the document are not wrapped. Reads no layout and never parses HTML.
 */
export function wrapPieces(
  pieces: TextPiece[],
  attributes: MarkAttributes,
  doc: Document,
): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const piece of pieces) {
    for (const current of currentPieces(piece)) {
      if (!current.node.isConnected || textOf(current).trim() === '') continue;
      marks.push(wrapOne(current, attributes, doc));
    }
  }
  return marks;
}

function isText(node: Node | null): node is Text {
  return node !== null && node.nodeType === Node.TEXT_NODE;
}

// Whether a part has a parent that is no mark of this script's: free to be merged. Its
// parent may have left the page with it (a page keeps a detached view to show it again).
function isFree(node: Text): boolean {
  const parent = node.parentNode;
  return parent !== null && !ownMarks.has(parent as Element);
}

// Joins `parts[i]` and `parts[i + 1]` into whichever of them is the original (else the
// first), where that one is: the page may have put nodes between them, or moved its node,
// and its node then holds its whole text again wherever the page wants it. Returns the
// index of the joined part.
function joinParts(parts: Part[], i: number): number {
  const [head, tail] = [parts[i].node, parts[i + 1].node];
  const kept = originalOf.has(tail) ? head : tail;
  if (kept === head) head.appendData(tail.data);
  else tail.insertData(0, head.data);
  const gone = kept === head ? tail : head;
  gone.remove();
  originalOf.delete(gone);
  parts.splice(i, 2, { node: kept, offset: parts[i].offset });
  return i;
}

// Merges a part taken out of its mark with its neighbours in the original's text that are
// free too.
function mergeFree(part: Text): void {
  const parts = partsOf(part);
  let i = parts.findIndex((p) => p.node === part);
  if (parts.length < 2 || i < 0) return;
  const original = originalOfPart(part);
  const count = parts.length;
  if (i > 0 && isFree(parts[i - 1].node)) i = joinParts(parts, i - 1);
  if (i + 1 < parts.length && isFree(parts[i + 1].node)) joinParts(parts, i);
  // Nothing joined, nothing changed: no copy of a long node's data to remember.
  if (parts.length < count) remember(original, parts);
}

// Whether a node is a page's own text node that wrapping split.
function isSplitOriginal(node: Node | null): node is Text {
  return isText(node) && partsOfOriginal.has(node);
}

/**
 * The page's own text nodes, split by wrapping, that `mutations` rewrote, took out or put a
 * node next to. Until their marks are erased, the page shows their old parts beside the text
 * it set, or the node it inserted inside their sentence.
 */
export function splitNodesChangedBy(mutations: Iterable<MutationRecord>): Text[] {
  const found = new Set<Text>();
  const check = (node: Node | null) => {
    if (isSplitOriginal(node)) found.add(node);
  };
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') check(mutation.target);
    if (mutation.type !== 'childList') continue;
    mutation.removedNodes.forEach(check);
    // Where each added node is now: next to it, a split node's sentence is out of order.
    mutation.addedNodes.forEach((node) => {
      check(node.previousSibling);
      check(node.nextSibling);
    });
  }
  return [...found];
}

/** The nodes that hold a split node's text now: the node itself and the parts split off it. */
export function partsOfSplit(original: Text): Text[] {
  return partsOf(original).map((part) => part.node);
}

/**
 * The `<sourcemark-mention>` elements under `root` that this script did not make: copies of
 * marks that the page made, by setting a block's `innerHTML` to its own, by cloning its
 * nodes, or saved with the page. Marked again as they are, their text would be wrapped
 * inside them, one level deeper at every copy, under stale mention ids.
 */
export function copiedMarksIn(root: ParentNode): Element[] {
  const marks = root.querySelectorAll(TAG);
  const copies: Element[] = [];
  for (let i = 0; i < marks.length; i++) if (!ownMarks.has(marks[i])) copies.push(marks[i]);
  return copies;
}

/**
 * Takes copied marks out of the page, leaving their content where they were. A copy of a
 * node that a mark emptied (see `splitBefore`) follows its copied mark: it goes too, or each
 * copy would leave one more empty node for the next copy to copy.
 */
export function removeCopiedMarks(copies: readonly Element[]): void {
  for (const copy of copies) {
    const next = copy.nextSibling;
    if (isText(next) && next.length === 0) next.remove();
    copy.replaceWith(...copy.childNodes);
  }
}

/**
 * Removes mark elements and restores the page: each element is replaced by its content, and
 * the text nodes that wrapping split are merged back, so the original Text object holds its
 * original data again. The page's own separate text nodes stay separate. Elements no longer
 * in the page are ignored. Where the page rewrote or took out a split node, the other parts
 * are taken out instead (merged, they would add the old text after the new, for good).
 */
export function unwrapMarks(elements: HTMLElement[]): void {
  for (const mark of elements) {
    for (const child of Array.from(mark.childNodes)) {
      if (!isText(child)) continue;
      const original = originalOfPart(child);
      if (isAbandoned(original)) dropParts(original);
    }
  }
  for (const mark of elements) {
    if (!mark.parentNode) continue;
    const children = Array.from(mark.childNodes);
    mark.replaceWith(...children);
    for (const child of children) if (isText(child)) mergeFree(child);
  }
}
