import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv } from '../../../lib/store/export-csv';
import type { HistoryEntry, MentionRecord } from '../../../lib/store/schema';

const SIGHTING = {
  id: 'https://news.example.com/a',
  url: 'https://news.example.com/a',
  site: 'news.example.com',
  title: 'Meta, Scale AI and "the deal"',
  firstSeen: 0,
  lastSeen: 86_400_000,
};

function mention(overrides: Partial<MentionRecord> = {}): MentionRecord {
  return {
    id: `${SIGHTING.id}#x`,
    pageId: SIGHTING.id,
    site: SIGHTING.site,
    claim: 'meta-investment-in-scale-ai',
    text: '$14.3 billion',
    value: '$14.3 billion',
    verdict: 'mixed',
    agree: ['002', '003'],
    disagree: ['001'],
    quote: 'Meta invested $14.3 billion, sources said.',
    review: 'confirmed',
    note: 'line one\nline two',
    firstSeen: 0,
    lastSeen: 86_400_000,
    ...overrides,
  };
}

describe('exportCsv', () => {
  it('writes a header row and one row per mention, with CRLF line ends', () => {
    const entries: HistoryEntry[] = [
      { sighting: SIGHTING, mentions: [mention(), mention({ id: 'y', claim: null, value: null })] },
    ];
    const lines = exportCsv(entries).split('\r\n');
    expect(lines[0]).toBe(
      'page_url,page_title,site,claim,claim_label,text,value,verdict,agree,disagree,quote,review,note,first_seen,last_seen',
    );
    expect(lines[1]).toBe(
      'https://news.example.com/a,"Meta, Scale AI and ""the deal""",news.example.com,meta-investment-in-scale-ai,Meta\'s investment in Scale AI,$14.3 billion,$14.3 billion,mixed,002 003,001,"Meta invested $14.3 billion, sources said.",confirmed,"line one\nline two",1970-01-01T00:00:00.000Z,1970-01-02T00:00:00.000Z',
    );
    expect(lines[2]).toMatch(
      /^https:\/\/news\.example\.com\/a,.*,news\.example\.com,,,\$14\.3 billion,,mixed,/,
    );
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe('');
  });

  it('writes only the header for an empty history', () => {
    expect(exportCsv([]).split('\r\n')).toHaveLength(2);
  });
});

describe('csvCell', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example","Click")',
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    ],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each([
    ['plain text', 'plain text'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['$14.3 billion', '$14.3 billion'],
    ['1 = 1', '1 = 1'],
    ['', ''],
  ])('quotes %j only when RFC 4180 needs it', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });
});
