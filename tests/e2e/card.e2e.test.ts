/**
 * The card and the keyboard, in both mark styles: hovering or focusing a mark opens a card
 * (in a closed shadow root, read through get-page-state) with the claim, the page's value,
 * the verdict and one row per source; Escape closes it; it stays inside the viewport; the
 * next/previous-mention commands select a mention's text and open its card.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findClaim } from '../../lib/claims';
import { findMentions } from '../../lib/find-mentions';
import { indexStatements, judgeFigure } from '../../lib/judge-mention';
import { referenceDataset } from '../../lib/reference-dataset';
import {
  bodyText,
  collapseSpaces,
  expectedMarksOfFixture,
  hover,
  moveToMention,
  readBuiltContentScript,
  readBuiltPageMarker,
  readBuiltManifest,
  readDomMarks,
  setUpHarness,
  sharedPage,
  textBox,
  waitForPageState,
  waitForReady,
  type MarkStyle,
  type PageState,
} from './support/browser';

const harness = setUpHarness();

const FIXTURE = 'split-figures-page.html';
const LEDE =
  'Meta agreed to invest $14.3 billion in Scale AI, people briefed on the agreement said on Thursday.';

/** What the core says about the lede's figure: every source's stance, reason and quote. */
function ledeJudgement() {
  const figure = findMentions(LEDE).find((mention) => mention.kind === 'figure');
  if (figure?.kind !== 'figure') throw new Error('the lede has no figure');
  const judgement = judgeFigure(figure.claim, figure.figure, indexStatements(referenceDataset()));
  return { claim: findClaim(figure.claim ?? ''), judgement };
}

/** Text compared the way a reader reads it: any white space, nbsp and thin spaces as one space. */
function loose(text: string): string {
  return collapseSpaces(text.replace(/[\u00a0\u2009\u202f]/g, ' '));
}

function cardOpen(page: Page, mentionId?: string): Promise<PageState> {
  return waitForPageState(
    harness.sw,
    page,
    (state) =>
      state.card !== null && (mentionId === undefined || state.card.mentionId === mentionId),
    mentionId ? `the card of mention ${mentionId}` : 'an open card',
  );
}

function cardClosed(page: Page): Promise<PageState> {
  return waitForPageState(harness.sw, page, (state) => state.card === null, 'no open card');
}

/** The id of the first figure mention with this text inside `within`, in either style. */
async function figureId(page: Page, style: MarkStyle, within: string, text: string) {
  if (style === 'elements') {
    const { marks } = await readDomMarks(page, within);
    const mark = marks.find((m) => m.kind === 'figure' && loose(m.text) === text);
    if (!mark) throw new Error(`no figure mark "${text}" in ${within}`);
    return mark.id;
  }
  // Paint style has no elements: the fixture's figures with this text, in page order.
  const state = await waitForPageState(harness.sw, page, (s) => s.ready, 'a ready page');
  // The lede holds the first such figure and the pull quote the last.
  const ids = state.mentions.filter((m) => m.kind === 'figure' && loose(m.text) === text);
  const onPage = expectedMarksOfFixture(FIXTURE).filter((m) => loose(m.text) === text).length;
  const isLast = within === '#pull';
  if (ids.length === 0 || (isLast && ids.length !== onPage)) {
    throw new Error(`get-page-state lists ${ids.length} figures "${text}"; the page has ${onPage}`);
  }
  return ids[isLast ? ids.length - 1 : 0].id;
}

it('declares next-mention and previous-mention commands with modifier keys', async () => {
  const manifest = (await readBuiltManifest()) as {
    commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
  };
  for (const name of ['next-mention', 'previous-mention']) {
    const command = manifest.commands?.[name];
    expect(command, `commands.${name}`).toBeDefined();
    expect(command?.description).toBeTruthy();
    const keys = Object.values(command?.suggested_key ?? {});
    expect(keys.length, `${name} suggested keys`).toBeGreaterThan(0);
    for (const key of keys) {
      // Never a single letter: a letter alone would fire while the reader types.
      expect(key).toMatch(/^(?:Ctrl|Alt|Command|MacCtrl)\+(?:\w+\+)*\w+$/);
    }
  }
});

it("passes messages by structured clone, so a page's text reaches the background quickly", async () => {
  // Chromium 148+ reads this key; with JSON, sending a 1 MB page's text took several ms more
  // of the page's main thread. Every test here then runs its messages this way.
  const manifest = (await readBuiltManifest()) as { message_serialization?: string };
  expect(manifest.message_serialization).toBe('structured_clone');
});

