// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendToBackground } from '../../../lib/background-matching';
import { inProcessBackground } from '../../support/background';
import { Annotator } from '../../../lib/dom/annotator';
import { createReference } from '../../../lib/dom/mark-records';
import { PageTextReader } from '../../../lib/dom/page-text';
import {
  createSliceClock,
  FIRST_WRAPS_PER_FRAME,
  type Phase,
  type SliceClock,
} from '../../../lib/dom/schedule';
import { referenceDataset } from '../../../lib/reference-dataset';

const PAGE = `
  <h1>Meta bets on <em>Scale AI</em></h1>
  <p>Meta will invest $14.<span>3</span> billion in Scale AI for a 49% stake.</p>
  <p>Scale AI expects revenue of $2 billion in 2025, a person familiar said.</p>
  <p>Microsoft invested $10 billion in OpenAI.</p>`;

type Run = Awaited<ReturnType<typeof markPage>>;

/** An annotator of PAGE in the elements style, not started; `stop` ends it. */
function createAnnotator(askBackground?: SendToBackground) {
  return createAnnotatorOf(PAGE, askBackground);
}

/** An annotator of a body holding `html`, in the elements style, not started. */
function createAnnotatorOf(html: string, askBackground?: SendToBackground, clock?: SliceClock) {
  document.body.innerHTML = html;
  const stop = new AbortController();
  const annotator = new Annotator(
    window as unknown as Window & typeof globalThis,
    () => createReference(referenceDataset()),
    'elements',
    stop.signal,
    { askBackground, clock },
  );
  return { annotator, stop };
}

/** Marks PAGE in the elements style; `stop` ends the annotator. */
async function startAnnotator(askBackground?: SendToBackground) {
  const started = createAnnotator(askBackground);
  await started.annotator.start();
  return started;
}

async function markPage(askBackground?: SendToBackground, slowClockForReport = false) {
  const { annotator, stop } = await startAnnotator(askBackground);
  const state = annotator.state('elements');
  // A clock that moves 10 ms a reading: every figure's quote overruns a slice's budget.
  let now = 0;
  const clock = slowClockForReport
    ? vi.spyOn(window.performance, 'now').mockImplementation(() => (now += 10))
    : null;
  const sightings = await annotator.figureSightings();
  const reportMs = annotator.state('elements').stats.reportMs;
  clock?.mockRestore();
  const wrapped = [...document.querySelectorAll('sourcemark-mention')].map((e) => [
    e.getAttribute('data-kind'),
    e.getAttribute('data-claim'),
    e.getAttribute('data-verdict'),
    e.textContent,
  ]);
  stop.abort();
  return { state, sightings, reportMs, wrapped, textAfterStop: document.body.textContent };
}

const marksOf = (run: Run) =>
  run.state.mentions.map(({ kind, text, claim, verdict }) => ({ kind, text, claim, verdict }));

