/**
 * The paint style on a page many screens tall: only marks near the viewport are in the
 * highlights (Chromium re-validates every registered range in each frame where a highlight or
 * the DOM changes), and scrolling paints what comes near and unpaints what is left behind,
 * in the window and in a scrolling box of the page's own. The extension's view of the page
 * still lists every mention.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  paintedRangesIn,
  setUpHarness,
  sharedPage,
  waitForPageState,
  type PageState,
} from './support/browser';

const harness = setUpHarness();

/** Polls until `selector`'s element holds painted ranges (or none, with `painted` false). */
async function waitForPaint(page: Page, selector: string, painted: boolean): Promise<void> {
  await expect
    .poll(async () => (await paintedRangesIn(page, selector)) > 0, { timeout: 2000 })
    .toBe(painted);
}

/** Resolves once the page has drawn a few frames and run the tasks queued after them. */
function afterFrames(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }
  });
}

describe('a page many screens tall, in paint style', { timeout: 60_000 }, () => {
  const tab = sharedPage(() => harness.open('long-page.html', 'paint'));
  afterAll(() => tab.close());
  const ready = async (page: Page): Promise<PageState> =>
    waitForPageState(harness.sw, page, (s) => s.ready, 'a ready page');

  it('lists every mention but paints only those near the screen', async () => {
    const page = await tab.get();
    const state = await ready(page);
    expect(state.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['$14.3 billion', '$2 billion', '$29 billion']),
    );
    // The observer's first report comes a frame after the marks are followed: let it land.
    await afterFrames(page);
    expect(await paintedRangesIn(page, '#top')).toBeGreaterThan(0);
    // Six screens down is beyond the two painted ahead (a root margin and a scroll margin
    // together once stretched that to about thirteen).
    expect(await paintedRangesIn(page, '#six-screens')).toBe(0);
    expect(await paintedRangesIn(page, '#bottom')).toBe(0);
    expect(await paintedRangesIn(page, '#in-feed')).toBe(0);
    // The extension reports what its highlights hold: fewer ranges than mentions here.
    const held = Object.values(state.highlights).reduce((sum, n) => sum + n, 0);
    expect(held).toBeLessThan(state.mentions.length);
  });

  it('paints a mark as the page scrolls to it and unpaints the one left behind', async () => {
    const page = await tab.get();
    await page.evaluate(() => document.getElementById('six-screens')!.scrollIntoView());
    await waitForPaint(page, '#six-screens', true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitForPaint(page, '#bottom', true);
    await waitForPaint(page, '#top', false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitForPaint(page, '#top', true);
    await waitForPaint(page, '#bottom', false);
  });

  it('paints a mark in a scrolling box of the page when the box scrolls to it', async () => {
    const page = await tab.get();
    await page.evaluate(() => document.getElementById('feed')!.scrollIntoView());
    await waitForPaint(page, '#in-feed', false);
    await page.evaluate(() => {
      const feed = document.getElementById('feed')!;
      feed.scrollTop = feed.scrollHeight;
    });
    await waitForPaint(page, '#in-feed', true);
  });

  it('paints the new text of a block the page rewrote before its mark was ever painted', async () => {
    // Far marks look their text up only when first painted: a block rewritten meanwhile is
    // read again, and the mark lands on the new figure, never on the old one's place.
    const page = await tab.get();
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitForPaint(page, '#bottom', false);
    await page.evaluate(() => {
      const bottom = document.getElementById('bottom')!;
      bottom.firstChild!.textContent = 'Scale AI was valued at about $30 billion after the deal.';
    });
    const state = await waitForPageState(
      harness.sw,
      page,
      (s) => s.mentions.some((m) => m.text === 'about $30 billion'),
      'the rewritten figure marked',
    );
    expect(state.mentions.map((m) => m.text)).not.toContain('$29 billion');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await waitForPaint(page, '#bottom', true);
    const painted = await page.evaluate(() => {
      const texts: string[] = [];
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight) {
          const node = range.startContainer;
          if (node.parentElement?.closest('#bottom')) {
            texts.push(node.textContent!.slice(range.startOffset, range.endOffset));
          }
        }
      }
      return texts.sort();
    });
    expect(painted).toEqual(['Scale AI', 'about $30 billion']);
  });
});
