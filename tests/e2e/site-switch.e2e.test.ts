/**
 * The per-site switch and the popup's "scroll to this mention", as the content script
 * carries them out: switching the site off removes every mark at once and leaves the text as
 * it was; switching it on marks the page again; scroll-to-mention scrolls and flashes.
 */
import type { Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import {
  bodyText,
  highlightTotal,
  readDomMarks,
  setUpHarness,
  waitForPageState,
} from './support/browser';

const harness = setUpHarness();

async function setSiteEnabled(sw: Worker, site: string, enabled: boolean): Promise<void> {
  await sw.evaluate(
    async ({ site, enabled }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof Browser };
      const { settings } = await chrome.storage.local.get('settings');
      const previous = (typeof settings === 'object' && settings !== null ? settings : {}) as {
        disabledSites?: string[];
      };
      const others = (previous.disabledSites ?? []).filter((s) => s !== site);
      await chrome.storage.local.set({
        settings: { ...previous, disabledSites: enabled ? others : [...others, site] },
      });
    },
    { site, enabled },
  );
}

for (const style of ['elements', 'paint'] as const) {
  describe(`the site switch in ${style} style`, { timeout: 60_000 }, () => {
    it("removes every mark at once when the site is switched off, and restores them when it's on", async () => {
      const page = await harness.open('demo.html', style);
      try {
        const before = await bodyText(page);
        const marked = await waitForPageState(harness.sw, page, (s) => s.ready, 'marks');
        expect(marked.mentions.length).toBeGreaterThan(5);

        await setSiteEnabled(harness.sw, '127.0.0.1', false);
        const off = await waitForPageState(
          harness.sw,
          page,
          (s) => s.mentions.length === 0,
          'no marks',
        );
        expect(off.mentions).toEqual([]);
        expect((await readDomMarks(page)).marks).toEqual([]);
        expect(await highlightTotal(page)).toBe(0);
        expect(await bodyText(page)).toBe(before);

        await setSiteEnabled(harness.sw, '127.0.0.1', true);
        const on = await waitForPageState(
          harness.sw,
          page,
          (s) => s.ready && s.mentions.length === marked.mentions.length,
          'marks again',
        );
        expect(on.mentions.map((m) => m.text)).toEqual(marked.mentions.map((m) => m.text));
        expect(await bodyText(page)).toBe(before);
      } finally {
        await setSiteEnabled(harness.sw, '127.0.0.1', true);
        await page.close();
      }
    });

    it('scrolls to a mention the popup names and flashes it', async () => {
      const page = await harness.open('demo.html', style);
      try {
        await page.setViewportSize({ width: 800, height: 300 });
        const state = await waitForPageState(harness.sw, page, (s) => s.ready, 'marks');
        const last = state.mentions.at(-1)!;
        const reply = await harness.sw.evaluate(async (mentionId) => {
          const { chrome } = globalThis as unknown as { chrome: typeof Browser };
          for (const tab of await chrome.tabs.query({})) {
            try {
              return await chrome.tabs.sendMessage(tab.id!, {
                type: 'scroll-to-mention',
                mentionId,
              });
            } catch {
              // not the page's tab
            }
          }
          return null;
        }, last.id);
        expect(reply).toEqual({ ok: true, found: true });
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        if (style === 'paint') {
          const flashed = await page.evaluate(() => CSS.highlights.get('sourcemark-flash')?.size);
          expect(flashed).toBeGreaterThan(0);
        }
      } finally {
        await page.close();
      }
    });
  });
}
