/**
 * `npm run bench`, page part: the content script's main-thread cost on generated article
 * pages (200 KB, 1 MB and 5 MB with about one mention sentence per 2 KB of text, and 1 MB
 * naming no company), in both mark styles, measured in Chromium next to what a developer
 * would otherwise reach for, marking the same words and figure patterns on the same page:
 * mark.js and its maintained successor advanced-mark.js (across elements), and a floor (one
 * TreeWalker pass reading every text node, no writes). Everything runs in the same browser
 * build; results are ratios against those baselines, never pass/fail timings.
 *
 * What is timed:
 * - Sourcemark: the sum of its slices (`stats.scriptMs` from get-page-state), until the
 *   first pass has placed every mark; the wait for an idle page is reported apart. Long
 *   tasks come from a PerformanceObserver installed before the page's own scripts.
 * - Libraries and floor: performance.now() in the page around one call, on a fresh tab
 *   without the extension (until mark.js's `done` callback).
 * Neither side includes the style, layout and paint the browser does afterwards.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
import { getPageStateResponseSchema, type PageState } from '../messages';
import type { MarkStyle } from '../settings';
import { serveStatic } from './serve-static';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const BUILD_DIR = join(REPO_ROOT, '.output/chrome-mv3');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
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

/** How long one library call may run before its browser is stopped (mark.js is quadratic). */
const LIBRARY_TIMEOUT_MS = 90_000;
/** How long Sourcemark may take to mark the largest page. */
const READY_TIMEOUT_MS = 120_000;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done()
        : fail(
            new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
          ),
    );
  });
}

// ---------------------------------------------------------------------------------------
// Sourcemark, in the browser with the extension
// ---------------------------------------------------------------------------------------

// Installed before the page's own scripts: records every long task, and when the content
// script marks the document element "loading" (it started) and "ready" (first pass done).
const RECORDER = `(() => {
  const bench = (window.__bench = { tasks: [], loading: null, ready: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const state = document.documentElement && document.documentElement.dataset.sourcemark;
    if (state === 'loading' && bench.loading === null) bench.loading = performance.now();
    if (state === 'ready' && bench.ready === null) bench.ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-sourcemark'] });
})()`;

const recordedSchema = z.object({
  tasks: z.array(z.tuple([z.number(), z.number()])),
  loading: z.number().nullable(),
  ready: z.number(),
});

/** One Sourcemark run: its own stats, and long tasks seen by the page. */
type SourcemarkRun = {
  stats: PageState['stats'];
  marks: number;
  /** Longest long task overlapping the annotation (idle wait over, until ready). */
  longestTaskMs: number;
  /** Longest long task from navigation to ready, the page's own parse and layout included. */
  longestTaskAnyMs: number;
};

