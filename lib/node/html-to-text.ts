import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { BlockGroups } from '../block-groups';

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

/**
 * Where a walk step stands: a node to visit at a depth, or done with the element at a depth
 * (a block's end is a line break).
 */
type Step = { node: Node; inPre: boolean; depth: number } | { leave: number; isBlock: boolean };

const LINE_BREAKS = /\n/g;

/**
 * Appends the text of `root` to `out`, depth first, without recursion (pages nest deeply), and
 * tells `groups` the walk, its lines numbered by the "\n"s written before them.
 */
function walk(root: Node, out: string[], groups: BlockGroups): void {
  let lines = 0;
  const breakLine = () => {
    out.push('\n');
    groups.breakLine(++lines);
  };
  const steps: Step[] = [{ node: root, inPre: false, depth: 0 }];
  for (let step = steps.pop(); step; step = steps.pop()) {
    if ('leave' in step) {
      groups.leave(step.leave);
      if (step.isBlock) breakLine();
      continue;
    }
    const { node, inPre, depth } = step;
    if (node.nodeName === '#text' && 'value' in node) {
      groups.enter(depth);
      // In <pre> a line break is a real one; elsewhere it is plain white space.
      const text = inPre ? node.value : node.value.replace(HTML_SPACE, ' ');
      groups.text(text);
      out.push(text);
      // Only <pre> keeps line breaks in its text.
      if (inPre) for (const _ of text.matchAll(LINE_BREAKS)) groups.breakLine(++lines);
      groups.leave(depth);
      continue;
    }
    if (!('tagName' in node)) continue;
    const name = node.tagName;
    groups.enter(depth, name);
    if (SKIPPED.has(name) || name === 'template' || isHidden(node)) {
      groups.leave(depth);
      continue;
    }
    const isBlock = BLOCKS.has(name);
    if (isBlock) breakLine();
    steps.push({ leave: depth, isBlock });
    const pre = inPre || name === 'pre';
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      steps.push({ node: node.childNodes[i], inPre: pre, depth: depth + 1 });
    }
  }
}

/** The document's <body>, which parse5 always creates as a child of <html>. */
function findBody(document: DefaultTreeAdapterTypes.Document): Node | null {
  const html = document.childNodes.find((node) => node.nodeName === 'html');
  if (!html || !('childNodes' in html)) return null;
  return html.childNodes.find((node) => node.nodeName === 'body') ?? null;
}

/** A document's text, and where its lines that start a new group of blocks start. */
export type HtmlText = { text: string; groupStarts: number[] };

/**
 * Returns the text a browser shows for an HTML document's body: inline elements join
 * without a gap ("$14.<span>3</span> billion" reads "$14.3 billion"), block elements and
 * <br> start new lines, white space collapses as for `white-space: normal` (non-breaking and
 * thin spaces are kept), and scripts, styles, templates and other unseen content are left
 * out. Lines are trimmed and joined by one "\n", with no blank lines. `groupStarts` are the
 * offsets of the lines that start a card, a row or a definition list's term, as the content
 * script finds them (see lib/block-groups.ts).
 */
export function htmlToPageText(html: string): HtmlText {
  const document = parse(html);
  const root = findBody(document) ?? document;
  const out: string[] = [];
  const groups = new BlockGroups();
  walk(root, out, groups);
  const starts = new Set(groups.starts());
  const lines: string[] = [];
  const groupStarts: number[] = [];
  let offset = 0;
  out
    .join('')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(HTML_SPACE, ' ').replace(EDGE_SPACE, '');
      if (line === '') return;
      if (starts.has(index)) groupStarts.push(offset);
      lines.push(line);
      offset += line.length + 1;
    });
  return { text: lines.join('\n'), groupStarts };
}

/** The text a browser shows for an HTML document's body (see `htmlToPageText`). */
export function htmlToText(html: string): string {
  return htmlToPageText(html).text;
}
