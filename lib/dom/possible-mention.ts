/**
 * The pre-check: whether a page's text may name Meta or Scale AI at all, and a watch for text
 * that might. The content script that runs on every page holds only this (see
 * entrypoints/pre-check); the rest of Sourcemark is loaded when it answers yes.
 */

// No mention is possible without a company name. No \b at the ends: textContent joins block
// text without a separator ("<li>Google</li><li>Meta</li>" gives "GoogleMeta").
const POSSIBLE_MENTION = /Meta|Scale\s*AI|Facebook(?:['’]s)? parent|parent company of Facebook/;

/**
 * The cheap pre-check run on `document.body.textContent` before any tree walk: false when
 * the text names no company, so no mention can be found in it. May be true for text without
 * a mention ("Metadata").
 *
 * Each way of naming a company contains "Meta", "Scale" or "Facebook", so the pattern runs
 * only on text that holds one of them: `includes` rules a word out several times faster than
 * the pattern, whose alternatives are tried at every position of a text that has none.
 */
export function hasPossibleMention(text: string): boolean {
  if (text.includes('Meta')) return true;
  return (text.includes('Scale') || text.includes('Facebook')) && POSSIBLE_MENTION.test(text);
}

/** How many of a root's first text nodes the pre-check tries before all of its text. */
const FIRST_TEXT_NODES = 256;

/**
 * {@link hasPossibleMention} of `root.textContent`, for the same answer at less cost on a page
 * that names a company early: its first text nodes, in tree order, are the start of its
 * `textContent`, and a name found there is found in the whole; only when they name none is
 * the whole text built (on a long page, most of the pre-check's time).
 */
export function mayMentionIn(root: Node): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_TEXT,
  );
  let start = '';
  for (let i = 0; i < FIRST_TEXT_NODES; i++) {
    const node = walker.nextNode() as Text | null;
    // Every text node read: the start is the whole text.
    if (!node) return hasPossibleMention(start);
    start += node.data;
  }
  return hasPossibleMention(start) || hasPossibleMention(root.textContent ?? '');
}

/**
 * Resolves true once text that may name Meta or Scale AI appears under `root` (added nodes,
 * or text a node changes to; never in the head), false if `signal` aborts first. A page that names neither
 * company waits here at the cost of one cheap test per change: no settings are read and no
 * tree is walked until it adds such text (an infinite scroll, a route change). `measure`
 * times the tests as slices of the content script's.
 */
export function untilPossibleMention(
  root: Node,
  signal: AbortSignal,
  measure: <T>(work: () => T) => T,
): Promise<boolean> {
  const doc = root.ownerDocument;
  const win = doc?.defaultView;
  if (!win || signal.aborted) return Promise.resolve(false);
  // Text in the head (a title, a script) is never page prose: watching the whole document
  // (for a body the page swaps in), it must not wake the script.
  const inHead = (node: Node) => doc.head?.contains(node) === true;
  return new Promise((resolve) => {
    const observer = new win.MutationObserver((mutations) => {
      const found = measure(() =>
        mutations.some(
          (m) =>
            !inHead(m.target) &&
            (m.type === 'characterData'
              ? hasPossibleMention(m.target.textContent ?? '')
              : [...m.addedNodes].some((node) => hasPossibleMention(node.textContent ?? ''))),
        ),
      );
      if (found) finish(true);
    });
    const onAbort = () => finish(false);
    const finish = (found: boolean) => {
      observer.disconnect();
      signal.removeEventListener('abort', onAbort);
      resolve(found);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
