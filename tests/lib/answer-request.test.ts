// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  acceptRequest,
  answerRequest,
  contentRequestListener,
  emptyPageState,
} from '../../lib/answer-request';
import { getPageStateResponseSchema } from '../../lib/messages';
import { createSliceClock } from '../../lib/dom/schedule';

const totals = () => {
  let t = 0;
  const clock = createSliceClock(() => (t += 2));
  clock.measure(() => undefined, 'read');
  return clock.totals();
};

describe('emptyPageState', () => {
  it('says a page that names no company is ready and skipped, with the time spent on it', () => {
    const state = emptyPageState('paint', true, totals(), true);
    expect(state).toMatchObject({
      ready: true,
      mentions: [],
      siteEnabled: true,
      markStyle: 'paint',
    });
    expect(state.stats).toMatchObject({ scriptMs: 2, slices: 1, skipped: true, matchedIn: null });
    expect(getPageStateResponseSchema.safeParse({ ok: true, state }).success).toBe(true);
  });

  it('says a page still loading its marks is not ready, and a switched-off site is', () => {
    expect(emptyPageState('elements', true, totals()).ready).toBe(false);
    expect(emptyPageState('elements', true, totals()).stats.skipped).toBe(false);
    const off = emptyPageState('elements', false, totals());
    expect(off).toMatchObject({ ready: true, siteEnabled: false, markStyle: 'elements' });
  });
});

describe('answerRequest without marks', () => {
  const state = () => emptyPageState('paint', true, totals(), true);
  it('answers the state, and moves to or scrolls to nothing', () => {
    expect(answerRequest({ type: 'get-page-state' }, null, state)).toEqual({
      ok: true,
      state: state(),
    });
    expect(answerRequest({ type: 'move-to-mention', direction: 'next' }, null, state)).toEqual({
      ok: true,
      mentionId: null,
    });
    expect(answerRequest({ type: 'scroll-to-mention', mentionId: 'm1' }, null, state)).toEqual({
      ok: true,
      found: false,
    });
  });
});

describe('acceptRequest', () => {
  const answers: unknown[] = [];
  const respond = (response: unknown) => answers.push(response);

  it("takes this extension's requests, ignores others' and answers what it cannot read", () => {
    expect(acceptRequest({ type: 'get-page-state' }, { id: 'own' }, 'own', respond)).toEqual({
      type: 'get-page-state',
    });
    expect(answers).toEqual([]);
    // Another extension: ignored, not answered.
    expect(acceptRequest({ type: 'get-page-state' }, { id: 'other' }, 'own', respond)).toBeNull();
    expect(acceptRequest({ type: 'get-page-state' }, {}, 'own', respond)).toBeNull();
    expect(answers).toEqual([]);
    for (const bad of [null, 'get-page-state', { type: 'move-to-mention', direction: 'up' }]) {
      expect(acceptRequest(bad, { id: 'own' }, 'own', respond)).toBeNull();
    }
    expect(answers).toEqual(Array(3).fill({ ok: false, error: 'unknown message' }));
  });
});

describe('contentRequestListener', () => {
  it('hands on accepted requests with the way to answer, and passes on whether it answers later', () => {
    const handled: unknown[] = [];
    const listener = contentRequestListener('own', (request, sendResponse) => {
      handled.push(request);
      sendResponse('answered');
      return true;
    });
    const answers: unknown[] = [];
    const respond = (response: unknown) => answers.push(response);
    expect(listener({ type: 'get-page-state' }, { id: 'own' }, respond)).toBe(true);
    expect(listener({ type: 'get-page-state' }, { id: 'other' }, respond)).toBeUndefined();
    expect(listener({ type: 'nothing' }, { id: 'own' }, respond)).toBeUndefined();
    expect(handled).toEqual([{ type: 'get-page-state' }]);
    expect(answers).toEqual(['answered', { ok: false, error: 'unknown message' }]);
  });
});
