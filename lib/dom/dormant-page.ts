import type { SliceTotals } from './schedule';

/**
 * What the content script every page runs says about a page it has not marked (its pre-check
 * is pending, the page names no company, or the marker is loading). It registers no message
 * listener for that: touching the extension's messaging API costs every page more than its
 * pre-check's whole top level does (see README, "Speed"). It leaves a description of the page
 * in the extension's isolated world instead, under a registered symbol, which the extension's
 * views read with `scripting.executeScript` ({@link describeDormantPage}) when no script
 * answers their message (see lib/dormant-page-state.ts).
 */
export const DORMANT_PAGE_KEY = 'sourcemark.dormant-page';

/** A page the content script has not marked, as it tells it; the settings as stored. */
export type DormantPage = {
  url: string;
  title: string;
  /** True once the page was found to name no company and only the watch runs. */
  dormant: boolean;
  /** The script's time on the page so far. */
  totals: SliceTotals;
  /** The stored settings, unparsed: the reader parses them (the script bundles no zod). */
  settings: unknown;
};

type Holder = { [key: symbol]: unknown };

/**
 * Leaves `describe` for the extension's views, in `world` (the isolated world's global).
 * Returns a function that takes it back, once the marker answers messages or the script stops.
 */
export function offerDormantPage(
  describe: () => Promise<DormantPage>,
  world: object = globalThis,
): () => void {
  const holder = world as Holder;
  const key = Symbol.for(DORMANT_PAGE_KEY);
  holder[key] = describe;
  return () => {
    if (holder[key] === describe) delete holder[key];
  };
}

/**
 * The description {@link offerDormantPage} left in this frame, or null when none was left (no
 * content script ran here, or the marker answers messages now). Runs in the page's isolated
 * world through `scripting.executeScript`, which sends it as source: it names nothing from
 * outside itself, so the key comes as an argument (pass {@link DORMANT_PAGE_KEY}).
 */
export function describeDormantPage(key: string): Promise<unknown> | null {
  const describe = (globalThis as unknown as Holder)[Symbol.for(key)];
  return typeof describe === 'function' ? (describe as () => Promise<unknown>)() : null;
}
