/**
 * `npm run bench`, page part: the content script's main-thread cost on generated article
 * pages (200 KB, 1 MB and 5 MB with about one mention sentence per 2 KB of text, and 1 MB
 * naming no company), in both mark styles, measured in Chromium next to what a developer
 * would otherwise reach for, marking the same words and figure patterns on the same page:
 * mark.js and its maintained successor advanced-mark.js (across elements), and a floor (one
 * TreeWalker pass reading every text node, no writes), run in the page's world and again in
 * an isolated world like a content script's (where each node touched needs a wrapper of its
 * own, about twice the cost). Everything runs in the same browser
 * build; results are ratios against those baselines, never pass/fail timings.
 *
 * What is timed:
 * - Sourcemark: the sum of its slices (`stats.scriptMs` from get-page-state, reading the
 *   settings and the pre-check on the page's text included), until the
 *   first pass has placed every mark; the wait for an idle page is reported apart. The
 *   matcher runs in the extension's background worker, off the page's main thread: the
 *   slices include sending the text and decoding the answer, not the matching; the wall
 *   time to the marks (`wall_ms`) includes the wait for it. Long
 *   tasks and long animation frames come from PerformanceObservers installed before the
 *   page's own scripts; each run goes on 1.5 s after ready, for the report to the history
 *   (made once the marks have settled, quotes included: its time is `report_ms`, apart).
 * - Evaluation: from as many more runs in each style as the page has, traced, how long the
 *   browser took to compile and run the top level of the content script (every page) and of
 *   the page marker (pages that may name a company), each style's median (one traced run
 *   varied by 4× on the same page); on the page without a mention, with the script's slices,
 *   the whole cost of the extension there.
 * - Libraries and floor: performance.now() in the page around one call, on a fresh tab
 *   without the extension (until mark.js's `done` callback).
 * - Memory (bench-memory.ts): the page's heap after a full garbage collection, with the
 *   extension after each run and on a fresh tab without it; and the live objects that
 *   re-rendering a marked paragraph adds, with the extension in each style and without it.
 * - The page's own long tasks: the same page with an empty content script, injected as
 *   Sourcemark's is, from that script's start over as long as a Sourcemark run took (a long
 *   page's first layout and paint fall there, whatever the extension does).
 * Neither side includes the style, layout and paint the browser does afterwards; the long
 * tasks show them. For the paint style they have a floor of their own, also measured on a
 * fresh tab without the extension: the browser's frame after a change to highlights with the
 * extension's `::highlight()` rules (on a long page, any such frame costs about the same,
 * however few ranges changed).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Worker,
} from 'playwright-core';
import { z } from 'zod';
import { generateNewsHtml } from '../generate-news-html';
import { highlightName, MARK_KINDS } from '../dom/mark-kind';
import type { PageStats, PageState } from '../messages';
import type { MarkStyle } from '../settings';
import { PAGE_MARKER_FILE } from '../page-marker';
import { MARKS_CSS_FILE, PRE_CHECK_FILE } from '../content-script-files';
import { serveStatic } from './serve-static';
import { tabPages, tabPageState } from './tab-pages';
import { buildExtension } from './build-extension';
import { BROWSER_ARGS, CHROME_PATH, extensionArgs } from './chromium-args';
import {
  MAX_OBJECTS_ADDED,
  MEASURED_ROUNDS,
  objectsAddedByRerenders,
  WARM_UP_ROUNDS,
} from './bench-memory';
import { heapUsedAfterGc } from './page-heap';
import {
  LONG_TASK_MS,
  evaluationMs,
  longTasksOf,
  TRACE_CATEGORIES,
  traceEventSchema,
  type TraceEvent,
  type TracedTask,
} from './trace-tasks';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const BUILD_DIR = join(REPO_ROOT, '.output/chrome-mv3');
/** The page marker, which the background loads into a page that may name a company. */
const PAGE_MARKER = PAGE_MARKER_FILE.slice(1);
const SEED = 7;
const KB = 1024;

/** The pages measured; 5 MB once only (a mark.js run there alone takes most of a minute). */
const PAGES = [
  { name: '200kb', bytes: 200 * KB, mentionEvery: 2048, runs: 3 },
  { name: '1mb', bytes: 1024 * KB, mentionEvery: 2048, runs: 3 },
  { name: '5mb', bytes: 5120 * KB, mentionEvery: 2048, runs: 1 },
  { name: '1mb_no_mention', bytes: 1024 * KB, mentionEvery: 0, runs: 3 },
] as const;
type PageName = (typeof PAGES)[number]['name'];
/** The page whose paragraph is re-rendered for the memory figures. */
const MEMORY_PAGE = '200kb';
/** The pages with mentions, whose long tasks and highlight frames are reported by size. */
const MARKED_PAGES = ['200kb', '1mb', '5mb'] as const;

/**
 * The one regex given to both libraries: the company names and the money and percent
 * patterns Sourcemark marks. It marks every such figure, also those about other companies
 * ("0.4 percent" of an index), which Sourcemark finds too but leaves unmarked.
 */
const LIBRARY_REGEX =
  /\b(?:Meta(?: Platforms)?|Scale AI)\b|(?:US)?\$\s?\d[\d.,]*(?:\s?(?:billion|million|bn|B)\b)?|\b\d+(?:\.\d+)?\s?(?:%|percent\b)/g;

const LIBRARIES = {
  markjs: { file: 'node_modules/mark.js/dist/mark.min.js', options: { acrossElements: true } },
  advanced_markjs: {
    file: 'node_modules/advanced-mark.js/dist/mark.min.js',
    options: { acrossElements: true, blockElementsBoundary: true },
  },
} as const;
type Library = keyof typeof LIBRARIES;

/**
 * How long one library call may run before its browser is stopped: mark.js is quadratic in
 * the matches (about 45 s at 5 MB here), and the whole bench should stay near 5 minutes.
 * A stopped call is reported as a lower bound.
 */
const LIBRARY_TIMEOUT_MS = 60_000;
/** How long Sourcemark may take to mark the largest page. */
const READY_TIMEOUT_MS = 120_000;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// ---------------------------------------------------------------------------------------
// Sourcemark, in the browser with the extension
// ---------------------------------------------------------------------------------------

/**
 * How long a run goes on after the marks are in place: the content script reports the page
 * to the history once its marks have been still for a second, and that task counts too.
 */
