import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceDataset } from '../../lib/reference-dataset';
import {
  findSourcePassage,
  passageParagraphs,
  sourcePassageSearch,
} from '../../lib/source-passage';
import { SOURCE } from '../support/page-state';

const dataset = referenceDataset();
const seeds = Object.fromEntries(
  readdirSync('seeds').map((name) => [`/seeds/${name}`, readFileSync(`seeds/${name}`, 'utf8')]),
);

describe('passageParagraphs', () => {
  it('cuts lines into plain pieces and one quote piece with its figure set apart', () => {
    const text = 'Headline\nMeta paid $14B for it. More.';
    const quote = { start: 9, end: 31 };
    const figure = { start: 19, end: 23 };
    expect(passageParagraphs(text, quote, figure)).toEqual([
      [{ kind: 'plain', text: 'Headline' }],
      [
        {
          kind: 'quote',
          parts: [
            { text: 'Meta paid ', isFigure: false },
            { text: '$14B', isFigure: true },
            { text: ' for it.', isFigure: false },
          ],
        },
        { kind: 'plain', text: ' More.' },
      ],
    ]);
  });

  it('drops empty lines and marks a quote running across a line break on both lines', () => {
    const text = 'One two\n\nthree four';
    expect(passageParagraphs(text, { start: 4, end: 14 }, { start: 4, end: 7 })).toEqual([
      [
        { kind: 'plain', text: 'One ' },
        { kind: 'quote', parts: [{ text: 'two', isFigure: true }] },
      ],
      [
        { kind: 'quote', parts: [{ text: 'three', isFigure: false }] },
        { kind: 'plain', text: ' four' },
      ],
    ]);
  });
});

describe('findSourcePassage', () => {
  it('returns the whole article with the statement marked', () => {
    const index = 25;
    const statement = dataset.statements[index];
    const passage = findSourcePassage(sourcePassageSearch(SOURCE['003'], index), dataset, seeds);
    if (!passage.ok) throw new Error(passage.error);
    expect(passage.title).toBe("Meta's $14B Investment in Scale AI's Future");
    expect(passage.shortId).toBe('003');
    const all = passage.paragraphs.flat();
    const parts = all.flatMap((p) => (p.kind === 'quote' ? p.parts : []));
    expect(parts.map((p) => p.text).join('')).toBe(statement.quote);
    expect(parts.filter((p) => p.isFigure).map((p) => p.text)).toEqual(['$14 billion']);
    const textOf = (p: (typeof all)[number]) =>
      p.kind === 'plain' ? p.text : p.parts.map((part) => part.text).join('');
    expect(all.map(textOf).join('')).toBe(seeds[`/seeds/${SOURCE['003']}.txt`].replace(/\n+/g, ''));
  });

  it.each([
    ['', 'names no source statement'],
    ['?source=000_19b8850ff99f1f10', 'names no source statement'],
    ['?source=../etc&statement=1', 'names no source statement'],
    ['?source=000_19b8850ff99f1f10&statement=x', 'names no source statement'],
    ['?source=999_nope&statement=1', 'No source “999_nope”'],
    ['?source=000_19b8850ff99f1f10&statement=25', 'Source 000 has no statement 25'],
    ['?source=000_19b8850ff99f1f10&statement=999', 'Source 000 has no statement 999'],
  ])('explains what is wrong with %j', (search, error) => {
    const passage = findSourcePassage(search, dataset, seeds);
    expect(passage.ok).toBe(false);
    expect(passage.ok ? '' : passage.error).toContain(error);
  });

  it('refuses a quote that is not where the dataset says', () => {
    const moved = {
      ...seeds,
      [`/seeds/${SOURCE['000']}.txt`]: `x${seeds[`/seeds/${SOURCE['000']}.txt`]}`,
    };
    const passage = findSourcePassage(sourcePassageSearch(SOURCE['000'], 1), dataset, moved);
    expect(passage).toEqual({
      ok: false,
      error: 'The quoted statement is not where the dataset says.',
    });
  });
});
