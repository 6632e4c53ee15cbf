// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { groupStartsWithin, isGroupStart } from '../../lib/block-groups';
import { readPageText } from '../../lib/dom/page-text';
import { htmlToPageText } from '../../lib/node/html-to-text';

/** The lines of a text that start a group, trimmed, as `starts` gives them. */
function startingLines(text: string, starts: number[]): string[] {
  return starts.map((start) => text.slice(start).split('\n')[0].trim());
}

// The same page read three ways: by the content script's reader (blocks read whole, and node by
// node) and by the Node.js reader of `npm run check` and the labelled pages.
function groupsOf(html: string): string[][] {
  document.body.innerHTML = html;
  const reads = [readPageText(document.body), readPageText(document.body, { wholeBlocks: false })];
  const node = htmlToPageText(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return [...reads, node].map(({ text, groupStarts }) => startingLines(text, groupStarts));
}

function expectGroups(html: string, starts: string[]): void {
  for (const found of groupsOf(html)) expect(found).toEqual(starts);
}

// Pretty-printed markup: lines of spaces between the blocks, which are not lines here.
const indented = (html: string) => html.replace(/></g, '>\n    <');

const STAT_CARDS =
  '<h2>By the numbers</h2><div class="grid">' +
  '<div class="card"><div class="value">$870 million</div><div class="label">Revenue, 2024</div></div>' +
  '<div class="card"><div class="value">$2 billion</div><div class="label">Revenue, 2025</div></div>' +
  '</div><p>Sources: company filings.</p>';

describe('lines that start a group of blocks', () => {
  it('are each card’s first line in a grid of cards, and the line after the grid', () => {
    const starts = ['$870 million', '$2 billion', 'Sources: company filings.'];
    expectGroups(STAT_CARDS, starts);
    expectGroups(indented(STAT_CARDS), starts);
  });

  it('are each row’s first line in a table, never a value beside its key', () => {
    const html =
      '<h3>Scale AI</h3><table><tr><th>Revenue</th><td>$870M</td></tr>' +
      '<tr><th>Stake</th><td>49%</td></tr></table>';
    expectGroups(html, ['Revenue', 'Stake']);
    expectGroups(indented(html), ['Revenue', 'Stake']);
  });

  it('are a definition list’s terms after a description, whichever holds the value', () => {
    expectGroups('<dl><dt>$870M</dt><dd>Revenue</dd><dt>49%</dt><dd>Stake</dd></dl>', ['49%']);
    expectGroups('<dl><dt>Revenue</dt><dd>$870M</dd><dt>Stake</dt><dd>49%</dd></dl>', ['Stake']);
  });

  it('are none in a run of sibling paragraphs, lines of one block or a value in a wrapper', () => {
    expectGroups('<p>Revenue</p><p>$870M</p><p>Stake</p><p>49%</p>', []);
    expectGroups('<li>Revenue<br>$870M</li>', []);
    expectGroups(
      '<div class="row"><div class="key">Revenue</div><div class="value"><div>$870M</div></div></div>',
      [],
    );
  });

  it('are found as well in a grid nested deeper than most pages go', () => {
    const nested = `${'<div>'.repeat(150)}${STAT_CARDS}${'</div>'.repeat(150)}`;
    expectGroups(nested, ['$870 million', '$2 billion', 'Sources: company filings.']);
  });

  it('are found inside a shadow root as in the light tree', () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    host.attachShadow({ mode: 'open' }).innerHTML = STAT_CARDS;
    const { text, groupStarts } = readPageText(document.body);
    expect(startingLines(text, groupStarts)).toEqual([
      '$870 million',
      '$2 billion',
      'Sources: company filings.',
    ]);
  });
});

describe('looking starts up', () => {
  it('tells a start from any other offset', () => {
    expect([0, 3, 5, 9].map((at) => isGroupStart([3, 9], at))).toEqual([false, true, false, true]);
    expect(isGroupStart(undefined, 3)).toBe(false);
  });

  it('gives the starts in a part of the text as offsets from the part’s start', () => {
    expect(groupStartsWithin([3, 9, 20, 31], 9, 31)).toEqual([0, 11]);
    expect(groupStartsWithin([3, 9], 10, 40)).toEqual([]);
  });
});