const AFTER_READY_MS = 1500;

// Installed before the page's own scripts: records every long task and long animation frame,
// and when the content script marks the document element "loading" (it started) and "ready"
// (first pass done).
const RECORDER = `(() => {
  const bench = (window.__bench = { tasks: [], frames: [], loading: null, ready: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.frames.push([e.startTime, e.duration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
  new MutationObserver(() => {
    const state = document.documentElement && document.documentElement.dataset.sourcemark;
    if (state === 'loading' && bench.loading === null) bench.loading = performance.now();
    if (state === 'ready' && bench.ready === null) bench.ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sourcemark'] });
})()`;

/** The page without a mention, whose cost is set against the least any content script costs. */
const NO_MENTION_PAGE: PageName = '1mb_no_mention';
const EMPTY_SCRIPT = 'start.js';
/**
 * On NO_MENTION_PAGE only, a second script of the empty extension reads the page's text once,
 * as the pre-check must on a page that names no company, in a task of its own after its start
 * (as the pre-check's), and leaves the time it took (ms) on the document element. It comes with
 * Sourcemark's stylesheet, as the pre-check does: in a probe, the same read took about a third
 * less time with a content script's stylesheet injected than without one.
 */
const TEXT_READ_SCRIPT = `(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    const started = performance.now();
    const text = document.body.textContent;
    const ms = performance.now() - started;
    document.documentElement.dataset.benchTextRead = String(text.length > 0 ? ms : -1);
  };
  channel.port2.postMessage(null);
})();
`;
/**
 * An extension whose content script only says when it ran, injected as Sourcemark's is (at
 * document_idle, on every http page): the page's own long tasks after that moment, over as
 * long as Sourcemark took to place its marks, are the baseline of Sourcemark's long tasks.
 * A long page's first layout and paint fall after a content script's start, with or without
 * anything to mark. On NO_MENTION_PAGE a second script reads the page's text (see
 * TEXT_READ_SCRIPT).
 */
const EMPTY_EXTENSION = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [
      { matches: ['http://*/*'], js: [EMPTY_SCRIPT], run_at: 'document_idle' },
      {
        matches: [`http://*/${NO_MENTION_PAGE}.html`],
        js: ['read-text.js'],
        css: [MARKS_CSS_FILE],
        run_at: 'document_idle',
      },
    ],
  }),
  [EMPTY_SCRIPT]: "document.documentElement.dataset.sourcemark = 'loading';\n",
  'read-text.js': TEXT_READ_SCRIPT,
};

const recordedSchema = z.object({
  tasks: z.array(z.tuple([z.number(), z.number()])),
  frames: z.array(z.tuple([z.number(), z.number()])),
  loading: z.number().nullable(),
  ready: z.number(),
});
const startedSchema = recordedSchema.extend({ ready: z.null(), loading: z.number() });

const longest = (tasks: [number, number][]) => Math.max(0, ...tasks.map(([, d]) => d));

/** One Sourcemark run: its own stats, and long tasks seen by the page. */
type SourcemarkRun = {
  stats: PageState['stats'];
  marks: number;
  /** <sourcemark-mention> elements on the page (0 in the paint style). */
  elements: number;
  /**
   * The task the content script was evaluated in (it marks the page "loading" as it starts),
   * with whatever else the browser ran in that task; 0 when under 50 ms, so no long task.
   */
  startupTaskMs: number;
  /**
   * Longest long task after the content script started, until ready: its slices, and what
   * the page's main thread did meanwhile (style recalculation the script caused, the page's
   * own layout).
   */
  longestTaskMs: number;
  /**
   * Of those, the longest that began once marking did (after the wait for an idle page, when
   * the script does nothing but wait): the tasks before are the page's own loading.
   */
  longestTaskWhileMarkingMs: number;
  /** From the content script's start until its marks were in place (ms, the idle wait included). */
  untilReadyMs: number;
  /** Longest long task from navigation to ready, the page's own parse and layout included. */
  longestTaskAnyMs: number;
  /** Longest long task in the AFTER_READY_MS after ready (the browser drawing the last marks, the report to the history). */
  longestTaskAfterReadyMs: number;
  /**
   * Longest animation frame (long-animation-frame, over 50 ms) that began after the content
   * script started, until ready: how long the page went without drawing while it was marked.
   */
  longestFrameMs: number;
  /**
   * Wall-clock time from the content script's start until its marks were in place, less the
   * wait for an idle page: its slices, the browser's work between them, and the wait for the
   * background to match the text (off the page's main thread).
   */
  wallMs: number;
  /** The page's heap in use after a full garbage collection, once the run is over (KB). */
  heapKb: number;
};

/** The state of the one page tab (see lib/node/tab-pages.ts). */
async function readPageState(sw: Worker): Promise<PageState> {
  const [state = null] = (await tabPages(sw)).map(tabPageState).filter((s) => s !== null);
  if (!state) throw new Error('no tab told its page state');
  return state;
}

async function setMarkStyle(sw: Worker, markStyle: MarkStyle): Promise<void> {
  await sw.evaluate(async (markStyle) => {
    type Storage = { local: { set: (items: object) => Promise<void> } };
    const { storage } = (globalThis as unknown as { chrome: { storage: Storage } }).chrome;
    await storage.local.set({ settings: { markStyle } });
  }, markStyle);
}

/**
 * Opens `url` on a new tab of `context` with the RECORDER installed (and `prepare` run on the
 * tab first), and waits until the content script has marked the document `state` ("loading":
 * it started; "ready": marks placed).
 */
