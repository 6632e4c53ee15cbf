// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/find-mentions';
import type { Mention } from '../../../lib/mention';
import {
  copiedMarksIn,
  MARK_STYLES,
  type MarkAttributes,
  removeCopiedMarks,
  splitNodesChangedBy,
  unwrapMarks,
  wrapPieces,
} from '../../../lib/dom/element-marks';
import {
  createRecord,
  createReference,
  isRecordIntact,
  piecesOfRecord,
  placeOfRecord,
  type UnitCheck,
} from '../../../lib/dom/mark-records';
import { referenceDataset } from '../../../lib/reference-dataset';
import { MARK_KINDS } from '../../../lib/dom/mark-kind';
import { readPageText, type PageText } from '../../../lib/dom/page-text';
import { piecesOf, type TextPiece } from '../../../lib/dom/text-ranges';

const FIGURE: MarkAttributes = {
  mentionId: 'm1',
  kind: 'figure',
  claim: 'meta-investment-in-scale-ai',
  verdict: 'agrees',
  agree: ['reuters', 'cnbc'],
  disagree: [],
};

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

// Marks every mention on the page, in text order, as the content script does.
function markAll(root: Node): HTMLElement[] {
  const page = readPageText(root);
  return findMentions(page.text).flatMap((mention, i) =>
    wrapPieces(
      piecesOf(page, mention.start, mention.end),
      { mentionId: `m${i}`, kind: mention.kind },
      document,
    ),
  );
}

// Marks the first occurrence of `needle` in the page text.
function markText(needle: string, attributes: MarkAttributes = FIGURE): HTMLElement[] {
  const page = readPageText(document.body);
  const start = page.text.indexOf(needle);
  return wrapPieces(piecesOf(page, start, start + needle.length), attributes, document);
}

/** The record `createRecord` makes of `mention`, judged against the bundled dataset. */
function recordOf(id: string, mention: Mention, pieces: TextPiece[] | null, page: PageText) {
  return createRecord(id, mention, pieces, createReference(referenceDataset()), page);
}

function dataAttributes(element: Element): Record<string, string> {
  const data = Array.from(element.attributes).filter((a) => a.name.startsWith('data-'));
  return Object.fromEntries(data.map((a) => [a.name, a.value]));
}

