/**
 * What the built extension marks on static fixture pages, in both mark styles: the mentions
 * the shared core finds (the same core as `npm run check`), with their attributes, and the
 * page left as it was: same text, same layout, editable regions and look-alike markup
 * untouched, hostile page CSS powerless. Expected marks come from `expectedMarksOfFixture`
 * (the check CLI's rows), with a few rows asserted literally as the contract states them.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bodyText,
  domMarkAsExpected,
  expectedMarksOfFixture,
  expectedMarksOfText,
  highlightSizes,
  layoutOf,
  openUnmarkedCopy,
  paintedRangesIn,
  readDomMarks,
  setMarkStyle,
  setUpHarness,
  sharedPage,
  stateMentionAsExpected,
  waitForPageState,
  waitForReady,
  type Box,
  type MarkStyle,
  type PageState,
} from './support/browser';
import { VARIED_PAGES } from '../support/varied-pages';

const harness = setUpHarness();

const SOURCE_000 = '000_19b8850ff99f1f10';
const SOURCE_001 = '001_b2b999f39626c3af';
const SOURCE_002 = '002_e889baadfc38e533';
const SOURCE_003 = '003_d369bcd6a49f9c65';
const INVESTMENT = 'meta-investment-in-scale-ai';
/** "$14.3 billion" for the stake: two sources agree, two say $10 billion or $14 billion. */
const INVESTMENT_MARK = {
  kind: 'figure',
  text: '$14.3 billion',
  claim: INVESTMENT,
  verdict: 'mixed',
  agree: [SOURCE_000, SOURCE_003],
  disagree: [SOURCE_001, SOURCE_002],
};

/** Elements whose boxes must not move when a page is marked. */
const LAYOUT_PROBES =
  'h1, h2, p, li, td, caption, blockquote, textarea, input, select, [contenteditable], deal-card';

type Unmarked = { text: string; layout: Box[]; values: string[] };

/** Reads what the editable controls hold: values, options and the contenteditable's HTML. */
function editableValues(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('textarea, input')].map(
      (control) => (control as HTMLInputElement).value,
    ),
    ...[...document.querySelectorAll('select')].map((select) =>
      [...select.options].map((option) => `${option.text}|${option.selected}`).join('\n'),
    ),
    ...[...document.querySelectorAll('[contenteditable]')].map((element) => element.innerHTML),
  ]);
}

const unmarkedCache = new Map<string, Promise<Unmarked>>();
/** Text, layout and control values of a fixture with no extension at work, read once. */
function unmarked(name: string): Promise<Unmarked> {
  let cached = unmarkedCache.get(name);
  if (!cached) {
    cached = (async () => {
      const page = await openUnmarkedCopy(harness.context, name);
      try {
        return {
          text: await bodyText(page),
          layout: await layoutOf(page, LAYOUT_PROBES),
          values: await editableValues(page),
        };
      } finally {
        await page.close();
      }
    })();
    unmarkedCache.set(name, cached);
  }
  return cached;
}

function expectSameLayout(actual: Box[], expected: Box[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((box, i) => {
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(box[key] - expected[i][key]), `box ${i} ${key}`).toBeLessThan(0.5);
    }
  });
}

/** Waits for the tab to report `style` and its marks in that style. */
function stateIn(page: Page, style: MarkStyle): Promise<PageState> {
  return waitForPageState(
    harness.sw,
    page,
    (state) => state.ready && state.markStyle === style,
    `a ready page in ${style} style`,
  );
}

function countBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The paint style leaves the DOM alone: no mark elements, and highlights cover the marks. */
async function expectPaintOnly(page: Page, state: PageState): Promise<void> {
  const { marks } = await readDomMarks(page);
  expect(marks, 'no <sourcemark-mention> in paint style').toEqual([]);
  const inPage = await highlightSizes(page);
  const byHighlight = countBy(state.mentions, (mention) =>
    mention.kind === 'entity' ? 'sourcemark-entity' : `sourcemark-${mention.verdict}`,
  );
  for (const [name, mentions] of byHighlight) {
    expect(state.highlights[name] ?? 0, `${name} ranges`).toBeGreaterThanOrEqual(mentions);
    expect(inPage[name], `${name} in CSS.highlights`).toBe(state.highlights[name]);
  }
}

