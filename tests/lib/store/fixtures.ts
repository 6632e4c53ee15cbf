import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  openDatabase,
  type IndexedDbBackend,
  type SourcemarkDb,
} from '../../../lib/store/database';
import type { FigureSighting, PageSighting } from '../../../lib/store/schema';

/** A fresh, empty in-memory IndexedDB (fake-indexeddb), so no test sees another's data. */
export function freshBackend(): IndexedDbBackend {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

let databases = 0;

/**
 * A database name no other test uses. Dexie tells every open connection with the same name
 * when one is blocked, even on another IndexedDB, so names are not shared between tests.
 */
export function uniqueName(): string {
  databases += 1;
  return `test-history-${databases}`;
}

/** Opens the history database on a fresh in-memory IndexedDB; throws if it cannot. */
export async function openFreshDb(backend = freshBackend()): Promise<SourcemarkDb> {
  const opened = await openDatabase(uniqueName(), backend);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

/** A figure as the content script reports it, from the seed sentences' figures. */
export function figure(overrides: Partial<FigureSighting> = {}): FigureSighting {
  return {
    id: 'm1',
    kind: 'figure',
    text: '$14.3 billion',
    claim: 'meta-investment-in-scale-ai',
    value: '$14.3 billion',
    verdict: 'mixed',
    agree: ['002_meta_scale'],
    disagree: ['001_analyst'],
    quote: 'Meta invested $14.3 billion in Scale AI for a 49% stake.',
    ...overrides,
  };
}

/** A page showing the given figures. */
export function page(
  url: string,
  mentions: FigureSighting[] = [figure()],
  title = 'A story',
): PageSighting {
  return { url, title, mentions };
}

/** Recording options at a given time, in a normal window, with room for many pages. */
export function at(now: number, limit = 100) {
  return { now, incognito: false, limit };
}

/** Unwraps a StoreResult in a test, failing with its message when it is an error. */
export function unwrap<T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
