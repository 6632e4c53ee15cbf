import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/check-report';
import { htmlToPageText } from '../../lib/node/html-to-text';
import { referenceDataset } from '../../lib/reference-dataset';
import {
  CLAIM_OF,
  isFound,
  labelledLines,
  parseLabels,
  placeLabels,
  wrongClaims,
  type PlacedLabel,
} from '../support/labels';

/**
 * Whole pages of the genres Sourcemark meets (wire copy, a live blog, a forum, comments, a
 * newsletter, an earnings call, deal tables, an infobox, search results, product pages, pages
 * where "meta" and "scale" are common words, a bilingual page …), written as a held-out set
 * without seeing the matcher, each with the claims its figures state in reading order (see
 * the header of labels.txt). Read as `npm run check` reads HTML, less what the content script
 * never reads; the labels are found in the text by their position, so a label is tied to the
 * figure at that place and no other.
 */
const DIR = join(import.meta.dirname, '../fixtures/labelled-pages');
/**
 * Each set with the least share of its labelled claims that must be found (`now` is what is
 * found today): set 1 of genres, set 2 of harder structure and context, set 3 of context traps,
 * set 4 of how figures and names are written, set 5 of shifting subjects, set 6 of finance pages,
 * set 7 of many stories on one page, set 8 of policy and legal writing, set 9 of social and
 * developer pages, set 10 of typography and markup traps, set 11 of spoken text, set 12 of
 * pages where the deal is one of many, set 13 of commercial pages, set 14 of opinion and
 * analysis, set 15 of reference pages, set 16 of regional English coverage, set 17 of app-like
 * pages, set 18 of long-form and follow-up coverage, set 19 of quizzes and exercises, set 20 of
 * tables whose units stand in headers, set 21 of alternative renderings, set 22 of our companies'
 * other figures (see each labels.txt).
 */
const SETS = [
  { name: 'set-1', pages: 32, recall: 0.4, now: '49%' },
  { name: 'set-2', pages: 30, recall: 0.2, now: '31%' },
  { name: 'set-3', pages: 35, recall: 0.3, now: '41%' },
  { name: 'set-4', pages: 37, recall: 0.15, now: '27%' },
  { name: 'set-5', pages: 26, recall: 0.15, now: '27%' },
  { name: 'set-6', pages: 22, recall: 0.2, now: '31%' },
  { name: 'set-7', pages: 20, recall: 0.2, now: '36%' },
  { name: 'set-8', pages: 20, recall: 0.3, now: '51%' },
  { name: 'set-9', pages: 16, recall: 0.15, now: '24%' },
  { name: 'set-10', pages: 21, recall: 0.3, now: '44%' },
  { name: 'set-11', pages: 22, recall: 0.15, now: '24%' },
  { name: 'set-12', pages: 21, recall: 0.35, now: '46%' },
  { name: 'set-13', pages: 20, recall: 0.45, now: '65%' },
  { name: 'set-14', pages: 21, recall: 0.3, now: '44%' },
  { name: 'set-15', pages: 21, recall: 0.3, now: '45%' },
  { name: 'set-16', pages: 22, recall: 0.35, now: '46%' },
  { name: 'set-17', pages: 22, recall: 0.15, now: '24%' },
  { name: 'set-18', pages: 18, recall: 0.2, now: '31%' },
  { name: 'set-19', pages: 21, recall: 0.3, now: '42%' },
  { name: 'set-20', pages: 18, recall: 0.15, now: '27%' },
  { name: 'set-21', pages: 18, recall: 0.4, now: '51%' },
  { name: 'set-22', pages: 21, recall: 0.35, now: '49%' },
  { name: 'set-23', pages: 21, recall: 0.25, now: '40%' },
  { name: 'set-24', pages: 21, recall: 0.1, now: '24%' },
  { name: 'set-25', pages: 20, recall: 0.4, now: '56%' },
  { name: 'set-26', pages: 20, recall: 0.1, now: '18%' },
  { name: 'set-27', pages: 21, recall: 0.35, now: '48%' },
  { name: 'set-28', pages: 20, recall: 0.15, now: '26%' },
  { name: 'set-29', pages: 21, recall: 0.35, now: '45%' },
  { name: 'set-30', pages: 21, recall: 0.25, now: '38%' },
  { name: 'set-31', pages: 21, recall: 0.35, now: '60%' },
  { name: 'set-32', pages: 20, recall: 0.15, now: '21%' },
  { name: 'set-33', pages: 21, recall: 0.25, now: '38%' },
  { name: 'set-34', pages: 20, recall: 0.35, now: '50%' },
  { name: 'set-35', pages: 20, recall: 0.25, now: '36%' },
  { name: 'set-36', pages: 20, recall: 0.2, now: '33%' },
  { name: 'set-37', pages: 20, recall: 0.35, now: '45%' },
  { name: 'set-38', pages: 21, recall: 0.3, now: '44%' },
  { name: 'set-39', pages: 22, recall: 0.15, now: '24%' },
  { name: 'set-40', pages: 21, recall: 0.02, now: '4%' },
  { name: 'set-41', pages: 20, recall: 0.35, now: '48%' },
  { name: 'set-42', pages: 21, recall: 0.3, now: '39%' },
  { name: 'set-43', pages: 21, recall: 0.35, now: '48%' },
  { name: 'set-44', pages: 20, recall: 0.15, now: '23%' },
  { name: 'set-45', pages: 21, recall: 0.2, now: '30%' },
  { name: 'set-46', pages: 21, recall: 0.2, now: '32%' },
  { name: 'set-47', pages: 20, recall: 0.25, now: '41%' },
  { name: 'set-48', pages: 21, recall: 0.2, now: '29%' },
  { name: 'set-49', pages: 21, recall: 0.1, now: '17%' },
  { name: 'set-50', pages: 21, recall: 0.3, now: '40%' },
  { name: 'set-51', pages: 21, recall: 0.25, now: '36%' },
  { name: 'set-52', pages: 20, recall: 0.15, now: '21%' },
  { name: 'set-53', pages: 21, recall: 0.3, now: '44%' },
];

