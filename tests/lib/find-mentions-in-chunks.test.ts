import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import { findMentionsInChunks } from '../../lib/find-mentions-in-chunks';
import { generateNewsText } from '../../lib/generate-news-text';
import { readSeeds } from '../../lib/node/read-seeds';

const inChunks = (text: string, size: number) => [...findMentionsInChunks(text, size)].flat();

describe('findMentionsInChunks', () => {
  it('finds what one pass finds, on news-like text cut into small chunks', () => {
    const text = generateNewsText(120_000, 5);
    expect(inChunks(text, 4096)).toEqual(findMentions(text));
  });

  it.each(readSeeds().map((seed) => [seed.id, seed.text]))(
    'finds what one pass finds in seed %s, chunk by chunk',
    (_id, text) => {
      expect(inChunks(text, 500)).toEqual(findMentions(text));
    },
  );

  it('reads each chunk with where its own cards start', () => {
    const cards = 'Scale AI\n$870 million\nScale AI revenue, 2024\n$2 billion\n';
    const text = `${'Filler text here.\n'.repeat(300)}${cards}`.repeat(3);
    const groupStarts = [...text.matchAll(/\$/g)].map((m) => m.index);
    const chunked = [...findMentionsInChunks(text, 1000, { groupStarts })].flat();
    expect(chunked).toEqual(findMentions(text, { groupStarts }));
    // Each "$870 million" is read with its card's label below it, and no "$2 billion" with it.
    const claimed = chunked.filter((m) => m.kind === 'figure' && m.claim !== null);
    expect(claimed.map((m) => m.text)).toEqual(Array(3).fill('$870 million'));
  });

  it('keeps bare "Scale" a name when Scale AI was named in an earlier chunk', () => {
    const text = `Scale AI labels data.\n${'Filler text here.\n'.repeat(600)}Meta invested in Scale.`;
    const last = inChunks(text, 1000).at(-1);
    expect(last).toMatchObject({ kind: 'entity', entity: 'scale-ai', text: 'Scale' });
  });

  it('yields one chunk at a time, each cut at a line break', () => {
    const text = generateNewsText(50_000, 2);
    const chunks = [...findMentionsInChunks(text, 10_000)];
    expect(chunks.length).toBeGreaterThanOrEqual(4);
  });

  it('cuts one huge paragraph without reading it again and again', () => {
    const text = 'Meta will invest $14 billion in Scale AI. '.repeat(20_000);
    expect(inChunks(text, 8192)).toHaveLength(findMentions(text).length);
  });
});
