import { describe, expect, it } from 'vitest';
import {
  createSliceClock,
  createYielder,
  FAST_FRAME_MS,
  FIRST_WRAPS_PER_FRAME,
  FRAME_EVERY_MS,
  SerialBatches,
  SLOW_FRAME_MS,
  timeNextFrame,
  WrapPacing,
} from '../../../lib/dom/schedule';

describe('createSliceClock', () => {
  it('sums slices, keeps the longest, and tells the phases apart', () => {
    let now = 0;
    const clock = createSliceClock(() => now);
    const spend = (ms: number) => () => {
      now += ms;
      return ms;
    };
    expect(clock.measure(spend(5), 'read')).toBe(5);
    clock.measure(spend(3), 'read');
    clock.measure(spend(7), 'match');
    clock.measure(spend(2));
    expect(clock.totals()).toEqual({
      scriptMs: 17,
      longestSliceMs: 7,
      slices: 4,
      phaseMs: { read: 8, match: 7, draw: 0 },
    });
  });

  it('counts a slice that throws', () => {
    let now = 0;
    const clock = createSliceClock(() => now);
    expect(() =>
      clock.measure(() => {
        now += 4;
        throw new Error('page changed');
      }, 'draw'),
    ).toThrow('page changed');
    expect(clock.totals()).toMatchObject({ scriptMs: 4, phaseMs: { draw: 4 } });
  });
});

/** A window whose clock the test moves, with frames and timers the test fires. */
function windowIn(visibilityState: DocumentVisibilityState) {
  const frames: FrameRequestCallback[] = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  let now = 0;
  // The task after a frame: the browser has drawn it meanwhile, which the test's clock sets.
  let drawing = 0;
  const win = {
    performance: { now: () => now },
    document: { visibilityState },
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    setTimeout: (callback: () => void) => {
      timers.set(nextTimer, callback);
      return nextTimer++;
    },
    clearTimeout: (id: number) => timers.delete(id),
    scheduler: {
      yield: () =>
        Promise.resolve().then(() => {
          now += drawing;
          drawing = 0;
        }),
    },
  } as unknown as Window & typeof globalThis;
  return {
    win,
    frames,
    timers,
    spend: (ms: number) => (now += ms),
    /** The next frame takes `ms` to draw after its callbacks. */
    drawIn: (ms: number) => (drawing = ms),
  };
}

describe('timeNextFrame', () => {
  it('resolves after the next frame with how long the browser took to draw it', async () => {
    const { win, frames, drawIn } = windowIn('visible');
    const timed = timeNextFrame(win);
    expect(frames).toHaveLength(1);
    drawIn(12);
    frames[0](0);
    expect(await timed).toBe(12);
  });

  it('resolves with null when no frame comes in time', async () => {
    const { win, timers } = windowIn('hidden');
    const timed = timeNextFrame(win);
    [...timers.values()][0]();
    expect(await timed).toBeNull();
  });
});

describe('WrapPacing', () => {
  // Still pacing: however many wraps, a frame is due at some count.
  const isPacing = (pacing: WrapPacing) => !pacing.allows(Number.MAX_SAFE_INTEGER);

  it('allows FIRST_WRAPS_PER_FRAME wraps, then waits for a frame', () => {
    const pacing = new WrapPacing();
    expect(isPacing(pacing)).toBe(true);
    expect(pacing.allows(FIRST_WRAPS_PER_FRAME - 1)).toBe(true);
    expect(pacing.allows(FIRST_WRAPS_PER_FRAME)).toBe(false);
  });

  it('doubles the batch after a fast frame and keeps it after a middling one', () => {
    const pacing = new WrapPacing();
    pacing.frameDrawn(FAST_FRAME_MS - 1);
    expect(pacing.allows(2 * FIRST_WRAPS_PER_FRAME - 1)).toBe(true);
    expect(pacing.allows(2 * FIRST_WRAPS_PER_FRAME)).toBe(false);
    pacing.frameDrawn(SLOW_FRAME_MS);
    expect(pacing.allows(2 * FIRST_WRAPS_PER_FRAME)).toBe(false);
    expect(isPacing(pacing)).toBe(true);
  });

  it('stops pacing after a slow frame, or when no frame came', () => {
    for (const drawn of [SLOW_FRAME_MS + 1, null]) {
      const pacing = new WrapPacing();
      pacing.frameDrawn(drawn);
      expect(isPacing(pacing)).toBe(false);
      expect(pacing.allows(1e6)).toBe(true);
    }
  });
});

