import { describe, expect, it } from 'vitest';
import { createSliceClock, createYielder, FRAME_EVERY_MS } from '../../../lib/dom/schedule';

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

describe('createYielder', () => {
  /** A yielder on a window whose clock the test moves, with frames and timers the test fires. */
  function yielderIn(visibilityState: DocumentVisibilityState) {
    const frames: FrameRequestCallback[] = [];
    const timers = new Map<number, () => void>();
    let nextTimer = 1;
    let now = 0;
    const win = {
      performance: { now: () => now },
      document: { visibilityState },
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      setTimeout: (callback: () => void) => {
        timers.set(nextTimer, callback);
        return nextTimer++;
      },
      clearTimeout: (id: number) => timers.delete(id),
      scheduler: { yield: () => Promise.resolve() },
    } as unknown as Window & typeof globalThis;
    return {
      yieldNow: createYielder(win),
      frames,
      timers,
      spend: (ms: number) => (now += ms),
    };
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
