/**
 * A page's text as one string, with the text nodes it came from: `nodes[i]` held
 * `text.slice(starts[i], ends[i])` when read (wrapping marks later splits nodes, so
 * `nodes[i].data` may since have shrunk); `starts` ascends. Characters no node covers are
 * block boundaries, always a single "\n". `shadowRoots` lists every open shadow root read
 * (the root itself when it is one), so callers can style inside each.
 */
export type PageText = {
  text: string;
  nodes: Text[];
  starts: number[];
  ends: number[];
  shadowRoots: ShadowRoot[];
};

// Elements whose content is never page prose: code, form controls, embedded documents, and
// the extension's own card (its marks, <sourcemark-mention>, are page text and are read).
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'code', 'pre',
  'sourcemark-card',
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

// No mention is possible without a company name. No \b at the ends: textContent joins block
// text without a separator ("<li>Google</li><li>Meta</li>" gives "GoogleMeta").
const POSSIBLE_MENTION = /Meta|Scale\s*AI|Facebook(?:['’]s)? parent|parent company of Facebook/;

/**
 * The cheap pre-check run on `document.body.textContent` before any tree walk: false when
 * the text names no company, so no mention can be found in it. May be true for text without
 * a mention ("Metadata").
 */
export function hasPossibleMention(text: string): boolean {
  return POSSIBLE_MENTION.test(text);
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

function isText(node: Node): node is Text {
  return node.nodeType === Node.TEXT_NODE;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

function isSlot(element: Element): element is HTMLSlotElement {
  return element.localName === 'slot' && 'assignedNodes' in element;
}

function isDocument(node: Node): node is Document {
  return node.nodeType === Node.DOCUMENT_NODE;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName) || element.hasAttribute('hidden')) return true;
  if (element.hasAttribute('data-sourcemark-ui')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True for an element whose boundaries are line breaks in page text (by tag name). */
export function isBlock(element: Element): boolean {
  return (
    BLOCKS.has(element.localName) ||
    (element.shadowRoot !== null && element.localName.includes('-'))
  );
}

// One tree being walked: the page root, a shadow root, or a node assigned to a slot. `state`
// says what to do with the walker's current node next.
type Walk = { walker: TreeWalker; root: Node; state: 'enter-root' | 'descend' | 'finish' };

/**
 * Reads a page's text in slices so a long page never blocks the main thread for long. Walks
 * open shadow roots in place of their host's light children (slots read their assigned
 * nodes, or their fallback content), and never reads skipped regions: scripts, styles, form
 * controls, code, `hidden` and contenteditable elements, and the extension's own UI.
 */
export class PageTextReader {
  private readonly doc: Document;
  private readonly walks: Walk[] = [];
  private readonly chunks: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly shadowRoots: ShadowRoot[] = [];
  private length = 0;
  private needsBoundary = false;

  /** Prepares to read `root`: an element, a document, or a shadow root. */
  constructor(root: Node) {
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
      nodes: this.nodes,
      starts: this.starts,
      ends: this.ends,
      shadowRoots: this.shadowRoots,
    };
  }

  private push(root: Node): void {
    const show = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
    this.walks.push({ walker: this.doc.createTreeWalker(root, show), root, state: 'enter-root' });
  }

  // Moves one node forward in the innermost walk. Iterative, so deep trees cannot overflow
  // the stack.
  private visitOne(): void {
    const walk = this.walks[this.walks.length - 1];
    const { walker } = walk;
    if (walk.state === 'enter-root') {
      walk.state = this.enter(walk.root);
    } else if (walk.state === 'descend') {
      walk.state = walker.firstChild() ? this.enter(walker.currentNode) : 'finish';
    } else {
      const node = walker.currentNode;
      this.leave(node);
      if (node === walk.root) this.walks.pop();
      else if (walker.nextSibling()) walk.state = this.enter(walker.currentNode);
      // Per the DOM spec, parentNode() never returns a root that `whatToShow` hides (a
      // document or shadow root): null means the root's last child is done.
      else if (!walker.parentNode()) this.walks.pop();
    }
  }

  // Reads a node's own text, or says whether to read its children. A shadow host or a slot
  // hands its content to new walks, read before the host is left.
  private enter(node: Node): Walk['state'] {
    if (isText(node)) {
      this.addText(node);
      return 'finish';
    }
    if (!isElement(node)) return 'descend';
    if (isBlock(node)) this.needsBoundary = true;
    if (isSkipped(node)) return 'finish';
    const shadow = node.shadowRoot;
    if (shadow) {
      this.shadowRoots.push(shadow);
      this.push(shadow);
      return 'finish';
    }
    if (isSlot(node)) {
      const assigned = node.assignedNodes({ flatten: true });
      for (let i = assigned.length - 1; i >= 0; i--) this.push(assigned[i]);
      if (assigned.length > 0) return 'finish';
    }
    return 'descend';
  }

  private leave(node: Node): void {
    if (isElement(node) && isBlock(node)) this.needsBoundary = true;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (this.needsBoundary && this.length > 0) {
      this.chunks.push('\n');
      this.length += 1;
    }
    this.needsBoundary = false;
    this.nodes.push(node);
    this.starts.push(this.length);
    // A source's line breaks and tabs are spaces on screen; in page text "\n" means a block
    // boundary, so they are read as spaces (same length: offsets still map 1:1).
    this.chunks.push(
      SOURCE_WHITESPACE.test(data) ? data.replace(SOURCE_WHITESPACE_ALL, ' ') : data,
    );
    this.length += data.length;
    this.ends.push(this.length);
  }
}

/** Reads all of `root`'s text in one go. */
export function readPageText(root: Node): PageText {
  const reader = new PageTextReader(root);
  reader.step(() => false);
  return reader.result();
}
