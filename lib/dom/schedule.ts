/** How long one slice of work may run before giving the main thread back (ms). */
export const SLICE_BUDGET_MS = 8;

type SchedulerWindow = Window & typeof globalThis & { scheduler?: { yield?: () => Promise<void> } };

/**
 * Gives the main thread back, to be resumed as soon as the browser has handled pending input
 * and rendering: `scheduler.yield()` where there is one, else a message-channel task (not
 * `setTimeout`, which browsers clamp to 4 ms when nested).
 */
export function yieldToBrowser(win: SchedulerWindow): Promise<void> {
  if (win.scheduler?.yield) return win.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The longest a visible page goes without a frame while marks are being made (ms). */
export const FRAME_EVERY_MS = 50;
/** How long to wait for a frame before going on without one (a page the browser stopped drawing). */
const FRAME_WAIT_LIMIT_MS = 100;

// Resolves in a task after the browser has drawn its next frame (it is drawn after its
// animation-frame callbacks), with what `measure`, started in those callbacks, returns then;
// with `none` after FRAME_WAIT_LIMIT_MS if no frame comes (a hidden tab draws none), and at
// the next task where there are no frames.
function afterFrame<T>(win: SchedulerWindow, measure: () => () => T, none: T): Promise<T> {
  if (typeof win.requestAnimationFrame !== 'function') return yieldToBrowser(win).then(() => none);
  return new Promise((resolve) => {
    const timer = win.setTimeout(() => resolve(none), FRAME_WAIT_LIMIT_MS);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      const finish = measure();
      void yieldToBrowser(win).then(() => resolve(finish()));
    });
  });
}

/** Resolves in a task after the browser has drawn its next frame (see {@link timeNextFrame}). */
export function afterNextFrame(win: SchedulerWindow): Promise<void> {
  return afterFrame(win, () => () => undefined, undefined);
}

/**
 * Resolves in a task after the browser has drawn its next frame, with how long drawing it
 * took (from its animation-frame callbacks to that task: style, layout and paint); or with
 * null after FRAME_WAIT_LIMIT_MS if no frame comes, and at the next task where there are no
 * frames.
 */
export function timeNextFrame(win: SchedulerWindow): Promise<number | null> {
  const time = () => {
    const started = win.performance.now();
    return () => win.performance.now() - started;
  };
  return afterFrame<number | null>(win, time, null);
}

/** Mentions wrapped before the first frame that {@link WrapPacing} waits for. */
export const FIRST_WRAPS_PER_FRAME = 128;
/** A frame drawn faster than this lets twice as many mentions be wrapped before the next. */
export const FAST_FRAME_MS = 20;
/** A frame slower than this ends the pacing: the page costs that much to draw, however few. */
export const SLOW_FRAME_MS = 40;

/**
 * How many mentions to wrap in elements before the browser draws a frame. The browser lays
 * out every paragraph a mark went into before it draws again: with all of a 1 MB page's
 * marks wrapped between two frames, a frame took 50 to 70 ms; wrapped a few hundred at a
 * time, none took over 50. Each frame's drawing time sets the next batch: a fast frame
 * doubles it. On a page that costs the browser a slow frame whatever changed (5 MB of text
 * takes some 50 ms to lay out and paint after any change), pacing would only add slow frames,
 * so it ends there and the rest is wrapped as fast as the slices allow.
 */
export class WrapPacing {
  private perFrame = FIRST_WRAPS_PER_FRAME;
  private paced = true;

  /** How many more mentions may be wrapped before the next frame, `wrapped` done already. */
  allows(wrapped: number): boolean {
    return !this.paced || wrapped < this.perFrame;
  }

  /** Takes the drawing time of the frame waited for (null: none came) into account. */
  frameDrawn(drawMs: number | null): void {
    if (drawMs === null || drawMs > SLOW_FRAME_MS) this.paced = false;
    else if (drawMs < FAST_FRAME_MS) this.perFrame *= 2;
  }
}

