/**
 * The popup and the dashboard against the real extension: the popup opened as
 * `popup.html?tabId=N` lists the page's figures with the page's own mention ids, a click
 * scrolls the page; the dashboard finds the pages visited, and its history survives an
 * export, a clear and an import through the background.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { afterAll, describe, expect, it } from 'vitest';
import { setUpHarness, tabIdShowing, waitForPageState } from './support/browser';

const harness = setUpHarness();
const opened: Page[] = [];
afterAll(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
});

const extensionUrl = (path: string) =>
  `chrome-extension://${new URL(harness.sw.url()).host}/${path}`;

describe('the popup and the dashboard', { timeout: 90_000 }, () => {
  it('lists the page figures by their page ids, and a click scrolls the page', async () => {
    const article = await harness.open('demo.html', 'paint');
    opened.push(article);
    await article.setViewportSize({ width: 900, height: 300 });
    const state = await waitForPageState(harness.sw, article, (s) => s.ready, 'marks');
    const figureIds = state.mentions.filter((m) => m.kind === 'figure').map((m) => m.id);

    const popup = await harness.context.newPage();
    opened.push(popup);
    await popup.goto(
      extensionUrl(`popup.html?tabId=${await tabIdShowing(harness.sw, article.url())}`),
    );
    await popup.waitForSelector('[data-mention-id]');
    const listed = await popup.$$eval('[data-mention-id]', (elements) =>
      elements.map((e) => e.getAttribute('data-mention-id')),
    );
    expect(new Set(listed)).toEqual(new Set(figureIds));
    const stances = await popup.$$eval('[data-source-id][data-stance]', (rows) =>
      rows.map((r) => r.getAttribute('data-stance')),
    );
    expect(stances.length).toBeGreaterThan(0);
    expect(new Set(stances)).toEqual(new Set(['agrees', 'disagrees']));

    const last = figureIds.at(-1)!;
    await popup.click(`[data-mention-id="${last}"]`);
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // "Don't mark this site" in the popup removes the page's marks at once, text untouched.
    const text = await article.evaluate(() => document.body.innerText);
    await popup.getByLabel('Don’t mark this site').check();
    await waitForPageState(harness.sw, article, (s) => s.mentions.length === 0, 'no marks');
    expect(await article.evaluate(() => document.body.innerText)).toBe(text);
    await popup.getByLabel('Don’t mark this site').uncheck();
    await waitForPageState(harness.sw, article, (s) => s.mentions.length > 0, 'marks again');
    await popup.close();
    await article.close();
  });

  it('finds both visited pages on the dashboard, and keeps them through export, clear and import', async () => {
    for (const name of ['demo.html', 'split-figures-page.html']) {
      // Ready (marked) when open returns; the page reports to the history a moment later.
      opened.push(await harness.open(name, 'paint'));
    }
    const dashboard = await harness.context.newPage();
    opened.push(dashboard);
    await dashboard.goto(extensionUrl('dashboard.html'));
    const pageUrls = ['demo.html', 'split-figures-page.html'].map((n) => `${harness.baseUrl}/${n}`);
    const sites = async () =>
      dashboard.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: typeof Browser };
        const reply = await chrome.runtime.sendMessage({ type: 'list-history', filter: {} });
        return (reply.value as { sighting: { url: string } }[]).map((e) => e.sighting.url);
      });
    await expect.poll(sites, { timeout: 10_000 }).toEqual(expect.arrayContaining(pageUrls));
    await dashboard.reload();
    await expect.poll(() => dashboard.locator('[data-mention-id]').count()).toBeGreaterThan(5);

    const before = await sites();
    const roundTrip = await dashboard.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof Browser };
      const exported = await chrome.runtime.sendMessage({ type: 'export-history', format: 'json' });
      await chrome.runtime.sendMessage({ type: 'clear-history' });
      const empty = await chrome.runtime.sendMessage({ type: 'list-history', filter: {} });
      const imported = await chrome.runtime.sendMessage({
        type: 'import-history',
        text: exported.value.text,
      });
      const again = await chrome.runtime.sendMessage({
        type: 'import-history',
        text: exported.value.text,
      });
      return { cleared: empty.value.length, imported: imported.ok, again: again.ok };
    });
    expect(roundTrip).toEqual({ cleared: 0, imported: true, again: true });
    expect((await sites()).sort()).toEqual(before.sort());
  });
});