async function openRecorded(
  context: BrowserContext,
  url: string,
  state: 'loading' | 'ready',
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await context.newPage();
  try {
    await prepare?.(page);
    await page.addInitScript(RECORDER);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(`window.__bench && window.__bench.${state} !== null`, null, {
      polling: 100,
      timeout: READY_TIMEOUT_MS,
    });
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

async function measureSourcemark(
  context: BrowserContext,
  sw: Worker,
  url: string,
): Promise<SourcemarkRun> {
  const page = await openRecorded(context, url, 'ready');
  try {
    await page.waitForTimeout(AFTER_READY_MS);
    const recorded = recordedSchema.parse(await page.evaluate('window.__bench'));
    const state = await readPageState(sw);
    const loading = recorded.loading ?? 0;
    const elements = await page.evaluate(
      'document.getElementsByTagName("sourcemark-mention").length',
    );
    const heapKb = (await heapUsedAfterGc(page)) / KB;
    // A task's end is rounded to the millisecond: allow one either side.
    const tasks = recorded.tasks.filter(([start]) => start <= recorded.ready + 1);
    return {
      stats: state.stats,
      marks: state.mentions.length,
      elements: z.number().parse(elements),
      startupTaskMs: longest(
        tasks.filter(([start, d]) => start <= loading && start + d >= loading - 1),
      ),
      longestTaskMs: longest(tasks.filter(([start]) => start > loading)),
      longestTaskWhileMarkingMs: longest(
        tasks.filter(([start]) => start > (state.stats.markingFromMs ?? loading) - 1),
      ),
      untilReadyMs: recorded.ready - loading,
      longestTaskAnyMs: longest(tasks),
      longestTaskAfterReadyMs: longest(recorded.tasks.filter(([start]) => start > recorded.ready)),
      longestFrameMs: longest(
        recorded.frames.filter(([start]) => start > loading && start <= recorded.ready + 1),
      ),
      wallMs: recorded.ready - loading - state.stats.idleWaitMs,
      heapKb,
    };
  } finally {
    await page.close();
  }
}

/**
 * A traced Sourcemark run: its long tasks, when marking began after the idle wait, and how
 * long each script took to evaluate (compiling it and running its top level: for the content
 * script, the pre-check that runs at once included; 0 for a script never loaded).
 */
type TracedRun = {
  style: MarkStyle;
  tasks: TracedTask[];
  markingFromMs: number;
  evaluateMs: { content: number; marker: number };
};

/**
 * Whether a traced long task is the page's own loading: it ran (next to) no script, and came
 * before marking began, while the content script only waited for an idle page (parsing, the
 * page's first layout, the browser's own timers).
 */
const isPageLoading = (task: TracedTask, run: TracedRun) =>
  task.scriptMs < 1 && task.startMs < run.markingFromMs;

/**
 * One more Sourcemark run on `url`, traced (Chromium's tracing, through CDP) from navigation
 * until the marks are in place: the long tasks from the content script's evaluation, each
 * with the time it spent in JavaScript and what made it long. Tracing slows the page down,
 * so this run is kept out of every timing; it says only what the long tasks were.
 */
async function traceSourcemark(
  context: BrowserContext,
  sw: Worker,
  url: string,
  style: MarkStyle,
): Promise<TracedRun> {
  await setMarkStyle(sw, style);
  const { page, events } = await openTraced(context, url, 'ready');
  try {
    const recorded = recordedSchema.parse(await page.evaluate('window.__bench'));
    const loading = recorded.loading ?? 0;
    const { stats } = await readPageState(sw);
    return {
      style,
      tasks: longTasksOf(events, PRE_CHECK_FILE, recorded.ready - loading),
      markingFromMs: (stats.markingFromMs ?? loading) - loading,
      evaluateMs: {
        content: evaluationMs(events, PRE_CHECK_FILE),
        marker: evaluationMs(events, PAGE_MARKER),
      },
    };
  } finally {
    await page.close();
  }
}

/**
 * The evaluation of the empty content script (see EMPTY_EXTENSION) on `url`, traced as
 * Sourcemark's runs are (ms): what running any content script at all costs the page, its
 * isolated world set up included.
 */
async function traceEmptyScript(context: BrowserContext, url: string): Promise<number> {
  const { page, events } = await openTraced(context, url, 'loading');
  await page.close();
  return evaluationMs(events, `/${EMPTY_SCRIPT}`);
}

/**
 * How long the empty extension's second script took to read the text of `url` (see
 * TEXT_READ_SCRIPT), in ms.
 */
async function measureTextRead(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const read = 'document.documentElement.dataset.benchTextRead';
    await page.waitForFunction(`${read} !== undefined`, null, {
      polling: 100,
      timeout: READY_TIMEOUT_MS,
    });
    // -1: the page had no text to read.
    return z.coerce
      .number()
      .min(0)
      .parse(await page.evaluate(read));
  } finally {
    await page.close();
  }
}

/**
 * Opens `url` as {@link openRecorded} does, traced from before it navigates until `state`:
 * the page, and the events of the trace, which has stopped.
 */
async function openTraced(
  context: BrowserContext,
  url: string,
  state: 'loading' | 'ready',
): Promise<{ page: Page; events: TraceEvent[] }> {
  let stopTracing: () => Promise<TraceEvent[]> = () => Promise.resolve([]);
  const page = await openRecorded(context, url, state, async (opened) => {
    stopTracing = await startTracing(context, opened);
  });
  try {
    return { page, events: await stopTracing() };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** Starts Chromium's tracing of `page` (TRACE_CATEGORIES); the function returned stops it. */
async function startTracing(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value) {
      const parsed = traceEventSchema.safeParse(event);
      if (parsed.success) events.push(parsed.data);
    }
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * The longest long task of `url` with the empty content script (see EMPTY_EXTENSION), from
 * its start over `windowMs`: what the page's own loading and rendering cost after the moment
 * Sourcemark's script starts, in as long a window as Sourcemark's run.
 */
async function measurePageOwnTasks(
  context: BrowserContext,
  url: string,
  windowMs: number,
): Promise<number> {
  const page = await openRecorded(context, url, 'loading');
  try {
    // Long tasks are reported after they end: wait out the window and a little more.
    await page.waitForTimeout(windowMs + 250);
    const { tasks, loading } = startedSchema.parse(await page.evaluate('window.__bench'));
    return longest(tasks.filter(([start]) => start > loading && start <= loading + windowMs));
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------
// Libraries and floor, in a browser without the extension
// ---------------------------------------------------------------------------------------

// Page code is passed as source text: bundlers add helpers to named functions that would not
// exist in the page.
const MARK_CALL = `({ source, options }) => new Promise((resolve) => {
  const started = performance.now();
  new Mark(document.body).markRegExp(new RegExp(source, 'g'), { ...options, done: (marks, matches) => {
    const ms = performance.now() - started;
    resolve({ ms, marks: matches ?? null, elements: document.getElementsByTagName('mark').length });
  } });
})`;

const FLOOR_CALL = `() => {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  return { ms: performance.now() - started, marks: null, elements: 0, chars };
}`;

// The browser's own frame for a change to the paint style's highlights, on a page without the
// extension: the page gets the same ::highlight() rules, one range of each kind is registered
// near the top and the page left to settle, then each round adds one range more to every
// highlight and times the rendering update that follows (from the frame's
// requestAnimationFrame to the next task). The median of the rounds.
const HIGHLIGHT_FRAME_CALL = `async ({ css, names, rounds }) => {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const frame = () => new Promise((done) => requestAnimationFrame(() => {
    const started = performance.now();
    setTimeout(() => done(performance.now() - started), 0);
  }));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node && texts.length < (rounds + 1) * names.length; node = walker.nextNode()) {
    if (node.data.trim().length >= 8) texts.push(node);
  }
  const rangeOn = (node) =>
    new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: 4 });
  const highlights = names.map((name, i) => {
    const highlight = new Highlight(rangeOn(texts[i]));
    CSS.highlights.set(name, highlight);
    return highlight;
  });
  for (let i = 0; i < 3; i++) await frame();
  const frames = [];
  for (let round = 1; round <= rounds; round++) {
    highlights.forEach((highlight, i) => highlight.add(rangeOn(texts[round * names.length + i])));
    frames.push(await frame());
  }
  frames.sort((a, b) => a - b);
  return { ms: frames[Math.floor(frames.length / 2)], marks: null, elements: 0 };
}`;

function highlightFrameCall(): string {
  const css = readFileSync(join(REPO_ROOT, 'public', MARKS_CSS_FILE), 'utf8');
  const args = { css, names: MARK_KINDS.map(highlightName), rounds: 5 };
  return `(${HIGHLIGHT_FRAME_CALL})(${JSON.stringify(args)})`;
}

// marks: matches (advanced-mark.js reports them; mark.js only counts elements).
const timedSchema = z.object({
  ms: z.number(),
  marks: z.number().nullable(),
  elements: z.number(),
});
type Timed = z.infer<typeof timedSchema>;

/** A browser without the extension, relaunched when a library call had to be stopped. */
class PlainBrowser {
  private browser: Browser | null = null;
  /** The browser's version, once it has been launched. */
  version = '';

  async page(): Promise<Page> {
    if (!this.browser) {
      this.browser = await chromium.launch({
        executablePath: CHROME_PATH,
        headless: true,
        args: BROWSER_ARGS,
      });
      this.version = this.browser.version();
    }
    return this.browser.newPage();
  }

  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = null;
  }
}

/**
 * Runs `call` in an isolated world of `page`, as a content script runs: the same DOM, but
 * every node it touches needs a JS wrapper of that world's own.
 */
async function evaluateIsolated(page: Page, call: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'sourcemark-bench',
  });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: call,
    contextId: executionContextId,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`isolated call failed: ${exceptionDetails.text}`);
  await cdp.detach();
  return result.value;
}

/**
 * Runs `call` on a fresh tab of `url`, in the page's own world or in an isolated world like
 * a content script's; null when it outlasts LIBRARY_TIMEOUT_MS.
 */
async function measureInPage(
  plain: PlainBrowser,
  url: string,
  call: string,
  { script, world = 'page' }: { script?: string; world?: 'page' | 'isolated' } = {},
): Promise<Timed | null> {
  const page = await plain.page();
  await page.goto(url, { waitUntil: 'load' });
  if (script) await page.addScriptTag({ path: join(REPO_ROOT, script) });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>(
    (done) => (timer = setTimeout(() => done(null), LIBRARY_TIMEOUT_MS)),
  );
  const run = world === 'page' ? page.evaluate(call) : evaluateIsolated(page, call);
  const result = await Promise.race([run, timeout]);
  clearTimeout(timer);
  if (result === null) {
    await plain.stop(); // the tab is stuck in a synchronous loop: end its browser
    return null;
  }
  await page.close();
  return timedSchema.parse(result);
}

/**
 * The heap of `url` on a fresh tab without the extension, after a full garbage collection
 * (KB), read as long after load as a Sourcemark run reads its own.
 */
async function heapAlone(plain: PlainBrowser, url: string): Promise<number> {
  const page = await plain.page();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(AFTER_READY_MS);
    return (await heapUsedAfterGc(page)) / KB;
  } finally {
    await page.close();
  }
}