it('keeps React and the full zod build out of the scripts pages run', async () => {
  const script = await readBuiltContentScript();
  const marker = await readBuiltPageMarker();
  // zod names each schema class: the small build's are ZodMini*, the full build's Zod*.
  expect(marker).toMatch(/["'`]ZodMiniType["'`]/);
  expect(marker).not.toMatch(/["'`]ZodType["'`]/);
  // The pre-check reads no message (the popup reads what it leaves, lib/dom/dormant-page.ts).
  expect(script).not.toMatch(/Zod/);
  for (const built of [script, marker]) {
    expect(built).not.toMatch(/react\.(?:transitional\.)?element/);
  }
  // Nor WXT's content script wrapper, which sets up the extension's API as it loads.
  expect(script).not.toContain('wxt:content-script-started');
});

it('gives every page only the pre-check: the reader, matcher and dataset load where needed', async () => {
  const script = await readBuiltContentScript();
  const marker = await readBuiltPageMarker();
  // The dataset's quotes and the page reader's tag lists are in the marker alone.
  for (const word of ['figcaption', 'sourcemark-mention', 'Alexandr Wang']) {
    expect(marker, word).toContain(word);
    expect(script, word).not.toContain(word);
  }
  expect(script.length).toBeLessThan(marker.length / 4);
});

for (const style of ['elements', 'paint'] as const) {
  describe(`the card in ${style} style`, { timeout: 60_000 }, () => {
    const tab = sharedPage(() => harness.open(FIXTURE, style));
    afterAll(() => tab.close());

    /** Moves the mouse off every mark and closes any card. */
    async function reset(page: Page) {
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      await cardClosed(page);
    }

    it('opens on hover with the claim, the value, the verdict and a row per source', async () => {
      const page = await tab.get();
      await page.setViewportSize({ width: 1024, height: 700 });
      const id = await figureId(page, style, '#lede', '$14.3 billion');
      await hover(page, await textBox(page, '#lede', '$14.3 billion'));
      const { card } = await cardOpen(page, id);
      const text = loose(card?.text ?? '');
      const { claim, judgement } = ledeJudgement();
      expect(text).toContain(claim?.label);
      expect(text).toContain("Meta's investment in Scale AI");
      expect(text).toContain('$14.3 billion');
      expect(text).toMatch(/mixed/i);
      expect(text).toMatch(/agrees/i);
      expect(text).toMatch(/disagrees/i);
      expect(text).toContain('rounds to $14 billion');
      const titles = new Map(referenceDataset().sources.map((s) => [s.id, s.title]));
      expect(judgement.stances).toHaveLength(4);
      for (const { source, reason, statement } of judgement.stances) {
        expect(text, `title of ${source}`).toContain(loose(titles.get(source) ?? '').slice(0, 20));
        expect(text, `reason of ${source}`).toContain(loose(reason));
        expect(text, `quote of ${source}`).toContain(loose(statement.figureText));
      }
      await reset(page);
    });

    it('keeps the card where page scripts cannot reach it, and the page text as it was', async () => {
      const page = await tab.get();
      const before = await bodyText(page);
      await hover(page, await textBox(page, '#lede', '$14.3 billion'));
      await cardOpen(page);
      expect(await bodyText(page)).toBe(before);
      const label = "Meta's investment in Scale AI";
      const reachable = await page.evaluate((label) => {
        const roots: (Document | ShadowRoot)[] = [document];
        for (let i = 0; i < roots.length; i++) {
          for (const element of roots[i].querySelectorAll('*')) {
            if (element.shadowRoot) roots.push(element.shadowRoot);
          }
        }
        return roots.some((root) =>
          [...root.querySelectorAll('*')].some((e) => e.textContent?.includes(label)),
        );
      }, label);
      expect(reachable, 'card text reachable from the page').toBe(false);
      await reset(page);
    });

    it('closes on Escape', async () => {
      const page = await tab.get();
      await hover(page, await textBox(page, '#founded', '2015'));
      await cardOpen(page);
      await page.keyboard.press('Escape');
      await cardClosed(page);
      await page.mouse.move(1, 1);
    });

    it('stays inside the viewport next to its edges', async () => {
      const page = await tab.get();
      await page.setViewportSize({ width: 720, height: 480 });
      try {
        const id = await figureId(page, style, '#pull', '$14.3 billion');
        for (const block of ['end', 'start'] as const) {
          await reset(page);
          // The pull quote is right-aligned: its figure sits by the right edge, then at the
          // bottom (block end) or the top (block start) of the viewport.
          await hover(page, await textBox(page, '#pull', '$14.3', block));
          const { card } = await cardOpen(page, id);
          const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
          expect(card?.rect, 'card.rect in get-page-state').toBeDefined();
          const rect = card?.rect ?? { x: -1, y: -1, width: 0, height: 0 };
          expect(rect.width).toBeGreaterThan(0);
          expect(rect.height).toBeGreaterThan(0);
          expect(rect.x).toBeGreaterThanOrEqual(0);
          expect(rect.y).toBeGreaterThanOrEqual(0);
          expect(rect.x + rect.width).toBeLessThanOrEqual(viewport.width);
          expect(rect.y + rect.height).toBeLessThanOrEqual(viewport.height);
        }
        await reset(page);
      } finally {
        await page.setViewportSize({ width: 1024, height: 700 });
      }
    });

    if (style === 'elements') {
      it('opens when a mark gets focus', async () => {
        const page = await tab.get();
        const id = await figureId(page, style, '#founded', '2015');
        await page.locator(`sourcemark-mention[data-mention-id="${id}"]`).first().focus();
        await cardOpen(page, id);
        await reset(page);
      });
    }

    it('moves to the next and previous mention: selects its text and opens its card', async () => {
      const page = await tab.get();
      // A fresh load: no selection, no card, no current mention yet.
      await page.reload();
      await waitForReady(page);
      const { mentions } = await waitForPageState(harness.sw, page, (s) => s.ready, 'ready');
      expect(mentions.length).toBeGreaterThan(2);
      const selection = () => page.evaluate(() => getSelection()?.toString() ?? '');
      for (const [direction, index] of [
        ['next', 0],
        ['next', 1],
        ['previous', 0],
      ] as const) {
        await moveToMention(harness.sw, page.url(), direction);
        await cardOpen(page, mentions[index].id);
        expect(loose(await selection()), `${direction} → mention ${index}`).toBe(
          loose(mentions[index].text),
        );
      }
    });
  });
}
