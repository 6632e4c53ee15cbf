import { closestBlock, isOwnUi } from './closest-block';

/** How long changes gather before they are handed on (new text is marked within ~500 ms). */
const SETTLE_MS = 120;
/** Past this many changed blocks in one batch, the whole body is read again. */
const MAX_CHANGED_BLOCKS = 200;
const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // A region made editable (a page's edit mode) loses its marks; made read-only, is marked.
  attributes: true,
  attributeFilter: ['contenteditable'],
};

/**
 * Reduces changed nodes to the blocks to read again: the nearest block around each (still in
 * the page, not our UI), without blocks inside other blocks of the list; the whole `body`
 * when too many changed at once.
 */
export function changedBlocks(nodes: Iterable<Node>, body: HTMLElement): Element[] {
  const blocks = new Set<Element>();
  for (const node of nodes) {
    const block = node.isConnected ? closestBlock(node, body) : null;
    if (block) blocks.add(block);
  }
  if (blocks.size > MAX_CHANGED_BLOCKS) return [body];
  const list = [...blocks];
  return list.filter((b) => !list.some((other) => other !== b && other.contains(b)));
}

/**
 * Watches a page (and the shadow roots it is told of) for text that appears or changes, and
 * for regions made editable or read-only, and hands the changed nodes on once the page has
 * been quiet for a moment. Our own writes, made through {@link ChangeWatcher.writing}, are
 * never reported; the set of pending nodes is emptied at every hand-over, so nothing grows
 * with the number of mutations.
 */
export class ChangeWatcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  /** What is watched: the page's body and the shadow roots read in it. */
  private readonly roots = new Set<Node>();
  private timer = 0;

  /**
   * `onSettled` gets the changed nodes once the page has been quiet for a moment;
   * `onPageChange`, if given, gets the page's changes as they come, in the observer's own
   * callback (before the browser paints them).
   */
  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly onSettled: (changed: Set<Node>) => void,
    onPageChange?: (mutations: MutationRecord[]) => void,
  ) {
    this.observer = new win.MutationObserver((mutations) => {
      onPageChange?.(mutations);
      this.collect(mutations);
    });
  }

  /** Watches `root` and everything below it. */
  observe(root: Node): void {
    this.roots.add(root);
    this.observer.observe(root, OPTIONS);
  }

  /** Runs our own DOM writes so they are never reported as page changes. */
  writing(write: () => void): void {
    this.collect(this.observer.takeRecords());
    // Not watched while writing, rather than watched and the records dropped: wrapping one
    // mark makes about five records, each made into a JS object when taken.
    this.observer.disconnect();
    try {
      write();
    } finally {
      for (const root of this.roots) {
        // A shadow root whose host left the page is dropped (read again, it is watched again).
        if (root.isConnected) this.observer.observe(root, OPTIONS);
        else this.roots.delete(root);
      }
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.roots.clear();
    this.win.clearTimeout(this.timer);
    this.pending.clear();
  }

  private collect(mutations: MutationRecord[]): void {
    for (const mutation of mutations) {
      if (isOwnUi(mutation.target)) continue;
      if (mutation.type === 'characterData' || mutation.type === 'attributes') {
        this.pending.add(mutation.target);
      }
      for (const node of mutation.addedNodes) if (!isOwnUi(node)) this.pending.add(node);
      if (mutation.removedNodes.length > 0) this.pending.add(mutation.target);
    }
    if (this.pending.size === 0 || this.timer) return;
    this.timer = this.win.setTimeout(() => {
      this.timer = 0;
      const changed = new Set(this.pending);
      this.pending.clear();
      this.onSettled(changed);
    }, SETTLE_MS);
  }
}
