/**
 * The history, end to end: visiting a page with marked figures records a sighting in the
 * background's IndexedDB (read here straight from the service worker), and a revisit
 * updates it instead of adding a second one.
 */
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpHarness, waitForPageState } from './support/browser';

const harness = setUpHarness();

type Stored = { sightings: { id: string; title: string }[]; mentions: { text: string }[] };

/** Reads the history database's two tables from the service worker. */
function readHistory(sw: Worker): Promise<Stored> {
  return sw.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('sourcemark-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('sightings')) {
            db.close();
            resolve({ sightings: [], mentions: [] });
            return;
          }
          const tx = db.transaction(['sightings', 'mentions'], 'readonly');
          const sightings = tx.objectStore('sightings').getAll();
          const mentions = tx.objectStore('mentions').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ sightings: sightings.result, mentions: mentions.result });
          };
        };
      }),
  );
}

async function waitForHistory(sw: Worker, done: (s: Stored) => boolean): Promise<Stored> {
  let last: Stored = { sightings: [], mentions: [] };
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    last = await readHistory(sw);
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  return last;
}

describe('the history', { timeout: 60_000 }, () => {
  it('records the figures a page showed, and a revisit updates rather than duplicates', async () => {
    for (let visit = 1; visit <= 2; visit++) {
      const page = await harness.open('demo.html', 'paint');
      try {
        const state = await waitForPageState(harness.sw, page, (s) => s.ready, 'marks');
        const figures = state.mentions.filter((m) => m.kind === 'figure').length;
        const stored = await waitForHistory(harness.sw, (s) => s.mentions.length >= figures);
        expect(stored.sightings).toHaveLength(1);
        expect(stored.sightings[0].title).toMatch(/Meta/);
        expect(stored.mentions).toHaveLength(figures);
        expect(stored.mentions.map((m) => m.text)).toContain('$14.3 billion');
      } finally {
        await page.close();
      }
    }
  });
});
