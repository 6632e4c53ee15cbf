import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { recordSighting } from '../../../lib/store/record-sighting';
import { attempt, toStoreError } from '../../../lib/store/store-result';
import { at, figure, openFreshDb, page, unwrap } from './fixtures';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStoreError', () => {
  it.each([
    ['a quota error', quota(), 'quota'],
    [
      'a quota error inside an aborted transaction',
      new Dexie.AbortError('Transaction aborted', quota()),
      'quota',
    ],
    [
      'a quota error among a bulk write’s failures',
      new Dexie.BulkError('1 of 2 failed', { 1: quota() }),
      'quota',
    ],
    ['a closed database', new Dexie.DatabaseClosedError(), 'blocked'],
    ['a version change by another connection', new Dexie.VersionChangeError('changed'), 'blocked'],
    ['a constraint error', new Dexie.ConstraintError('Key already exists'), 'unknown'],
    ['something that is not an error', 'boom', 'unknown'],
    ['nothing', undefined, 'unknown'],
  ])('maps %s to %s', (_what, thrown, kind) => {
    expect(toStoreError(thrown).kind).toBe(kind);
  });

  it('gives a sentence for the popup and keeps the technical error apart', () => {
    const error = toStoreError(quota());
    expect(error.message).toBe(
      "Sourcemark could not save to its history: the browser's storage for the extension is full. Export or clear old history, then try again. Nothing already saved was lost.",
    );
    expect(error.detail).toBe('QuotaExceededError: The quota has been exceeded.');
  });
});

describe('attempt', () => {
  it('returns the value of work that succeeds', async () => {
    expect(await attempt(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  it('returns the error of work that throws, instead of throwing', async () => {
    expect(await attempt(() => Promise.reject(quota()))).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
  });
});

describe('a full disk while recording', () => {
  it('fails with quota and keeps everything stored before', async () => {
    const db = await openFreshDb();
    unwrap(await recordSighting(db, page('https://a.example/1'), at(1000)));
    const before = {
      sightings: await db.sightings.toArray(),
      mentions: await db.mentions.toArray(),
    };
    vi.spyOn(db.mentions, 'bulkPut').mockImplementation(() => {
      throw quota();
    });

    const revisit = page('https://a.example/1', [figure({ verdict: 'agrees' })], 'Changed');
    expect(await recordSighting(db, revisit, at(2000))).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
    expect(await recordSighting(db, page('https://b.example/2'), at(3000))).toMatchObject({
      ok: false,
      error: { kind: 'quota' },
    });
    expect({
      sightings: await db.sightings.toArray(),
      mentions: await db.mentions.toArray(),
    }).toEqual(before);
  });
});
