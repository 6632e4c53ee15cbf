/**
 * A page under a strict Content Security Policy (no inline style or script, no request
 * anywhere, Trusted Types for HTML sinks), in both mark styles: the page is marked as the
 * core says, the marks are styled, the card opens with its own styles applied, and the
 * browser reports no violation of the page's policy.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectedMarksOfFixture,
  hover,
  readDomMarks,
  setUpHarness,
  sharedPage,
  stateMentionAsExpected,
  textBox,
  waitForPageState,
} from './support/browser';

const harness = setUpHarness();
const FIXTURE = 'strict-csp.html';
/** The card's width in its style sheet (see card-styles.ts): without it, a row of quotes is wider. */
const CARD_WIDTH_PX = 380;

/** Messages the browser logs when the page's policy blocks something. */
const violations: string[] = [];
const recordViolation = (message: ConsoleMessage) => {
  if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
};
beforeAll(() => {
  harness.context.on('console', recordViolation);
});
afterAll(() => {
  harness.context.off('console', recordViolation);
});

for (const style of ['paint', 'elements'] as const) {
  describe(`a strict-CSP page in ${style} style`, { timeout: 60_000 }, () => {
    const tab = sharedPage(() => harness.open(FIXTURE, style));
    afterAll(() => tab.close());

    it('is marked as the core reads it', async () => {
      const page = await tab.get();
      const state = await harness.state(page);
      expect(state.mentions.map(stateMentionAsExpected)).toEqual(expectedMarksOfFixture(FIXTURE));
      if (style === 'paint') {
        expect(state.highlights['sourcemark-mixed'] ?? 0).toBeGreaterThan(0);
      } else {
        const { marks } = await readDomMarks(page);
        expect(marks.length).toBeGreaterThan(0);
        // The marks' styles are set through the CSSOM, which no policy blocks.
        const underlined = await page.evaluate(() =>
          [...document.querySelectorAll('sourcemark-mention')].every(
            (mark) => getComputedStyle(mark).textDecorationLine === 'underline',
          ),
        );
        expect(underlined).toBe(true);
      }
    });

    it('opens a card with its own styles applied', async () => {
      const page: Page = await tab.get();
      await hover(page, await textBox(page, '#lede', '$14.3 billion'));
      const state = await waitForPageState(
        harness.sw,
        page,
        (s) => s.card !== null,
        'an open card',
      );
      expect(state.card?.text).toContain('$14.3 billion');
      const width = state.card?.rect?.width ?? 0;
      expect(width).toBeGreaterThan(CARD_WIDTH_PX - 2);
      expect(width).toBeLessThan(CARD_WIDTH_PX + 2);
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
    });

    it('makes the browser report no violation of the page policy', async () => {
      await tab.get();
      expect(violations).toEqual([]);
    });
  });
}
