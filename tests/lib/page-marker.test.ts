import { describe, expect, it } from 'vitest';
import { loadPageMarkerResponseSchema, loadPageMarkerSchema } from '../../lib/content-requests';
import { loadPageMarker, PAGE_MARKER_FILE, type ScriptRunner } from '../../lib/page-marker';

/** A scripting API that records each injection and then does what `outcome` says. */
function recordingRunner(outcome: () => Promise<unknown> = async () => [{ result: undefined }]) {
  const calls: Parameters<ScriptRunner['executeScript']>[0][] = [];
  const runner: ScriptRunner = {
    executeScript: (injection) => {
      calls.push(injection);
      return outcome();
    },
  };
  return { runner, calls };
}

describe('loadPageMarker', () => {
  it('loads the marker into the asking frame of the asking tab, at once', async () => {
    const { runner, calls } = recordingRunner();
    const answer = await loadPageMarker(runner, { tab: { id: 7 }, frameId: 3 });
    expect(answer).toEqual({ ok: true });
    expect(calls).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: [PAGE_MARKER_FILE], injectImmediately: true },
    ]);
    expect(loadPageMarkerResponseSchema.safeParse(answer).success).toBe(true);
  });

  it('loads into the top frame when the sender names no frame', async () => {
    const { runner, calls } = recordingRunner();
    await loadPageMarker(runner, { tab: { id: 2 } });
    expect(calls[0].target).toEqual({ tabId: 2, frameIds: [0] });
  });

  it('refuses a sender that is not a tab, and loads nothing', async () => {
    const { runner, calls } = recordingRunner();
    const answer = await loadPageMarker(runner, { frameId: 0 });
    expect(answer.ok).toBe(false);
    expect(calls).toEqual([]);
    expect(loadPageMarkerResponseSchema.safeParse(answer).success).toBe(true);
  });

  it('answers a failed injection with its reason, never throws', async () => {
    const { runner } = recordingRunner(() =>
      Promise.reject(new Error('Frame with ID 3 was removed.')),
    );
    const answer = await loadPageMarker(runner, { tab: { id: 7 }, frameId: 3 });
    expect(answer).toEqual({
      ok: false,
      error: 'Could not load the page marker: Frame with ID 3 was removed.',
    });
    const odd = await loadPageMarker(recordingRunner(() => Promise.reject('no such tab')).runner, {
      tab: { id: 1 },
    });
    expect(odd).toEqual({ ok: false, error: 'Could not load the page marker: no such tab' });
  });
});

describe('the load request and its answer', () => {
  it('accept only their own shapes', () => {
    expect(loadPageMarkerSchema.safeParse({ type: 'load-page-marker' }).success).toBe(true);
    for (const bad of [null, 'load-page-marker', { type: 'get-page-state' }, {}]) {
      expect(loadPageMarkerSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    for (const bad of [undefined, { ok: false }, { ok: 'yes' }, { ok: false, error: 1 }]) {
      expect(loadPageMarkerResponseSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    // A stray key is dropped: the answer still reads as loaded.
    const stray = loadPageMarkerResponseSchema.safeParse({ ok: true, error: 1 });
    expect(stray.success && stray.data).toEqual({ ok: true });
    expect(loadPageMarkerResponseSchema.safeParse({ ok: false, error: 'x' }).success).toBe(true);
  });
});
