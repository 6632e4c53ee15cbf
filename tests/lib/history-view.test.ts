import { describe, expect, it } from 'vitest';
import {
  BLOCKED_SENTENCE,
  claimLabel,
  describeCleared,
  describeImport,
  describeStoreError,
  exportedFileSchema,
  filterOptions,
  flattenEntries,
  historyEntriesSchema,
  parseHistoryLimit,
  parseStoreReply,
  QUOTA_SENTENCE,
  reviewCounts,
  withFilterChoice,
} from '../../lib/history-view';
import type { HistoryEntry, MentionRecord, SightingRecord } from '../../lib/store/schema';

function sighting(id: string, site: string): SightingRecord {
  return { id, url: id, site, title: `Page ${id}`, firstSeen: 1, lastSeen: 2 };
}

function mention(pageId: string, key: string, fields: Partial<MentionRecord> = {}): MentionRecord {
  return {
    id: `${pageId}#${key}`,
    pageId,
    site: 'example.com',
    claim: 'meta-investment-in-scale-ai',
    text: '$14 billion',
    value: '$14 billion',
    verdict: 'mixed',
    agree: ['003_d369bcd6a49f9c65'],
    disagree: ['001_b2b999f39626c3af'],
    quote: 'Meta invested $14 billion in Scale AI.',
    review: 'unreviewed',
    note: '',
    firstSeen: 1,
    lastSeen: 2,
    ...fields,
  };
}

const pageA = 'https://news.example/a';
const pageB = 'https://zeta.example/b';
const entries: HistoryEntry[] = [
  {
    sighting: sighting(pageB, 'zeta.example'),
    mentions: [
      mention(pageB, '1', { review: 'confirmed' }),
      mention(pageB, '2', { claim: 'scale-ai-revenue-2025', review: 'wrong' }),
    ],
  },
  {
    sighting: sighting(pageA, 'news.example'),
    mentions: [mention(pageA, '1', { claim: null }), mention(pageA, '2')],
  },
];

describe('filterOptions', () => {
  it('offers each claim present once, by label, and leaves out figures with no claim', () => {
    expect(filterOptions(entries).claims).toEqual([
      { id: 'meta-investment-in-scale-ai', label: "Meta's investment in Scale AI" },
      { id: 'scale-ai-revenue-2025', label: 'Scale AI revenue in 2025 (projected)' },
    ]);
  });

  it('offers each site once, alphabetically', () => {
    expect(filterOptions(entries).sites).toEqual(['news.example', 'zeta.example']);
  });

  it('offers nothing for an empty history', () => {
    expect(filterOptions([])).toEqual({ claims: [], sites: [] });
  });
});

describe('claimLabel', () => {
  it.each([
    ['meta-stake-in-scale-ai', "Meta's stake in Scale AI"],
    [null, 'No claim'],
    ['a-claim-from-a-later-version', 'a-claim-from-a-later-version'],
  ])('labels %s as %s', (claim, label) => {
    expect(claimLabel(claim)).toBe(label);
  });
});

describe('withFilterChoice', () => {
  it('sets a claim or site to the chosen value', () => {
    expect(withFilterChoice({}, 'claim', 'meta-stake-in-scale-ai')).toEqual({
      claim: 'meta-stake-in-scale-ai',
    });
    expect(withFilterChoice({ claim: 'x' }, 'site', 'example.com')).toEqual({
      claim: 'x',
      site: 'example.com',
    });
  });

  it("clears a field for '' (All)", () => {
    expect(withFilterChoice({ site: 'example.com', claim: 'x' }, 'site', '')).toEqual({
      claim: 'x',
    });
  });

  it('accepts verdicts and review states by their ids', () => {
    expect(withFilterChoice({}, 'verdict', 'disagrees')).toEqual({ verdict: 'disagrees' });
    expect(withFilterChoice({}, 'review', 'needs-follow-up')).toEqual({
      review: 'needs-follow-up',
    });
  });

  it('clears a verdict or review that is not one', () => {
    expect(withFilterChoice({ verdict: 'agrees' }, 'verdict', 'maybe')).toEqual({});
    expect(withFilterChoice({ review: 'wrong' }, 'review', 'done')).toEqual({});
  });
});