describe('Annotator: where the text is matched', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('marks from the background when it answers, as the page itself would', async () => {
    const asked: string[] = [];
    const background = inProcessBackground();
    const inBackground = await markPage((request) => {
      asked.push(request.text);
      return background(request);
    });
    const inPage = await markPage();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('$14.3 billion');
    expect(inBackground.state.stats.matchedIn).toBe('background');
    expect(inPage.state.stats.matchedIn).toBe('page');
    expect(marksOf(inBackground)).toEqual(marksOf(inPage));
    expect(inBackground.wrapped).toEqual(inPage.wrapped);
    expect(marksOf(inBackground)).toContainEqual({
      kind: 'figure',
      text: '$14.3 billion',
      claim: 'meta-investment-in-scale-ai',
      verdict: expect.any(String),
    });
    expect(marksOf(inBackground).some((m) => m.text.includes('10 billion'))).toBe(false);
  });

  it.each<[string, SendToBackground]>([
    ['cannot be reached', () => Promise.reject(new Error('Could not establish connection.'))],
    ['answers what does not fit the page', () => Promise.resolve({ ok: true, mentions: '[]x' })],
    ['fails', () => Promise.resolve({ ok: false, error: 'worker stopped' })],
  ])('matches in the page when the background %s, losing no mark', async (_, send) => {
    const fallen = await markPage(send);
    const inPage = await markPage();
    expect(fallen.state.stats.matchedIn).toBe('page');
    expect(marksOf(fallen)).toEqual(marksOf(inPage));
    expect(marksOf(fallen).length).toBeGreaterThan(3);
  });

  it('matches nothing in the page when stopped while it asked the background', async () => {
    document.body.innerHTML = PAGE;
    const before = document.body.textContent;
    let stopWhileAsking = (): void => undefined;
    // The extension left the page as the text went out: the marker stops, the ask fails.
    const { annotator, stop } = createAnnotator(() => {
      stopWhileAsking();
      return Promise.resolve(null);
    });
    stopWhileAsking = () => stop.abort();
    await annotator.start();
    expect(annotator.state('elements').stats.matchedIn).not.toBe('page');
    expect(annotator.state('elements').mentions).toEqual([]);
    expect(document.querySelectorAll('sourcemark-mention')).toHaveLength(0);
    expect(document.body.textContent).toBe(before);
  });

  it('leaves the page text as it was once stopped', async () => {
    document.body.innerHTML = PAGE;
    const before = document.body.textContent;
    const run = await markPage(inProcessBackground());
    expect(run.wrapped.length).toBeGreaterThan(0);
    expect(run.textAfterStop).toBe(before);
  });

  it('marks copies of marks the page made (a saved page) once, with marks of its own', async () => {
    const fresh = await markPage();
    // The page as saved while marked, every mark a copy the annotator did not make.
    document.body.innerHTML = PAGE;
    const saved = createAnnotator();
    await saved.annotator.start();
    const markup = document.body.innerHTML;
    saved.stop.abort();
    document.body.innerHTML = markup;
    const copies = document.querySelectorAll('sourcemark-mention').length;
    expect(copies).toBe(fresh.wrapped.length);
    const { annotator, stop } = createAnnotatorOf(markup);
    await annotator.start();
    const marks = [...document.querySelectorAll('sourcemark-mention')];
    expect(marks.length).toBe(fresh.wrapped.length);
    expect(marks.filter((m) => m.parentElement?.closest('sourcemark-mention'))).toEqual([]);
    const ids = annotator.state('elements').mentions.map((m) => m.id);
    expect(new Set(marks.map((m) => m.getAttribute('data-mention-id')))).toEqual(new Set(ids));
    stop.abort();
    // Stopped, the page holds its text and no mark at all, copies included.
    expect(document.querySelector('sourcemark-mention')).toBeNull();
    expect(document.body.textContent).toBe(fresh.textAfterStop);
  });

  it('erases the marks of a node the page rewrites before the browser paints, then marks it again', async () => {
    const { annotator, stop } = createAnnotatorOf('<p id="status"></p><p>Scale AI, 2016.</p>');
    const status = document.getElementById('status')!;
    const node = document.createTextNode('Meta will invest $14.3 billion in Scale AI.');
    status.append(node);
    await annotator.start();
    const ids = () => annotator.state('elements').mentions.map((m) => m.id);
    const before = ids();
    expect(status.querySelectorAll('sourcemark-mention')).toHaveLength(3);
    node.nodeValue = 'Meta will invest $15 billion in Scale AI.';
    // The change watcher's callback comes in a microtask: no timer, no frame before it.
    await Promise.resolve();
    expect(status.textContent).toBe('Meta will invest $15 billion in Scale AI.');
    expect(status.querySelector('sourcemark-mention')).toBeNull();
    // Only the marks of the rewritten node went; the next paragraph keeps its own.
    expect(ids()).toEqual(before.slice(3));
    await vi.waitFor(() => expect(status.querySelectorAll('sourcemark-mention')).toHaveLength(3));
    expect(status.textContent).toBe('Meta will invest $15 billion in Scale AI.');
    stop.abort();
  });

  it("reads a block the page adds later with the year of the page's head", async () => {
    const { annotator, stop } = createAnnotatorOf(
      '<p>By Jo Park · June 18, 2026</p><p>Meta and Scale AI, a year on.</p><div id="feed"></div>',
    );
    await annotator.start();
    const feed = document.getElementById('feed')!;
    feed.innerHTML = '<p>Meta will spend $115-135 billion on capex this year.</p>';
    await vi.waitFor(() => expect(feed.querySelectorAll('sourcemark-mention')).toHaveLength(2));
    const figure = annotator.state('elements').mentions.find((m) => m.kind === 'figure');
    expect(figure).toMatchObject({ text: '$115-135 billion', verdict: 'unreferenced' });
    expect(figure).not.toHaveProperty('claim');
    stop.abort();
  });

  it('reads the page only in timed slices: its queries and the joining of the text too', async () => {
    const timed = createSliceClock(() => window.performance.now());
    let inSlice = false;
    const clock: SliceClock = {
      measure(work, phase) {
        inSlice = true;
        try {
          return timed.measure(work, phase);
        } finally {
          inSlice = false;
        }
      },
      totals: timed.totals,
    };
    const untimed: string[] = [];
    const queries = (['querySelector', 'querySelectorAll'] as const).map((name) => {
      const query = Element.prototype[name] as (this: Element, selector: string) => never;
      return vi.spyOn(Element.prototype, name).mockImplementation(function (
        this: Element,
        selector: string,
      ) {
        if (!inSlice) untimed.push(`${name} ${selector}`);
        return query.call(this, selector);
      });
    });
    const join = PageTextReader.prototype.result;
    const results = vi.spyOn(PageTextReader.prototype, 'result').mockImplementation(function (
      this: PageTextReader,
    ) {
      if (!inSlice) untimed.push('result');
      return join.call(this);
    });
    const { annotator, stop } = createAnnotatorOf(PAGE, undefined, clock);
    try {
      await annotator.start();
      for (const query of queries) expect(query).toHaveBeenCalled();
      expect(results).toHaveBeenCalled();
      expect(untimed).toEqual([]);
    } finally {
      for (const query of queries) query.mockRestore();
      results.mockRestore();
      stop.abort();
    }
  });

  it('tells when marking began: once the page was idle, before any slice', async () => {
    const { annotator, stop } = createAnnotator();
    expect(annotator.state('elements').stats.markingFromMs).toBeNull();
    const before = performance.now();
    await annotator.start();
    const { markingFromMs, idleWaitMs } = annotator.state('elements').stats;
    expect(markingFromMs).toBeGreaterThanOrEqual(before + idleWaitMs);
    expect(markingFromMs).toBeLessThanOrEqual(performance.now());
    stop.abort();
  });

  it('reports figures with the sentence around each, made after marking and timed apart', async () => {
    const run = await markPage(inProcessBackground());
    const figures = run.state.mentions.filter((m) => m.kind === 'figure');
    expect(run.sightings.map((s) => s.id)).toEqual(figures.map((m) => m.id));
    const stake = run.sightings.find((s) => s.text === '$14.3 billion');
    expect(stake?.quote).toBe('Meta will invest $14.3 billion in Scale AI for a 49% stake.');
    const revenue = run.sightings.find((s) => s.text === '$2 billion');
    expect(revenue?.quote).toBe(
      'Scale AI expects revenue of $2 billion in 2025, a person familiar said.',
    );
    // Marking itself made no report: its time is counted apart, once one is made.
    expect(run.state.stats.reportMs).toBe(0);
  });

  it('makes the report in slices, losing and repeating no figure', async () => {
    const whole = await markPage();
    const sliced = await markPage(undefined, true);
    const figures = sliced.state.mentions.filter((m) => m.kind === 'figure');
    expect(figures.length).toBeGreaterThan(2);
    const withoutIds = (run: Run) => run.sightings.map(({ id: _, ...rest }) => rest);
    expect(withoutIds(sliced)).toEqual(withoutIds(whole));
    // One figure a slice: each but the last reads the clock at its start, for its deadline,
    // after its figure and at its end (30 ms here). One slice for all would count 10 ms a
    // figure, plus 20.
    expect(sliced.reportMs).toBeGreaterThanOrEqual((figures.length - 1) * 30 + 20);
  });

  it('stops quoting once the annotator is stopped mid-report', async () => {
    const { annotator, stop } = await startAnnotator();
    const figures = annotator.state('elements').mentions.filter((m) => m.kind === 'figure');
    let now = 0;
    const clock = vi.spyOn(window.performance, 'now').mockImplementation(() => (now += 10));
    // The first slice runs before the report first yields; the stop comes during that yield.
    const report = annotator.figureSightings();
    stop.abort();
    const sightings = await report;
    clock.mockRestore();
    expect(figures.length).toBeGreaterThan(1);
    expect(sightings).toHaveLength(1);
  });
});

