import { describe, expect, it } from 'vitest';
import { leaveHandoff, takeHandoff, type MarkerHandoff } from '../../../lib/dom/marker-handoff';
import { createSliceClock } from '../../../lib/dom/schedule';

function handoff(): MarkerHandoff {
  return {
    lifetime: new AbortController().signal,
    clock: createSliceClock(() => 0),
    takeOver: () => undefined,
    end: () => undefined,
  };
}

describe('the handoff from the pre-check to the page marker', () => {
  it('passes the very objects left, once', () => {
    const world = {};
    const left = handoff();
    leaveHandoff(left, world);
    expect(takeHandoff(world)).toBe(left);
    // A marker loaded a second time finds nothing, and so does nothing.
    expect(takeHandoff(world)).toBeNull();
  });

  it('finds nothing where nothing was left, and the latest where two were', () => {
    expect(takeHandoff({})).toBeNull();
    const world = {};
    const first = handoff();
    const second = handoff();
    leaveHandoff(first, world);
    leaveHandoff(second, world);
    expect(takeHandoff(world)).toBe(second);
  });

  it('is invisible to string keys (a page-side script naming it finds nothing)', () => {
    const world: Record<string, unknown> = {};
    leaveHandoff(handoff(), world);
    expect(Object.keys(world)).toEqual([]);
    expect(JSON.stringify(world)).toBe('{}');
  });
});
