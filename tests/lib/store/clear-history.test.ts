import { describe, expect, it } from 'vitest';
import { clearHistory, clearSite } from '../../../lib/store/clear-history';
import { recordSighting } from '../../../lib/store/record-sighting';
import { at, figure, openFreshDb, page, unwrap } from './fixtures';

async function dbWithThreePages() {
  const db = await openFreshDb();
  const two = [figure(), figure({ text: '49%', claim: 'meta-stake-in-scale-ai' })];
  unwrap(await recordSighting(db, page('https://a.example/1', two), at(1000)));
  unwrap(await recordSighting(db, page('https://a.example/2'), at(2000)));
  unwrap(await recordSighting(db, page('https://b.example/1'), at(3000)));
  return db;
}

describe('clearHistory', () => {
  it('deletes every page and mention and says how many', async () => {
    const db = await dbWithThreePages();
    expect(unwrap(await clearHistory(db))).toEqual({ sightings: 3, mentions: 4 });
    expect(await db.sightings.count()).toBe(0);
    expect(await db.mentions.count()).toBe(0);
  });
});

describe('clearSite', () => {
  it("deletes one site's pages and mentions and keeps the others", async () => {
    const db = await dbWithThreePages();
    expect(unwrap(await clearSite(db, 'a.example'))).toEqual({ sightings: 2, mentions: 3 });
    expect((await db.sightings.toArray()).map((s) => s.id)).toEqual(['https://b.example/1']);
    expect((await db.mentions.toArray()).map((m) => m.pageId)).toEqual(['https://b.example/1']);
  });

  it('removes nothing for a site not in the history', async () => {
    const db = await dbWithThreePages();
    expect(unwrap(await clearSite(db, 'c.example'))).toEqual({ sightings: 0, mentions: 0 });
    expect(await db.sightings.count()).toBe(3);
  });
});
