/**
 * Page code, as source text, that scrolls the first occurrence of `text` inside the element
 * matching `within` into view (`block` as for scrollIntoView) and returns the box of its
 * first line in viewport pixels, or null. White-space runs count as one space, so a figure
 * split across tags and source lines is found by its visible text. Source text, not a
 * function: tsx adds helper calls to named functions that would not exist in the page.
 * Call as `page.evaluate(\`(${FIND_TEXT_BOX})(${JSON.stringify([within, text, block])})\`)`.
 */
export const FIND_TEXT_BOX = `([within, wanted, block]) => {
  const root = document.querySelector(within);
  if (!root) return null;
  const text = wanted.replace(/[ \\t\\n\\r\\f]+/g, ' ');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const at = [];
  let joined = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let offset = 0; offset < node.data.length; offset++) {
      const isSpace = /[ \\t\\n\\r\\f]/.test(node.data[offset]);
      if (isSpace && joined.endsWith(' ')) continue;
      joined += isSpace ? ' ' : node.data[offset];
      at.push({ node, offset });
    }
  }
  const index = joined.indexOf(text);
  if (index < 0) return null;
  const range = document.createRange();
  range.setStart(at[index].node, at[index].offset);
  const last = at[index + text.length - 1];
  range.setEnd(last.node, last.offset + 1);
  at[index].node.parentElement?.scrollIntoView({ block });
  const rect = [...range.getClientRects()].find((r) => r.width > 0) ?? range.getBoundingClientRect();
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}`;
