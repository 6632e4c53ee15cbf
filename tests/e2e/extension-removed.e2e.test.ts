/**
 * A page left open while the extension is reloaded (an update, or a developer's reload) or
 * switched off. The browser keeps the old scripts running in the page, but their extension is
 * gone: at the page's next change they take every mark away and stop, so nothing the user
 * switched off goes on marking, and the page reads as it did without the extension.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import {
  bodyText,
  highlightSizes,
  openUnmarkedCopy,
  readDomMarks,
  setUpHarness,
} from './support/browser';

const FIXTURE = 'wire-copy.html';
/** A paragraph the page adds after the reload: it names Meta and a deal figure. */
const LATER = 'Later on Friday, Meta said it would spend $10 billion more on data centres.';
/** How long the old scripts may take to see the change and stop; the contract gives 500 ms. */
const STOPPED_WITHIN_MS = 3_000;
/** The marker reports a page to the history a second after its marks settle. */
const REPORTED_WITHIN_MS = 1_500;

const total = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);

/** Every mark the page holds in either style: elements and painted ranges. */
async function marksOn(page: Page): Promise<number> {
  const { marks } = await readDomMarks(page);
  return marks.length + total(await highlightSizes(page));
}

function addLaterParagraph(page: Page): Promise<void> {
  return page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('main')?.append(p);
  }, LATER);
}

for (const style of ['elements', 'paint'] as const) {
  describe(`a page marked in ${style} style when the extension is reloaded`, () => {
    const harness = setUpHarness();

    it(
      'loses every mark at its next change, marks nothing new and reads as before',
      {
        timeout: 60_000,
      },
      async () => {
        const page = await harness.open(FIXTURE, style);
        expect(await marksOn(page)).toBeGreaterThan(3);
        // Reported to the history (a second after the marks settle): nothing left to do.
        await page.waitForTimeout(REPORTED_WITHIN_MS);

        // Reloaded from its own worker, after this call returns: the worker goes with it.
        await harness.sw.evaluate(() => {
          const { chrome } = globalThis as unknown as { chrome: typeof Browser };
          setTimeout(() => chrome.runtime.reload(), 50);
        });
        await page.waitForTimeout(1_000);
        // The old scripts still run: nothing has asked them anything yet.
        expect(await marksOn(page)).toBeGreaterThan(3);

        await addLaterParagraph(page);
        await page.waitForFunction(
          () => document.documentElement.dataset.sourcemark === undefined,
          null,
          { timeout: STOPPED_WITHIN_MS, polling: 50 },
        );
        expect(await marksOn(page)).toBe(0);
        // Stopped for good: the new paragraph, and anything after it, stays unmarked.
        await page.waitForTimeout(1_000);
        expect(await marksOn(page)).toBe(0);

        const unmarked = await openUnmarkedCopy(harness.context, FIXTURE);
        await addLaterParagraph(unmarked);
        expect(await bodyText(page)).toBe(await bodyText(unmarked));
        await unmarked.close();
        await page.close();
      },
    );
  });
}