describe('flattenEntries and reviewCounts', () => {
  it('lists one row per mention, pages in list order', () => {
    const rows = flattenEntries(entries);
    expect(rows.map((row) => row.mention.id)).toEqual([
      `${pageB}#1`,
      `${pageB}#2`,
      `${pageA}#1`,
      `${pageA}#2`,
    ]);
    expect(rows[2].sighting.site).toBe('news.example');
  });

  it('counts mentions per review state, zero for states none is in', () => {
    expect(reviewCounts(entries)).toEqual({
      unreviewed: 2,
      confirmed: 1,
      wrong: 1,
      'needs-follow-up': 0,
    });
  });
});

describe('describeStoreError', () => {
  it('says the storage is full and nothing stored was lost for a quota error', () => {
    const sentence = describeStoreError({ kind: 'quota', message: 'internal' });
    expect(sentence).toBe(QUOTA_SENTENCE);
    expect(sentence).toMatch(/^Your browser's storage is full.*nothing already stored was lost/);
  });

  it('says another window holds the history for a blocked database', () => {
    expect(describeStoreError({ kind: 'blocked', message: 'internal' })).toBe(BLOCKED_SENTENCE);
    expect(BLOCKED_SENTENCE).toBe(
      'The history is open in another window that is updating it; close other Sourcemark pages and try again. Nothing was lost.',
    );
  });

  it("passes on the background's sentence for an invalid file", () => {
    const message = 'This file is not a Sourcemark history export.';
    expect(describeStoreError({ kind: 'invalid', message })).toBe(message);
  });

  it('falls back to a generic sentence when the message is empty', () => {
    expect(describeStoreError({ kind: 'unknown', message: ' ' })).toMatch(
      /could not read or save its history/,
    );
  });
});

describe('parseStoreReply', () => {
  it('returns the value of a successful reply that fits the schema', () => {
    const file = { text: '{}', filename: 'a.json', mimeType: 'application/json' };
    expect(parseStoreReply({ ok: true, value: file }, exportedFileSchema)).toEqual({
      ok: true,
      value: file,
    });
  });

  it('validates history entries', () => {
    expect(parseStoreReply({ ok: true, value: entries }, historyEntriesSchema)).toEqual({
      ok: true,
      value: entries,
    });
  });

  it('returns the failure of a failed reply', () => {
    const error = { kind: 'quota', message: 'full' } as const;
    expect(parseStoreReply({ ok: false, error }, exportedFileSchema)).toEqual({ ok: false, error });
  });

  it.each([
    ['no reply', undefined],
    ['a value of the wrong shape', { ok: true, value: [{ sighting: {} }] }],
    ['an unknown error kind', { ok: false, error: { kind: 'boom', message: 'x' } }],
  ])('turns %s into an unknown failure', (_name, reply) => {
    const parsed = parseStoreReply(reply, historyEntriesSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.kind).toBe('unknown');
  });
});

describe('describeImport and describeCleared', () => {
  it('counts pages and mentions in words', () => {
    expect(describeImport({ sightings: 1, mentions: 3 })).toBe('Imported 1 page and 3 mentions.');
    expect(describeCleared({ sightings: 2, mentions: 1 }, 'example.com')).toBe(
      'Cleared 2 pages and 1 mention from example.com.',
    );
    expect(describeCleared({ sightings: 0, mentions: 0 }, undefined)).toBe(
      'Cleared 0 pages and 0 mentions from the history.',
    );
  });
});

describe('parseHistoryLimit', () => {
  it.each([
    ['1000', 1000],
    [' 50 ', 50],
    ['1', 1],
    ['100000', 100_000],
  ])('reads %j as %d', (text, limit) => {
    expect(parseHistoryLimit(text)).toBe(limit);
  });

  it.each(['', '0', '100001', '2.5', '-3', 'ten', '1e3'])('refuses %j', (text) => {
    expect(parseHistoryLimit(text)).toBeNull();
  });
});
