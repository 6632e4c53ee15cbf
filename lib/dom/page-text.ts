import { BlockGroups } from '../block-groups';

/**
 * A page's text as one string, with what it was read from: `units[i]` held
 * `text.slice(starts[i], ends[i])` when read; `starts` ascends. A unit is a text node, or a
 * block element read whole (its `textContent`: nothing but inline elements and text inside),
 * whose text nodes are found only when a mention needs them (see `piecesOf`). Wrapping marks
 * later splits nodes, so a text node's data may since have shrunk. Characters no unit
 * covers are block boundaries, always a single "\n". `shadowRoots` lists every open shadow
 * root read (the root itself when it is one), so callers can style inside each.
 */
export type PageText = {
  text: string;
  units: (Text | Element)[];
  starts: number[];
  ends: number[];
  shadowRoots: ShadowRoot[];
  /**
   * Elements read whole that turned out to hold a shadow root when their nodes were looked
   * up (a shadow tree shows other text than `textContent`): their mentions got no pieces, and
   * they are to be read again node by node. Filled in by `piecesOf`.
   */
  readAgain: Element[];
  /** Where each line that starts a new group of blocks (a card, a row) starts, ascending. */
  groupStarts: number[];
};

/** How a reader reads blocks. */
export type ReadOptions = {
  /**
   * Read a block that holds only inline elements and text in one call (`textContent`) rather
   * than node by node: most of a page's reading time is DOM calls per node. Default true.
   */
  wholeBlocks?: boolean;
};

// Elements whose content is never page prose: code, form controls, embedded documents, and
// the extension's own card (its marks, <sourcemark-mention>, are page text and are read).
// Nor is struck-out text, which the page says is no longer so: "Meta will invest
// <del>$10 billion</del> $14.3 billion".
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'code', 'pre',
  'sourcemark-card', 'del', 's', 'strike',
]); // prettier-ignore

// Block-ness by tag name: getComputedStyle would force style recalculation on every element.
// A block's text never runs into its neighbour's, so "Meta" in one cell and "data" in the
// next stay two words.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd',
  'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/** How many nodes are read between two looks at the deadline (well under a millisecond). */
const NODES_PER_CLOCK_READ = 64;

const SOURCE_WHITESPACE = /[\n\r\t\f\v]/;
const SOURCE_WHITESPACE_ALL = /[\n\r\t\f\v]/g;
const NOT_SPACE = /\S/;

/**
 * A node's text as the page's text holds it: a source's line breaks and tabs are spaces on
 * screen, and in page text "\n" means a block boundary, so they are read as spaces (the same
 * length: offsets still map 1:1).
 */
