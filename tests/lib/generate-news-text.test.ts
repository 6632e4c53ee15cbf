import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import { generateNewsText } from '../../lib/generate-news-text';

describe('generateNewsText', () => {
  it('gives the same text for the same seed and another for another seed', () => {
    expect(generateNewsText(20_000, 3)).toBe(generateNewsText(20_000, 3));
    expect(generateNewsText(20_000, 3)).not.toBe(generateNewsText(20_000, 4));
  });

  it('reaches the size asked for, in paragraphs', () => {
    const text = generateNewsText(100_000, 1);
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    expect(text.length).toBeLessThan(101_000);
    expect(text.split('\n').length).toBeGreaterThan(100);
  });

  it('puts a mention about every 2 KB, and none when asked for none', () => {
    const text = generateNewsText(200_000, 1);
    const figures = findMentions(text).filter((m) => m.kind === 'figure').length;
    expect(figures).toBeGreaterThan(200_000 / 2048 / 2);
    expect(findMentions(generateNewsText(200_000, 1, 0))).toEqual([]);
  });
});
