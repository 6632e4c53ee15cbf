import { describe, expect, it } from 'vitest';
import { recordSighting } from '../../../lib/store/record-sighting';
import { setReview } from '../../../lib/store/set-review';
import { at, figure, openFreshDb, page, unwrap } from './fixtures';

const URL = 'https://news.example.com/meta-scale?utm_source=feed#top';
const KEY = 'https://news.example.com/meta-scale';

describe('recordSighting', () => {
  it('stores the page under its normalised URL with each figure', async () => {
    const db = await openFreshDb();
    const outcome = unwrap(await recordSighting(db, page(URL), at(1000)));
    expect(outcome).toEqual({ recorded: true, pageId: KEY, mentions: 1, pruned: 0 });
    expect(await db.sightings.toArray()).toEqual([
      {
        id: KEY,
        url: KEY,
        site: 'news.example.com',
        title: 'A story',
        firstSeen: 1000,
        lastSeen: 1000,
      },
    ]);
    const [mention] = await db.mentions.toArray();
    expect(mention).toMatchObject({
      pageId: KEY,
      site: 'news.example.com',
      claim: 'meta-investment-in-scale-ai',
      text: '$14.3 billion',
      verdict: 'mixed',
      agree: ['002_meta_scale'],
      disagree: ['001_analyst'],
      quote: 'Meta invested $14.3 billion in Scale AI for a 49% stake.',
      review: 'unreviewed',
      note: '',
      firstSeen: 1000,
      lastSeen: 1000,
    });
  });

  it('updates a revisited page instead of duplicating it', async () => {
    const db = await openFreshDb();
    await recordSighting(db, page(URL), at(1000));
    await recordSighting(
      db,
      page(`${KEY}?fbclid=1`, [figure({ verdict: 'agrees' })], 'New title'),
      at(5000),
    );
    expect(await db.sightings.toArray()).toEqual([
      expect.objectContaining({ id: KEY, title: 'New title', firstSeen: 1000, lastSeen: 5000 }),
    ]);
    expect(await db.mentions.toArray()).toEqual([
      expect.objectContaining({ verdict: 'agrees', firstSeen: 1000, lastSeen: 5000 }),
    ]);
  });

  it('keeps the review state and note of a mention on a revisit', async () => {
    const db = await openFreshDb();
    await recordSighting(db, page(URL), at(1000));
    const [{ id }] = await db.mentions.toArray();
    unwrap(await setReview(db, id, 'wrong', 'Reuters says $14.3 billion, not $15'));
    await recordSighting(db, page(URL), at(2000));
    expect(await db.mentions.get(id)).toMatchObject({
      review: 'wrong',
      note: 'Reuters says $14.3 billion, not $15',
      lastSeen: 2000,
    });
  });

  it('stores repeated figures on a page once each, stably across visits', async () => {
    const db = await openFreshDb();
    const twice = [
      figure(),
      figure({ id: 'm2' }),
      figure({ id: 'm3', claim: undefined, verdict: 'unreferenced' }),
    ];
    await recordSighting(db, page(URL, twice), at(1000));
    await recordSighting(db, page(URL, twice), at(2000));
    expect(await db.mentions.count()).toBe(3);
  });

  it('keeps figures a revisit no longer shows', async () => {
    const db = await openFreshDb();
    await recordSighting(
      db,
      page(URL, [figure(), figure({ text: '49%', claim: 'meta-stake-in-scale-ai' })]),
      at(1000),
    );
    await recordSighting(db, page(URL, [figure()]), at(2000));
    expect((await db.mentions.toArray()).map((m) => [m.text, m.lastSeen])).toEqual([
      ['$14.3 billion', 2000],
      ['49%', 1000],
    ]);
  });

  it('shortens a long quote', async () => {
    const db = await openFreshDb();
    await recordSighting(db, page(URL, [figure({ quote: 'word '.repeat(200) })]), at(1000));
    const [mention] = await db.mentions.toArray();
    expect(mention.quote.length).toBeLessThanOrEqual(240);
    expect(mention.quote.endsWith('…')).toBe(true);
  });

  it('records nothing from a private window', async () => {
    const db = await openFreshDb();
    const outcome = unwrap(await recordSighting(db, page(URL), { ...at(1000), incognito: true }));
    expect(outcome).toEqual({ recorded: false, reason: 'incognito' });
    expect(await db.sightings.count()).toBe(0);
    expect(await db.mentions.count()).toBe(0);
  });

  it('records nothing for a page that is not http(s)', async () => {
    const db = await openFreshDb();
    const outcome = unwrap(await recordSighting(db, page('file:///tmp/story.html'), at(1000)));
    expect(outcome).toEqual({ recorded: false, reason: 'not-a-page' });
    expect(await db.sightings.count()).toBe(0);
  });

  it('records nothing for a page that only names the companies', async () => {
    const db = await openFreshDb();
    const names = [
      {
        id: 'e1',
        kind: 'entity' as const,
        text: 'Meta',
        entity: 'meta' as const,
        agree: [],
        disagree: [],
        quote: '',
      },
    ];
    const outcome = unwrap(await recordSighting(db, page(URL, names), at(1000)));
    expect(outcome).toEqual({ recorded: false, reason: 'no-figures' });
    expect(await db.sightings.count()).toBe(0);
  });

  it('prunes the least recently seen pages beyond the limit, with their mentions', async () => {
    const db = await openFreshDb();
    await recordSighting(db, page('https://a.example/1'), at(1000, 2));
    await recordSighting(db, page('https://b.example/2'), at(2000, 2));
    await recordSighting(db, page('https://a.example/1'), at(3000, 2));
    const outcome = unwrap(await recordSighting(db, page('https://c.example/3'), at(4000, 2)));
    expect(outcome).toMatchObject({ recorded: true, pruned: 1 });
    expect((await db.sightings.toArray()).map((s) => s.id).sort()).toEqual([
      'https://a.example/1',
      'https://c.example/3',
    ]);
    expect((await db.mentions.toArray()).map((m) => m.pageId).sort()).toEqual([
      'https://a.example/1',
      'https://c.example/3',
    ]);
  });

  it('never prunes the page it just recorded', async () => {
    const db = await openFreshDb();
    await recordSighting(db, page('https://b.example/2'), at(1000, 1));
    await recordSighting(db, page('https://a.example/1'), at(1000, 0));
    expect((await db.sightings.toArray()).map((s) => s.id)).toEqual(['https://a.example/1']);
  });
});