function libraryCall(library: Library): string {
  const args = { source: LIBRARY_REGEX.source, options: LIBRARIES[library].options };
  return `(${MARK_CALL})(${JSON.stringify(args)})`;
}

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

type PageResult = {
  sourcemark: Record<MarkStyle, SourcemarkRun[]>;
  markjs: (Timed | null)[];
  advanced_markjs: (Timed | null)[];
  floor: (Timed | null)[];
  /** The same floor run in an isolated world, where a content script runs. */
  floor_isolated: (Timed | null)[];
  /** The browser's frame for one change to the paint style's highlights (no extension). */
  highlight_frame: (Timed | null)[];
  /** The page's heap without the extension, after a full garbage collection (KB). */
  heap_alone: number[];
  /** The page's own longest task with an empty content script (see measurePageOwnTasks). */
  page_own_task: number[];
  /** Traced Sourcemark runs, `runs` in each style: what the long tasks were, and evaluation. */
  traced: TracedRun[];
  /** NO_MENTION_PAGE only: its body's textContent read once by a content script (ms). */
  text_read: number[];
  /** NO_MENTION_PAGE only: the empty content script's evaluation, traced (ms). */
  empty_evaluate: number[];
};

/** Live objects added by re-rendering a marked paragraph (see bench-memory.ts). */
type MemoryResult = {
  added: Record<MarkStyle | 'page_alone', number>;
  /** Whether each style's marks were made again as the page re-rendered (new mention ids). */
  remarked: Record<MarkStyle, boolean>;
};

const STYLES = ['paint', 'elements'] as const;
const BASELINES = ['markjs', 'advanced_markjs', 'floor', 'floor_isolated'] as const;
const BASELINE_LABELS = {
  markjs: 'mark.js',
  advanced_markjs: 'advanced-mark.js',
  floor: 'floor',
  floor_isolated: 'floor (isolated)',
};

// A stopped library call (null) took over LIBRARY_TIMEOUT_MS: shown as a bound.
const fixed = (value: number | null) =>
  value === null ? `>${LIBRARY_TIMEOUT_MS.toFixed(1)}` : value.toFixed(1);
