/**
 * The dashboard's own file controls against the real extension, as a fact-checker uses
 * them: after two fixture pages are read, a review and a note are saved on the dashboard,
 * its Export JSON, Export CSV and Export ClaimReview buttons download real files, "Clear
 * history" (after its confirm dialog) empties it, and the file input imports the JSON export
 * back, once or twice, and refuses a file that is not a Sourcemark export without changing
 * anything.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  captureDownload,
  expectedMarksOfFixture,
  extensionPageUrl,
  reloadDashboardUntil,
  setUpHarness,
  type DownloadedFile,
} from './support/browser';

const harness = setUpHarness();

const PAGES = ['demo.html', 'split-figures-page.html'] as const;
type PageName = (typeof PAGES)[number];

/** The page's address as the history keys it: the harness's `?tab=N` is not a page param. */
const pageUrl = (name: PageName) => `${harness.baseUrl}/${name}`;

/** How many figures `npm run check` finds on a fixture: the history keeps each of them. */
const figureCount = (name: PageName) =>
  expectedMarksOfFixture(name).filter((mark) => mark.kind === 'figure').length;

/** The first review: a note a spreadsheet would run as a formula, with a comma and quotes. */
const WRONG = {
  page: 'demo.html' as PageName,
  verdict: 'disagrees',
  review: 'wrong',
  label: 'Wrong',
  note: '=HYPERLINK("https://example.com/filing","the filing") says $14.3 billion, not this',
  rating: 'Wrong (the reference sources disagree)',
};
/** The second review, on the other page, with no note. */
const FOLLOW_UP = {
  page: 'split-figures-page.html' as PageName,
  verdict: 'mixed',
  review: 'needs-follow-up',
  label: 'Needs follow-up',
  note: '',
  rating: 'Needs follow-up (the reference sources are mixed)',
};

// The files' shapes, as a reader of them relies on: written here, not taken from lib/, so
// a change in the product's own schema cannot make these checks agree with it by itself.
const exportedMentionSchema = z.looseObject({
  id: z.string(),
  pageId: z.string(),
  text: z.string(),
  verdict: z.string(),
  review: z.string(),
  note: z.string(),
});
const historyFileSchema = z.object({
  format: z.literal('sourcemark-history'),
  version: z.number(),
  exportedAt: z.number(),
  sightings: z.array(z.looseObject({ id: z.string(), url: z.string(), title: z.string() })),
  mentions: z.array(exportedMentionSchema),
});
type HistoryFile = z.infer<typeof historyFileSchema>;
const claimReviewSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  claimReviewed: z.string().min(1),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    appearance: z.object({ '@type': z.literal('CreativeWork'), url: z.string() }),
  }),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    alternateName: z.string(),
    ratingExplanation: z.string(),
  }),
  datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** Reads RFC 4180 CSV: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (quoted) throw new Error('the CSV ends inside a quoted cell');
  if (cell !== '' || row.length > 0) throw new Error('the CSV does not end with CRLF');
  return rows;
}

/** The records of a history file, without the moment it was exported. */
const records = (file: HistoryFile) => ({ sightings: file.sightings, mentions: file.mentions });

let dashboard: Page;
let downloads: string;
const files: { json?: DownloadedFile } = {};
let exported: HistoryFile | undefined;

beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-downloads-'));
});
afterAll(async () => {
  await dashboard?.close().catch(() => undefined);
  await rm(downloads, { recursive: true, force: true });
});

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} is missing: an earlier test failed`);
  return value;
};

/** The page's article on the dashboard (its heading links to the page). */
const pageArticle = (name: PageName) =>
  dashboard.locator('article.sighting', {
    has: dashboard.locator(`h3 a[href="${pageUrl(name)}"]`),
  });
const mentionItems = () => dashboard.locator('li.mention[data-mention-id]');
const resultNotice = () => dashboard.getByRole('status');
const errorNotice = () => dashboard.getByRole('alert');
const importInput = () => dashboard.getByLabel('Import a JSON export');

/** Clears the message line, so the next operation's message is known to be new. */
async function dismissNotice(): Promise<void> {
  const dismiss = dashboard.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.isVisible()) await dismiss.click();
  await expect.poll(() => resultNotice().innerText()).toBe('');
  await expect.poll(() => errorNotice().innerText()).toBe('');
}

/** Clicks one of the dashboard's export buttons and returns the file it downloads. */
async function exportWith(button: RegExp): Promise<DownloadedFile> {
  await dismissNotice();
  const file = await captureDownload(dashboard, downloads, () =>
    dashboard.getByRole('button', { name: button }).click(),
  );
  await expect.poll(() => resultNotice().innerText()).toBe(`Exported ${file.filename}.`);
  return file;
}

/** Exports the history as JSON through the button and parses it. */
async function exportHistory(): Promise<HistoryFile> {
  return historyFileSchema.parse(JSON.parse((await exportWith(/^Export JSON/)).text));
}

/** Chooses a review state and a note for one mention and saves them with its button. */
async function saveReview(item: Locator, review: { label: string; note: string }) {
  await dismissNotice();
  await item.getByLabel('Review state').selectOption({ label: review.label });
  await item.getByLabel('Note').fill(review.note);
  await item.getByRole('button', { name: 'Save review' }).click();
  await expect
    .poll(() => resultNotice().innerText())
    .toMatch(new RegExp(`^Saved: “.+” is ${review.label.toLowerCase()}\\.$`));
}

/** The mention a review is saved on: the first of its page with the given verdict. */
const reviewedItem = (review: { page: PageName; verdict: string }) =>
  pageArticle(review.page).locator(`li.mention[data-verdict="${review.verdict}"]`).first();

describe("the dashboard's export, clear and import controls", { timeout: 60_000 }, () => {
  const mentionIds: Record<string, string> = {};
  const total = () => PAGES.reduce((sum, name) => sum + figureCount(name), 0);

  it('lists both pages read, with every figure, and saves a review and a note', async () => {
    for (const name of PAGES) expect(figureCount(name), name).toBeGreaterThan(0);
    const tabs = [];
    for (const name of PAGES) tabs.push(await harness.open(name, 'paint'));
    dashboard = await harness.context.newPage();
    await dashboard.goto(extensionPageUrl(harness.sw, 'dashboard.html'));
    await reloadDashboardUntil(dashboard, () => mentionItems().count(), total());
    // Closed, so no page reports again while the history is cleared and imported.
    for (const tab of tabs) await tab.close();
    for (const name of PAGES) {
      await expect(pageArticle(name).locator('li.mention').count()).resolves.toBe(
        figureCount(name),
      );
    }

    for (const review of [WRONG, FOLLOW_UP]) {
      const item = reviewedItem(review);
      const id = await item.getAttribute('data-mention-id');
      expect(id, `a ${review.verdict} figure on ${review.page}`).toBeTruthy();
      mentionIds[review.review] = id!;
      await saveReview(item, review);
    }
    // Saved in the store, not just in the form: a fresh page shows them.
    await dashboard.reload();
    for (const review of [WRONG, FOLLOW_UP]) {
      const item = dashboard.locator(`li.mention[data-mention-id="${mentionIds[review.review]}"]`);
      await expect.poll(() => item.getAttribute('data-review')).toBe(review.review);
      expect(await item.getByLabel('Note').inputValue()).toBe(review.note);
    }
    await expect(dashboard.locator('li.mention[data-review="unreviewed"]').count()).resolves.toBe(
      total() - 2,
    );
  });

  it('downloads a JSON export with both pages, every figure, the reviews and the note', async () => {
    const file = await exportWith(/^Export JSON/);
    files.json = file;
    expect(file.filename).toMatch(/^sourcemark-history-\d{4}-\d{2}-\d{2}\.json$/);
    exported = historyFileSchema.parse(JSON.parse(file.text));
    expect(exported.sightings.map((s) => s.url).sort()).toEqual(PAGES.map(pageUrl).sort());
    for (const name of PAGES) {
      const onPage = exported.mentions.filter((m) => m.pageId === pageUrl(name));
      expect(onPage.length, name).toBe(figureCount(name));
    }
    const byId = new Map(exported.mentions.map((m) => [m.id, m]));
    for (const review of [WRONG, FOLLOW_UP]) {
      expect(byId.get(mentionIds[review.review])).toMatchObject({
        pageId: pageUrl(review.page),
        verdict: review.verdict,
        review: review.review,
        note: review.note,
      });
    }
    const others = exported.mentions.filter((m) => !Object.values(mentionIds).includes(m.id));
    expect(new Set(others.map((m) => `${m.review}|${m.note}`))).toEqual(new Set(['unreviewed|']));
  });

  it('downloads a CSV with a header and one row per figure, formula-like cells neutralised', async () => {
    const json = need(exported, 'the JSON export');
    const file = await exportWith(/^Export CSV/);
    expect(file.filename).toMatch(/^sourcemark-mentions-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parseCsv(file.text);
    expect(header).toEqual(
      expect.arrayContaining(['page_url', 'text', 'verdict', 'review', 'note']),
    );
    const column = (name: string) => header.indexOf(name);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(rows).toHaveLength(total());
    for (const name of PAGES) {
      expect(rows.filter((row) => row[column('page_url')] === pageUrl(name)).length, name).toBe(
        figureCount(name),
      );
    }
    // The same figures as the JSON export, row for mention.
    expect(rows.map((row) => row[column('text')]).sort()).toEqual(
      json.mentions.map((m) => m.text).sort(),
    );
    // The note starting with "=" is kept as text, behind an apostrophe; no cell anywhere
    // starts with a character a spreadsheet would run as a formula.
    const wrong = rows.filter((row) => row[column('review')] === 'wrong');
    expect(wrong).toHaveLength(1);
    expect(wrong[0][column('note')]).toBe(`'${WRONG.note}`);
    expect(wrong[0][column('page_url')]).toBe(pageUrl(WRONG.page));
    const risky = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(risky).toEqual([]);
  });

  it('downloads ClaimReview JSON-LD for the reviewed figures only, naming page and verdict', async () => {
    const json = need(exported, 'the JSON export');
    const file = await exportWith(/^Export ClaimReview/);
    expect(file.filename).toMatch(/^sourcemark-claimreview-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const reviews = z.array(claimReviewSchema).parse(JSON.parse(file.text));
    // Two of the figures are reviewed; every unreviewed one is left out.
    expect(reviews).toHaveLength(2);
    const byId = new Map(json.mentions.map((m) => [m.id, m]));
    for (const review of [WRONG, FOLLOW_UP]) {
      const mention = byId.get(mentionIds[review.review])!;
      const found = reviews.filter((r) => r.itemReviewed.appearance.url === pageUrl(review.page));
      expect(found, review.page).toHaveLength(1);
      expect(found[0].claimReviewed).toContain(mention.text);
      expect(found[0].reviewRating.alternateName).toBe(review.rating);
      if (review.note) expect(found[0].reviewRating.ratingExplanation).toContain(review.note);
    }
  });

  it('clears the whole history only once the confirm dialog is accepted', async () => {
    const clear = dashboard.getByRole('button', { name: 'Clear history' });
    await dismissNotice();
    const dismissed = dashboard.waitForEvent('dialog').then(async (dialog) => {
      const message = dialog.message();
      await dialog.dismiss();
      return { type: dialog.type(), message };
    });
    await clear.click();
    expect(await dismissed).toEqual({ type: 'confirm', message: expect.stringMatching(/^Delete/) });
    await dashboard.reload();
    await expect.poll(() => mentionItems().count()).toBe(total());

    dashboard.once('dialog', (dialog) => void dialog.accept());
    await clear.click();
    await expect
      .poll(() => resultNotice().innerText())
      .toBe(`Cleared 2 pages and ${total()} mentions from the history.`);
    await expect
      .poll(() => dashboard.locator('#history .empty').innerText())
      .toMatch(/^No pages recorded yet/);
    expect(await mentionItems().count()).toBe(0);
    // And still empty when the page is opened afresh.
    await dashboard.reload();
    await expect
      .poll(() => dashboard.locator('#history .empty').innerText())
      .toMatch(/^No pages recorded yet/);
    await expect(clear.isDisabled()).resolves.toBe(true);
  });

  /** Imports the JSON export through the file input; returns the export it came from. */
  async function importExported(): Promise<HistoryFile> {
    const file = need(files.json, 'the JSON export');
    const before = need(exported, 'the JSON export');
    await dismissNotice();
    await importInput().setInputFiles(file.path);
    await expect
      .poll(() => resultNotice().innerText())
      .toBe(`Imported 2 pages and ${total()} mentions.`);
    await expect.poll(() => mentionItems().count()).toBe(total());
    return before;
  }

  it('imports the JSON export back through the file input: same pages, review and note', async () => {
    const before = await importExported();
    for (const name of PAGES) {
      expect(await pageArticle(name).locator('li.mention').count(), name).toBe(figureCount(name));
    }
    for (const review of [WRONG, FOLLOW_UP]) {
      const item = dashboard.locator(`li.mention[data-mention-id="${mentionIds[review.review]}"]`);
      expect(await item.getAttribute('data-review')).toBe(review.review);
      expect(await item.getByLabel('Note').inputValue()).toBe(review.note);
    }
    expect(records(await exportHistory())).toEqual(records(before));
  });

  it('imports the same file a second time without duplicating anything', async () => {
    const before = await importExported();
    await expect(dashboard.locator('article.sighting').count()).resolves.toBe(2);
    expect(records(await exportHistory())).toEqual(records(before));
  });

  it('refuses a file that is not JSON, a foreign JSON file and a damaged export, changing nothing', async () => {
    const before = need(exported, 'the JSON export');
    const damaged = JSON.parse(need(files.json, 'the JSON export').text) as HistoryFile;
    damaged.mentions[0] = { ...damaged.mentions[0], review: 'maybe' };
    // A page the damaged file would add: it must not appear either.
    damaged.sightings.push({ ...damaged.sightings[0], id: 'https://example.com/new', url: 'x' });
    const cases = [
      {
        name: 'notes.json',
        text: 'Meta invested $14.3 billion in Scale AI, see the filing.\n',
        error: 'This file is not a Sourcemark history export. It is not JSON, or it was cut short.',
      },
      {
        name: 'package.json',
        text: JSON.stringify({ name: 'left-pad', version: '1.3.0', sightings: [] }),
        error: 'This file is not a Sourcemark history export.',
      },
      {
        name: 'sourcemark-history-damaged.json',
        text: JSON.stringify(damaged),
        error: /^This history export is damaged at mentions\[0\]\.review: /,
      },
    ];
    for (const bad of cases) {
      const path = join(downloads, bad.name);
      await writeFile(path, bad.text);
      await dismissNotice();
      await importInput().setInputFiles(path);
      if (typeof bad.error === 'string') {
        await expect.poll(() => errorNotice().innerText(), { message: bad.name }).toBe(bad.error);
      } else {
        await expect
          .poll(() => errorNotice().innerText(), { message: bad.name })
          .toMatch(bad.error);
      }
      expect(await resultNotice().innerText(), bad.name).toBe('');
      await dashboard.reload();
      await expect.poll(() => mentionItems().count(), { message: bad.name }).toBe(total());
      expect(await dashboard.locator('article.sighting').count(), bad.name).toBe(2);
      expect(records(await exportHistory()), bad.name).toEqual(records(before));
    }
  });
});