export function asReadText(data: string): string {
  return SOURCE_WHITESPACE.test(data) ? data.replace(SOURCE_WHITESPACE_ALL, ' ') : data;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

function isDocument(node: Node): node is Document {
  return node.nodeType === Node.DOCUMENT_NODE;
}

// Elements that may be skipped for an attribute (each element walked is asked, see
// isSkippedByAttribute): a block holding one is never read whole, so its skipped parts are
// walked to and left out.
const SKIP_ATTRIBUTES = '[hidden],[data-sourcemark-ui],[contenteditable]';

// A block is read whole only when every element inside is one of these inline elements
// (and none may be skipped for an attribute): anything else (a nested block, a line break, code,
// a form control, a custom element that may hold a shadow tree) has it read node by node.
// An allow-list, so an element nobody thought of is read the careful way; and one short
// selector, which the browser matches far faster than a list of every block and skipped tag.
// The browser tries the names in order for every element inside, so the commonest come
// first: this order halved the query's time on the benchmark's articles.
const INLINE = [
  'span', 'a', 'em', 'strong', 'b', 'i', 'sourcemark-mention', 'sup', 'sub', 'small', 'time',
  'abbr', 'cite', 'mark', 'u', 'q', 'img', 'wbr', 'bdi', 'bdo', 'big', 'data', 'dfn', 'font',
  'ins', 'kbd', 'label', 'samp', 'tt', 'var',
]; // prettier-ignore
// One query of the block finds both: one walk over its elements, where a query of the whole
// page for the attributes walked every element once more.
const NOT_WHOLE = `:not(${INLINE.join(',')}),${SKIP_ATTRIBUTES}`;

function isSkippedByAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.hasAttribute('data-sourcemark-ui')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True for an element whose boundaries are line breaks in page text (by tag name). */
export function isBlock(element: Element): boolean {
  return blockByName(element, element.localName);
}

// A custom element with its own shadow tree renders as a box of its own.
function blockByName(element: Element, name: string): boolean {
  return BLOCKS.has(name) || (name.includes('-') && element.shadowRoot !== null);
}

// One tree being walked: the page root, a shadow root, or a node assigned to a slot. `state`
// says what to do with the walker's current node next; `depth` is how far below the root
// it is, and `blocks` whether each element entered on the way down is a block. `base` is how
// deep the root stands in the page (a shadow root below its host).
type Walk = {
  walker: TreeWalker;
  root: Node;
  base: number;
  state: 'enter-root' | 'descend' | 'leave';
  depth: number;
  blocks: boolean[];
  /** Whether the current node (being descended into or left) is a block. */
  isBlock: boolean;
};

/**
 * Reads a page's text in slices so a long page never blocks the main thread for long. Walks
 * open shadow roots in place of their host's light children (slots read their assigned
 * nodes, or their fallback content), and never reads skipped regions: scripts, styles, form
 * controls, code, `hidden` and contenteditable elements, and the extension's own UI.
 *
 * Every node costs DOM calls, which are most of a page's reading time: each element walked is
 * asked its name, attributes and shadow root once, each text node its data, and a block of
 * inline elements and text is read whole, found by one query of the block.
 */
export class PageTextReader {
  private readonly doc: Document;
  private readonly walks: Walk[] = [];
  /**
   * The pieces of text read, joined once, in `result`: joined step by step as well, a 1 MB
   * page's text was copied twice, and marking it took 15 to 20% longer.
   */
  private readonly chunks: string[] = [];
  private readonly units: (Text | Element)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly groups = new BlockGroups();
  /** Set when a block could not be queried: no block is read whole after that. */
  private cannotQuery = false;
  private length = 0;
  private needsBoundary = false;
  private readonly wholeBlocks: boolean;

  /** Prepares to read `root`: an element, a document, or a shadow root. */
  constructor(root: Node, { wholeBlocks = true }: ReadOptions = {}) {
    this.wholeBlocks = wholeBlocks;
    // Every node but a document has an owner document.
    this.doc = isDocument(root) ? root : root.ownerDocument!;
    // A root inside an editable region (a rich-text editor's child) is the editor's text.
    const isEditable = 'isContentEditable' in root && root.isContentEditable === true;
    if (!isEditable) this.push(root);
    if (isShadowRoot(root)) this.shadowRoots.push(root);
  }

  /**
   * Reads nodes until `deadline()` returns true or the walk ends; reads at least one node per
   * call, so repeated calls always finish. Returns true once the whole root has been read.
   */
  step(deadline: () => boolean): boolean {
    // The clock is read every few dozen nodes: reading it per node cost a fifth of the walk.
    for (let visited = 1; this.walks.length > 0; visited++) {
      this.visitOne();
      if (visited % NODES_PER_CLOCK_READ === 0 && deadline()) break;
    }
    return this.walks.length === 0;
  }

  /** The text read so far (all of it once `step` has returned true). */
  result(): PageText {
    return {
      text: this.chunks.join(''),
      units: this.units,
      starts: this.starts,
      ends: this.ends,
      shadowRoots: this.shadowRoots,
      readAgain: [],
      groupStarts: this.groups.starts(),
    };
  }

  private push(root: Node): void {
    const show = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
    const host = this.walks.at(-1);
    this.walks.push({
      walker: this.doc.createTreeWalker(root, show),
      root,
      base: host ? host.base + host.depth + 1 : 0,
      state: 'enter-root',
      depth: 0,
      blocks: [],
      isBlock: false,
    });
  }

  // Moves one node forward in the innermost walk. Iterative, so deep trees cannot overflow
  // the stack.
  private visitOne(): void {
    const walk = this.walks[this.walks.length - 1];
    const { walker } = walk;
    if (walk.state === 'enter-root') {
      walk.state = this.enter(walk.root, walk);
    } else if (walk.state === 'descend') {
      const isBlock = walk.isBlock;
      const child = walker.firstChild();
      if (child) {
        walk.blocks.push(isBlock);
        walk.depth++;
        walk.state = this.enter(child, walk);
      } else walk.state = 'leave';
    } else {
      this.groups.leave(walk.base + walk.depth);
      if (walk.isBlock) this.needsBoundary = true;
      if (walk.depth === 0) {
        this.walks.pop();
        return;
      }
      const sibling = walker.nextSibling();
      if (sibling) {
        walk.state = this.enter(sibling, walk);
      } else if (walker.parentNode()) {
        walk.depth--;
        walk.isBlock = walk.blocks.pop()!;
      } else {
        // Per the DOM spec, parentNode() never returns a root that `whatToShow` hides (a
        // document or shadow root): null means the root's last child is done.
        this.walks.pop();
      }
    }
  }

  // Reads a node's own text, or says whether to read its children. A shadow host or a slot
  // hands its content to new walks, read before the host is left.
  private enter(node: Node, walk: Walk): Walk['state'] {
    walk.isBlock = false;
    const type = node.nodeType;
    const depth = walk.base + walk.depth;
    if (type === Node.TEXT_NODE) {
      this.groups.enter(depth);
      this.addUnit(node as Text, (node as Text).data);
      return 'leave';
    }
    if (type !== Node.ELEMENT_NODE) return 'descend';
    const element = node as Element;
    const name = element.localName;
    this.groups.enter(depth, name);
    if (blockByName(element, name)) {
      walk.isBlock = true;
      this.needsBoundary = true;
    }
    if (SKIPPED.has(name) || isSkippedByAttribute(element)) return 'leave';
    const shadow = element.shadowRoot;
    if (shadow) {
      this.shadowRoots.push(shadow);
      this.push(shadow);
      return 'leave';
    }
    if (name === 'slot' && 'assignedNodes' in element) {
      const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
      for (let i = assigned.length - 1; i >= 0; i--) this.push(assigned[i]);
      if (assigned.length > 0) return 'leave';
    }
    if (walk.isBlock && this.wholeBlocks && this.isWhole(element)) {
      const text = element.textContent ?? '';
      // A block without text of its own may hold a shadow tree that shows some: walk it.
      if (NOT_SPACE.test(text)) {
        this.addUnit(element, text);
        return 'leave';
      }
    }
    return 'descend';
  }

  // Whether a block holds nothing but inline elements and text (see INLINE).
  private isWhole(element: Element): boolean {
    if (this.cannotQuery) return false;
    try {
      return element.querySelector(NOT_WHOLE) === null;
    } catch {
      // A selector engine that recurses (a test DOM) gives up on a very deep tree.
      this.cannotQuery = true;
      return false;
    }
  }

  private addUnit(unit: Text | Element, data: string): void {
    if (data.length === 0) return;
    if (this.needsBoundary && this.length > 0) {
      this.chunks.push('\n');
      this.length += 1;
      this.groups.breakLine(this.length);
    }
    this.needsBoundary = false;
    this.groups.text(data);
    this.units.push(unit);
    this.starts.push(this.length);
    this.chunks.push(asReadText(data));
    this.length += data.length;
    this.ends.push(this.length);
  }
}

/** Reads all of `root`'s text in one go. */
export function readPageText(root: Node, options?: ReadOptions): PageText {
  const reader = new PageTextReader(root, options);
  reader.step(() => false);
  return reader.result();
}
