import { describe, expect, it, vi } from 'vitest';
import type { SourcemarkDb } from '../../../lib/store/database';
import { clearHistory } from '../../../lib/store/clear-history';
import { exportJson } from '../../../lib/store/export-json';
import { importJson } from '../../../lib/store/import-json';
import { parseExport } from '../../../lib/store/parse-export';
import { recordSighting } from '../../../lib/store/record-sighting';
import { setReview } from '../../../lib/store/set-review';
import { at, figure, openFreshDb, page, unwrap } from './fixtures';

async function history(): Promise<SourcemarkDb> {
  const db = await openFreshDb();
  const figures = [
    figure(),
    figure({ text: '49%', claim: 'meta-stake-in-scale-ai', value: '49%' }),
  ];
  unwrap(
    await recordSighting(
      db,
      page('https://a.example/1?id=4', figures, 'Ünïcode — “title”'),
      at(1000),
    ),
  );
  unwrap(
    await recordSighting(
      db,
      page('https://b.example/2', [figure({ text: '=1+1', claim: undefined })]),
      at(2000),
    ),
  );
  const [first] = await db.mentions.toArray();
  unwrap(
    await setReview(db, first.id, 'needs-follow-up', 'Check with "Reuters", then the SEC filing'),
  );
  return db;
}

async function snapshot(db: SourcemarkDb) {
  return { sightings: await db.sightings.toArray(), mentions: await db.mentions.toArray() };
}

describe('export → clear → import', () => {
  it('gives back the same history', async () => {
    const db = await history();
    const before = await snapshot(db);
    const file = JSON.stringify(unwrap(await exportJson(db, 5000)));

    unwrap(await clearHistory(db));
    expect(await db.sightings.count()).toBe(0);
    const imported = unwrap(await importJson(db, unwrap(parseExport(file))));

    expect(imported).toEqual({ sightings: 2, mentions: 3 });
    expect(await snapshot(db)).toEqual(before);
    expect(JSON.stringify(unwrap(await exportJson(db, 5000)))).toBe(file);
  });

  it('restores into a different, empty database', async () => {
    const db = await history();
    const file = JSON.stringify(unwrap(await exportJson(db, 5000)));
    const other = await openFreshDb();
    unwrap(await importJson(other, unwrap(parseExport(file))));
    expect(await snapshot(other)).toEqual(await snapshot(db));
  });
});

describe('importJson', () => {
  it('duplicates nothing when the same file is imported twice', async () => {
    const db = await history();
    const before = await snapshot(db);
    const parsed = unwrap(parseExport(JSON.stringify(unwrap(await exportJson(db, 5000)))));
    unwrap(await importJson(db, parsed));
    unwrap(await importJson(db, parsed));
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps pages the file does not hold', async () => {
    const db = await history();
    const parsed = unwrap(parseExport(JSON.stringify(unwrap(await exportJson(db, 5000)))));
    unwrap(await recordSighting(db, page('https://c.example/3'), at(6000)));
    unwrap(await importJson(db, parsed));
    expect(await db.sightings.count()).toBe(3);
  });

  it('changes nothing when a bad or foreign file is refused', async () => {
    const db = await history();
    const before = await snapshot(db);
    const good = JSON.stringify(unwrap(await exportJson(db, 5000)));
    for (const text of [
      good.slice(0, 200),
      '{"format":"other"}',
      good.replace('"unreviewed"', '"maybe"'),
    ]) {
      const parsed = parseExport(text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) unwrap(await importJson(db, parsed.value));
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing and says why when the disk is full', async () => {
    const db = await history();
    const parsed = unwrap(parseExport(JSON.stringify(unwrap(await exportJson(db, 5000)))));
    unwrap(await clearHistory(db));
    unwrap(await recordSighting(db, page('https://c.example/3'), at(6000)));
    const before = await snapshot(db);
    vi.spyOn(db.mentions, 'bulkPut').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(await importJson(db, parsed)).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(await snapshot(db)).toEqual(before);
  });
});
