import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../lib/store/export-json';
import { historyExportSchema } from '../../../lib/store/export-schema';
import { recordSighting } from '../../../lib/store/record-sighting';
import { at, openFreshDb, page, unwrap } from './fixtures';

describe('exportJson', () => {
  it('exports every record under the format name and version', async () => {
    const db = await openFreshDb();
    unwrap(await recordSighting(db, page('https://b.example/2'), at(2000)));
    unwrap(await recordSighting(db, page('https://a.example/1'), at(1000)));
    const exported = unwrap(await exportJson(db, 9000));
    expect(exported).toMatchObject({ format: 'sourcemark-history', version: 2, exportedAt: 9000 });
    expect(exported.sightings.map((s) => s.id)).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
    expect(exported.mentions).toEqual(await db.mentions.toArray());
    expect(historyExportSchema.parse(JSON.parse(JSON.stringify(exported)))).toEqual(exported);
  });

  it('exports an empty history as empty lists', async () => {
    const db = await openFreshDb();
    expect(unwrap(await exportJson(db, 1))).toEqual({
      format: 'sourcemark-history',
      version: 2,
      exportedAt: 1,
      sightings: [],
      mentions: [],
    });
  });

  it('fails as data, not by throwing, when the database is closed', async () => {
    const db = await openFreshDb();
    db.close({ disableAutoOpen: true });
    expect(await exportJson(db, 1)).toMatchObject({ ok: false, error: { kind: 'blocked' } });
  });
});
