import { describe, expect, it, vi } from 'vitest';
import {
  DORMANT_PAGE_KEY,
  describeDormantPage,
  offerDormantPage,
  type DormantPage,
} from '../../lib/dom/dormant-page';
import { askPageState, dormantPageState, type PageStateAsker } from '../../lib/dormant-page-state';
import { createSliceClock } from '../../lib/dom/schedule';
import { getPageStateResponseSchema, type PageState } from '../../lib/messages';

const totals = () => {
  let t = 0;
  const clock = createSliceClock(() => (t += 3));
  clock.measure(() => undefined, 'read');
  return clock.totals();
};

const described = (over: Partial<DormantPage> = {}): DormantPage => ({
  url: 'https://news.example/markets',
  title: 'Markets',
  dormant: true,
  totals: totals(),
  settings: { markStyle: 'elements', disabledSites: [] },
  ...over,
});

describe('the description an unmarked page leaves', () => {
  it('is read back in the same world, and taken back once the marker answers', async () => {
    const page = described();
    const withdraw = offerDormantPage(() => Promise.resolve(page));
    try {
      await expect(describeDormantPage(DORMANT_PAGE_KEY)).resolves.toBe(page);
    } finally {
      withdraw();
    }
    expect(describeDormantPage(DORMANT_PAGE_KEY)).toBeNull();
  });

  it('is left in the world given, not elsewhere, and a stale withdraw keeps a newer one', async () => {
    const world = {};
    const first = offerDormantPage(() => Promise.resolve(described({ title: 'first' })), world);
    const second = offerDormantPage(() => Promise.resolve(described({ title: 'second' })), world);
    expect(describeDormantPage(DORMANT_PAGE_KEY)).toBeNull();
    first();
    const left = Object.getOwnPropertySymbols(world);
    expect(left).toEqual([Symbol.for(DORMANT_PAGE_KEY)]);
    const kept = (world as Record<symbol, () => Promise<DormantPage>>)[left[0]];
    await expect(kept()).resolves.toMatchObject({ title: 'second' });
    second();
    expect(Object.getOwnPropertySymbols(world)).toEqual([]);
  });

  it('is read by a function that names nothing outside itself (it is sent as source)', async () => {
    // What scripting.executeScript does with `func`: rebuilds it from its text, elsewhere.
    const rebuilt = new Function(`return (${describeDormantPage.toString()})`)() as (
      key: string,
    ) => Promise<unknown> | null;
    const withdraw = offerDormantPage(() => Promise.resolve(described()));
    try {
      await expect(rebuilt(DORMANT_PAGE_KEY)).resolves.toMatchObject({ title: 'Markets' });
    } finally {
      withdraw();
    }
  });
});

describe('dormantPageState', () => {
  it('tells a page that names no company as ready and skipped, with its own settings', () => {
    const state = dormantPageState(described());
    expect(state).toMatchObject({
      url: 'https://news.example/markets',
      title: 'Markets',
      siteEnabled: true,
      markStyle: 'elements',
      ready: true,
      mentions: [],
      card: null,
    });
    expect(state?.stats).toMatchObject({ scriptMs: 3, slices: 1, skipped: true });
    expect(getPageStateResponseSchema.safeParse({ ok: true, state }).success).toBe(true);
  });

  it('tells a page still starting as not ready, and a switched-off site as off', () => {
    expect(dormantPageState(described({ dormant: false }))?.ready).toBe(false);
    const off = dormantPageState(described({ settings: { disabledSites: ['news.example'] } }));
    expect(off).toMatchObject({ siteEnabled: false, ready: true, markStyle: 'paint' });
    // Settings nobody stored, or stored wrong, read as the defaults.
    expect(dormantPageState(described({ settings: undefined }))?.markStyle).toBe('paint');
    expect(dormantPageState(described({ settings: 'elements' }))?.siteEnabled).toBe(true);
  });

  it('is null for anything that is not a description', () => {
    const page = described();
    for (const bad of [
      null,
      undefined,
      'Markets',
      { ...page, url: 1 },
      { ...page, dormant: 'yes' },
      { ...page, totals: { ...page.totals, slices: 1.5 } },
      { url: page.url, title: page.title },
    ]) {
      expect(dormantPageState(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('askPageState', () => {
  const marked = dormantPageState(described({ dormant: false, title: 'Marked' })) as PageState;
  const asker = (reply: () => Promise<unknown>, results: () => Promise<{ result?: unknown }[]>) => {
    const api = {
      tabs: { sendMessage: vi.fn(reply) },
      scripting: { executeScript: vi.fn(results) },
    };
    return api satisfies PageStateAsker;
  };

  it("takes the marker's answer, and does not look for a description", async () => {
    const api = asker(
      () => Promise.resolve({ ok: true, state: marked }),
      () => Promise.resolve([]),
    );
    await expect(askPageState(api, 7)).resolves.toEqual(marked);
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'get-page-state' });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('reads the description when no script answers, in the top frame of the tab', async () => {
    const api = asker(
      () => Promise.reject(new Error('Receiving end does not exist.')),
      () => Promise.resolve([{ result: described() }]),
    );
    await expect(askPageState(api, 7)).resolves.toMatchObject({ title: 'Markets', ready: true });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      func: describeDormantPage,
      args: [DORMANT_PAGE_KEY],
    });
  });

  it('reads the description when the answer is not a page state', async () => {
    const api = asker(
      () => Promise.resolve({ ok: true, state: { url: 1 } }),
      () => Promise.resolve([{ result: described() }]),
    );
    await expect(askPageState(api, 7)).resolves.toMatchObject({ title: 'Markets' });
  });

  it('is null when neither answers: a browser page, or no content script ran', async () => {
    const none = () => Promise.reject(new Error('Receiving end does not exist.'));
    for (const results of [
      () => Promise.reject(new Error('Cannot access a chrome:// URL')),
      () => Promise.resolve([{ result: null }]),
      () => Promise.resolve([]),
      () => Promise.resolve([{ result: { title: 'not a description' } }]),
    ]) {
      await expect(askPageState(asker(none, results), 7)).resolves.toBeNull();
    }
  });
});
