/**
 * `npm run bench`, memory part: what the content script keeps in a page's heap, and whether
 * that grows as the page changes. Everything is read after a full garbage collection, next to
 * the same page without the extension in the same run.
 *
 * - Heap: the page's heap in use once its marks are in place (the page's own world and the
 *   content script's), against the page alone.
 * - Growth with changes: a marked paragraph is re-rendered as React re-creates nodes (its
 *   children replaced by copies), five times a round, a round every ROUND_MS (longer than the
 *   change watcher gathers changes, so every round is read and marked again). The live
 *   objects (see `liveObjectCount`) are counted after WARM_UP_ROUNDS (with a count of their
 *   own in their middle, see `objectsAddedByRerenders`) and again after
 *   MEASURED_ROUNDS more, each time once the counts stop falling (see `settledObjectCount`);
 *   compiled code is left out of the count, as the engine compiles and drops it as it likes.
 */
import type { Page } from 'playwright-core';
import { liveObjectCount } from './page-heap';

/** Rounds before the first count: the first rounds compile and warm up the script's code. */
export const WARM_UP_ROUNDS = 20;
/** Rounds between the two counts. */
export const MEASURED_ROUNDS = 60;
/** How far apart the rounds are (ms): more than the change watcher's 120 ms of gathering. */
const ROUND_MS = 140;
/**
 * The most live objects the rounds may add: one object kept per round would add
 * MEASURED_ROUNDS; this allows for one kept in three, and for nothing that grows with them.
 */
export const MAX_OBJECTS_ADDED = MEASURED_ROUNDS / 3;

// Page code as source text (bundlers add helpers to named functions). Re-renders the first
// paragraph that names a company, or the element `selector` picks.
const RERENDER_CALL = `async ({ rounds, every, selector }) => {
  const target = selector
    ? document.querySelector(selector)
    : [...document.querySelectorAll('p')].find((p) => /Meta|Scale AI/.test(p.textContent));
  if (!target) throw new Error('no paragraph to re-render');
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 5; i++) {
      target.replaceChildren(...Array.from(target.childNodes, (node) => node.cloneNode(true)));
    }
    await new Promise((done) => setTimeout(done, every));
  }
}`;

/** Re-renders a paragraph of `page` for `rounds` rounds (see the module comment). */
export async function rerender(page: Page, rounds: number, selector?: string): Promise<void> {
  const args = { rounds, every: ROUND_MS, selector: selector ?? null };
  await page.evaluate(`(${RERENDER_CALL})(${JSON.stringify(args)})`);
  // The last round's changes are gathered, read and marked.
  await page.waitForTimeout(3 * ROUND_MS);
}

/** How long to leave the page alone between two counts of its objects (ms). */
const SETTLE_MS = 500;
/** The most counts taken after the first while they fall. */
const MAX_RECOUNTS = 3;

/**
 * The page's live objects once the last round has been marked: on a busy machine marking can
 * still be under way at the first count, and its objects are held until it ends. So counts are
 * taken SETTLE_MS apart while they fall, and the least is kept: growth is what stays.
 */
async function settledObjectCount(page: Page): Promise<number> {
  let least = await liveObjectCount(page);
  for (let recount = 0; recount < MAX_RECOUNTS; recount++) {
    await page.waitForTimeout(SETTLE_MS);
    const count = await liveObjectCount(page);
    if (count >= least) break;
    least = count;
  }
  return least;
}

/** The live objects the measured rounds added to `page`'s heap (after the warm-up rounds). */
export async function objectsAddedByRerenders(page: Page, selector?: string): Promise<number> {
  // A page's first count is not like the later ones: in the rounds after it, a few hundred of
  // the page's live nodes get their JS wrappers back, once (on the 200 KB bench page counts
  // taken every 5 rounds went 0, +456, then stayed within 466 to 475 for 55 rounds). So the
  // warm-up has one count of its own, in its middle, and the measured counts come after.
  await rerender(page, WARM_UP_ROUNDS / 2, selector);
  await liveObjectCount(page);
  await rerender(page, WARM_UP_ROUNDS / 2, selector);
  const before = await settledObjectCount(page);
  await rerender(page, MEASURED_ROUNDS, selector);
  return (await settledObjectCount(page)) - before;
}
