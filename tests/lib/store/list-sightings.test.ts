import { describe, expect, it } from 'vitest';
import { listSightings } from '../../../lib/store/list-sightings';
import { recordSighting } from '../../../lib/store/record-sighting';
import { setReview } from '../../../lib/store/set-review';
import { at, figure, openFreshDb, page, unwrap } from './fixtures';

const STAKE = figure({ text: '49%', claim: 'meta-stake-in-scale-ai', verdict: 'agrees' });
const UNREFERENCED = figure({ text: '$4 billion', claim: undefined, verdict: 'unreferenced' });

async function history() {
  const db = await openFreshDb();
  unwrap(await recordSighting(db, page('https://a.example/1', [figure(), STAKE]), at(1000)));
  unwrap(await recordSighting(db, page('https://a.example/2', [UNREFERENCED]), at(2000)));
  unwrap(await recordSighting(db, page('https://b.example/1', [STAKE]), at(3000)));
  const stakeOnB = (await db.mentions.where('site').equals('b.example').primaryKeys())[0];
  unwrap(await setReview(db, stakeOnB, 'confirmed'));
  return db;
}

function summary(entries: { sighting: { id: string }; mentions: { text: string }[] }[]) {
  return entries.map(({ sighting, mentions }) => [sighting.id, mentions.map((m) => m.text)]);
}

describe('listSightings', () => {
  it('lists every page, most recently seen first, with all its mentions', async () => {
    const db = await history();
    expect(summary(unwrap(await listSightings(db)))).toEqual([
      ['https://b.example/1', ['49%']],
      ['https://a.example/2', ['$4 billion']],
      ['https://a.example/1', ['$14.3 billion', '49%']],
    ]);
  });

  it.each([
    [
      'a claim',
      { claim: 'meta-stake-in-scale-ai' },
      [
        ['https://b.example/1', ['49%']],
        ['https://a.example/1', ['49%']],
      ],
    ],
    ['a verdict', { verdict: 'unreferenced' as const }, [['https://a.example/2', ['$4 billion']]]],
    ['a review state', { review: 'confirmed' as const }, [['https://b.example/1', ['49%']]]],
    [
      'a site',
      { site: 'a.example' },
      [
        ['https://a.example/2', ['$4 billion']],
        ['https://a.example/1', ['$14.3 billion', '49%']],
      ],
    ],
    [
      'a site and a verdict',
      { site: 'a.example', verdict: 'mixed' as const },
      [['https://a.example/1', ['$14.3 billion']]],
    ],
    ['a claim no page shows', { claim: 'scale-ai-founded-year' }, []],
  ])('filters by %s', async (_by, filter, expected) => {
    const db = await history();
    expect(summary(unwrap(await listSightings(db, filter)))).toEqual(expected);
  });

  it('lists a page without mentions when only a site is asked for', async () => {
    const db = await history();
    await db.sightings.put({
      id: 'https://a.example/3',
      url: 'https://a.example/3',
      site: 'a.example',
      title: '',
      firstSeen: 10,
      lastSeen: 10,
    });
    expect(summary(unwrap(await listSightings(db, { site: 'a.example' }))).at(-1)).toEqual([
      'https://a.example/3',
      [],
    ]);
  });
});
