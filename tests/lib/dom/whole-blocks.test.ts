// @vitest-environment happy-dom
/**
 * Reading blocks whole must change nothing but the speed: on every fixture page and on
 * generated news pages, the text and every mention's pieces equal a node-by-node read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/find-mentions';
import { generateNewsHtml } from '../../../lib/generate-news-html';
import { readPageText } from '../../../lib/dom/page-text';
import { piecesOf } from '../../../lib/dom/text-ranges';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function bodyOf(html: string): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return match ? match[1] : html;
}

const pages: [string, string][] = [
  ...readdirSync(FIXTURES)
    // The app shell's and the long text's bodies hold no text to compare until their scripts
    // render it.
    .filter(
      (name) => name.endsWith('.html') && !['app-shell.html', 'long-text.html'].includes(name),
    )
    .map((name): [string, string] => [name, readFileSync(join(FIXTURES, name), 'utf8')]),
  ['generated news, 60 KB', generateNewsHtml(60 * 1024, 3, 2048)],
  [
    'mixed blocks and inline text',
    '<div>Meta said <p>it paid $14.<span>3</span> billion</p> for <b>49%</b><br>of Scale AI' +
      '<ul><li>Scale AI <em>revenue</em>: $2 billion</li><li><code>$9 billion</code></li></ul>' +
      '<table><tr><td>Meta</td><td>$10 billion</td></tr></table></div>',
  ],
];

describe('blocks read whole', () => {
  it.each(pages)('%s: same text and pieces as node by node', (_, html) => {
    document.body.innerHTML = bodyOf(html);
    const whole = readPageText(document.body);
    const nodeByNode = readPageText(document.body, { wholeBlocks: false });
    expect(whole.text).toBe(nodeByNode.text);
    expect(whole.units.length).toBeLessThanOrEqual(nodeByNode.units.length);
    // Every mention, and every run of two words (across inline tags and blocks alike).
    const ranges = findMentions(whole.text).map(({ start, end }) => [start, end]);
    for (const match of whole.text.matchAll(/\S+\s+\S+/g)) {
      ranges.push([match.index, match.index + match[0].length]);
    }
    expect(ranges.length).toBeGreaterThan(5);
    for (const [start, end] of ranges) {
      expect(piecesOf(whole, start, end)).toEqual(piecesOf(nodeByNode, start, end));
    }
  });

  it('reads a news page in far fewer units than text nodes', () => {
    document.body.innerHTML = generateNewsHtml(60 * 1024, 3, 2048);
    const whole = readPageText(document.body);
    const nodeByNode = readPageText(document.body, { wholeBlocks: false });
    expect(whole.units.length * 3).toBeLessThan(nodeByNode.units.length);
  });
});
