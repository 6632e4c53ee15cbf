import type { SliceClock } from './schedule';

/**
 * What the content script every page runs (the pre-check) leaves for the page marker it asks
 * the background to load once the page may name a company. Both run in the extension's
 * isolated world of the same frame, which the page cannot see, so the objects pass as they
 * are: no message, nothing serialised.
 */
export type MarkerHandoff = {
  /** Aborts when the extension is reloaded or removed (see `end`): everything stops. */
  lifetime: AbortSignal;
  /** The script's time on the page: the pre-check's slices are already in it. */
  clock: SliceClock;
  /** Takes back the pre-check script's description of the page: the marker answers now. */
  takeOver(): void;
  /**
   * Ends `lifetime`, for the script that finds the extension gone (see
   * lib/dom/extension-presence.ts): the pre-check finds it while the page names no company,
   * the marker once it runs.
   */
  end(): void;
};

// A registered symbol: the same key in both scripts, which are bundled apart.
const KEY = Symbol.for('sourcemark.marker-handoff');
type Holder = { [KEY]?: MarkerHandoff };

/** Leaves `handoff` for the marker (replacing one left before). */
export function leaveHandoff(handoff: MarkerHandoff, world: object = globalThis): void {
  (world as Holder)[KEY] = handoff;
}

/**
 * Takes what the pre-check left, once: null when nothing was left (a marker loaded twice, or
 * into a frame that navigated since it asked), and the marker then does nothing.
 */
export function takeHandoff(world: object = globalThis): MarkerHandoff | null {
  const holder = world as Holder;
  const handoff = holder[KEY] ?? null;
  delete holder[KEY];
  return handoff;
}