it('posts nothing to the page: its own message listeners never hear of the extension', async () => {
  const page = await harness.context.newPage();
  try {
    // Recorded from before the page's first script, as the page itself would hear them.
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (window as { __heard?: unknown[] }).__heard = heard;
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await page.goto(`${harness.baseUrl}/split-figures-page.html?tab=messages`);
    await waitForReady(page);
    // A message is delivered in a task of its own: give any a moment to arrive.
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __heard?: unknown[] }).__heard)).toEqual([]);
    expect((await harness.state(page)).mentions.length).toBeGreaterThan(0);
  } finally {
    await page.close();
  }
});

describe('the built extension on split figures', { timeout: 60_000 }, () => {
  it('the fixture holds the figures the contract names (check CLI sanity)', () => {
    const figures = expectedMarksOfFixture('split-figures-page.html').filter(
      (mark) => mark.kind === 'figure',
    );
    expect(figures).toContainEqual(INVESTMENT_MARK);
  });

  describe('in elements style', () => {
    const tab = sharedPage(() => harness.open('split-figures-page.html', 'elements'));
    afterAll(() => tab.close());

    it('wraps every mention the core finds, with its attributes, in page order', async () => {
      const { marks } = await readDomMarks(await tab.get());
      expect(marks.map(domMarkAsExpected)).toEqual(
        expectedMarksOfFixture('split-figures-page.html'),
      );
    });

    it('wraps text only: one piece per text node, none nested, pieces share attributes', async () => {
      const page = await tab.get();
      const { marks, nested, withElements, inconsistent } = await readDomMarks(page);
      expect(nested).toBe(0);
      expect(withElements).toBe(0);
      expect(inconsistent).toEqual([]);
      expect(new Set(marks.map((mark) => mark.id)).size).toBe(marks.length);
      // $14.<span>3</span> billion is three text nodes, so three pieces of one mention.
      const [lede] = (await readDomMarks(page, '#lede')).marks.filter((m) => m.kind === 'figure');
      expect(lede.pieces).toBe(3);
    });

    it('writes the contract rows literally: $14.3 billion mixed, 49% agrees, 2015 disagrees', async () => {
      const page = await tab.get();
      const figureIn = async (selector: string) =>
        (await readDomMarks(page, selector)).marks.find((mark) => mark.kind === 'figure');
      expect(await figureIn('#lede')).toMatchObject({
        text: '$14.3 billion',
        kind: 'figure',
        claim: INVESTMENT,
        verdict: 'mixed',
        agree: `${SOURCE_000} ${SOURCE_003}`,
        disagree: `${SOURCE_001} ${SOURCE_002}`,
      });
      expect(await figureIn('#stake')).toMatchObject({ text: '$14.3 billion', verdict: 'mixed' });
      const stake = (await readDomMarks(page, '#stake')).marks.find((m) => m.text === '49%');
      expect(stake).toMatchObject({
        claim: 'meta-stake-in-scale-ai',
        verdict: 'agrees',
        agree: SOURCE_003,
      });
      expect(await figureIn('#founded')).toMatchObject({
        text: '2015',
        claim: 'scale-ai-founded-year',
        verdict: 'disagrees',
      });
      // A figure about Meta that no claim covers is marked, never judged.
      const loss = await figureIn('#reality-labs');
      expect(loss).toMatchObject({ verdict: 'unreferenced', claim: null });
      expect(loss?.text.replace(/\s/g, ' ')).toBe('$4.2 billion');
      const [meta] = (await readDomMarks(page, '#headline')).marks;
      expect(meta).toMatchObject({ text: 'Meta', kind: 'entity', entity: 'meta' });
    });

    it('reports the same mentions through get-page-state, matched in the background', async () => {
      const page = await tab.get();
      const state = await stateIn(page, 'elements');
      expect(state.stats.matchedIn).toBe('background');
      expect(state.mentions.map(stateMentionAsExpected)).toEqual(
        expectedMarksOfFixture('split-figures-page.html'),
      );
      const { marks } = await readDomMarks(page);
      expect(state.mentions.map((mention) => mention.id)).toEqual(marks.map((mark) => mark.id));
    });

    it('leaves the page text and layout as they were', async () => {
      const page = await tab.get();
      const before = await unmarked('split-figures-page.html');
      expect(await bodyText(page)).toBe(before.text);
      expectSameLayout(await layoutOf(page, LAYOUT_PROBES), before.layout);
    });
  });

  describe('in paint style', () => {
    const tab = sharedPage(() => harness.open('split-figures-page.html', 'paint'));
    afterAll(() => tab.close());

    it('reports every mention the core finds, in page order', async () => {
      const state = await stateIn(await tab.get(), 'paint');
      expect(state.mentions.map(stateMentionAsExpected)).toEqual(
        expectedMarksOfFixture('split-figures-page.html'),
      );
      expect(new Set(state.mentions.map((m) => m.id)).size).toBe(state.mentions.length);
      expect(state.mentions.find((m) => m.text === '$14.3 billion')).toMatchObject(INVESTMENT_MARK);
    });

    it('paints with CSS highlights only: no elements, a range per marked text node', async () => {
      const page = await tab.get();
      await expectPaintOnly(page, await stateIn(page, 'paint'));
    });

    it('leaves the page text and layout as they were', async () => {
      const page = await tab.get();
      await stateIn(page, 'paint');
      const before = await unmarked('split-figures-page.html');
      expect(await bodyText(page)).toBe(before.text);
      expectSameLayout(await layoutOf(page, LAYOUT_PROBES), before.layout);
    });
  });

  it('keeps the text when an open tab switches elements → paint → elements', async () => {
    const page = await harness.open('split-figures-page.html', 'elements');
    try {
      const { text } = await unmarked('split-figures-page.html');
      const expectedCount = expectedMarksOfFixture('split-figures-page.html').length;
      const countPieces = () => page.locator('sourcemark-mention').count();
      await expect.poll(countPieces).toBeGreaterThanOrEqual(expectedCount);
      expect(await bodyText(page)).toBe(text);

      await setMarkStyle(harness.sw, 'paint');
      await stateIn(page, 'paint');
      await expect.poll(countPieces, { timeout: 1_000 }).toBe(0);
      expect(await bodyText(page)).toBe(text);
      expect((await highlightSizes(page))['sourcemark-mixed']).toBeGreaterThan(0);

      await setMarkStyle(harness.sw, 'elements');
      await stateIn(page, 'elements');
      await expect.poll(countPieces, { timeout: 1_000 }).toBeGreaterThanOrEqual(expectedCount);
      expect(await bodyText(page)).toBe(text);
      const { marks, nested } = await readDomMarks(page);
      expect(nested).toBe(0);
      expect(marks).toHaveLength(expectedCount);
    } finally {
      await page.close();
    }
  });
});

