// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readPageText } from '../../../lib/dom/page-text';
import { piecesOf, rangeOf, type TextPiece } from '../../../lib/dom/text-ranges';

function read(html: string) {
  document.body.innerHTML = html;
  return readPageText(document.body);
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
    const page = read('<p>Meta invested $14.3 billion.</p>');
    const node = page.nodes[0];
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