const ratio = (a: number, b: number | null) =>
  b === null ? `<${(a / LIBRARY_TIMEOUT_MS).toFixed(2)}` : (a / b).toFixed(2);
/** The traced runs' evaluation of each script: the median of each style's runs, the worse style. */
const evaluationOf = (runs: TracedRun[]) => {
  const worse = (pick: (run: TracedRun) => number) =>
    Math.max(
      0,
      ...STYLES.map((style) => runs.filter((r) => r.style === style))
        .filter((ofStyle) => ofStyle.length > 0)
        .map((ofStyle) => medianOf(ofStyle, pick)),
    );
  return { content: worse((r) => r.evaluateMs.content), marker: worse((r) => r.evaluateMs.marker) };
};
const medianOf = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
const worstOf = <T>(runs: T[], pick: (run: T) => number) => Math.max(...runs.map(pick));
/** The median ms of a baseline's runs; null when one was stopped. */
const baselineMs = (runs: (Timed | null)[]) =>
  runs.some((r) => r === null) ? null : medianOf(runs as Timed[], (r) => r.ms);
const scriptMs = (runs: SourcemarkRun[]) => medianOf(runs, (r) => r.stats.scriptMs);
/**
 * The whole cost of the page without a mention: the content script's evaluation (compiled,
 * its top level run; the marker's too, were it loaded) and its slices (the pre-check), the
 * worse style of each. The target of 5 ms is judged on `totalMs`.
 */
const noMentionCost = (result: PageResult) => {
  const { content, marker } = evaluationOf(result.traced);
  const { paint, elements } = result.sourcemark;
  const slicesMs = Math.max(scriptMs(paint), scriptMs(elements));
  return {
    evaluateMs: content + marker,
    slicesMs,
    totalMs: content + marker + slicesMs,
    markerMs: marker,
  };
};

/**
 * The least any content script costs the page without a mention: the empty one evaluated
 * (traced, as {@link noMentionCost}'s evaluation is) and one read of the page's text by a
 * content script (see TEXT_READ_SCRIPT), the medians.
 */
const noMentionFloor = (result: PageResult) => {
  const readMs = median(result.text_read);
  const evaluateMs = median(result.empty_evaluate);
  return { readMs, evaluateMs, totalMs: readMs + evaluateMs };
};

function printTable(results: Map<PageName, PageResult>): void {
  const row = (cells: (string | number)[]) =>
    say(cells.map((c, i) => (i < 2 ? String(c).padEnd(18) : String(c).padStart(12))).join(' '));
  row([
    'page (runs)',
    'runner',
    'script_ms',
    'idle_wait_ms',
    'slice_max_ms',
    'longest_task',
    'after_ready',
    'longest_frame',
    'wall_ms',
    'marks',
    'elements',
  ]);
  for (const { name, runs } of PAGES) {
    const result = results.get(name)!;
    const page = `${name} (${runs})`;
    for (const style of STYLES) {
      const list = result.sourcemark[style];
      row([
        page,
        `sourcemark ${style}`,
        fixed(scriptMs(list)),
        fixed(medianOf(list, (r) => r.stats.idleWaitMs)),
        fixed(medianOf(list, (r) => r.stats.longestSliceMs)),
        fixed(worstOf(list, (r) => r.longestTaskMs)),
        fixed(worstOf(list, (r) => r.longestTaskAfterReadyMs)),
        fixed(worstOf(list, (r) => r.longestFrameMs)),
        fixed(medianOf(list, (r) => r.wallMs)),
        list[0].stats.skipped ? 'skipped' : list[0].marks,
        list[0].elements,
      ]);
    }
    for (const baseline of BASELINES) {
      const first = result[baseline].find((r) => r !== null);
      const label = BASELINE_LABELS[baseline];
      row([
        page,
        label,
        fixed(baselineMs(result[baseline])),
        '-',
        '-',
        '-',
        '-',
        '-',
        '-',
        first?.marks ?? '-',
        first?.elements ?? '-',
      ]);
    }
  }
  say(
    'script_ms, idle_wait_ms, slice_max_ms: medians of the runs; longest_task: the worst run, ' +
      "long tasks from the content script's start until its marks are in place; after_ready: " +
      'long tasks in the 1.5 s after; longest_frame: long animation frames while marking; ' +
      'wall_ms: median wall-clock time from start to marks in place, less the idle wait (it ' +
      'includes the wait for the background to match the text); marks: ' +
      "Sourcemark's mentions, the libraries' matches (mark.js does not count them); elements: " +
      'elements added to the page',
  );
}

