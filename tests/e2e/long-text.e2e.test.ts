/**
 * A page whose text is longer than one message carries (TEXT_PIECE): the content script sends
 * it to the background in pieces, and the figures on every side of each cut are marked as
 * on a short page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TEXT_PIECE } from '../../lib/background-matching';
import { setUpHarness, sharedPage, waitForPageState } from './support/browser';

const harness = setUpHarness();

describe('a page with more text than one message carries', { timeout: 60_000 }, () => {
  const tab = sharedPage(() => harness.open('long-text.html', 'paint'));
  afterAll(() => tab.close());

  it('is matched in the background, in pieces, every deal figure tied to its claim', async () => {
    const page = await tab.get();
    const state = await waitForPageState(harness.sw, page, (s) => s.ready, 'a ready page');
    const length = await page.evaluate(() => document.body.textContent!.length);
    expect(length).toBeGreaterThan(TEXT_PIECE);
    expect(state.stats.matchedIn).toBe('background');
    const amounts = state.mentions.filter((m) => m.text === '$14.3 billion');
    const stakes = state.mentions.filter((m) => m.text === '49%');
    // One deal sentence in every ten of the 2,600 paragraphs.
    expect(amounts).toHaveLength(260);
    expect(stakes).toHaveLength(260);
    expect(new Set(amounts.map((m) => m.claim))).toEqual(new Set(['meta-investment-in-scale-ai']));
    // The same figure gets the same verdict wherever it falls.
    expect(new Set(amounts.map((m) => m.verdict)).size).toBe(1);
    expect(new Set(stakes.map((m) => m.claim))).toEqual(new Set(['meta-stake-in-scale-ai']));
  });
});
