/**
 * A page left open while the extension is reloaded (an update, or a developer's reload) or
 * switched off. The browser keeps the old scripts running in the page, but their extension is
 * gone: at the page's next change, or as soon as the pointer moves over it, they take every
 * mark away and stop, so nothing the user switched off goes on marking, and the page reads as
 * it does without the extension.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import {
  bodyText,
  highlightTotal,
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

/** Every mark the page holds in either style: elements and painted ranges. */
async function marksOn(page: Page): Promise<number> {
  const { marks } = await readDomMarks(page);
  return marks.length + (await highlightTotal(page));
}

function addLaterParagraph(page: Page): Promise<void> {
  return page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.querySelector('main')?.append(p);
  }, LATER);
}

/** Waits until the page's marker has stopped: it takes `data-sourcemark` away as it goes. */
function untilStopped(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => document.documentElement.dataset.sourcemark === undefined,
    null,
    {
      timeout: STOPPED_WITHIN_MS,
      polling: 50,
    },
  );
}

for (const style of ['elements', 'paint'] as const) {
  describe(`pages marked in ${style} style when the extension is reloaded`, () => {
    const harness = setUpHarness();

    it(
      'lose every mark at their next change, or as the pointer moves over them, and stop',
      { timeout: 60_000 },
      async () => {
        const changing = await harness.open(FIXTURE, style);
        const pointed = await harness.open(FIXTURE, style);
        for (const page of [changing, pointed]) expect(await marksOn(page)).toBeGreaterThan(3);
        // Reported to the history (a second after the marks settle): nothing left to do.
        await changing.waitForTimeout(REPORTED_WITHIN_MS);
        // Counted in the page's own world: the pointer, not the tab shown again, must stop it.
        await pointed.evaluate(() => {
          const counted = window as unknown as { shown: number };
          counted.shown = 0;
          document.addEventListener('visibilitychange', () => counted.shown++);
        });

        // Reloaded from its own worker, after this call returns: the worker goes with it.
        await harness.sw.evaluate(() => {
          const { chrome } = globalThis as unknown as { chrome: typeof Browser };
          setTimeout(() => chrome.runtime.reload(), 50);
        });
        await changing.waitForTimeout(1_000);
        // The old scripts still run: nothing has asked them anything yet.
        for (const page of [changing, pointed]) expect(await marksOn(page)).toBeGreaterThan(3);

        await addLaterParagraph(changing);
        await untilStopped(changing);
        expect(await marksOn(changing)).toBe(0);
        // Stopped for good: the new paragraph, and anything after it, stays unmarked.
        await changing.waitForTimeout(1_000);
        expect(await marksOn(changing)).toBe(0);

        await pointed.mouse.move(200, 200);
        await pointed.mouse.move(220, 240);
        await untilStopped(pointed);
        expect(await marksOn(pointed)).toBe(0);
        expect(await pointed.evaluate(() => (window as unknown as { shown: number }).shown)).toBe(
          0,
        );

        const unmarked = await openUnmarkedCopy(harness.context, FIXTURE);
        expect(await bodyText(pointed)).toBe(await bodyText(unmarked));
        await addLaterParagraph(unmarked);
        expect(await bodyText(changing)).toBe(await bodyText(unmarked));
        for (const page of [unmarked, changing, pointed]) await page.close();
      },
    );
  });
}