function printRatios(results: Map<PageName, PageResult>, scripts: BuiltScripts): void {
  const at = (name: PageName) => results.get(name)!;
  for (const { name } of PAGES) {
    const r = at(name);
    const [paint, elements] = STYLES.map((style) => scriptMs(r.sourcemark[style]));
    const [markjs, advanced, floor, isolated] = BASELINES.map((b) => baselineMs(r[b]));
    const phases = (style: MarkStyle) => {
      const pick = (phase: keyof PageStats['phaseMs']) =>
        fixed(medianOf(r.sourcemark[style], (run) => run.stats.phaseMs[phase]));
      const where = [...new Set(r.sourcemark[style].map((run) => run.stats.matchedIn ?? 'none'))];
      return (
        `${style}_read_ms=${pick('read')} ${style}_match_ms=${pick('match')} ` +
        `${style}_draw_ms=${pick('draw')} ${style}_matched_in=${where.join('+')} ` +
        `${style}_report_ms=${fixed(medianOf(r.sourcemark[style], (run) => run.stats.reportMs))}`
      );
    };
    say(
      `page_${name} paint_ms=${fixed(paint)} elements_ms=${fixed(elements)} ` +
        `markjs_ms=${fixed(markjs)} advanced_markjs_ms=${fixed(advanced)} floor_ms=${fixed(floor)} ` +
        `floor_isolated_ms=${fixed(isolated)} ` +
        `paint_vs_markjs=${ratio(paint, markjs)} paint_vs_advanced=${ratio(paint, advanced)} ` +
        `paint_vs_floor=${ratio(paint, floor)} paint_vs_floor_isolated=${ratio(paint, isolated)} ` +
        `elements_vs_markjs=${ratio(elements, markjs)} ` +
        `elements_vs_advanced=${ratio(elements, advanced)} elements_vs_floor=${ratio(elements, floor)} ` +
        `elements_vs_floor_isolated=${ratio(elements, isolated)} ${phases('paint')} ${phases('elements')}`,
    );
  }
  // The worst of `runs` at each marked size, as "200kb=… 1mb=… 5mb=…".
  const worstBySize = (
    runs: (name: (typeof MARKED_PAGES)[number]) => SourcemarkRun[],
    pick: (run: SourcemarkRun) => number,
  ) => MARKED_PAGES.map((name) => `${name}=${fixed(worstOf(runs(name), pick))}`).join(' ');
  const bySize = (pick: (run: SourcemarkRun) => number) =>
    worstBySize((name) => [...at(name).sourcemark.paint, ...at(name).sourcemark.elements], pick);
  say(`longest_task_ms ${bySize((r) => r.longestTaskMs)}`);
  say(
    `page_own_longest_task_ms ${MARKED_PAGES.map((name) => `${name}=${fixed(Math.max(...at(name).page_own_task))}`).join(' ')} ` +
      "(the same page with an empty content script injected as Sourcemark's is: its longest task " +
      "from that script's start, over as long as a Sourcemark run took to place its marks; one run per Sourcemark run, the worst)",
  );
  const byStyle = (pick: (run: SourcemarkRun) => number) =>
    STYLES.map(
      (style) => `${style}: ${worstBySize((name) => at(name).sourcemark[style], pick)}`,
    ).join(' ');
  say(
    `longest_task_while_marking_ms ${byStyle((r) => r.longestTaskWhileMarkingMs)} ` +
      "(from the end of the wait for an idle page: before it the script only waits, and the page's own loading runs)",
  );
  const traced = (name: (typeof MARKED_PAGES)[number]) => {
    const found = at(name).traced.flatMap((run) =>
      run.tasks.map(
        (task) =>
          `${run.style}:${task.ms.toFixed(1)}@${task.startMs.toFixed(0)}` +
          `(script=${task.scriptMs.toFixed(1)},${isPageLoading(task, run) ? 'page_loading' : 'sourcemark'},${task.cause})`,
      ),
    );
    return `${name}=${found.length === 0 ? 'none' : found.join(',')}`;
  };
  say(
    `long_tasks_traced ${MARKED_PAGES.map(traced).join(' ')} (the traced runs, as many in each style as the page's runs: ` +
      "each long task from the content script's evaluation until ready, as style:ms@ms_after_start" +
      '(ms of JavaScript in it, whose: page_loading when under 1 ms of script ran in it before ' +
      'marking began, else sourcemark; where the browser posted it from or its longest step))',
  );
  say(`longest_slice_ms ${bySize((r) => r.stats.longestSliceMs)}`);
  say(
    `startup_task_ms ${bySize((r) => r.startupTaskMs)} (the task the content script was evaluated in; 0: under 50)`,
  );
  say(`longest_task_incl_page_load_ms ${bySize((r) => r.longestTaskAnyMs)}`);
  say(
    `longest_task_after_ready_ms ${bySize((r) => r.longestTaskAfterReadyMs)} (the ${AFTER_READY_MS / 1000} s after the marks were in place: the browser drawing the last marks, the report to the history)`,
  );
  say(
    `longest_frame_ms ${bySize((r) => r.longestFrameMs)} (long animation frames while marking; 0: none over 50)`,
  );
  say(
    `highlight_frame_ms ${MARKED_PAGES.map((name) => `${name}=${fixed(baselineMs(at(name).highlight_frame))}`).join(' ')} ` +
      "(the browser's own frame for one change to the paint style's highlights, on the same page " +
      'without the extension: the least a frame that paints marks costs)',
  );
  const paintTaskVsFrame = (name: (typeof MARKED_PAGES)[number]) => {
    const task = worstOf(at(name).sourcemark.paint, (run) => run.longestTaskMs);
    return task === 0 ? 'under_50' : ratio(task, baselineMs(at(name).highlight_frame));
  };
  say(
    `paint_longest_task_vs_highlight_frame ${MARKED_PAGES.map((name) => `${name}=${paintTaskVsFrame(name)}`).join(' ')}`,
  );
  const none = at(NO_MENTION_PAGE).sourcemark;
  const noneCost = noMentionCost(at(NO_MENTION_PAGE));
  say(
    `no_mention_1mb_script_ms=${noneCost.slicesMs.toFixed(2)} ` +
      `paint=${scriptMs(none.paint).toFixed(2)} elements=${scriptMs(none.elements).toFixed(2)} ` +
      `skipped=${[...none.paint, ...none.elements].every((r) => r.stats.skipped)}`,
  );
  const evaluated = (name: PageName) => {
    const { content, marker } = evaluationOf(at(name).traced);
    return `${name}=content:${content.toFixed(1)},marker:${marker.toFixed(1)}`;
  };
  say(
    `script_evaluation_ms ${PAGES.map(({ name }) => evaluated(name)).join(' ')} (from the traced ` +
      "runs, each style's median, the worse style: compiling and running the top level of the " +
      'content script every page runs (its pre-check follows in a slice of its own), and of the page marker, loaded ' +
      'only into a page that may name a company: 0 when not loaded; traced, so somewhat slower ' +
      'than untraced; not in script_ms)',
  );
  say(
    `no_mention_1mb_total_ms=${noneCost.totalMs.toFixed(2)} ` +
      `evaluate_ms=${noneCost.evaluateMs.toFixed(2)} script_ms=${noneCost.slicesMs.toFixed(2)} ` +
      `marker_loaded=${noneCost.markerMs > 0} (the whole cost of the page without a mention: ` +
      'the content script compiled and its top level run, then its slices: the pre-check)',
  );
  const floor = noMentionFloor(at(NO_MENTION_PAGE));
  say(
    `no_mention_1mb_floor_ms=${floor.totalMs.toFixed(2)} ` +
      `empty_script_evaluate_ms=${floor.evaluateMs.toFixed(2)} text_read_ms=${floor.readMs.toFixed(2)} ` +
      `no_mention_vs_floor=${ratio(noneCost.totalMs, floor.totalMs)} ` +
      `pre_check_vs_text_read=${ratio(noneCost.slicesMs, floor.readMs)} (the least any content ` +
      'script costs this page: an empty one evaluated, traced as above, its isolated world set up ' +
      "included; and a content script's one read of the page's text (body.textContent), as the " +
      'pre-check must read it all to find no name in it; medians)',
  );
  const heap = (name: PageName) => {
    const alone = median(at(name).heap_alone);
    const [paint, elements] = STYLES.map((style) =>
      medianOf(at(name).sourcemark[style], (run) => run.heapKb),
    );
    return (
      `${name}: paint=${paint.toFixed(0)} elements=${elements.toFixed(0)} ` +
      `page_alone=${alone.toFixed(0)} paint_vs_alone=${ratio(paint, alone)} ` +
      `elements_vs_alone=${ratio(elements, alone)}`
    );
  };
  say(
    `heap_kb ${PAGES.map(({ name }) => heap(name)).join('; ')} (the page's JS heap after a full ` +
      "garbage collection, the content script's world included, medians; page_alone: the same page without the extension)",
  );
  const sizes = (script: Buffer) =>
    `gzip_kb=${(gzipSync(script, { level: 9 }).length / KB).toFixed(1)} ` +
    `raw_kb=${(script.length / KB).toFixed(1)}`;
  say(
    `content_script_${sizes(scripts.content)} page_marker_${sizes(scripts.marker)} (the content ` +
      'script every page runs; the page marker, loaded into pages that may name a company)',
  );
}