for (const style of ['elements', 'paint'] as const) {
  describe(`the built extension in ${style} style`, { timeout: 60_000 }, () => {
    /** Opens a fixture, runs `check` and closes the tab. */
    async function onFixture(name: string, check: (page: Page) => Promise<void>) {
      const page = await harness.open(name, style);
      try {
        await check(page);
      } finally {
        await page.close();
      }
    }

    /** The page's marks in the shape the core's rows have, read the way `style` shows them. */
    async function marksOf(page: Page, within?: string) {
      if (style === 'elements')
        return (await readDomMarks(page, within)).marks.map(domMarkAsExpected);
      return (await stateIn(page, style)).mentions.map(stateMentionAsExpected);
    }

    it('marks nothing on a page of look-alikes (decoys)', async () => {
      expect(expectedMarksOfFixture('decoys.html')).toEqual([]);
      await onFixture('decoys.html', async (page) => {
        const state = await stateIn(page, style);
        expect(state.mentions).toEqual([]);
        expect(Object.values(state.highlights).every((count) => count === 0)).toBe(true);
        expect((await readDomMarks(page)).marks).toEqual([]);
        expect(Object.values(await highlightSizes(page))).toEqual([0, 0, 0, 0, 0]);
        expect(await bodyText(page)).toBe((await unmarked('decoys.html')).text);
      });
    });

    it('reads a stat card’s value with its own label below it, and a fact box’s with its key', async () => {
      // Line by line "Scale AI revenue, 2024" stands above "$13.8 billion", as a key above its
      // value: only the page's cards say it is the card before's label, and "$2 billion"'s.
      const expected = expectedMarksOfFixture('stat-cards.html');
      const figures = expected.filter((mark) => mark.kind === 'figure');
      expect(figures.map((mark) => [mark.text, mark.claim])).toEqual([
        ['$870 million', null],
        ['$2 billion', 'scale-ai-revenue-2024'],
        ['$13.8 billion', null],
        ['$870M', 'scale-ai-revenue-2024'],
        ['2016', 'scale-ai-founded-year'],
      ]);
      await onFixture('stat-cards.html', async (page) => {
        expect(await marksOf(page)).toEqual(expected);
      });
    });

    it('never marks inside a textarea, input, select or contenteditable, and keeps their values', async () => {
      await onFixture('editable.html', async (page) => {
        const before = await unmarked('editable.html');
        const summary = await page.locator('#summary').innerText();
        const footnote = await page.locator('#footnote').innerText();
        expect(await marksOf(page)).toEqual([
          ...expectedMarksOfText(summary),
          ...expectedMarksOfText(footnote),
        ]);
        const editable = 'textarea, input, select, option, [contenteditable]';
        expect((await readDomMarks(page, editable)).marks).toEqual([]);
        expect(await paintedRangesIn(page, editable)).toBe(0);
        expect(await editableValues(page)).toEqual(before.values);
        expect(await bodyText(page)).toBe(before.text);
        expectSameLayout(await layoutOf(page, LAYOUT_PROBES), before.layout);
      });
    });

    it('keeps text that looks like HTML as text, and runs none of it', async () => {
      await onFixture('html-like-text.html', async (page) => {
        const before = await unmarked('html-like-text.html');
        expect(await marksOf(page)).toEqual(expectedMarksOfFixture('html-like-text.html'));
        expect(await bodyText(page)).toBe(before.text);
        const tags = await page.evaluate(() =>
          [...document.body.querySelectorAll('*')]
            .map((element) => element.localName)
            .filter((name) => !name.startsWith('sourcemark-')),
        );
        expect(tags).toEqual(['h1', 'p', 'p', 'p', 'p', 'p']);
        await page.waitForTimeout(200); // an injected <img src=x> fails to load asynchronously
        expect(
          await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
        ).toBeUndefined();
      });
    });

    it('marks a page saved with its marks once, with marks of its own, never in a copy', async () => {
      await onFixture('saved-marked-page.html', async (page) => {
        const before = await unmarked('saved-marked-page.html');
        const state = await stateIn(page, style);
        expect(state.mentions.map(stateMentionAsExpected)).toEqual(
          expectedMarksOfFixture('saved-marked-page.html'),
        );
        // The saved copies are gone, their text kept: the marks left are this visit's own.
        const dom = await readDomMarks(page);
        expect(dom.nested).toBe(0);
        const ownIds = style === 'elements' ? state.mentions.map((m) => m.id) : [];
        expect(dom.marks.map((m) => m.id)).toEqual(ownIds);
        expect(await marksOf(page)).toEqual(expectedMarksOfFixture('saved-marked-page.html'));
        expect(await bodyText(page)).toBe(before.text);
      });
    });

    it('changes neither text nor layout on a page with hostile CSS', async () => {
      await onFixture('hostile-css.html', async (page) => {
        const before = await unmarked('hostile-css.html');
        expect(await marksOf(page)).toEqual(expectedMarksOfFixture('hostile-css.html'));
        expect(await bodyText(page)).toBe(before.text);
        expectSameLayout(await layoutOf(page, LAYOUT_PROBES), before.layout);
      });
    });

    it.each(VARIED_PAGES)(
      'marks on $file what a reader finds there and nothing else, text and layout unchanged',
      async ({ file, figures }) => {
        await onFixture(file, async (page) => {
          const before = await unmarked(file);
          const marks = await marksOf(page);
          expect(marks).toEqual(expectedMarksOfFixture(file));
          const figureRows = marks
            .filter((mark) => mark.kind === 'figure')
            .map((mark) => [mark.text, mark.claim ?? null, mark.verdict]);
          expect(figureRows).toEqual(figures);
          expect(await bodyText(page)).toBe(before.text);
          expectSameLayout(await layoutOf(page, LAYOUT_PROBES), before.layout);
        });
      },
    );

    it("marks a mention inside a web component's open shadow root", async () => {
      await onFixture('shadow.html', async (page) => {
        const shadowText = await page.evaluate(
          () =>
            document.querySelector('deal-card')?.shadowRoot?.querySelector('p')?.textContent ?? '',
        );
        const shadowFigure = expectedMarksOfText(shadowText).find((m) => m.kind === 'figure');
        expect(shadowFigure).toEqual(INVESTMENT_MARK);
        const light = expectedMarksOfFixture('shadow.html');
        if (style === 'elements') {
          expect((await readDomMarks(page, 'deal-card')).marks.map(domMarkAsExpected)).toEqual(
            expectedMarksOfText(shadowText),
          );
          expect((await readDomMarks(page, '#light')).marks.map(domMarkAsExpected)).toEqual(light);
        } else {
          const mentions = (await stateIn(page, style)).mentions.map(stateMentionAsExpected);
          expect(mentions).toEqual(expect.arrayContaining([...light, shadowFigure]));
          expect(await paintedRangesIn(page, '#card-body')).toBeGreaterThan(0);
        }
        const before = await unmarked('shadow.html');
        expect(await bodyText(page)).toBe(before.text);
        expectSameLayout(await layoutOf(page, LAYOUT_PROBES), before.layout);
      });
    });

    it('reads a paragraph again when a span in it shows a shadow tree, and marks what it shows', async () => {
      await onFixture('shadow-inline.html', async (page) => {
        // What a reader sees: the span's shadow text in place of its hidden light text.
        const shown = 'Meta agreed to invest $14.3 billion in Scale AI, the companies said.';
        const expected = expectedMarksOfText(shown);
        expect(expected.map((m) => m.text)).toEqual(['Meta', '$14.3 billion', 'Scale AI']);
        const marks = await marksOf(page, style === 'elements' ? '#inline-host' : undefined);
        expect(marks).toEqual(expect.arrayContaining(expected));
        expect(marks.filter((m) => m.kind === 'figure')).toEqual(
          expect.arrayContaining([expect.objectContaining({ text: '$14.3 billion' })]),
        );
        // The paragraph's other marks are there once each, and the hidden "a sum" has none.
        const mentions = (await stateIn(page, style)).mentions;
        expect(mentions.map((m) => m.text)).toEqual([
          'Meta',
          '$14.3 billion',
          'Scale AI',
          'Scale AI',
          '2016',
        ]);
        expect(await bodyText(page)).toBe((await unmarked('shadow-inline.html')).text);
      });
    });
  });
}
