/**
 * The extension's own pages as keyboard and screen reader users meet them, in real Chromium:
 * axe-core (its default WCAG 2 A/AA and best-practice rules) finds no serious or critical
 * violation in the popup, the side panel, the source view or the dashboard, in the light and
 * the dark colour scheme; Tab reaches every figure and source link of the popup, and every
 * focus stop shows a ring that stands out from its background; and the dashboard keeps the
 * focus where the reader was after an export, a saved review or a dismissed message.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  captureDownload,
  extensionPageUrl,
  reloadDashboardUntil,
  setUpHarness,
  tabIdShowing,
} from './support/browser';

const harness = setUpHarness();

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const SCHEMES = ['light', 'dark'] as const;

/** The impacts that fail a page; moderate and minor findings are listed with them. */
const BLOCKING = new Set(['serious', 'critical']);

/** One axe violation as a line a reader can act on: rule, impact, where and what is wrong. */
type Finding = { rule: string; impact: string; help: string; nodes: string[] };

type AxeRun = { violations: Finding[]; contrastChecked: number };

/**
 * Runs axe-core over the whole page. Its source is evaluated through the debugger: the
 * extension pages' `script-src 'self'` policy refuses an inline script tag, rightly.
 */
async function runAxe(page: Page): Promise<AxeRun> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(
      document,
    ),
  )) as AxeResults;
  return {
    violations: results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map(
        (node) => `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
      ),
    })),
    contrastChecked: results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0,
  };
}

const describeFindings = (findings: Finding[]) =>
  findings.map((f) => `${f.impact} ${f.rule} (${f.help}):\n  ${f.nodes.join('\n  ')}`).join('\n');

/**
 * Runs axe in the light and the dark scheme and expects no serious or critical violation in
 * either (the message lists every finding); also expects that axe really compared colours,
 * so a page axe could not read does not pass by default.
 */
async function expectNoBlockingViolations(page: Page, what: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const run = await runAxe(page);
    const blocking = run.violations.filter((finding) => BLOCKING.has(finding.impact));
    expect(blocking, `${what}, ${scheme} scheme:\n${describeFindings(run.violations)}`).toEqual([]);
    expect(
      run.contrastChecked,
      `${what}, ${scheme}: elements whose contrast axe checked`,
    ).toBeGreaterThan(0);
  }
  await page.emulateMedia({ colorScheme: null });
}

/** The body text's size in CSS pixels. */
const bodyFontPx = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

/** What the focused element shows: its focus ring and the colour behind it. */
type FocusStop = {
  tag: string;
  mentionId: string | null;
  sourceLink: boolean;
  name: string;
  outlineStyle: string;
  outlineWidthPx: number;
  outlineColor: string;
  boxShadow: string;
  backdrop: string;
};

/** The focused element (null for none, or the body) and how its focus is drawn. */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    // The ring is drawn outside the element (outline-offset), over its parents' background.
    let backdrop = 'rgb(255, 255, 255)';
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const color = getComputedStyle(parent).backgroundColor;
      if (color !== 'transparent' && !/rgba\(.*, 0\)$/.test(color)) {
        backdrop = color;
        break;
      }
    }
    return {
      tag: element.localName,
      mentionId: element.getAttribute('data-mention-id'),
      sourceLink: element.matches('.source-row a'),
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
      outlineStyle: style.outlineStyle,
      outlineWidthPx: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      backdrop,
    };
  });
}

/** WCAG 2 contrast ratio of two computed `rgb()`/`rgba()` colours (alpha ignored). */
function contrastRatio(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const linear = (channel: number) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Why a focus stop's ring is not visible, or null when it is: an outline at least 2px wide
 * with 3:1 contrast against the colour around it (WCAG 1.4.11), or a box shadow.
 */
function invisibleFocus(stop: FocusStop): string | null {
  if (stop.boxShadow !== 'none') return null;
  if (stop.outlineStyle === 'none' || stop.outlineWidthPx < 2) {
    return `${stop.tag} "${stop.name}": outline ${stop.outlineStyle} ${stop.outlineWidthPx}px`;
  }
  const ratio = contrastRatio(stop.outlineColor, stop.backdrop);
  return ratio >= 3
    ? null
    : `${stop.tag} "${stop.name}": ring ${stop.outlineColor} on ${stop.backdrop} is ${ratio.toFixed(2)}:1`;
}

/** Presses Tab until the focus leaves the page or comes back round, and returns each stop. */
async function tabThrough(page: Page, limit = 400): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop === null) break;
    if (stops.length > 0 && JSON.stringify(stop) === JSON.stringify(stops[0])) break;
    stops.push(stop);
  }
  return stops;
}

/** Expects the focused element to have a visible focus ring. */
async function expectVisibleFocus(page: Page, what: string): Promise<FocusStop> {
  const stop = await focusStop(page);
  expect(stop, `${what}: focus lost to the page's body`).not.toBeNull();
  expect(invisibleFocus(stop!), what).toBeNull();
  return stop!;
}

const opened: Page[] = [];
afterAll(async () => {
  for (const page of opened) await page.close().catch(() => undefined);
});

async function newPage(width: number, height: number): Promise<Page> {
  const page = await harness.context.newPage();
  opened.push(page);
  await page.setViewportSize({ width, height });
  return page;
}

describe('accessibility of the extension pages', { timeout: 90_000 }, () => {
  let article: Page;
  let popup: Page;
  let figureIds: string[];

  beforeAll(async () => {
    article = await harness.open('demo.html', 'paint');
    opened.push(article);
    popup = await newPage(400, 600);
    const tabId = await tabIdShowing(harness.sw, article.url());
    await popup.goto(extensionPageUrl(harness.sw, `popup.html?tabId=${tabId}`));
    await popup.waitForSelector('[data-mention-id]');
    figureIds = await popup.$$eval('button[data-mention-id]', (buttons) =>
      buttons.map((b) => b.getAttribute('data-mention-id') ?? ''),
    );
  });

  it('the popup has no serious or critical violation, folded source rows included', async () => {
    expect(figureIds.length).toBeGreaterThan(5);
    expect(await bodyFontPx(popup)).toBeGreaterThanOrEqual(14);
    // axe skips what is hidden: unfold "Also in the sources" so its rows are checked too.
    const folded = popup.locator('details:not([open]) > summary');
    while ((await folded.count()) > 0) await folded.first().click();
    expect(await popup.locator('details:not([open])').count()).toBe(0);
    await expectNoBlockingViolations(popup, 'popup');
    await popup.reload();
    await popup.waitForSelector('[data-mention-id]');
  });

  it('the side panel, on a closed page and following the article, has no serious or critical violation', async () => {
    const panel = await newPage(360, 700);
    await panel.goto(extensionPageUrl(harness.sw, 'sidepanel.html'));
    // Opened as a tab, the panel first shows itself: a page no content script runs in.
    await panel.waitForSelector('[data-status="not-allowed"]');
    await expectNoBlockingViolations(panel, 'side panel on a page it cannot read');
    // It follows the active tab of its window: make that the article's.
    await article.bringToFront();
    await panel.waitForSelector('[data-mention-id]');
    expect(await bodyFontPx(panel)).toBeGreaterThanOrEqual(14);
    await expectNoBlockingViolations(panel, 'side panel');
  });

  it('the source view, opened from a popup source link, has no serious or critical violation', async () => {
    const href = await popup.locator('.source-row a').first().getAttribute('href');
    expect(href).toMatch(/^chrome-extension:\/\/.+\/source\.html\?source=/);
    const source = await newPage(1024, 700);
    await source.goto(href!);
    await source.waitForSelector('mark.quoted');
    expect(await bodyFontPx(source)).toBeGreaterThanOrEqual(14);
    await expectNoBlockingViolations(source, 'source view');
  });

  it('the dashboard with history, and with its error and result messages, has no serious or critical violation', async () => {
    opened.push(await harness.open('split-figures-page.html', 'paint'));
    const dashboard = await newPage(1024, 700);
    await dashboard.goto(extensionPageUrl(harness.sw, 'dashboard.html'));
    await reloadDashboardUntil(dashboard, () => dashboard.locator('article.sighting').count(), 2);
    // Chrome sets extension pages' body text to 75%; the dashboard's own size must win.
    expect(await bodyFontPx(dashboard)).toBeGreaterThanOrEqual(14);
    await expectNoBlockingViolations(dashboard, 'dashboard');

    await dashboard.getByLabel('Import a JSON export').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('not a history'),
    });
    await expect.poll(() => dashboard.getByRole('alert').innerText()).toMatch(/^This file is not/);
    await expectNoBlockingViolations(dashboard, 'dashboard with an error message');

    await dashboard.getByRole('button', { name: 'Dismiss message' }).click();
    await dashboard
      .locator('li.mention')
      .first()
      .getByRole('button', { name: 'Save review' })
      .click();
    await expect.poll(() => dashboard.getByRole('status').innerText()).toMatch(/^Saved: /);
    await expectNoBlockingViolations(dashboard, 'dashboard with a result message');
    await dashboard.close();
  });

  for (const scheme of SCHEMES) {
    it(`Tab reaches every popup figure and source link, each with a visible focus ring (${scheme})`, async () => {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.reload();
      await popup.waitForSelector('[data-mention-id]');
      const stops = await tabThrough(popup);
      const reachedFigures = stops.flatMap((stop) => (stop.mentionId ? [stop.mentionId] : []));
      expect(reachedFigures).toEqual(figureIds);
      const sourceLinks = await popup.locator('.figure .source-row a').count();
      expect(sourceLinks).toBeGreaterThan(0);
      expect(stops.filter((stop) => stop.sourceLink).length).toBeGreaterThanOrEqual(sourceLinks);
      // The site switch and the dashboard link come after the list.
      expect(stops.map((stop) => stop.name)).toContain('Review history and export');
      expect(stops.flatMap((stop) => invisibleFocus(stop) ?? [])).toEqual([]);
      await popup.emulateMedia({ colorScheme: null });
    });
  }

  it('Enter on a focused popup figure shows it on the page', async () => {
    await popup.reload();
    await popup.waitForSelector('[data-mention-id]');
    await popup.keyboard.press('Tab');
    const stop = await expectVisibleFocus(popup, 'the first figure');
    expect(stop.mentionId).toBe(figureIds[0]);
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => popup.locator('.notice').innerText())
      .toMatch(/^Showing “.+” on the page\.$/);
  });

  describe('the dashboard from the keyboard', () => {
    let dashboard: Page;
    let downloads: string;
    beforeAll(async () => {
      downloads = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-a11y-'));
      dashboard = await newPage(1024, 700);
      await dashboard.goto(extensionPageUrl(harness.sw, 'dashboard.html'));
      await dashboard.locator('li.mention').first().waitFor();
    });
    afterAll(async () => {
      await rm(downloads, { recursive: true, force: true });
    });

    it('reaches the export buttons with Tab, and Enter downloads with the focus kept', async () => {
      const stops = [];
      for (let i = 0; i < 30; i++) {
        await dashboard.keyboard.press('Tab');
        const stop = await expectVisibleFocus(dashboard, `Tab stop ${i + 1}`);
        stops.push(stop.name);
        if (stop.name.startsWith('Export JSON')) break;
      }
      expect(stops.slice(0, 3)).toEqual(['History', 'Reference sources', 'Settings']);
      expect(stops.at(-1)).toMatch(/^Export JSON/);
      const file = await captureDownload(dashboard, downloads, () =>
        dashboard.keyboard.press('Enter'),
      );
      expect(JSON.parse(file.text)).toMatchObject({ format: 'sourcemark-history' });
      await expect.poll(() => dashboard.getByRole('status').innerText()).toMatch(/^Exported /);
      expect((await expectVisibleFocus(dashboard, 'after the export')).name).toMatch(
        /^Export JSON/,
      );
    });

    it('keeps the focus on Save review after a review is saved', async () => {
      const item = dashboard.locator('li.mention').first();
      const mentionId = await item.getAttribute('data-mention-id');
      await item.getByLabel('Review state').focus();
      await dashboard.keyboard.press('ArrowDown'); // Unreviewed → Confirmed
      await dashboard.keyboard.press('Tab');
      await dashboard.keyboard.type('Matches the filing.');
      await dashboard.keyboard.press('Tab');
      expect((await expectVisibleFocus(dashboard, 'Save review')).name).toBe('Save review');
      await dashboard.keyboard.press('Enter');
      await expect
        .poll(() => dashboard.getByRole('status').innerText())
        .toMatch(/^Saved: “.+” is confirmed\.$/);
      await expect.poll(() => item.getAttribute('data-review')).toBe('confirmed');
      expect((await expectVisibleFocus(dashboard, 'after saving')).name).toBe('Save review');
      const focusedIn = await dashboard.evaluate(() =>
        document.activeElement?.closest('[data-mention-id]')?.getAttribute('data-mention-id'),
      );
      expect(focusedIn).toBe(mentionId);
      expect(await item.getByLabel('Note').inputValue()).toBe('Matches the filing.');
    });

    it('moves the focus to the history heading when a message is dismissed', async () => {
      await dashboard.getByRole('button', { name: 'Dismiss message' }).focus();
      await dashboard.keyboard.press('Enter');
      await expect.poll(() => dashboard.getByRole('status').innerText()).toBe('');
      const stop = await expectVisibleFocus(dashboard, 'after dismissing');
      expect(stop).toMatchObject({ tag: 'h2', name: 'Figures seen on pages' });
    });
  });
});
