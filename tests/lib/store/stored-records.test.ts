import { describe, expect, it } from 'vitest';
import {
  parseStored,
  storedMentionSchema,
  storedSightingSchema,
} from '../../../lib/store/stored-records';

const SIGHTING_V1 = {
  id: 'https://a.example/1',
  url: 'https://a.example/1',
  title: 'A',
  firstSeen: 1,
  lastSeen: 2,
};
const MENTION_V2 = {
  id: 'https://a.example/1#x',
  pageId: 'https://a.example/1',
  site: 'a.example',
  claim: null,
  text: '$4 billion',
  value: null,
  verdict: 'unreferenced' as const,
  agree: [],
  disagree: [],
  quote: '',
  review: 'wrong' as const,
  note: 'n',
  firstSeen: 1,
  lastSeen: 2,
};

describe('parseStored', () => {
  it('reads current records as they are', () => {
    expect(parseStored(storedMentionSchema, [MENTION_V2])).toEqual([MENTION_V2]);
  });

  it('upgrades records still in the version 1 shape', () => {
    const { site: _site, review: _review, note: _note, ...v1 } = MENTION_V2;
    expect(parseStored(storedMentionSchema, [{ ...v1, reviewed: false }])).toEqual([
      { ...MENTION_V2, review: 'unreviewed', note: '' },
    ]);
    expect(parseStored(storedSightingSchema, [SIGHTING_V1])).toEqual([
      { ...SIGHTING_V1, site: 'a.example' },
    ]);
  });

  it('leaves out rows that fit no known shape, and missing rows', () => {
    expect(parseStored(storedMentionSchema, [undefined, { id: 'x' }, MENTION_V2, null])).toEqual([
      MENTION_V2,
    ]);
  });
});
