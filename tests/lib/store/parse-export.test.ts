import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../lib/store/parse-export';

const SIGHTING = {
  id: 'https://a.example/1',
  url: 'https://a.example/1',
  site: 'a.example',
  title: 'A',
  firstSeen: 1,
  lastSeen: 2,
};
const MENTION = {
  id: 'https://a.example/1#-|$4 billion|0',
  pageId: SIGHTING.id,
  site: 'a.example',
  claim: null,
  text: '$4 billion',
  value: null,
  verdict: 'unreferenced',
  agree: [],
  disagree: [],
  quote: '',
  review: 'unreviewed',
  note: '',
  firstSeen: 1,
  lastSeen: 2,
};
const FILE = {
  format: 'sourcemark-history',
  version: 2,
  exportedAt: 3,
  sightings: [SIGHTING],
  mentions: [MENTION],
};

function messageFor(text: string): string {
  const result = parseExport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error.kind).toBe('invalid');
  return result.error.message;
}

describe('parseExport', () => {
  it('reads a Sourcemark history export', () => {
    expect(parseExport(JSON.stringify(FILE))).toEqual({ ok: true, value: FILE });
  });

  it('refuses text that is not JSON', () => {
    expect(messageFor('hello')).toBe(
      'This file is not a Sourcemark history export. It is not JSON, or it was cut short.',
    );
  });

  it('refuses a file cut short', () => {
    const text = JSON.stringify(FILE);
    expect(messageFor(text.slice(0, text.length / 2))).toMatch(/cut short/);
  });

  it.each([
    ['another program’s JSON', { bookmarks: [] }],
    ['a JSON array', [FILE]],
    ['JSON null', null],
    ['another format', { ...FILE, format: 'other-history' }],
  ])('refuses %s as foreign', (_what, json) => {
    expect(messageFor(JSON.stringify(json))).toBe('This file is not a Sourcemark history export.');
  });

  it('asks for an update for a newer format version', () => {
    expect(messageFor(JSON.stringify({ ...FILE, version: 3 }))).toBe(
      'This history was exported by a newer Sourcemark (format version 3). Update the extension to import it.',
    );
  });

  it.each([
    [1, '(1)'],
    ['2', '("2")'],
    [undefined, '(none)'],
  ])('refuses the format version %j', (version, named) => {
    expect(messageFor(JSON.stringify({ ...FILE, version }))).toBe(
      `This history export has a format version Sourcemark cannot read ${named}.`,
    );
  });

  it('names where a malformed record is', () => {
    const bad = { ...FILE, mentions: [MENTION, { ...MENTION, review: 'maybe' }] };
    expect(messageFor(JSON.stringify(bad))).toMatch(
      /^This history export is damaged at mentions\[1\]\.review: /,
    );
  });

  it('refuses a mention whose page is not in the file', () => {
    const orphan = { ...FILE, sightings: [] };
    expect(messageFor(JSON.stringify(orphan))).toBe(
      `This history export is damaged: the mention "${MENTION.id}" belongs to a page the file does not hold.`,
    );
  });
});