describe('createYielder', () => {
  function yielderIn(visibilityState: DocumentVisibilityState) {
    const { win, frames, timers, spend } = windowIn(visibilityState);
    return { yieldNow: createYielder(win), frames, timers, spend };
  }

  /** Whether `promise` has settled once pending microtasks ran. */
  async function settled(promise: Promise<void>): Promise<boolean> {
    let done = false;
    void promise.then(() => (done = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return done;
  }

  it('yields without waiting for a frame until FRAME_EVERY_MS of work has passed', async () => {
    const { yieldNow, frames, spend } = yielderIn('visible');
    spend(FRAME_EVERY_MS - 1);
    expect(await settled(yieldNow())).toBe(true);
    expect(frames).toHaveLength(0);
  });

  it('then resumes only after the next animation frame', async () => {
    const { yieldNow, frames, spend } = yielderIn('visible');
    spend(FRAME_EVERY_MS);
    const waiting = yieldNow();
    expect(await settled(waiting)).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0](0);
    expect(await settled(waiting)).toBe(true);
    // The clock starts again from that frame.
    spend(10);
    expect(await settled(yieldNow())).toBe(true);
    expect(frames).toHaveLength(1);
  });

  it('goes on without a frame when none comes in time', async () => {
    const { yieldNow, timers, spend } = yielderIn('visible');
    spend(FRAME_EVERY_MS);
    const waiting = yieldNow();
    expect(await settled(waiting)).toBe(false);
    [...timers.values()][0]();
    expect(await settled(waiting)).toBe(true);
  });

  it('never waits for a frame in a hidden tab (it would get none)', async () => {
    const { yieldNow, frames, spend } = yielderIn('hidden');
    spend(FRAME_EVERY_MS * 3);
    expect(await settled(yieldNow())).toBe(true);
    expect(frames).toHaveLength(0);
  });
});

describe('SerialBatches', () => {
  // A batch runner that finishes each batch only when told to.
  function recorder() {
    const runs: number[][] = [];
    const finish: (() => void)[] = [];
    const batches = new SerialBatches<number>(
      (batch) =>
        new Promise<void>((resolve) => {
          runs.push([...batch]);
          finish.push(resolve);
        }),
    );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    return { runs, finish, batches, settle };
  }

  it('runs one batch at a time, and gathers what is added meanwhile into one', async () => {
    const { runs, finish, batches, settle } = recorder();
    batches.add([1]);
    await settle();
    expect(runs).toEqual([[1]]);
    // A page changing 50 times while its first change is being marked.
    for (let i = 2; i <= 51; i++) batches.add([i, i % 5]);
    await settle();
    expect(runs).toHaveLength(1);
    finish[0]();
    await settle();
    expect(runs).toHaveLength(2);
    expect(new Set(runs[1])).toEqual(
      new Set([...Array.from({ length: 50 }, (_, i) => i + 2), 0, 1, 2, 3, 4]),
    );
    finish[1]();
    await batches.done();
    batches.add([7]);
    await settle();
    expect(runs.at(-1)).toEqual([7]);
  });

  it('runs the next batch after one that failed', async () => {
    const runs: number[][] = [];
    const batches = new SerialBatches<number>(async (batch) => {
      runs.push([...batch]);
      if (batch.has(1)) throw new Error('its block went away');
    });
    batches.add([1]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    batches.add([2]);
    await batches.done();
    expect(runs).toEqual([[1], [2]]);
  });
});
