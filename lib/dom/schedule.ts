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

/**
 * Resolves in a task after the browser has drawn its next frame, or after FRAME_WAIT_LIMIT_MS
 * if none comes (a hidden tab draws none); at the next task where there are no frames.
 */
export function afterNextFrame(win: SchedulerWindow): Promise<void> {
  if (typeof win.requestAnimationFrame !== 'function') return yieldToBrowser(win);
  return new Promise<void>((resolve) => {
    const timer = win.setTimeout(resolve, FRAME_WAIT_LIMIT_MS);
    win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      // The frame is drawn after its animation-frame callbacks: resume after that.
      void yieldToBrowser(win).then(resolve);
    });
  });
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
