import Dexie, { type Table } from 'dexie';
import {
  mentionV1Schema,
  sightingV1Schema,
  upgradeMentionV1,
  upgradeSightingV1,
} from './legacy-v1';
import type { MentionRecord, SightingRecord } from './schema';
import { attempt, storeFailure, type StoreResult } from './store-result';

/** The database's name in the extension's origin. */
export const DATABASE_NAME = 'sourcemark-history';

/**
 * The IndexedDB implementation to use: the browser's by default, fake-indexeddb's in tests
 * (one fresh `IDBFactory` per test keeps tests apart).
 */
export type IndexedDbBackend = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/**
 * Sourcemark's history: the pages the reader saw figures on (`sightings`) and each figure
 * (`mentions`). Each schema change is a new `version()` step and never edits an old one
 * (dexie.org/docs/Tutorial/Design#database-versioning).
 */
export class SourcemarkDb extends Dexie {
  sightings!: Table<SightingRecord, string>;
  mentions!: Table<MentionRecord, string>;

  constructor(name: string = DATABASE_NAME, backend?: IndexedDbBackend) {
    super(name, backend ? { indexedDB: backend.indexedDB, IDBKeyRange: backend.IDBKeyRange } : {});
    // Version 1: a `reviewed` flag per mention, no site, no note.
    this.version(1).stores({ sightings: 'id, lastSeen', mentions: 'id, pageId' });
    // Version 2: review states and notes, and the site on every record so history can be
    // cleared per site and filtered by claim, verdict and review state.
    this.version(2)
      .stores({
        sightings: 'id, lastSeen, site',
        mentions: 'id, pageId, site, [site+lastSeen], review, claim, verdict',
      })
      .upgrade(async (tx) => {
        await tx
          .table('sightings')
          .toCollection()
          .modify((row: unknown, ref: { value: unknown }) => {
            const old = sightingV1Schema.safeParse(row);
            if (old.success) ref.value = upgradeSightingV1(old.data);
          });
        await tx
          .table('mentions')
          .toCollection()
          .modify((row: unknown, ref: { value: unknown }) => {
            const old = mentionV1Schema.safeParse(row);
            if (old.success) ref.value = upgradeMentionV1(old.data);
          });
      });
  }
}

/**
 * Opens (creating or upgrading) the history database. Resolves with a `blocked` failure,
 * instead of waiting, when another connection holding an older version will not close; the
 * records already stored are not touched and opening can be tried again.
 */
export function openDatabase(
  name: string = DATABASE_NAME,
  backend?: IndexedDbBackend,
): Promise<StoreResult<SourcemarkDb>> {
  const db = new SourcemarkDb(name, backend);
  return new Promise((resolve) => {
    db.on('blocked', () => {
      resolve({ ok: false, error: storeFailure('blocked') });
      db.close();
    });
    void attempt(async () => {
      await db.open();
      return db;
    }).then(resolve);
  });
}