/** Asks the one page tab's content script for its state; without "tabs", every tab is tried. */
async function readPageState(sw: Worker): Promise<PageState> {
  const response: unknown = await sw.evaluate(async () => {
    type Tabs = {
      query: (q: object) => Promise<{ id?: number }[]>;
      sendMessage: (id: number, m: unknown) => Promise<unknown>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    for (const tab of await tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await tabs.sendMessage(tab.id, { type: 'get-page-state' }).catch(() => null);
      if (answer) return answer;
    }
    return null;
  });
  const parsed = getPageStateResponseSchema.safeParse(response);
  if (!parsed.success || !parsed.data.ok)
    throw new Error('no content script answered get-page-state');
  return parsed.data.state;
}

async function setMarkStyle(sw: Worker, markStyle: MarkStyle): Promise<void> {
  await sw.evaluate(async (markStyle) => {
    type Storage = { local: { set: (items: object) => Promise<void> } };
    const { storage } = (globalThis as unknown as { chrome: { storage: Storage } }).chrome;
    await storage.local.set({ settings: { markStyle } });
  }, markStyle);
}

async function measureSourcemark(
  context: BrowserContext,
  sw: Worker,
  url: string,
): Promise<SourcemarkRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(RECORDER);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction('window.__bench && window.__bench.ready !== null', null, {
      polling: 100,
      timeout: READY_TIMEOUT_MS,
    });
    const recorded = recordedSchema.parse(await page.evaluate('window.__bench'));
    const state = await readPageState(sw);
    const annotationStart = (recorded.loading ?? 0) + state.stats.idleWaitMs;
    const longest = (tasks: [number, number][]) => Math.max(0, ...tasks.map(([, d]) => d));
    const before = recorded.tasks.filter(([start]) => start <= recorded.ready);
    return {
      stats: state.stats,
      marks: state.mentions.length,
      longestTaskMs: longest(before.filter(([start, d]) => start + d >= annotationStart)),
      longestTaskAnyMs: longest(before),
    };
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
  new Mark(document.body).markRegExp(new RegExp(source, 'g'), { ...options, done: () => {
    const ms = performance.now() - started;
    resolve({ ms, marks: document.querySelectorAll('mark').length });
  } });
})`;

const FLOOR_CALL = `() => {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  return { ms: performance.now() - started, marks: 0, chars };
}`;

const timedSchema = z.object({ ms: z.number(), marks: z.number() });
type Timed = z.infer<typeof timedSchema>;

/** A browser without the extension, relaunched when a library call had to be stopped. */
class PlainBrowser {
  private browser: Browser | null = null;

  async page(): Promise<Page> {
    this.browser ??= await chromium.launch({
      executablePath: CHROME_PATH,
      headless: true,
      args: ARGS,
    });
    return this.browser.newPage();
  }

  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = null;
  }
}

/** Runs `call` on a fresh tab of `url`; null when it outlasts LIBRARY_TIMEOUT_MS. */
async function measureInPage(
  plain: PlainBrowser,
  url: string,
  call: string,
  script?: string,
): Promise<Timed | null> {
  const page = await plain.page();
  await page.goto(url, { waitUntil: 'load' });
  if (script) await page.addScriptTag({ path: join(REPO_ROOT, script) });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>(
    (done) => (timer = setTimeout(() => done(null), LIBRARY_TIMEOUT_MS)),
  );
  const result = await Promise.race([page.evaluate(call), timeout]);
  clearTimeout(timer);
  if (result === null) {
    await plain.stop(); // the tab is stuck in a synchronous loop: end its browser
    return null;
  }
  await page.close();
  return timedSchema.parse(result);
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
  floor: Timed[];
};

const fixed = (value: number | null) => (value === null ? 'timeout' : value.toFixed(1));
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null ? 'n/a' : (a / b).toFixed(2);
const medianOf = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick));
const medianMs = (runs: (Timed | null)[]) =>
  runs.some((r) => r === null) ? null : medianOf(runs as Timed[], (r) => r.ms);

function printTable(results: Map<PageName, PageResult>): void {
  const row = (cells: string[]) =>
    say(
      cells.map((cell, i) => (i < 2 ? cell.padEnd(i === 0 ? 16 : 18) : cell.padStart(13))).join(''),
    );
  row(['page', 'style', 'script_ms', 'idle_wait_ms', 'slice_max_ms', 'longest_task', 'marks']);
  for (const { name, runs } of PAGES) {
    const result = results.get(name)!;
    for (const style of ['paint', 'elements'] as const) {
      const list = result.sourcemark[style];
      row([
        `${name} (${runs})`,
        `sourcemark ${style}`,
        fixed(medianOf(list, (r) => r.stats.scriptMs)),
        fixed(medianOf(list, (r) => r.stats.idleWaitMs)),
        fixed(medianOf(list, (r) => r.stats.longestSliceMs)),
        fixed(Math.max(...list.map((r) => r.longestTaskMs))),
        String(list[0].marks) + (list[0].stats.skipped ? ' skipped' : ''),
      ]);
    }
    for (const library of ['markjs', 'advanced_markjs', 'floor'] as const) {
      const list = result[library];
      const first = list.find((r) => r !== null);
      row([
        `${name} (${runs})`,
        library,
        fixed(medianMs(list)),
        '-',
        '-',
        '-',
        first ? String(first.marks) : '-',
      ]);
    }
  }
  say(
    '(medians of the runs in brackets; longest_task: the worst run, tasks overlapping annotation)',
  );
}

function printRatios(results: Map<PageName, PageResult>): void {
  for (const { name } of PAGES) {
    const r = results.get(name)!;
    const paint = medianOf(r.sourcemark.paint, (x) => x.stats.scriptMs);
    const elements = medianOf(r.sourcemark.elements, (x) => x.stats.scriptMs);
    const markjs = medianMs(r.markjs);
    const advanced = medianMs(r.advanced_markjs);
    const floor = medianMs(r.floor);
    say(
      `page_${name} paint_ms=${fixed(paint)} elements_ms=${fixed(elements)} markjs_ms=${fixed(markjs)} ` +
        `advanced_markjs_ms=${fixed(advanced)} floor_ms=${fixed(floor)} ` +
        `paint_vs_markjs=${ratio(paint, markjs)} paint_vs_advanced=${ratio(paint, advanced)} ` +
        `paint_vs_floor=${ratio(paint, floor)} elements_vs_markjs=${ratio(elements, markjs)} ` +
        `elements_vs_advanced=${ratio(elements, advanced)} elements_vs_floor=${ratio(elements, floor)}`,
    );
  }
  const worstTask = (name: PageName) => {
    const r = results.get(name)!;
    return fixed(
      Math.max(...[...r.sourcemark.paint, ...r.sourcemark.elements].map((x) => x.longestTaskMs)),
    );
  };
  const worstAny = (name: PageName) => {
    const r = results.get(name)!;
    return fixed(
      Math.max(...[...r.sourcemark.paint, ...r.sourcemark.elements].map((x) => x.longestTaskAnyMs)),
    );
  };
  say(
    `longest_task_ms 200kb=${worstTask('200kb')} 1mb=${worstTask('1mb')} 5mb=${worstTask('5mb')}`,
  );
  say(
    `longest_task_incl_page_load_ms 200kb=${worstAny('200kb')} 1mb=${worstAny('1mb')} 5mb=${worstAny('5mb')}`,
  );
  const none = results.get('1mb_no_mention')!;
  const noneMs = Math.max(
    medianOf(none.sourcemark.paint, (x) => x.stats.scriptMs),
    medianOf(none.sourcemark.elements, (x) => x.stats.scriptMs),
  );
  say(`no_mention_1mb_script_ms=${noneMs.toFixed(2)}`);
  const content = readFileSync(join(BUILD_DIR, 'content-scripts/content.js'));
  say(
    `content_script_gzip_kb=${(gzipSync(content, { level: 9 }).length / KB).toFixed(1)} raw_kb=${(content.length / KB).toFixed(1)}`,
  );
}

// ---------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(CHROME_PATH)) {
    say(
      `page benchmark skipped: no Chromium at ${CHROME_PATH} (install chromium or set CHROME_PATH)`,
    );
    return;
  }
  const started = Date.now();
  say('page benchmark: building the extension (wxt build)…');
  await run('npx', ['--no-install', 'wxt', 'build']);
  const work = await mkdtemp(join(tmpdir(), 'sourcemark-bench-'));
  // The browser loads a copy, so a concurrent build cannot swap files under it.
  const extension = join(work, 'extension');
  cpSync(BUILD_DIR, extension, { recursive: true });
  const site = join(work, 'site');
  mkdirSync(site);
  for (const { name, bytes, mentionEvery } of PAGES) {
    writeFileSync(join(site, `${name}.html`), generateNewsHtml(bytes, SEED, mentionEvery));
  }
  const server = await serveStatic(site);
  const profile = join(work, 'profile');
  const plain = new PlainBrowser();
  const results = new Map<PageName, PageResult>();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      headless: true,
      args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...ARGS],
    });
    const sw =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    for (const { name } of PAGES) {
      results.set(name, {
        sourcemark: { paint: [], elements: [] },
        markjs: [],
        advanced_markjs: [],
        floor: [],
      });
    }
    for (const style of ['paint', 'elements'] as const) {
      await setMarkStyle(sw, style);
      for (const { name, runs } of PAGES) {
        for (let i = 0; i < runs; i++) {
          results
            .get(name)!
            .sourcemark[style].push(
              await measureSourcemark(context, sw, `${server.baseUrl}/${name}.html`),
            );
        }
      }
    }
    await context.close();
    context = undefined;
    for (const { name, runs } of PAGES) {
      const url = `${server.baseUrl}/${name}.html`;
      const result = results.get(name)!;
      for (let i = 0; i < runs; i++) {
        for (const library of ['markjs', 'advanced_markjs'] as const) {
          result[library].push(
            await measureInPage(plain, url, libraryCall(library), LIBRARIES[library].file),
          );
        }
        result.floor.push((await measureInPage(plain, url, `(${FLOOR_CALL})()`))!);
      }
    }
  } finally {
    await context?.close().catch(() => undefined);
    await plain.stop();
    await server.close();
    await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
  printTable(results);
  printRatios(results);
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