/**
 * A `yieldToBrowser` that also lets the page draw a frame at least every FRAME_EVERY_MS
 * while it is visible. Yielding gives the browser a chance to draw, but it may run our next
 * slice first: on a 1 MB page whole marking passes went by in one 100 ms frame, so scrolling
 * stalled. When a frame is due, this waits for the next animation frame and resumes after
 * it has been drawn (or after FRAME_WAIT_LIMIT_MS, if none comes).
 */
export function createYielder(win: SchedulerWindow): () => Promise<void> {
  let lastFrame = win.performance.now();
  return async () => {
    const frameDue = win.performance.now() - lastFrame >= FRAME_EVERY_MS;
    if (frameDue && win.document.visibilityState === 'visible') {
      await afterNextFrame(win);
      lastFrame = win.performance.now();
    } else {
      await yieldToBrowser(win);
    }
  };
}

/**
 * Resolves once the page has loaded and the browser reports an idle period (or after
 * `timeoutMs`), so marks are never made before a page's scripts have hydrated it.
 */
export function waitForIdle(win: Window & typeof globalThis, timeoutMs = 2000): Promise<void> {
  const idle = () =>
    new Promise<void>((resolve) => {
      if (typeof win.requestIdleCallback === 'function') {
        win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      } else {
        win.setTimeout(resolve, 50);
      }
    });
  if (win.document.readyState === 'complete') return idle();
  return new Promise((resolve) => {
    win.addEventListener('load', () => void idle().then(resolve), { once: true });
  });
}

/** The phases of marking a page whose time is told apart. */
export type Phase = 'read' | 'match' | 'draw';

/** Time spent in slices of work: their sum, the longest, how many, and the sum per phase. */
export type SliceTotals = {
  scriptMs: number;
  longestSliceMs: number;
  slices: number;
  phaseMs: Record<Phase, number>;
};

/** Times slices of work (see {@link SliceTotals}). */
export type SliceClock = {
  /** Runs `work` as one slice and adds its duration (to `phase` too, when given). */
  measure<T>(work: () => T, phase?: Phase): T;
  totals(): SliceTotals;
};

/** A clock over `now` (pass `performance.now` bound to the page). */
export function createSliceClock(now: () => number): SliceClock {
  let scriptMs = 0;
  let longestSliceMs = 0;
  let slices = 0;
  const phaseMs: Record<Phase, number> = { read: 0, match: 0, draw: 0 };
  return {
    measure(work, phase) {
      const started = now();
      try {
        return work();
      } finally {
        const spent = now() - started;
        scriptMs += spent;
        longestSliceMs = Math.max(longestSliceMs, spent);
        slices++;
        if (phase) phaseMs[phase] += spent;
      }
    },
    totals: () => ({ scriptMs, longestSliceMs, slices, phaseMs: { ...phaseMs } }),
  };
}

/**
 * Runs `work` on batches of items one at a time, in order. Items added while a batch waits
 * its turn join that batch, so at most one runs and one waits: a page that changes faster
 * than it can be marked again queues one batch of changed nodes, not one per change (each
 * would hold its nodes and a promise until its turn, growing with the page's changes).
 */
export class SerialBatches<T> {
  private waiting: Set<T> | null = null;
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly work: (batch: Set<T>) => Promise<void>) {}

  /** Adds `items` to the batch that runs next. */
  add(items: Iterable<T>): void {
    if (this.waiting) {
      for (const item of items) this.waiting.add(item);
      return;
    }
    const batch = new Set(items);
    this.waiting = batch;
    // A batch that fails goes unmarked (until its nodes change again); the next still runs.
    this.last = this.last
      .then(() => {
        this.waiting = null;
        return this.work(batch);
      })
      .catch(() => undefined);
  }

  /** Resolves once every batch added so far has run. */
  done(): Promise<void> {
    return this.last;
  }
}