function printMemory({ added, remarked }: MemoryResult): void {
  say(
    `objects_added_by_rerenders paint=${added.paint} elements=${added.elements} ` +
      `page_alone=${added.page_alone} per_round: paint=${(added.paint / MEASURED_ROUNDS).toFixed(2)} ` +
      `elements=${(added.elements / MEASURED_ROUNDS).toFixed(2)} ` +
      `remarked: paint=${remarked.paint} elements=${remarked.elements} ` +
      `(live objects in the page's heap after a full garbage collection, code left out: ` +
      `${MEASURED_ROUNDS} rounds of re-rendering a marked paragraph of ${MEMORY_PAGE} five times, ` +
      `counted after ${WARM_UP_ROUNDS} rounds to warm up; remarked: its marks were made again)`,
  );
}

function printTargets(results: Map<PageName, PageResult>, memory: MemoryResult): void {
  const at = (name: PageName) => results.get(name)!;
  const yes = (ok: boolean) => (ok ? 'met' : 'missed');
  const oneMb = at('1mb');
  const [markjs, advanced, floor, isolated] = BASELINES.map((b) => baselineMs(oneMb[b]));
  const parts = STYLES.map((style) => {
    const ms = scriptMs(oneMb.sourcemark[style]);
    // A stopped library call ran longer than any Sourcemark run here.
    const faster = (markjs === null || ms < markjs) && (advanced === null || ms < advanced);
    return (
      `${style}_faster_than_both_1mb=${yes(faster)} ` +
      `${style}_within_3x_floor_1mb=${yes(floor !== null && ms <= 3 * floor)} ` +
      `${style}_within_3x_floor_isolated_1mb=${yes(isolated !== null && ms <= 3 * isolated)}`
    );
  });
  const everyRun = (ok: (run: SourcemarkRun) => boolean) =>
    MARKED_PAGES.every((name) =>
      [...at(name).sourcemark.paint, ...at(name).sourcemark.elements].every(ok),
    );
  const short = everyRun((r) => r.longestTaskMs <= 50);
  // No longer than 50 ms, or than the page's own longest task in the same window.
  const shortBeyondPage = MARKED_PAGES.every((name) => {
    const runs = [...at(name).sourcemark.paint, ...at(name).sourcemark.elements];
    return worstOf(runs, (r) => r.longestTaskMs) <= Math.max(50, ...at(name).page_own_task);
  });
  const shortWhileMarking = everyRun((r) => r.longestTaskWhileMarkingMs <= 50);
  // Every traced long task the page's own loading (see isPageLoading), and none while marking.
  const shortButLoading =
    shortWhileMarking &&
    MARKED_PAGES.every((name) =>
      at(name).traced.every((run) =>
        run.tasks.every((task) => task.ms <= LONG_TASK_MS || isPageLoading(task, run)),
      ),
    );
  // Whether the browser alone stays within the target when the paint style's highlights change.
  const browserShort = MARKED_PAGES.every((name) => {
    const ms = baselineMs(at(name).highlight_frame);
    return ms !== null && ms <= 50;
  });
  const afterReady = everyRun((r) => r.longestTaskAfterReadyMs <= 50);
  const cheap = noMentionCost(at(NO_MENTION_PAGE)).totalMs <= 5;
  const floorCheap = noMentionFloor(at(NO_MENTION_PAGE)).totalMs <= 5;
  const flat = STYLES.every(
    (style) => memory.remarked[style] && memory.added[style] <= MAX_OBJECTS_ADDED,
  );
  say(
    `targets ${parts.join(' ')} longest_task_le_50ms=${yes(short)} ` +
      `longest_task_le_50ms_or_page_own=${yes(shortBeyondPage)} ` +
      `longest_task_while_marking_le_50ms=${yes(shortWhileMarking)} ` +
      `longest_task_le_50ms_but_page_loading=${yes(shortButLoading)} ` +
      `browser_highlight_frame_le_50ms=${yes(browserShort)} ` +
      `longest_task_after_ready_le_50ms=${yes(afterReady)} no_mention_le_5ms=${yes(cheap)} ` +
      `no_mention_floor_le_5ms=${yes(floorCheap)} ` +
      `memory_flat_under_rerenders=${yes(flat)}`,
  );
}

// ---------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------

/** The built scripts pages run, as bytes. */
type BuiltScripts = { content: Buffer; marker: Buffer };

/** What one benchmark run measured, with the content script it ran and the browser's version. */
type Measured = {
  results: Map<PageName, PageResult>;
  memory: MemoryResult;
  scripts: BuiltScripts;
  chromium: string;
};

