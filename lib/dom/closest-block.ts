import { isBlock } from './page-text';

/** True for the extension's own UI (the card host, anything marked `data-sourcemark-ui`). */
export function isOwnUi(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest('sourcemark-card, [data-sourcemark-ui]') != null;
}

/**
 * The nearest block element holding `node` (itself, if it is one), no higher than `limit`:
 * the unit that is read again when a page changes. Null when `node` is outside `limit`'s
 * tree or in the extension's own UI.
 */
export function closestBlock(node: Node, limit: Element): Element | null {
  if (isOwnUi(node)) return null;
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) {
    // A text node at the top of a shadow root: its host's block.
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? closestBlock(root.host, limit) : null;
  }
  while (element && element !== limit && !isBlock(element)) {
    element = element.parentElement;
  }
  return element ?? null;
}
