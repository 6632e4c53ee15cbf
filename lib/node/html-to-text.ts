import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose start and end break the text into a new line, as a browser lays them out. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog dir ' +
    'div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup ' +
    'hr legend li main menu nav ol p pre search section summary table tbody td tfoot ' +
    'th thead tr ul'
  ).split(' '),
);

/**
 * Elements a reader never sees as page text: code, metadata, embeds, form controls; and
 * struck-out text, which the page says is no longer so (as the content script reads pages).
 */
const SKIPPED = new Set([
  ...'canvas head iframe noscript object option script'.split(' '),
  ...'select style svg template textarea title del s strike'.split(' '),
]);

// HTML's white space: a browser collapses these, but not U+00A0, U+2009 or U+202F.
const HTML_SPACE = /[ \t\n\r\f]+/g;
const EDGE_SPACE = /^ +| +$/g;

// Hidden by the page itself; aria-hidden text is still on screen, so it stays.
function isHidden(element: Element): boolean {
  return element.attrs.some(
    (attr) =>
      attr.name === 'hidden' || (attr.name === 'style' && /display\s*:\s*none/i.test(attr.value)),
  );
}

/** Where a walk step stands: a node to visit, or the line break that closes a block. */
type Step = { node: Node; inPre: boolean } | 'end-of-block';

/** Appends the text of `root` to `out`, depth first, without recursion (pages nest deeply). */
function walk(root: Node, out: string[]): void {
  const steps: Step[] = [{ node: root, inPre: false }];
  for (let step = steps.pop(); step; step = steps.pop()) {
    if (step === 'end-of-block') {
      out.push('\n');
      continue;
    }
    const { node, inPre } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      // In <pre> a line break is a real one; elsewhere it is plain white space.
      out.push(inPre ? node.value : node.value.replace(HTML_SPACE, ' '));
      continue;
    }
    if (!('childNodes' in node) || node.nodeName === 'template') continue;
    let pre = inPre;
    if ('tagName' in node) {
      if (SKIPPED.has(node.tagName) || isHidden(node)) continue;
      if (BLOCKS.has(node.tagName)) {
        out.push('\n');
        steps.push('end-of-block');
      }
      pre ||= node.tagName === 'pre';
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      steps.push({ node: node.childNodes[i], inPre: pre });
    }
  }
}

/** The document's <body>, which parse5 always creates as a child of <html>. */
function findBody(document: DefaultTreeAdapterTypes.Document): Node | null {
  const html = document.childNodes.find((node) => node.nodeName === 'html');
  if (!html || !('childNodes' in html)) return null;
  return html.childNodes.find((node) => node.nodeName === 'body') ?? null;
}

/**
 * Returns the text a browser shows for an HTML document's body: inline elements join
 * without a gap ("$14.<span>3</span> billion" reads "$14.3 billion"), block elements and
 * <br> start new lines, white space collapses as for `white-space: normal` (non-breaking and
 * thin spaces are kept), and scripts, styles, templates and other unseen content are left
 * out. Lines are trimmed and joined by one "\n", with no blank lines.
 */
export function htmlToText(html: string): string {
  const document = parse(html);
  const root = findBody(document) ?? document;
  const out: string[] = [];
  walk(root, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(HTML_SPACE, ' ').replace(EDGE_SPACE, ''))
    .filter((line) => line !== '')
    .join('\n');
}