/** Builds the extension, serves the pages and measures every runner on each. */
async function measureAll(): Promise<Measured> {
  say('page benchmark: building the extension (wxt build)…');
  await buildExtension();
  const work = await mkdtemp(join(tmpdir(), 'sourcemark-bench-'));
  // The browser loads a copy, so a concurrent build cannot swap files under it.
  const extension = join(work, 'extension');
  cpSync(BUILD_DIR, extension, { recursive: true });
  const scripts: BuiltScripts = {
    content: readFileSync(join(extension, PRE_CHECK_FILE)),
    marker: readFileSync(join(extension, PAGE_MARKER)),
  };
  const site = join(work, 'site');
  mkdirSync(site);
  for (const { name, bytes, mentionEvery } of PAGES) {
    writeFileSync(join(site, `${name}.html`), generateNewsHtml(bytes, SEED, mentionEvery));
  }
  const server = await serveStatic(site);
  const plain = new PlainBrowser();
  const results = new Map<PageName, PageResult>();
  for (const { name } of PAGES) {
    results.set(name, {
      sourcemark: { paint: [], elements: [] },
      markjs: [],
      advanced_markjs: [],
      floor: [],
      floor_isolated: [],
      highlight_frame: [],
      heap_alone: [],
      page_own_task: [],
      traced: [],
      text_read: [],
      empty_evaluate: [],
    });
  }
  const memory: MemoryResult = {
    added: { paint: 0, elements: 0, page_alone: 0 },
    remarked: { paint: false, elements: false },
  };
  const urlOf = (name: PageName) => `${server.baseUrl}/${name}.html`;
  const emptyExtension = join(work, 'empty-extension');
  mkdirSync(emptyExtension);
  for (const [file, text] of Object.entries(EMPTY_EXTENSION)) {
    writeFileSync(join(emptyExtension, file), text);
  }
  const stylesheet = join(emptyExtension, MARKS_CSS_FILE);
  mkdirSync(dirname(stylesheet), { recursive: true });
  cpSync(join(extension, MARKS_CSS_FILE), stylesheet);
  let context: BrowserContext | undefined;
  let empty: BrowserContext | undefined;
  try {
    empty = await chromium.launchPersistentContext(join(work, 'empty-profile'), {
      executablePath: CHROME_PATH,
      headless: true,
      args: extensionArgs(emptyExtension),
    });
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROME_PATH,
      headless: true,
      args: extensionArgs(extension),
    });
    const sw =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    // Every runner takes its turn on each run of a page, both browsers open, so a machine that
    // slows down mid-bench slows all of them alike.
    for (const { name, runs } of PAGES) {
      say(`page benchmark: ${name}, ${runs} run${runs > 1 ? 's' : ''} of each runner…`);
      const result = results.get(name)!;
      for (let i = 0; i < runs; i++) {
        for (const style of STYLES) {
          await setMarkStyle(sw, style);
          const run = await measureSourcemark(context, sw, urlOf(name));
          result.sourcemark[style].push(run);
          // As many runs of the page's own as of Sourcemark's, each over as long a window.
          result.page_own_task.push(
            await measurePageOwnTasks(empty, urlOf(name), run.untilReadyMs),
          );
        }
        for (const library of ['markjs', 'advanced_markjs'] as const) {
          const call = libraryCall(library);
          const script = LIBRARIES[library].file;
          result[library].push(await measureInPage(plain, urlOf(name), call, { script }));
        }
        const floor = `(${FLOOR_CALL})()`;
        result.floor.push(await measureInPage(plain, urlOf(name), floor));
        const world = 'isolated';
        result.floor_isolated.push(await measureInPage(plain, urlOf(name), floor, { world }));
        result.highlight_frame.push(await measureInPage(plain, urlOf(name), highlightFrameCall()));
        result.heap_alone.push(await heapAlone(plain, urlOf(name)));
        if (name === NO_MENTION_PAGE) {
          result.text_read.push(await measureTextRead(empty, urlOf(name)));
        }
      }
      for (let i = 0; i < runs; i++) {
        for (const style of STYLES) {
          result.traced.push(await traceSourcemark(context, sw, urlOf(name), style));
        }
        if (name === NO_MENTION_PAGE) {
          result.empty_evaluate.push(await traceEmptyScript(empty, urlOf(name)));
        }
      }
    }
    say(`page benchmark: memory, re-rendering a paragraph of ${MEMORY_PAGE}…`);
    for (const style of STYLES) {
      await setMarkStyle(sw, style);
      const page = await context.newPage();
      try {
        await page.goto(urlOf(MEMORY_PAGE), { waitUntil: 'load' });
        await page.waitForFunction("document.documentElement.dataset.sourcemark === 'ready'");
        const idsBefore = new Set((await readPageState(sw)).mentions.map((m) => m.id));
        memory.added[style] = await objectsAddedByRerenders(page);
        const idsAfter = (await readPageState(sw)).mentions.map((m) => m.id);
        memory.remarked[style] = idsAfter.some((id) => !idsBefore.has(id));
      } finally {
        await page.close();
      }
    }
    const alone = await plain.page();
    await alone.goto(urlOf(MEMORY_PAGE), { waitUntil: 'load' });
    memory.added.page_alone = await objectsAddedByRerenders(alone);
    await alone.close();
  } finally {
    await context?.close().catch(() => undefined);
    await empty?.close().catch(() => undefined);
    await plain.stop();
    await server.close();
    await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
  return { results, memory, scripts, chromium: plain.version };
}

function versionOf(name: string): string {
  const file = join(REPO_ROOT, 'node_modules', name, 'package.json');
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(file, 'utf8'))).version;
}

async function main(): Promise<void> {
  if (!existsSync(CHROME_PATH)) {
    say(
      `page benchmark skipped: no Chromium at ${CHROME_PATH} (install chromium or set CHROME_PATH)`,
    );
    return;
  }
  const started = Date.now();
  const { results, memory, scripts, chromium: version } = await measureAll();
  say(
    `Chromium ${version}; pages: generateNewsHtml(bytes, ${SEED}, 2048), a mention sentence per ~2 KB of text; ` +
      `mark.js ${versionOf('mark.js')} {acrossElements}, advanced-mark.js ` +
      `${versionOf('advanced-mark.js')} {acrossElements, blockElementsBoundary}, markRegExp(${LIBRARY_REGEX}); ` +
      "floor: one TreeWalker(SHOW_TEXT) pass reading every text node, in the page's world and in an " +
      "isolated world (where a content script runs; the libraries run in the page's world); 5mb: one run each " +
      '(mark.js alone takes most of a minute there)',
  );
  printTable(results);
  printRatios(results, scripts);
  printMemory(memory);
  printTargets(results, memory);
  say(`page benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] === import.meta.filename) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `page benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
