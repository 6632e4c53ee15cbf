/**
 * The labelled pages (tests/fixtures/labelled-pages/, see tests/lib/labelled-pages.test.ts)
 * marked by the extension in Chromium: the page's own reading (blocks, line breaks, tables,
 * custom elements, skipped regions) must tie no figure to a claim its place does not state.
 * Marks are read in the elements style, where each has a place in the page's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  labelledLines,
  parseLabels,
  placeLabels,
  wrongClaims,
  type PlacedFigure,
} from '../support/labels';
import { setUpHarness } from './support/browser';

const harness = setUpHarness();
const DIR = join(import.meta.dirname, '../fixtures/labelled-pages');
const PAGES = [
  'set-1',
  'set-2',
  'set-3',
  'set-4',
  'set-5',
  'set-6',
  'set-7',
  'set-8',
  'set-9',
  'set-10',
  'set-11',
  'set-12',
  'set-13',
  'set-14',
  'set-15',
  'set-16',
  'set-17',
  'set-18',
  'set-19',
  'set-20',
  'set-21',
  'set-22',
  'set-23',
  'set-24',
  'set-25',
  'set-26',
  'set-27',
  'set-28',
  'set-29',
  'set-30',
  'set-31',
  'set-32',
  'set-33',
  'set-34',
  'set-35',
  'set-36',
  'set-37',
  'set-38',
  'set-39',
  'set-40',
  'set-41',
  'set-42',
  'set-43',
  'set-44',
  'set-45',
  'set-46',
  'set-47',
  'set-48',
  'set-49',
  'set-50',
  'set-51',
  'set-52',
  'set-53',
].flatMap((set) =>
  labelledLines(readFileSync(join(DIR, set, 'labels.txt'), 'utf8')).map(([file, labels]) => ({
    path: `labelled-pages/${set}/${file.trim()}`,
    labels: parseLabels(labels),
  })),
);

type Read = { text: string; figures: PlacedFigure[] };

// The page's text as a reader sees it (a line break at every block and <br>, nothing of what
// the content script never reads), and where each figure mark's text stands in it.
const READ_MARKED_PAGE = `(() => {
  const SKIP = 'script, style, noscript, template, textarea, code, pre, svg, del, s, strike, ' +
    '[hidden], [contenteditable]:not([contenteditable="false"]), sourcemark-card';
  const BLOCK = 'address, article, aside, blockquote, caption, dd, details, div, dl, dt, ' +
    'fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, li, main, ' +
    'nav, ol, p, section, summary, table, td, th, tr, ul';
  const walker = document.createTreeWalker(
    document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const at = new Map();
  let text = '';
  let block = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.localName === 'br') text += '\\n';
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    const nodeBlock = parent.closest(BLOCK);
    if (nodeBlock !== block) text += '\\n';
    block = nodeBlock;
    at.set(node, text.length);
    text += node.data;
  }
  const byId = new Map();
  for (const mark of document.querySelectorAll('sourcemark-mention[data-kind="figure"]')) {
    const node = mark.firstChild;
    if (!node || !at.has(node)) continue;
    const start = at.get(node);
    const end = start + node.data.length;
    const figure = byId.get(mark.dataset.mentionId);
    if (figure) {
      figure.start = Math.min(figure.start, start);
      figure.end = Math.max(figure.end, end);
      figure.text += node.data;
    } else {
      byId.set(mark.dataset.mentionId, { text: node.data, start, end, claim: mark.dataset.claim || null });
    }
  }
  return { text, figures: [...byId.values()] };
})()`;

describe('the labelled pages in Chromium', { timeout: 120_000 }, () => {
  it.each(PAGES)(
    'ties no figure of $path to a claim it does not state',
    async ({ path, labels }) => {
      const page: Page = await harness.open(path, 'elements');
      try {
        const { text, figures } = (await page.evaluate(READ_MARKED_PAGE)) as Read;
        const { placed, unplaced } = placeLabels(text, labels);
        expect(unplaced).toEqual([]);
        expect(wrongClaims(figures, placed)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
