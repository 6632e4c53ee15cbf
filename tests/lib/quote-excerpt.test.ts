import { describe, expect, it } from 'vitest';
import type { Statement } from '../../lib/dataset-schema';
import { quoteExcerpt, shorten } from '../../lib/quote-excerpt';

function statement(quote: string, figureText: string, offset = 100): Statement {
  return {
    claim: 'meta-investment-in-scale-ai',
    source: 'seed',
    value: { kind: 'figure', unit: 'usd', low: { mantissa: 10, exponent: 9 } },
    qualifier: 'exact',
    quote,
    offset,
    figureText,
    figureOffset: offset + quote.indexOf(figureText),
  };
}

describe('quoteExcerpt', () => {
  it('quotes a short sentence whole with its figure emphasised', () => {
    expect(quoteExcerpt(statement("Meta's $14B Investment in Scale AI's Future", '$14B'))).toBe(
      "Meta's «$14B» Investment in Scale AI's Future",
    );
  });

  it('cuts a long sentence at word boundaries around the figure', () => {
    const before = 'word '.repeat(60);
    const after = ' more'.repeat(60);
    const excerpt = quoteExcerpt(
      statement(`${before}invest $10 billion in Scale AI${after}.`, '$10 billion'),
    );
    expect(excerpt).toMatch(/^…word .*invest «\$10 billion» in Scale AI more.* more…$/);
    expect(excerpt.length).toBeLessThanOrEqual(164);
  });

  it('keeps a figure near the start of a long sentence', () => {
    const excerpt = quoteExcerpt(statement(`$10 billion ${'and more '.repeat(40)}`, '$10 billion'));
    expect(excerpt.startsWith('«$10 billion» and more')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('finds the figure by its text when the offsets do not match', () => {
    const s = { ...statement('Meta paid $10 billion.', '$10 billion'), figureOffset: 0 };
    expect(quoteExcerpt(s)).toBe('Meta paid «$10 billion».');
  });
});

describe('shorten', () => {
  it('leaves short text alone and cuts long text at a word', () => {
    expect(shorten('Short title', 48)).toBe('Short title');
    expect(shorten('As an AI technology analyst, the recent report of Meta', 30)).toBe(
      'As an AI technology analyst…',
    );
  });
});
