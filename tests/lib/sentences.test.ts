import { describe, expect, it } from 'vitest';
import { SENTENCE_REACH, sentenceAround } from '../../lib/sentences';

function sentenceOf(text: string, word: string): string {
  const at = text.indexOf(word);
  const { start, end } = sentenceAround(text, at, at + word.length);
  return text.slice(start, end);
}

describe('sentenceAround', () => {
  it('ends a sentence at a full stop before a capital', () => {
    expect(sentenceOf('Meta grew. Scale AI grew too. Others fell.', 'Scale')).toBe(
      'Scale AI grew too.',
    );
  });

  it('ends a sentence at a line break (a block boundary)', () => {
    expect(sentenceOf('A headline about Meta\nThe body starts here.', 'Meta')).toBe(
      'A headline about Meta',
    );
  });

  it.each([
    'Meta invests in Scale AI.[1] Earlier reports said $10 billion.',
    'Meta invests in Scale AI.[a][12] Earlier reports said $10 billion.',
    'Meta invests in Scale AI."[3] Earlier reports said $10 billion.',
    'Meta invests in Scale AI.[note 2] Earlier reports said $10 billion.',
    'Meta invests in Scale AI.[citation needed] Earlier reports said $10 billion.',
  ])('ends a sentence at a full stop followed by reference marks: %j', (text) => {
    expect(sentenceOf(text, 'invests')).toBe('Meta invests in Scale AI.');
    expect(sentenceOf(text, '$10')).toBe('Earlier reports said $10 billion.');
  });

  it('does not end a sentence at a bracket that is no reference mark', () => {
    const text = 'Meta said.[sic] it would invest $14 billion.';
    expect(sentenceOf(text, '$14')).toBe(text);
  });

  it.each([
    ['Meta Platforms Inc. said it would invest.', 'invest'],
    ['The U.S. Department of Defense uses Scale AI.', 'Scale'],
    ['Alexandr Wang and Lucy W. Guo founded Scale AI.', 'Scale'],
  ])('does not end a sentence at an abbreviation or initial: %j', (text, word) => {
    expect(sentenceOf(text, word)).toBe(text);
  });

  it('keeps decimals and figures inside a sentence: "$14.3 billion."', () => {
    expect(sentenceOf('Meta paid $14.3 billion. Then it hired.', 'paid')).toBe(
      'Meta paid $14.3 billion.',
    );
  });

  it(`cuts a sentence longer than ${SENTENCE_REACH} characters either way`, () => {
    const text = `${'a '.repeat(1000)}Meta${' b'.repeat(1000)}`;
    const at = text.indexOf('Meta');
    const { start, end } = sentenceAround(text, at, at + 4);
    expect(at - start).toBe(SENTENCE_REACH);
    expect(end - (at + 4)).toBe(SENTENCE_REACH);
  });
});
