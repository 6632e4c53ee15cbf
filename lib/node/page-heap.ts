/**
 * A page's JavaScript heap, read through the DevTools protocol: for the benchmark's memory
 * figures and the browser test that memory does not grow with a page's changes. Both are
 * read after a full garbage collection, so only what something still holds counts. The heap
 * is the page's whole isolate: the page's own world and every content script's world.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Collects garbage twice: the first collection may leave what only finalisers freed. */
async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

/** Runs `read` with a DevTools session on `page`, detached afterwards. */
async function withSession<T>(page: Page, read: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await read(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Bytes of the page's heap in use after a full garbage collection. */
export function heapUsedAfterGc(page: Page): Promise<number> {
  return withSession(page, async (cdp) => {
    await collectGarbage(cdp);
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  });
}

/** What a heap snapshot's header says about its flat arrays. */
type SnapshotMeta = {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
};

/**
 * The kinds of heap node that a leak of a page's or a script's own data shows up as: objects
 * (a context, which holds a closure's variables, is one too), functions, regular expressions,
 * and DOM nodes and other native objects. Left out: code, which the engine compiles and
 * drops as it optimises, and its own internal arrays, caches and strings.
 */
const COUNTED_TYPES = new Set(['object', 'closure', 'regexp', 'native']);

/**
 * How many objects the page's heap holds after a full garbage collection (see
 * COUNTED_TYPES), counted from a heap snapshot. The engine's own (names starting
 * "system /") are left out, except closure contexts ("system / Context"), which a leaked
 * closure keeps alive.
 */
export function liveObjectCount(page: Page): Promise<number> {
  return withSession(page, async (cdp) => {
    await collectGarbage(cdp);
    const chunks: string[] = [];
    const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    try {
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    }
    const snapshot = JSON.parse(chunks.join('')) as {
      snapshot: { meta: SnapshotMeta };
      nodes: number[];
      strings: string[];
    };
    const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta;
    const typeNames = nodeTypes[0];
    const width = fields.length;
    const typeAt = fields.indexOf('type');
    const nameAt = fields.indexOf('name');
    let count = 0;
    for (let i = 0; i < snapshot.nodes.length; i += width) {
      if (!COUNTED_TYPES.has(typeNames[snapshot.nodes[i + typeAt]])) continue;
      const name = snapshot.strings[snapshot.nodes[i + nameAt]];
      if (name.startsWith('system /') && name !== 'system / Context') continue;
      count++;
    }
    return count;
  });
}