describe('Annotator: one slice of work per task', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
    delete (window as { scheduler?: unknown }).scheduler;
  });

  it('makes the records, and draws them, each in a task of its own', async () => {
    // Hidden: no frame is waited for, so every yield to the browser starts the next task.
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    let task = 0;
    (window as { scheduler?: unknown }).scheduler = {
      yield: () => {
        task++;
        return Promise.resolve();
      },
    };
    const base = createSliceClock(() => performance.now());
    const slices: { phase?: Phase; task: number }[] = [];
    const clock: SliceClock = {
      ...base,
      measure: <T>(work: () => T, phase?: Phase): T => {
        slices.push({ phase, task });
        return base.measure(work, phase);
      },
    };
    // The background answers at once, in the task that asked: only yields part tasks here.
    const { annotator, stop } = createAnnotatorOf(PAGE, inProcessBackground(), clock);
    await annotator.start();
    stop.abort();
    const firstDraw = slices.findIndex((s) => s.phase === 'draw');
    expect(firstDraw).toBeGreaterThan(0);
    const records = slices[firstDraw - 1];
    expect(records.phase).toBe('match');
    // Not in the task that sent the text and decoded the answer, nor in the one that draws.
    expect(slices.filter((s) => s.task === records.task)).toEqual([records]);
    for (const drawn of slices.filter((s) => s.phase === 'draw')) {
      expect(slices.filter((s) => s.task === drawn.task && s.phase === 'match')).toEqual([]);
    }
  });
});