type Page = {
  file: string;
  text: string;
  groupStarts: number[];
  labels: PlacedLabel[];
  unplaced: string[];
};

// What the content script never reads, though a browser shows it and `npm run check` reads it:
// code, and regions the reader edits. The labels leave these out too.
function withoutUnread(html: string): string {
  const document = parse(html);
  const drop = (node: DefaultTreeAdapterTypes.ParentNode) => {
    node.childNodes = node.childNodes.filter((child) => {
      if (!('tagName' in child)) return true;
      const editable = child.attrs.find((attr) => attr.name === 'contenteditable');
      if (['code', 'pre'].includes(child.tagName)) return false;
      if (editable && editable.value.toLowerCase() !== 'false') return false;
      drop(child);
      return true;
    });
  };
  drop(document);
  return serialize(document);
}

function readSet(name: string): Page[] {
  const dir = join(DIR, name);
  return labelledLines(readFileSync(join(dir, 'labels.txt'), 'utf8')).map(([file, labels]) => {
    const html = readFileSync(join(dir, file.trim()), 'utf8');
    const { text, groupStarts } = htmlToPageText(withoutUnread(html));
    const { placed, unplaced } = placeLabels(text, parseLabels(labels));
    return { file: file.trim(), text, groupStarts, labels: placed, unplaced };
  });
}

// Read as the content script reads a page: with where its cards and rows start.
const figuresOf = ({ text, groupStarts }: Page) =>
  buildReport(text, referenceDataset(), { groupStarts }).filter((row) => row.kind === 'figure');

describe.each(SETS)('labelled pages: $name', ({ name, pages, recall, now }) => {
  const PAGES = readSet(name);

  it('holds every claim, and finds every label in its page', () => {
    expect(PAGES.length).toBe(pages);
    const claims = new Set(PAGES.flatMap((page) => page.labels.map((label) => label.claim)));
    expect(claims.size).toBe(Object.keys(CLAIM_OF).length);
    expect(PAGES.filter((page) => page.unplaced.length > 0)).toEqual([]);
  });

  // Judged against a claim its page does not state there: the worst error there is.
  it.each(PAGES)('ties no figure of $file to a claim it does not state', (page) => {
    expect(wrongClaims(figuresOf(page), page.labels)).toEqual([]);
  });

  it(`ties at least ${recall * 100}% of the labelled claims to their figures (${now} now)`, () => {
    let stated = 0;
    let found = 0;
    for (const page of PAGES) {
      const figures = figuresOf(page);
      for (const label of page.labels) {
        if (label.claim === null) continue;
        stated++;
        if (isFound(figures, label)) found++;
      }
    }
    expect(found / stated).toBeGreaterThanOrEqual(recall);
  });
});
