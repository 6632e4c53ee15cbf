import { describe, expect, it } from 'vitest';
import { QUOTE_AROUND_LENGTH, quoteAround } from '../../lib/quote-around';

describe('quoteAround', () => {
  it('quotes the sentence around a mention, white space collapsed', () => {
    const text = 'Intro here. Meta   agreed to invest $14.3 billion\tin Scale AI. Next one.';
    const at = text.indexOf('$14.3');
    expect(quoteAround(text, at, at + 13)).toBe('Meta agreed to invest $14.3 billion in Scale AI.');
  });

  it('cuts a long sentence around the mention and marks the cuts', () => {
    const text = `${'word '.repeat(100)}Meta paid $14.3 billion ${'more '.repeat(100)}end.`;
    const at = text.indexOf('$14.3');
    const quote = quoteAround(text, at, at + 13);
    expect(quote).toContain('$14.3 billion');
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(QUOTE_AROUND_LENGTH + 2);
  });
});