function nodeCounts(root: Node): number[] {
  const counts = [root.childNodes.length];
  for (const child of Array.from(root.childNodes)) counts.push(...nodeCounts(child));
  return counts;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('wrapPieces', () => {
  it("wraps a piece that is a whole text node, leaving the page's node empty where it was", () => {
    body('<p><b>Meta</b> said</p>');
    const b = document.querySelector('b')!;
    const node = b.firstChild as Text;
    const [mark] = markText('Meta', { mentionId: 'e1', kind: 'entity', entity: 'meta' });
    expect(mark.textContent).toBe('Meta');
    expect(Array.from(b.childNodes)).toEqual([mark, node]);
    expect(node.data).toBe('');
  });

  it('splits a text node so only the piece is wrapped', () => {
    body('<p>Meta invested $14.3 billion in Scale AI.</p>');
    markText('$14.3 billion');
    expect(document.querySelector('p')!.innerHTML).toMatch(
      /^Meta invested <sourcemark-mention [^>]*>\$14\.3 billion<\/sourcemark-mention> in Scale AI\.$/,
    );
  });

  it('sets the data attributes of a figure, with empty source lists present', () => {
    body('<p>Meta invested $14.3 billion.</p>');
    const [mark] = markText('$14.3 billion');
    expect(mark.localName).toBe('sourcemark-mention');
    expect(dataAttributes(mark)).toEqual({
      'data-mention-id': 'm1',
      'data-kind': 'figure',
      'data-claim': 'meta-investment-in-scale-ai',
      'data-verdict': 'agrees',
      'data-agree': 'reuters cnbc',
      'data-disagree': '',
    });
  });

  it('sets data-entity on an entity and no verdict or source lists', () => {
    body('<p>Meta invested.</p>');
    const [mark] = markText('Meta', { mentionId: 'e1', kind: 'entity', entity: 'meta' });
    expect(dataAttributes(mark)).toEqual({
      'data-mention-id': 'e1',
      'data-kind': 'entity',
      'data-entity': 'meta',
    });
  });

  it('sets no tabindex: keyboard access comes from a shortcut', () => {
    body('<p>Meta invested $14.3 billion.</p>');
    expect(markText('$14.3 billion')[0].hasAttribute('tabindex')).toBe(false);
  });

  it.each([
    ['agrees', 'solid', '#1a7f37'],
    ['disagrees', 'wavy', '#cf222e'],
    ['mixed', 'dashed', '#9a6700'],
    ['unreferenced', 'dotted', '#57606a'],
  ] as const)('resets page CSS and draws %s as a %s %s underline', (verdict, line, color) => {
    body('<p>Meta invested $14.3 billion.</p>');
    const style = markText('$14.3 billion', { ...FIGURE, verdict })[0].getAttribute('style');
    expect(style).toMatch(/^all: unset !important; display: inline !important;/);
    expect(style).toContain(`text-decoration-style: ${line} !important;`);
    expect(style).toContain(`text-decoration-color: ${color} !important;`);
    expect(style).toContain('text-decoration-thickness: 2px !important;');
    expect(style).toContain('cursor: help !important;');
  });

  it('draws an entity as a thin dotted blue underline', () => {
    body('<p>Meta invested.</p>');
    const style = markText('Meta', { mentionId: 'e1', kind: 'entity' })[0].getAttribute('style');
    expect(style).toContain('text-decoration-style: dotted !important;');
    expect(style).toContain('text-decoration-color: #0969da !important;');
    expect(style).toContain('text-decoration-thickness: 1px !important;');
  });

  it('gives a mention spanning three text nodes three elements with one mention id', () => {
    body('<p>Meta paid $14.<span>3</span> billion.</p>');
    const marks = markText('$14.3 billion');
    expect(marks.map((mark) => [mark.textContent, mark.dataset.mentionId])).toEqual([
      ['$14.', 'm1'],
      ['3', 'm1'],
      [' billion', 'm1'],
    ]);
  });

  it('wraps adjacent mentions in one text node, whatever order they are wrapped in', () => {
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      body('<p>Meta paid $14.3 billion for Scale AI.</p>');
      const page = readPageText(document.body);
      const mentions = findMentions(page.text);
      const marks = order.map((i) => {
        const { start, end } = mentions[i];
        return wrapPieces(piecesOf(page, start, end), { ...FIGURE, mentionId: `m${i}` }, document);
      });
      expect(marks.map((m) => m.map((mark) => mark.textContent))).toEqual(
        order.map((i) => [['Meta', '$14.3 billion', 'Scale AI'][i]]),
      );
      expect(document.body.textContent).toBe('Meta paid $14.3 billion for Scale AI.');
    }
  });

  it('records the text of a mention whose node an earlier mark already split', () => {
    // Records are made in slices: the first marks of a node may be wrapped before the record
    // of the next one is made. Its text must still be its own, or it reads as changed and a
    // later change anywhere on the page drops its mark for good.
    body('<p>Meta paid $14.3 billion for Scale AI.</p>');
    const page = readPageText(document.body);
    const [meta, , scale] = findMentions(page.text);
    wrapPieces(piecesOf(page, meta.start, meta.end), { ...FIGURE, mentionId: 'm0' }, document);
    const pieces = piecesOf(page, scale.start, scale.end);
    const record = recordOf('m2', scale, pieces, page);
    expect(record.pieceTexts).toEqual(['Scale AI']);
    record.elements = wrapPieces(pieces, record.attributes, document);
    expect(isRecordIntact(record)).toBe(true);
  });

  it('tells a painted mark is gone when the page shortened its node, or changed its text', () => {
    body('<p>Meta paid $14.3 billion for Scale AI.</p>');
    const page = readPageText(document.body);
    const scale = findMentions(page.text).at(-1)!;
    const pieces = piecesOf(page, scale.start, scale.end);
    const record = recordOf('m2', scale, pieces, page);
    const node = pieces[0].node;
    expect(isRecordIntact(record)).toBe(true);
    node.data = 'Meta paid $15 billion for Scale AI.';
    expect(isRecordIntact(record)).toBe(false);
    node.data = 'Meta paid.';
    expect(isRecordIntact(record)).toBe(false);
  });

  it('looks the nodes of a painted mark up on first need, on the text as read', () => {
    body('<p>Meta paid <b>$14.</b><span>3</span> billion for <i>Scale AI</i>.</p>');
    const page = readPageText(document.body);
    const paragraph = document.querySelector('p')!;
    const figure = findMentions(page.text).find((m) => m.kind === 'figure')!;
    const record = recordOf('m1', figure, null, page);
    // Nothing looked up yet: the block read whole is where its text is.
    expect(record.pieces).toBeNull();
    expect(record.anchor).toBe(paragraph);
    expect(placeOfRecord(record)).toEqual([paragraph]);
    expect(isRecordIntact(record)).toBe(true);
    expect(piecesOfRecord(record).map((p) => p.node.data.slice(p.start, p.end))).toEqual([
      '$14.',
      '3',
      ' billion',
    ]);
    expect(record.pieceTexts).toEqual(['$14.', '3', ' billion']);
    expect(placeOfRecord(record)).toEqual(record.pieces!.map((p) => p.node));
    expect(isRecordIntact(record)).toBe(true);
  });

  it('gives a painted mark no pieces when the page rewrote its text before they were looked up', () => {
    body('<p>Meta paid <b>$14.3</b> billion for Scale AI.</p>');
    const page = readPageText(document.body);
    const figure = findMentions(page.text).find((m) => m.kind === 'figure')!;
    const record = recordOf('m1', figure, null, page);
    const checked: UnitCheck = new Map();
    expect(isRecordIntact(record, checked)).toBe(true);
    document.querySelector('b')!.firstChild!.textContent = '$15.3';
    // The check is kept for the run it was made in; a new run sees the change.
    expect(isRecordIntact(record, checked)).toBe(true);
    expect(isRecordIntact(record, new Map())).toBe(false);
    expect(piecesOfRecord(record)).toEqual([]);
    expect(isRecordIntact(record)).toBe(false);
  });

  it('checks the pieces themselves when a painted mark is made long after its node was looked up', () => {
    // The nodes of a block are remembered once looked up: a node rewritten since (to the same
    // length) must not take the mark.
    body('<p>Meta paid $14.3 billion and <b>$2.5 billion</b> more.</p>');
    const page = readPageText(document.body);
    const [first, second] = findMentions(page.text).filter((m) => m.kind === 'figure');
    expect(piecesOfRecord(recordOf('m1', first, null, page))).toHaveLength(1);
    const later = recordOf('m2', second, null, page);
    piecesOfRecord(recordOf('m3', second, null, page));
    document.querySelector('b')!.firstChild!.textContent = '$2.7 billion';
    expect(piecesOfRecord(later)).toEqual([]);
  });

  it('never wraps a whitespace-only piece', () => {
    body('<p>Meta\n  </p>');
    const node = document.querySelector('p')!.firstChild as Text;
    const pieces: TextPiece[] = [{ node, start: 4, end: 7 }];
    expect(wrapPieces(pieces, FIGURE, document)).toEqual([]);
    expect(node.data).toBe('Meta\n  ');
  });

  it('never wraps the whitespace between table rows or list items', () => {
    body(
      '<ul>\n  <li>Meta</li>\n  <li>Scale AI</li>\n</ul>' +
        '<table>\n  <tr><td>Meta</td></tr>\n  <tr><td>Scale AI</td></tr>\n</table>',
    );
    const page = readPageText(document.body);
    const marks = wrapPieces(piecesOf(page, 0, page.text.length), FIGURE, document);
    expect(marks.map((mark) => mark.textContent)).toEqual(['Meta', 'Scale AI', 'Meta', 'Scale AI']);
  });

  it('leaves the text of the page unchanged', () => {
    body('<h1>Meta buys in</h1><p>Meta paid $14.<span>3</span> billion for 49% of Scale AI.</p>');
    const before = document.body.textContent;
    expect(markAll(document.body).length).toBeGreaterThan(3);
    expect(document.body.textContent).toBe(before);
  });

  it('keeps text that looks like HTML as text', () => {
    body('<p>Meta posted &lt;img src=x onerror=alert(1)&gt; about $14.3 billion.</p>');
    markAll(document.body);
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toBe(
      'Meta posted <img src=x onerror=alert(1)> about $14.3 billion.',
    );
  });

  it.each([
    ['script', '<script>var s = "Meta paid $14.3 billion";</script>'],
    ['style', '<style>/* Meta paid $14.3 billion */</style>'],
    ['template', '<template><p>Meta paid $14.3 billion</p></template>'],
    ['textarea', '<textarea>Meta paid $14.3 billion</textarea>'],
    ['input', '<input value="Meta paid $14.3 billion">'],
    ['select', '<select><option>Meta paid $14.3 billion</option></select>'],
    ['iframe', '<iframe srcdoc="<p>Meta paid $14.3 billion</p>"></iframe>'],
    ['contenteditable', '<div contenteditable>Meta paid $14.3 billion</div>'],
    ['svg', '<svg><text>Meta paid $14.3 billion</text></svg>'],
    ['hidden', '<div hidden>Meta paid $14.3 billion</div>'],
  ])('leaves %s untouched when marking the page', (_, html) => {
    body(`<p>Meta paid $14.3 billion to Scale AI.</p><div id="region">${html}</div>`);
    const region = document.getElementById('region')!;
    const before = region.cloneNode(true);
    expect(markAll(document.body)).toHaveLength(3);
    expect(region.isEqualNode(before)).toBe(true);
  });

  it('skips pieces of nodes no longer in the page', () => {
    body('<p>Meta said</p>');
    const page = readPageText(document.body);
    document.querySelector('p')!.remove();
    expect(wrapPieces(piecesOf(page, 0, 4), FIGURE, document)).toEqual([]);
  });
});

