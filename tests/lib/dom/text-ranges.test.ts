// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readPageText } from '../../../lib/dom/page-text';
import {
  canLookUp,
  livePiecesOf,
  piecesOf,
  rangeOf,
  unitsOf,
  type TextPiece,
} from '../../../lib/dom/text-ranges';

function read(html: string, wholeBlocks = true) {
  document.body.innerHTML = html;
  return readPageText(document.body, { wholeBlocks });
}

// What each piece covers, as text.
const texts = (pieces: TextPiece[]) => pieces.map((p) => p.node.data.slice(p.start, p.end));

function rangeOfText(html: string, needle: string) {
  const page = read(html);
  const start = page.text.indexOf(needle);
  return { page, pieces: piecesOf(page, start, start + needle.length) };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('piecesOf', () => {
  it('maps a range inside one text node to one piece with offsets into that node', () => {
    const { pieces } = rangeOfText('<p>Meta invested $14.3 billion.</p>', '$14.3 billion');
    expect(pieces).toEqual([{ node: document.querySelector('p')!.firstChild, start: 14, end: 27 }]);
  });

  it('maps a range across inline tags to one piece per text node', () => {
    const { pieces } = rangeOfText('<p>paid $14.<span>3</span> billion</p>', '$14.3 billion');
    expect(texts(pieces)).toEqual(['$14.', '3', ' billion']);
  });

  it('skips the separator between two blocks', () => {
    const { pieces } = rangeOfText('<p>Meta</p><p>Scale AI</p>', 'Meta\nScale');
    expect(texts(pieces)).toEqual(['Meta', 'Scale']);
  });

  it('omits whitespace-only pieces between list items and table rows', () => {
    const html =
      '<ul>\n  <li>Meta</li>\n  <li>Scale AI</li>\n</ul>' +
      '<table>\n <tr><td>$14.3 billion</td></tr>\n <tr><td>49%</td></tr>\n</table>';
    const page = read(html);
    expect(texts(piecesOf(page, 0, page.text.length))).toEqual([
      'Meta',
      'Scale AI',
      '$14.3 billion',
      '49%',
    ]);
  });

  it('returns no pieces for an empty range or a range of only a separator', () => {
    const page = read('<p>Meta</p><p>Scale AI</p>');
    expect(piecesOf(page, 2, 2)).toEqual([]);
    expect(piecesOf(page, 4, 5)).toEqual([]);
  });

  it('starts at the next node when the range starts on a separator', () => {
    const page = read('<p>Meta</p><p>Scale AI</p>');
    expect(texts(piecesOf(page, 4, 10))).toEqual(['Scale']);
  });

  it('keeps the offsets of the text as read after its node has been split', () => {
    const page = read('<p>Meta invested $14.3 billion.</p>', false);
    const node = page.units[0] as Text;
    node.splitText(4);
    const start = page.text.indexOf('$14.3');
    expect(piecesOf(page, start, start + 5)).toEqual([{ node, start: 14, end: 19 }]);
  });
});

describe('rangeOf', () => {
  it('spans from the start of the first piece to the end of the last', () => {
    const { pieces } = rangeOfText('<p>paid $14.<span>3</span> billion today</p>', '$14.3 billion');
    expect(rangeOf(pieces, document)?.toString()).toBe('$14.3 billion');
  });

  it('returns null when there are no pieces', () => {
    expect(rangeOf([], document)).toBeNull();
  });
});

describe('piecesOf on blocks read whole', () => {
  it('finds the text nodes of a block read whole only when a range needs them', () => {
    const page = read('<p>Meta <b>paid</b> $14.<span>3</span> billion.</p>');
    expect(page.units).toEqual([document.querySelector('p')]);
    const start = page.text.indexOf('$14.3');
    expect(texts(piecesOf(page, start, start + '$14.3 billion'.length))).toEqual([
      '$14.',
      '3',
      ' billion',
    ]);
  });

  it('reads a block holding anything but plain inline elements node by node', () => {
    for (const inside of ['<x-price>$1</x-price>', '<br>', '<code>x</code>', '<i hidden>x</i>']) {
      const page = read(`<p>Meta <b>paid</b> ${inside} today.</p>`);
      expect(
        page.units.every((unit) => unit.nodeType === Node.TEXT_NODE),
        inside,
      ).toBe(true);
    }
  });

  it('gives no pieces once the block has changed length since it was read', () => {
    // Also when its nodes are looked up only as far as the range: the text after it changed.
    for (const asNeeded of [false, true]) {
      const page = read('<p>Meta paid $14.3 billion.</p>');
      document.querySelector('p')!.append(' More text.');
      expect(piecesOf(page, 0, 4, asNeeded), `asNeeded: ${asNeeded}`).toEqual([]);
    }
  });

  it('gives no pieces once the block holds other text of the same length', () => {
    // A length check alone would have placed the mark on the new figure.
    const page = read('<p>Meta paid <b>$14.3</b> billion.</p>');
    document.querySelector('b')!.firstChild!.textContent = '$15.3';
    const start = page.text.indexOf('$1');
    expect(piecesOf(page, start, start + 5)).toEqual([]);
    expect(piecesOf(page, start, start + 5, true)).toEqual([]);
  });

  it('looks nodes up as far as needed, walking on for later ranges', () => {
    const html =
      '<p>Meta <b>paid</b> $14.<span>3</span> billion <i>for</i> 49% of <a>Scale AI</a>.</p>';
    const needles = ['Meta', '$14.3 billion', '49%', 'Scale AI'];
    const eager = read(html);
    const expected = needles.map((n) => {
      const start = eager.text.indexOf(n);
      return texts(piecesOf(eager, start, start + n.length));
    });
    const lazy = read(html);
    const found = needles.map((n) => {
      const start = lazy.text.indexOf(n);
      return texts(piecesOf(lazy, start, start + n.length, true));
    });
    expect(found).toEqual(expected);
    expect(found[1]).toEqual(['$14.', '3', ' billion']);
  });

  it('walks on only from a node left as it was: a split node gives no pieces', () => {
    const page = read('<p>Meta <b>paid</b> $14.3 billion today.</p>');
    expect(texts(piecesOf(page, 0, 4, true))).toEqual(['Meta']);
    // Wrapping a mark in the last node looked up splits it.
    (document.querySelector('p')!.firstChild as Text).splitText(2);
    const start = page.text.indexOf('$14.3');
    expect(piecesOf(page, start, start + 5, true)).toEqual([]);
  });

  it('gives no pieces in a block that holds a shadow tree, and lists it to be read again', () => {
    // A span may hold a shadow tree too, and a span is read as part of its block.
    const page = read('<p>Meta paid <span>light text</span> today.</p>');
    const host = document.querySelector('span')!;
    host.attachShadow({ mode: 'open' }).textContent = '$14.3 billion';
    expect(piecesOf(page, 0, 4)).toEqual([]);
    expect(page.readAgain).toEqual([document.querySelector('p')]);
    // Read node by node, the shadow tree's text is what is read.
    const again = readPageText(document.querySelector('p')!, { wholeBlocks: false });
    expect(again.text).toBe('Meta paid $14.3 billion today.');
  });

  it('gives no pieces for a range only partly in a block it cannot use', () => {
    const page = read('<p>Meta <span></span></p>Scale AI');
    document.querySelector('span')!.attachShadow({ mode: 'open' });
    expect(piecesOf(page, 0, page.text.length)).toEqual([]);
    expect(texts(piecesOf(page, page.text.indexOf('Scale'), page.text.length))).toEqual([
      'Scale AI',
    ]);
  });
});

describe('looking up the nodes of a painted mark later', () => {
  it('tells whether a range can be looked up without walking a node, listing a shadow host to read again', () => {
    const page = read('<p>Meta paid <b>$14.3</b> billion.</p><p>Scale AI <span>x</span></p>');
    const host = document.querySelectorAll('p')[1];
    host.querySelector('span')!.attachShadow({ mode: 'open' }).textContent = '$2 billion';
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const nodes = vi.spyOn(TreeWalker.prototype, 'nextNode');
    try {
      expect(canLookUp(page, 0, 4)).toBe(true);
      // Nor is a walker made: made for every block with a mark, they were a tenth of marking.
      expect(walkers).not.toHaveBeenCalled();
      expect(nodes).not.toHaveBeenCalled();
      const scale = page.text.indexOf('Scale');
      expect(canLookUp(page, scale, scale + 8)).toBe(false);
      expect(page.readAgain).toEqual([host]);
      // The first block's walker is made on the first look-up, and walks on for a later one.
      expect(texts(livePiecesOf(page, 10, 15))).toEqual(['$14.3']);
      expect(walkers).toHaveBeenCalledTimes(1);
    } finally {
      walkers.mockRestore();
      nodes.mockRestore();
    }
  });

  it('finds the same pieces as looking up all the nodes when nothing changed', () => {
    const html =
      '<p>Meta <b>paid</b> $14.<span>3</span> billion <i>for</i> 49% of <a>Scale AI</a>.</p>' +
      '<ul>\n <li>Meta</li>\n <li>Scale\nAI</li></ul>';
    for (const needle of ['Scale AI', '$14.3 billion', 'Meta', '49%', 'Scale AI']) {
      const eager = read(html);
      const start = eager.text.lastIndexOf(needle.replace('Scale AI', 'Scale'));
      const expected = texts(piecesOf(eager, start, start + needle.length));
      const lazy = read(html);
      expect(texts(livePiecesOf(lazy, start, start + needle.length)), needle).toEqual(expected);
    }
  });

  it('gives no pieces when a piece no longer holds the text read, even in a node looked up before', () => {
    const page = read('<p>Meta paid <b>$14.3 billion</b> and $2 billion.</p>');
    const start = page.text.indexOf('$14.3');
    expect(texts(livePiecesOf(page, start, start + 5))).toEqual(['$14.3']);
    const b = document.querySelector('b')!.firstChild as Text;
    b.data = '$15.3 billion';
    expect(livePiecesOf(page, start, start + 5)).toEqual([]);
    // Shortened: the piece would reach past the node's end.
    b.data = '$1';
    expect(livePiecesOf(page, start, start + 5)).toEqual([]);
    // A text node read on its own is checked too.
    const nodes = read('<p>Meta paid <b>$14.3 billion</b></p>', false);
    (document.querySelector('b')!.firstChild as Text).data = '$19.9 billion';
    const at = nodes.text.indexOf('$14.3');
    expect(livePiecesOf(nodes, at, at + 5)).toEqual([]);
  });

  it('lists the units a range lies in', () => {
    const page = read('<p>Meta</p><p>Scale <b>AI</b></p>', false);
    expect(page.units.map((u) => u.textContent)).toEqual(['Meta', 'Scale ', 'AI']);
    expect(unitsOf(page, 0, 4)).toEqual([0]);
    expect(unitsOf(page, 2, page.text.length)).toEqual([0, 1, 2]);
    expect(unitsOf(page, 4, 5)).toEqual([]);
  });
});
