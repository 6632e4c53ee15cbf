import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../lib/store/database';
import { listSightings } from '../../../lib/store/list-sightings';
import { freshBackend, uniqueName, unwrap } from './fixtures';

// A history as version 1 of the extension wrote it: its own schema, written here literally
// (not imported) so the test keeps describing the previous release even as lib/store moves on.
const V1_SIGHTINGS = [
  {
    id: 'https://news.example.com/a',
    url: 'https://news.example.com/a',
    title: 'A',
    firstSeen: 1,
    lastSeen: 5,
  },
  {
    id: 'http://localhost:8080/b?id=7',
    url: 'http://localhost:8080/b?id=7',
    title: 'B',
    firstSeen: 2,
    lastSeen: 3,
  },
];
const V1_MENTIONS = [
  {
    id: 'https://news.example.com/a#meta-investment-in-scale-ai|$14.3 billion|0',
    pageId: 'https://news.example.com/a',
    claim: 'meta-investment-in-scale-ai',
    text: '$14.3 billion',
    value: '$14.3 billion',
    verdict: 'mixed',
    agree: ['002'],
    disagree: ['001'],
    quote: 'Meta invested $14.3 billion in Scale AI.',
    reviewed: true,
    firstSeen: 1,
    lastSeen: 5,
  },
  {
    id: 'http://localhost:8080/b?id=7#-|$4 billion|0',
    pageId: 'http://localhost:8080/b?id=7',
    claim: null,
    text: '$4 billion',
    value: null,
    verdict: 'unreferenced',
    agree: [],
    disagree: [],
    quote: '',
    reviewed: false,
    firstSeen: 2,
    lastSeen: 3,
  },
];

async function writeVersion1(name: string, backend: ReturnType<typeof freshBackend>) {
  const v1 = new Dexie(name, backend);
  v1.version(1).stores({ sightings: 'id, lastSeen', mentions: 'id, pageId' });
  await v1.table('sightings').bulkAdd(V1_SIGHTINGS);
  await v1.table('mentions').bulkAdd(V1_MENTIONS);
  v1.close();
}

describe('openDatabase', () => {
  it('creates an empty history at version 2', async () => {
    const db = unwrap(await openDatabase(uniqueName(), freshBackend()));
    expect(db.verno).toBe(2);
    expect(await db.sightings.count()).toBe(0);
  });

  it('upgrades a version 1 history and finds every record intact', async () => {
    const name = uniqueName();
    const backend = freshBackend();
    await writeVersion1(name, backend);
    const db = unwrap(await openDatabase(name, backend));

    expect(await db.sightings.toArray()).toEqual([
      { ...V1_SIGHTINGS[1], site: 'localhost' },
      { ...V1_SIGHTINGS[0], site: 'news.example.com' },
    ]);
    const { reviewed: _a, ...first } = V1_MENTIONS[0];
    const { reviewed: _b, ...second } = V1_MENTIONS[1];
    expect(await db.mentions.toArray()).toEqual([
      { ...second, site: 'localhost', review: 'unreviewed', note: '' },
      { ...first, site: 'news.example.com', review: 'confirmed', note: '' },
    ]);
  });

  it('fills the new indexes during the upgrade', async () => {
    const name = uniqueName();
    const backend = freshBackend();
    await writeVersion1(name, backend);
    const db = unwrap(await openDatabase(name, backend));
    expect(await db.mentions.where('review').equals('confirmed').count()).toBe(1);
    expect(
      await db.mentions
        .where('[site+lastSeen]')
        .between(['localhost', 0], ['localhost', 10])
        .count(),
    ).toBe(1);
    expect(unwrap(await listSightings(db, { site: 'news.example.com' }))).toHaveLength(1);
  });

  it('leaves a record it cannot read untouched rather than failing the upgrade', async () => {
    const name = uniqueName();
    const backend = freshBackend();
    const v1 = new Dexie(name, backend);
    v1.version(1).stores({ sightings: 'id, lastSeen', mentions: 'id, pageId' });
    await v1.table('mentions').add({ id: 'odd', pageId: 'x', something: 'else' });
    v1.close();
    const db = unwrap(await openDatabase(name, backend));
    expect(await db.mentions.get('odd')).toEqual({ id: 'odd', pageId: 'x', something: 'else' });
    expect(unwrap(await listSightings(db))).toEqual([]);
  });

  it('reports a blocked upgrade instead of waiting, and loses nothing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie's own notice of the block
    const name = uniqueName();
    const backend = freshBackend();
    await writeVersion1(name, backend);
    // Another window's older extension holding version 1 open, ignoring requests to close.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = backend.indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const blocked = await openDatabase(name, backend);
    expect(blocked).toMatchObject({ ok: false, error: { kind: 'blocked' } });
    if (!blocked.ok)
      expect(blocked.error.message).toMatch(/another window.*Nothing already saved was lost/);

    holder.close();
    const db = unwrap(await openDatabase(name, backend));
    expect(await db.sightings.count()).toBe(2);
    expect(await db.mentions.toArray()).toEqual([
      expect.objectContaining({ text: '$4 billion', review: 'unreviewed', site: 'localhost' }),
      expect.objectContaining({ text: '$14.3 billion', review: 'confirmed', note: '' }),
    ]);
    vi.restoreAllMocks();
  });
});