describe('Annotator: wrapping in batches between frames', () => {
  const MENTIONS = 300;
  const longPage = Array.from({ length: MENTIONS }, (_, i) => `<p>${i}: Meta said.</p>`).join('');
  const marks = () => document.getElementsByTagName('sourcemark-mention').length;

  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  // Marks the long page in the elements style; returns how many marks there were each time a
  // frame was asked for, and in the end.
  async function markLongPage(visibility: DocumentVisibilityState) {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visibility);
    // A clock that stands still: on a busy machine the yielder would otherwise ask for a frame
    // whenever 50 ms had gone by (see createYielder), at any count of marks.
    vi.spyOn(window.performance, 'now').mockReturnValue(0);
    const atFrames: number[] = [];
    const frame = window.requestAnimationFrame.bind(window);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      atFrames.push(marks());
      return frame(callback);
    });
    const { annotator, stop } = createAnnotatorOf(longPage);
    await annotator.start();
    const all = marks();
    stop.abort();
    return { atFrames, all };
  }

  it('lets the browser draw a frame after the first batch of wraps on a visible page', async () => {
    const { atFrames, all } = await markLongPage('visible');
    expect(all).toBe(MENTIONS);
    // Each step wraps up to 16 mentions; the batch ends at the first step past the limit.
    const first = atFrames.find((count) => count > 0);
    expect(first).toBeGreaterThanOrEqual(FIRST_WRAPS_PER_FRAME);
    expect(first).toBeLessThan(FIRST_WRAPS_PER_FRAME + 16);
  });

  it('wraps without waiting for frames in a hidden tab', async () => {
    const { atFrames, all } = await markLongPage('hidden');
    expect(all).toBe(MENTIONS);
    expect(atFrames.filter((count) => count > 0 && count < MENTIONS)).toEqual([]);
  });
});