describe('unwrapMarks', () => {
  const page =
    '<h1>Meta buys in</h1><p>Meta paid $14.<span>3</span> billion for 49% of <a href="#">Scale AI</a>.</p>' +
    '<ul>\n  <li>Meta: $14.3 billion</li>\n</ul>';

  it('restores the page exactly after wrapping', () => {
    body(page);
    const before = document.body.cloneNode(true);
    const counts = nodeCounts(document.body);
    unwrapMarks(markAll(document.body));
    expect(document.body.isEqualNode(before)).toBe(true);
    expect(nodeCounts(document.body)).toEqual(counts);
  });

  it('gives the original text nodes back their original data', () => {
    body(page);
    const nodes = readPageText(document.body, { wholeBlocks: false }).units as Text[];
    const data = nodes.map((node) => node.data);
    unwrapMarks(markAll(document.body));
    expect(nodes.map((node) => [node.isConnected, node.data])).toEqual(
      data.map((text) => [true, text]),
    );
  });

  it('restores the page whatever order marks are removed in', () => {
    body('<p>Meta paid $14.3 billion for Scale AI.</p>');
    const before = document.body.cloneNode(true);
    const marks = markAll(document.body);
    for (const i of [1, 2, 0]) unwrapMarks([marks[i]]);
    expect(document.body.isEqualNode(before)).toBe(true);
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it("never merges the page's own neighbouring text nodes", () => {
    const p = body('<p></p>').firstChild as HTMLElement;
    p.append('Meta paid ', '$14.3 billion', ' for Scale AI.');
    unwrapMarks(markAll(document.body));
    expect(Array.from(p.childNodes, (node) => node.textContent)).toEqual([
      'Meta paid ',
      '$14.3 billion',
      ' for Scale AI.',
    ]);
  });

  it('can wrap again after unwrapping', () => {
    body('<p>Meta paid $14.3 billion for Scale AI.</p>');
    unwrapMarks(markAll(document.body));
    expect(markAll(document.body).map((mark) => mark.textContent)).toEqual([
      'Meta',
      '$14.3 billion',
      'Scale AI',
    ]);
  });

  it('ignores marks already removed from the page', () => {
    body('<p>Meta said</p>');
    const marks = markAll(document.body);
    document.querySelector('p')!.remove();
    expect(() => unwrapMarks(marks)).not.toThrow();
  });
});

describe('MARK_STYLES', () => {
  it('has a style for every mark kind', () => {
    expect(Object.keys(MARK_STYLES).sort()).toEqual([...MARK_KINDS].sort());
  });
});

describe('copies of marks the page made', () => {
  it('finds only the marks this script did not make, and takes them out keeping their text', () => {
    const root = body('<p>Meta will invest $14.3 billion in Scale AI.</p>');
    const own = markAll(root);
    expect(own.length).toBe(3);
    const paragraph = root.querySelector('p')!;
    expect(copiedMarksIn(root)).toEqual([]);
    // The page copies its paragraph, marks and all, after the original.
    const copy = paragraph.cloneNode(true) as HTMLElement;
    paragraph.after(copy);
    const copies = copiedMarksIn(root);
    expect(copies).toEqual([...copy.querySelectorAll('sourcemark-mention')]);
    removeCopiedMarks(copies);
    expect(copy.querySelector('sourcemark-mention')).toBeNull();
    expect(copy.textContent).toBe(paragraph.textContent);
    // The script's own marks stay.
    expect([...paragraph.querySelectorAll('sourcemark-mention')]).toEqual(own);
  });

  it('takes out copies inside copies, and copies in markup the page set', () => {
    const root = body(
      '<p>Founded in <sourcemark-mention data-mention-id="sm-1">' +
        '<sourcemark-mention data-mention-id="sm-9"><b>2016</b></sourcemark-mention>' +
        '</sourcemark-mention>.</p>',
    );
    removeCopiedMarks(copiedMarksIn(root));
    expect(root.innerHTML).toBe('<p>Founded in <b>2016</b>.</p>');
  });

  it('leaves no empty node behind from a copy of a node marked whole, however often copied', () => {
    const root = body('<p><b>Meta</b> said</p>');
    markAll(root);
    const b = root.querySelector('b')!;
    for (let copy = 0; copy < 3; copy++) {
      b.replaceChildren(...Array.from(b.childNodes, (node) => node.cloneNode(true)));
      removeCopiedMarks(copiedMarksIn(root));
      expect(Array.from(b.childNodes, (node) => node.textContent)).toEqual(['Meta']);
      markAll(root);
    }
  });
});

describe('a split text node the page rewrites or takes out', () => {
  // A framework's text node, set whole by its `nodeValue` as React does for text children.
  function markedStatus() {
    const root = body('<p><b>Deal:</b> </p>');
    const node = document.createTextNode('Meta will invest $14.3 billion in Scale AI, it said.');
    root.querySelector('p')!.append(node);
    const marks = markAll(root);
    expect(marks.length).toBe(3);
    return { paragraph: root.querySelector('p')!, node, marks };
  }

  it('takes out the old parts when the page rewrote the node, keeping its new text', () => {
    const { paragraph, node, marks } = markedStatus();
    node.nodeValue = 'Meta will invest $15 billion in Scale AI.';
    unwrapMarks(marks);
    expect(paragraph.textContent).toBe('Deal: Meta will invest $15 billion in Scale AI.');
    expect(paragraph.querySelector('sourcemark-mention')).toBeNull();
    expect(paragraph.lastChild).toBe(node);
  });

  it('takes out the old parts when the page took the node out', () => {
    const { paragraph, node, marks } = markedStatus();
    node.remove();
    unwrapMarks(marks);
    expect(paragraph.textContent).toBe('Deal: ');
    expect(paragraph.querySelector('sourcemark-mention')).toBeNull();
  });

  it('keeps every part when the page merged the node into the one before (normalize)', () => {
    const root = body('<p></p>');
    const paragraph = root.querySelector('p')!;
    paragraph.append('Scale AI was founded ', 'in 2016 ', 'and Meta paid $14.3 billion.');
    const marks = markAll(root);
    expect(marks.length).toBe(4);
    const text = 'Scale AI was founded in 2016 and Meta paid $14.3 billion.';
    paragraph.normalize();
    expect(paragraph.textContent).toBe(text);
    unwrapMarks(marks);
    expect(paragraph.textContent).toBe(text);
    expect(paragraph.querySelector('sourcemark-mention')).toBeNull();
  });

  it('merges the parts back where the reader edits: typing changes one part only', () => {
    const { paragraph, node, marks } = markedStatus();
    paragraph.setAttribute('contenteditable', 'true');
    // The page's node holds " will invest " now: the reader types "not " into it.
    expect(node.data).toBe(' will invest ');
    node.insertData(' will '.length, 'not ');
    unwrapMarks(marks);
    expect(paragraph.textContent).toBe(
      'Deal: Meta will not invest $14.3 billion in Scale AI, it said.',
    );
    expect(paragraph.lastChild).toBe(node);
  });

  it('merges the parts back when the page left the node alone', () => {
    const { paragraph, node, marks } = markedStatus();
    unwrapMarks(marks);
    expect(paragraph.lastChild).toBe(node);
    expect(node.data).toBe('Meta will invest $14.3 billion in Scale AI, it said.');
    expect(paragraph.textContent).toBe(
      'Deal: Meta will invest $14.3 billion in Scale AI, it said.',
    );
  });
});

describe("the page's own text nodes, which its script may move (as React does)", () => {
  // A paragraph whose text node starts with a mention: the script keeps `node`.
  function markedSentence() {
    const paragraph = body('<p></p>').firstChild as HTMLElement;
    const node = document.createTextNode('Meta paid $14.3 billion for Scale AI.');
    paragraph.append(node);
    const marks = markAll(document.body);
    expect(marks.map((mark) => mark.textContent)).toEqual(['Meta', '$14.3 billion', 'Scale AI']);
    return { paragraph, node, marks };
  }

  it('keeps every node the page put in a parent in that parent, outside any mark', () => {
    const { paragraph, node, marks } = markedSentence();
    expect(node.parentNode).toBe(paragraph);
    for (const mark of marks) expect(mark.contains(node)).toBe(false);
    // The page puts a node before its own: its sentence's text goes back to its node.
    const label = document.createTextNode('Breaking: ');
    paragraph.insertBefore(label, node);
    unwrapMarks(marks);
    expect(Array.from(paragraph.childNodes)).toEqual([label, node]);
    expect(node.data).toBe('Meta paid $14.3 billion for Scale AI.');
  });

  it('takes out the text of a node the page took out of its parent', () => {
    const { paragraph, node, marks } = markedSentence();
    paragraph.removeChild(node);
    unwrapMarks(marks);
    expect(paragraph.textContent).toBe('');
  });

  it('tells which split nodes a change rewrote, took out or put a node next to', () => {
    const { paragraph, node } = markedSentence();
    const other = paragraph.appendChild(document.createTextNode(' More.'));
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const changed = (change: () => void) => {
      change();
      return splitNodesChangedBy(observer.takeRecords());
    };
    // The page's other node was not split; nor is a change beside it one of the split node.
    expect(changed(() => (other.data = ' Even more.'))).toEqual([]);
    expect(changed(() => paragraph.append('!'))).toEqual([]);
    expect(changed(() => paragraph.insertBefore(new Text('Now: '), node))).toEqual([node]);
    expect(changed(() => (node.data = ' bought '))).toEqual([node]);
    expect(changed(() => node.remove())).toEqual([node]);
    observer.disconnect();
  });

  it('merges the parts back in a paragraph the page took out to show again later', () => {
    const { paragraph, node, marks } = markedSentence();
    paragraph.remove();
    unwrapMarks(marks);
    expect(Array.from(paragraph.childNodes)).toEqual([node]);
    expect(node.data).toBe('Meta paid $14.3 billion for Scale AI.');
  });

  it('merges the parts back into the same node, whole again', () => {
    const { paragraph, node, marks } = markedSentence();
    unwrapMarks(marks);
    expect(Array.from(paragraph.childNodes)).toEqual([node]);
    expect(node.data).toBe('Meta paid $14.3 billion for Scale AI.');
  });

  it('keeps the text when normalize() appended the next node to the one holding the end', () => {
    const paragraph = body('<p></p>').firstChild as HTMLElement;
    paragraph.append('Scale AI rose', ' sharply.');
    const node = paragraph.firstChild as Text;
    const marks = markAll(document.body);
    expect(node.data).toBe(' rose');
    paragraph.normalize();
    expect(node.data).toBe(' rose sharply.');
    unwrapMarks(marks);
    expect(Array.from(paragraph.childNodes)).toEqual([node]);
    expect(node.data).toBe('Scale AI rose sharply.');
  });

  it('drops the old text of a node marked whole when the page sets new text or takes it out', () => {
    body('<p>Buyer: <b>Meta</b>, <i>Scale AI</i></p>');
    const [name, other] = ['b', 'i'].map((tag) => document.querySelector(tag)!);
    const [nameNode, otherNode] = [name.firstChild as Text, other.firstChild as Text];
    const marks = markAll(document.body);
    expect(marks).toHaveLength(2);
    nameNode.nodeValue = 'Meta Platforms';
    other.removeChild(otherNode);
    unwrapMarks(marks);
    expect(Array.from(name.childNodes)).toEqual([nameNode]);
    expect(document.body.textContent).toBe('Buyer: Meta Platforms, ');
  });
});
