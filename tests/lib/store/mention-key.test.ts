import { describe, expect, it } from 'vitest';
import { mentionId, mentionKeys } from '../../../lib/store/mention-key';

describe('mentionKeys', () => {
  it('keys a figure by its claim, its normalised text and its occurrence', () => {
    expect(mentionKeys([{ claim: 'meta-stake-in-scale-ai', text: '49%  Stake' }])).toEqual([
      'meta-stake-in-scale-ai|49% stake|0',
    ]);
  });

  it('counts repeats of the same figure for the same claim', () => {
    const keys = mentionKeys([
      { claim: 'a', text: '$14 billion' },
      { claim: 'b', text: '$14 billion' },
      { claim: 'a', text: '$14\u00a0billion' },
    ]);
    expect(keys).toEqual(['a|$14 billion|0', 'b|$14 billion|0', 'a|$14 billion|1']);
  });

  it('keys a figure without a claim with a dash', () => {
    expect(mentionKeys([{ text: '$4 billion' }, { claim: null, text: '$4 billion' }])).toEqual([
      '-|$4 billion|0',
      '-|$4 billion|1',
    ]);
  });

  it('gives the same keys when the same page is read again', () => {
    const figures = [
      { claim: 'a', text: '$10 billion' },
      { claim: 'a', text: '$10 billion' },
    ];
    expect(mentionKeys(figures)).toEqual(mentionKeys(figures.map((f) => ({ ...f }))));
  });
});

describe('mentionId', () => {
  it('joins the page key and the key with #', () => {
    expect(mentionId('https://example.com/a', 'a|$1|0')).toBe('https://example.com/a#a|$1|0');
  });
});
