/**
 * The real-browser harness (STYLE.md, test tier 5): builds the extension, serves
 * tests/fixtures/ on 127.0.0.1, runs Chromium with the unpacked extension, and talks to the
 * page through the extension's service worker with the two messages the page marker answers
 * for tests and commands: `get-page-state` (the extension's own view of a page; on a page
 * that is not marked, the description the content script left, read as the popup reads it)
 * and `move-to-mention` (what the next/previous-mention commands send).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { afterAll, beforeAll, expect } from 'vitest';
import { z } from 'zod';
import { buildReport } from '../../../lib/check-report';
import { PAGE_MARKER_FILE } from '../../../lib/page-marker';
import { PRE_CHECK_FILE } from '../../../lib/content-script-files';
import type { TextContext } from '../../../lib/find-mentions';
import { htmlToPageText } from '../../../lib/node/html-to-text';
import { buildExtension as runWxtBuild } from '../../../lib/node/build-extension';
import { CHROME_PATH, extensionArgs } from '../../../lib/node/chromium-args';
import { FIND_TEXT_BOX } from '../../../lib/node/find-text-box';
import { serveStatic, type StaticServer } from '../../../lib/node/serve-static';
import { tabPages, tabPageState, type TabPage } from '../../../lib/node/tab-pages';
import { dormantPageState } from '../../../lib/dormant-page-state';
import { referenceDataset } from '../../../lib/reference-dataset';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');
const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');

/** How long a page may take to become ready: idle on localhost takes well under a second. */
const READY_TIMEOUT_MS = 5_000;
/** The contract: after a DOM change the page is re-marked within this time. */
export const REMARK_WITHIN_MS = 500;

// ---------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------

/** A folder of this checkout's e2e state, shared by the test files' worker processes. */
const STATE_DIR = join(
  tmpdir(),
  `sourcemark-e2e-${createHash('sha1').update(REPO_ROOT).digest('hex').slice(0, 10)}`,
);
const BUILD_LOCK = join(STATE_DIR, 'build.lock');
const BUILD_STAMP = join(STATE_DIR, 'build-run');
/** A lock older than this was left by a crashed run. */
const STALE_LOCK_MS = 120_000;

/**
 * The id of this vitest run. Test files run in forked workers (vitest's default pool) whose
 * parent is the run's main process, so the parent names the run; with worker threads the
 * process itself is the main one. On Linux the process's start time joins its pid, so a
 * later run that gets the same pid still builds.
 */
function testRunId(): string {
  const pid = typeof process.send === 'function' ? process.ppid : process.pid;
  let started = '';
  try {
    // Field 22 of /proc/PID/stat, counted after the parenthesised command name.
    started = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19] ?? '';
  } catch {
    // not Linux: the pid alone
  }
  return `${pid}@${started}`;
}

async function acquireBuildLock(): Promise<void> {
  mkdirSync(STATE_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let age = 0;
    try {
      age = Date.now() - statSync(BUILD_LOCK).mtimeMs;
    } catch {
      continue; // released between the two calls
    }
    if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/**
 * Builds the Chrome extension into `.output/chrome-mv3/` with `npx wxt build`, once per test
 * run: the test files run in parallel workers, and the first to get here builds while the
 * others wait (a build wipes the folder a running browser loaded). In watch mode the run
 * lasts until vitest quits, so reruns keep the first build. Skipped when
 * `SOURCEMARK_SKIP_BUILD=1`; throws when there is then no build to use.
 */
export async function buildExtension(): Promise<void> {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (process.env.SOURCEMARK_SKIP_BUILD === '1') {
    if (!existsSync(manifest)) {
      throw new Error(`SOURCEMARK_SKIP_BUILD=1 but there is no build at ${EXTENSION_DIR}`);
    }
    return;
  }
  const run = testRunId();
  await acquireBuildLock();
  try {
    const built = existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, 'utf8') === run;
    if (built && existsSync(manifest)) return;
    await runWxtBuild();
    writeFileSync(BUILD_STAMP, run);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** The built manifest, for the checks on what it declares. */
export async function readBuiltManifest(): Promise<unknown> {
  return JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
}

/** The built content script's source, for the checks on what every page loads. */
export function readBuiltContentScript(): Promise<string> {
  return readFile(join(EXTENSION_DIR, PRE_CHECK_FILE), 'utf8');
}

/**
 * Whether the page marker has run in `page`: its bundle declares one global, `pageMarker`
 * (holding what its main returned: nothing), in the extension's isolated world of the top frame (named after the extension), which only
 * the browser's own protocol can look into.
 */
export async function pageMarkerLoaded(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    // Enabling reports every context already there.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.name === 'Sourcemark' && c.auxData?.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error("the content script's world is not in the page");
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: "'pageMarker' in globalThis",
      returnByValue: true,
    });
    return result.value === true;
  } finally {
    await cdp.detach();
  }
}

/** The built page marker's source (loaded only into pages that may name a company). */
export function readBuiltPageMarker(): Promise<string> {
  return readFile(join(EXTENSION_DIR, PAGE_MARKER_FILE.slice(1)), 'utf8');
}

// ---------------------------------------------------------------------------------------
// Serving and launching
// ---------------------------------------------------------------------------------------

/**
 * Serves tests/fixtures/ on 127.0.0.1 at a free port. `/spa/<anything>` answers with
 * spa.html, so the single-page fixture's pushState routes also load directly.
 */
export function serveFixtures(): Promise<StaticServer> {
  return serveStatic(FIXTURES_DIR, {
    route: (pathname) => (pathname.startsWith('/spa/') ? '/spa.html' : undefined),
  });
}

/** Chromium with the extension loaded; `close()` ends it and deletes its profile. */
export type ExtensionBrowser = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close: () => Promise<void>;
};

// Profiles left by a test that crashed before its afterAll are removed when Node exits.
const profiles = new Set<string>();
process.once('exit', () => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts headless Chromium (CHROME_PATH, else /usr/bin/chromium) on a fresh temporary profile
 * with the built extension loaded, and waits for the extension's service worker. Throws when
 * Chromium is missing or the extension does not start.
 */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `no Chromium at ${CHROME_PATH}: run \`apt-get install -y chromium\` or set CHROME_PATH`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-profile-'));
  profiles.add(profile);
  const removeProfile = async () => {
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    profiles.delete(profile);
  };
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      headless: true,
      viewport: { width: 1024, height: 700 },
      args: extensionArgs(EXTENSION_DIR),
    });
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const opened = context;
    return {
      context: opened,
      serviceWorker,
      extensionId,
      close: async () => {
        await opened.close().catch(() => undefined);
        await removeProfile();
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await removeProfile();
    throw error;
  }
}

let pageCount = 0;

/**
 * Opens a fixture in a new tab and waits for its load event. Each tab gets its own query
 * string, so `chrome.tabs.query({ url })` finds exactly that tab.
 */
async function openFixture(context: BrowserContext, baseUrl: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${name}?tab=${++pageCount}`);
  return page;
}

/**
 * Opens a fixture's HTML in a tab the content script never runs in (about:blank, which no
 * http(s) match pattern covers), to measure the page as it is without the extension: same
 * browser, viewport and fonts. Throws if the page got marked anyway.
 */
export async function openUnmarkedCopy(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(await readFile(join(FIXTURES_DIR, name), 'utf8'));
  await page.waitForTimeout(300);
  const marker = await page.evaluate(() => document.documentElement.dataset.sourcemark);
  if (marker !== undefined) throw new Error(`the unmarked copy of ${name} was marked`);
  return page;
}

/**
 * Waits until the content script sets data-sourcemark="ready" on <html>; throws a readable
 * error (not a bare Playwright timeout) when it does not.
 */
export async function waitForReady(page: Page, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  try {
    await page.waitForFunction(
      () => document.documentElement.dataset.sourcemark === 'ready',
      null,
      {
        timeout: timeoutMs,
        polling: 50,
      },
    );
  } catch {
    throw new Error(
      `the content script did not set data-sourcemark="ready" on <html> of ${page.url()} ` +
        `within ${timeoutMs} ms`,
    );
  }
}

/** The page's text as a reader sees it (`document.body.innerText`). */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

// ---------------------------------------------------------------------------------------
// The extension's view, through its service worker
// ---------------------------------------------------------------------------------------

const verdictSchema = z.enum(['agrees', 'disagrees', 'mixed', 'unreferenced']);
const rectSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});

const mentionStateSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['entity', 'figure']),
  text: z.string(),
  entity: z.string().optional(),
  claim: z.string().nullish(),
  verdict: verdictSchema.optional(),
  agree: z.array(z.string()),
  disagree: z.array(z.string()),
});
export type MentionState = z.infer<typeof mentionStateSchema>;

const pageStateSchema = z.object({
  markStyle: z.enum(['paint', 'elements']),
  ready: z.boolean(),
  mentions: z.array(mentionStateSchema),
  highlights: z.record(z.string(), z.number()),
  card: z
    .object({ mentionId: z.string(), text: z.string(), rect: rectSchema.optional() })
    .nullable(),
  stats: z.object({ matchedIn: z.enum(['background', 'page']).nullable() }),
});
export type PageState = z.infer<typeof pageStateSchema>;
export type MarkStyle = PageState['markStyle'];

const getPageStateResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), state: pageStateSchema }),
  z.object({ ok: z.literal(false), error: z.unknown() }),
]);

/**
 * The page's tab: the one tab whose page runs Sourcemark, found from the service worker (not
 * by URL: a page may change its own with pushState); the tests keep one page tab open at a
 * time. `url` names the page in error messages.
 */
async function pageTab(sw: Worker, url: string): Promise<TabPage> {
  const pages = await tabPages(sw);
  if (pages.length !== 1) {
    throw new Error(
      `${pages.length} tabs run Sourcemark, so the tab of ${url} cannot be told apart`,
    );
  }
  return pages[0];
}

/** Sends `message` from the service worker to the marker in the page's tab (see {@link pageTab}). */
async function sendToTab(sw: Worker, url: string, message: object): Promise<unknown> {
  const { tabId } = await pageTab(sw, url);
  const result: { response: unknown } | { failure: string } = await sw.evaluate(
    async ({ tabId, message }) => {
      const { chrome } = globalThis as unknown as { chrome: typeof Browser };
      try {
        return { response: await chrome.tabs.sendMessage(tabId, message) };
      } catch (error) {
        return { failure: `no script answered in the tab: ${String(error)}` };
      }
    },
    { tabId, message },
  );
  if ('failure' in result) throw new Error(`${JSON.stringify(message)}: ${result.failure}`);
  return result.response;
}

/**
 * The extension's own view of the page at `url`: the marker's answer to get-page-state or, on
 * a page that is not marked, what the content script left for the popup (as the popup reads
 * it, lib/dormant-page-state.ts).
 */
export async function pageState(sw: Worker, url: string): Promise<PageState> {
  const page = await pageTab(sw, url);
  if ('description' in page) {
    const state = dormantPageState(page.description);
    if (!state) throw new Error(`the page's description is not one: ${JSON.stringify(page)}`);
    return pageStateSchema.parse(state);
  }
  const response = page.reply;
  const parsed = getPageStateResponseSchema.safeParse(response);
  if (!parsed.success) {
    throw new Error(
      `get-page-state answered ${JSON.stringify(response)}, not the contract's shape: ` +
        z.prettifyError(parsed.error),
    );
  }
  if (!parsed.data.ok) throw new Error(`get-page-state failed: ${String(parsed.data.error)}`);
  return parsed.data.state;
}

/**
 * Polls {@link pageState} until `accept` returns true and returns that state; throws with
 * the last state seen (or the last error) after `timeoutMs`.
 */
export async function waitForPageState(
  sw: Worker,
  page: Page,
  accept: (state: PageState) => boolean,
  what: string,
  timeoutMs = 2_000,
): Promise<PageState> {
  const deadline = Date.now() + timeoutMs;
  let last: PageState | Error | undefined;
  for (;;) {
    try {
      last = await pageState(sw, page.url());
      if (accept(last)) return last;
    } catch (error) {
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > deadline) break;
    await page.waitForTimeout(40);
  }
  const seen = last instanceof Error ? last.message : JSON.stringify(last);
  throw new Error(`waited ${timeoutMs} ms for ${what}; last saw ${seen}`);
}

/** Stores the mark style setting from the service worker, keeping the other settings. */
export async function setMarkStyle(sw: Worker, style: MarkStyle): Promise<void> {
  await sw.evaluate(async (markStyle) => {
    const { chrome } = globalThis as unknown as { chrome: typeof Browser };
    const { settings } = await chrome.storage.local.get('settings');
    const previous = typeof settings === 'object' && settings !== null ? settings : {};
    await chrome.storage.local.set({ settings: { ...previous, markStyle } });
  }, style);
}

/** Sends what the next-mention / previous-mention commands send to the tab at `url`. */
export async function moveToMention(
  sw: Worker,
  url: string,
  direction: 'next' | 'previous',
): Promise<void> {
  await sendToTab(sw, url, { type: 'move-to-mention', direction });
}

// ---------------------------------------------------------------------------------------
// One browser per test file
// ---------------------------------------------------------------------------------------

/** What a test file shares: one browser with the extension and one fixture server. */
export type Harness = {
  readonly sw: Worker;
  readonly context: BrowserContext;
  readonly baseUrl: string;
  /**
   * Stores `style`, opens the fixture and waits for the content script to be ready; closes
   * the tab and throws when it never gets ready.
   */
  open: (name: string, style: MarkStyle) => Promise<Page>;
  /** get-page-state for the tab's current URL (which pushState may have changed). */
  state: (page: Page) => Promise<PageState>;
};

/**
 * Registers beforeAll/afterAll hooks that build the extension, start a browser with it and
 * serve the fixtures, and returns accessors for them. Call once at a test file's top level.
 */
export function setUpHarness(): Harness {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    await buildExtension();
    server = await serveFixtures();
    browser = await launchWithExtension();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the e2e harness did not start (see beforeAll)');
    return value;
  };
  const harness: Harness = {
    get sw() {
      return need(browser).serviceWorker;
    },
    get context() {
      return need(browser).context;
    },
    get baseUrl() {
      return need(server).baseUrl;
    },
    open: async (name, style) => {
      await setMarkStyle(harness.sw, style);
      const page = await openFixture(harness.context, harness.baseUrl, name);
      try {
        await waitForReady(page);
        return page;
      } catch (error) {
        await page.close();
        throw error;
      }
    },
    state: (page) => pageState(harness.sw, page.url()),
  };
  return harness;
}

/**
 * A tab opened on first use and shared by the tests of one describe block; if opening
 * fails, every test that asks fails with the same error. Call `close()` in afterAll.
 */
export function sharedPage(open: () => Promise<Page>): {
  get: () => Promise<Page>;
  close: () => Promise<void>;
} {
  let opened: Promise<Page> | undefined;
  return {
    get: () => (opened ??= open()),
    close: async () => {
      const page = await opened?.catch(() => undefined);
      opened = undefined;
      await page?.close();
    },
  };
}

// ---------------------------------------------------------------------------------------
// Reading the page
// ---------------------------------------------------------------------------------------

/** The highlight names of the paint style, one per verdict and one for entities. */
const HIGHLIGHT_NAMES = [
  'sourcemark-agrees',
  'sourcemark-disagrees',
  'sourcemark-mixed',
  'sourcemark-unreferenced',
  'sourcemark-entity',
] as const;

/**
 * Range counts of the paint style's highlights as the page itself sees them in
 * `CSS.highlights` (one registry per document, shared by the page and the content script).
 */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate((names) => {
    return Object.fromEntries(names.map((name) => [name, CSS.highlights.get(name)?.size ?? 0]));
  }, HIGHLIGHT_NAMES);
}

/** How many ranges the paint style's highlights hold in all (see highlightSizes). */
export async function highlightTotal(page: Page): Promise<number> {
  const sizes = await highlightSizes(page);
  return Object.values(sizes).reduce((a, b) => a + b, 0);
}

/**
 * How many of the paint style's highlight ranges start or end inside an element matching
 * `selector` (in the document or an open shadow root). Ranges over removed nodes count too.
 */
export function paintedRangesIn(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    ({ names, selector }) => {
      let count = 0;
      for (const name of names) {
        for (const range of CSS.highlights.get(name) ?? []) {
          const isInside = (node: Node) => {
            const element = node instanceof Element ? node : node.parentElement;
            return element?.closest(selector) != null;
          };
          if (isInside(range.startContainer) || isInside(range.endContainer)) count++;
        }
      }
      return count;
    },
    { names: HIGHLIGHT_NAMES, selector },
  );
}

/**
 * Waits, in the page, until each selector's element holds a figure mark (a
 * <sourcemark-mention data-kind="figure"> piece, or a verdict highlight range over one of
 * its live text nodes) and returns when that happened (performance.now()), or null for the
 * ones still unmarked after `timeoutMs`. Polls every 10 ms; elements may not exist yet.
 */
export function figureMarkTimes(
  page: Page,
  selectors: string[],
  timeoutMs: number,
): Promise<Record<string, number | null>> {
  return page.evaluate(
    ({ selectors, timeoutMs, names }) =>
      new Promise<Record<string, number | null>>((resolve) => {
        const times: Record<string, number | null> = {};
        const started = performance.now();
        const isMarked = (element: Element) => {
          if (element.querySelector('sourcemark-mention[data-kind="figure"]')) return true;
          return names.some((name) => {
            for (const range of CSS.highlights.get(name) ?? []) {
              const node = range.startContainer;
              if (node.isConnected && element.contains(node)) return true;
            }
            return false;
          });
        };
        const tick = () => {
          for (const selector of selectors) {
            if (times[selector] != null) continue;
            const element = document.querySelector(selector);
            times[selector] = element && isMarked(element) ? performance.now() : null;
          }
          const done = selectors.every((selector) => times[selector] != null);
          if (done || performance.now() - started > timeoutMs) resolve(times);
          else setTimeout(tick, 10);
        };
        tick();
      }),
    { selectors, timeoutMs, names: HIGHLIGHT_NAMES.filter((name) => name !== 'sourcemark-entity') },
  );
}

/** One mention as the elements style writes it: its text (first to last piece), attributes. */
export type DomMark = {
  id: string;
  text: string;
  pieces: number;
  kind: string | null;
  entity: string | null;
  claim: string | null;
  verdict: string | null;
  agree: string | null;
  disagree: string | null;
};

export type DomMarks = {
  marks: DomMark[];
  /** Pieces inside another <sourcemark-mention>. */
  nested: number;
  /** Pieces holding anything but text. */
  withElements: number;
  /** Mention ids whose pieces disagree on an attribute. */
  inconsistent: string[];
};

/**
 * Every <sourcemark-mention> in the document and in open shadow roots (document order
 * within each tree), grouped by data-mention-id. `within` limits the search to the
 * elements matching a selector.
 */
export function readDomMarks(page: Page, within = ':root'): Promise<DomMarks> {
  return page.evaluate((within) => {
    const ATTRIBUTES = ['kind', 'entity', 'claim', 'verdict', 'agree', 'disagree'] as const;
    const pieces: Element[] = [];
    const hosts = [...document.querySelectorAll(within)];
    // A matched element that is itself a shadow host has its marks in its shadow root.
    const roots: ParentNode[] = [
      ...hosts,
      ...hosts.flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : [])),
    ];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i].querySelectorAll('*')) {
        if (element.localName === 'sourcemark-mention') pieces.push(element);
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    const byId = new Map<string, Element[]>();
    for (const piece of pieces) {
      const id = piece.getAttribute('data-mention-id') ?? '';
      byId.set(id, [...(byId.get(id) ?? []), piece]);
    }
    const inconsistent: string[] = [];
    const marks = [...byId].map(([id, group]) => {
      const attribute = (name: string) => group[0].getAttribute(`data-${name}`);
      if (
        ATTRIBUTES.some((name) =>
          group.some((p) => p.getAttribute(`data-${name}`) !== attribute(name)),
        )
      ) {
        inconsistent.push(id);
      }
      return {
        id,
        // From the first piece to the last: a white-space-only text node inside a mention
        // may be left unwrapped (as hypothesis's highlighter does) yet is part of its text.
        text: (() => {
          const range = document.createRange();
          range.setStartBefore(group[0]);
          range.setEndAfter(group[group.length - 1]);
          return range.toString();
        })(),
        pieces: group.length,
        kind: attribute('kind'),
        entity: attribute('entity'),
        claim: attribute('claim'),
        verdict: attribute('verdict'),
        agree: attribute('agree'),
        disagree: attribute('disagree'),
      };
    });
    return {
      marks,
      nested: pieces.filter((p) => p.parentElement?.closest('sourcemark-mention')).length,
      withElements: pieces.filter((p) => p.children.length > 0).length,
      inconsistent,
    };
  }, within);
}

export type Box = { x: number; y: number; width: number; height: number };

/**
 * Scrolls the first occurrence of `text` inside `within` into view (`block` as for
 * scrollIntoView) and returns the box of its first line, in viewport pixels. White space
 * runs in the page count as one space, so a figure split across tags and source lines is
 * found by its visible text. Throws when the text is not there.
 */
export async function textBox(
  page: Page,
  within: string,
  text: string,
  block: 'start' | 'center' | 'end' = 'center',
): Promise<Box> {
  const box = (await page.evaluate(
    `(${FIND_TEXT_BOX})(${JSON.stringify([within, text, block])})`,
  )) as Box | null;
  if (!box) throw new Error(`no "${text}" inside ${within} on ${page.url()}`);
  return box;
}

/** Moves the mouse to the middle of `box`. */
export async function hover(page: Page, box: Box): Promise<void> {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
}

/** Each matching element's border box, in page (not viewport) pixels. */
export function layoutOf(page: Page, selector: string): Promise<Box[]> {
  return page.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].map((element) => {
      const rect = element.getBoundingClientRect();
      return { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
    });
  }, selector);
}

// ---------------------------------------------------------------------------------------
// What the core expects
// ---------------------------------------------------------------------------------------

/** A mention as both styles must report it, in the order of the page. */
export type ExpectedMark = {
  kind: 'entity' | 'figure';
  text: string;
  entity?: string;
  claim?: string | null;
  verdict?: string;
  agree: string[];
  disagree: string[];
};

/** White space as a reader sees it: runs of HTML white space are one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The marks the shared core (the one behind `npm run check`) finds in `text`. */
export function expectedMarksOfText(text: string, context: TextContext = {}): ExpectedMark[] {
  return buildReport(text, referenceDataset(), context).map((row) => ({
    kind: row.kind,
    text: collapseSpaces(row.text),
    ...(row.kind === 'entity'
      ? { entity: row.entity }
      : { claim: row.claim ?? null, verdict: row.verdict }),
    agree: row.agree,
    disagree: row.disagree,
  }));
}

/** The marks `npm run check -- tests/fixtures/NAME --json` lists for a fixture. */
export function expectedMarksOfFixture(name: string): ExpectedMark[] {
  const { text, groupStarts } = htmlToPageText(readFileSync(join(FIXTURES_DIR, name), 'utf8'));
  return expectedMarksOfText(text, { groupStarts });
}

/** A DOM mark in the shape of {@link ExpectedMark}, for whole-list comparisons. */
export function domMarkAsExpected(mark: DomMark): ExpectedMark {
  const ids = (value: string | null) => (value ? value.split(' ').filter(Boolean) : []);
  return {
    kind: mark.kind === 'figure' ? 'figure' : 'entity',
    text: collapseSpaces(mark.text),
    ...(mark.kind === 'figure'
      ? { claim: mark.claim, verdict: mark.verdict ?? undefined }
      : { entity: mark.entity ?? undefined }),
    agree: ids(mark.agree),
    disagree: ids(mark.disagree),
  };
}

/** A get-page-state mention in the shape of {@link ExpectedMark}. */
export function stateMentionAsExpected(mention: MentionState): ExpectedMark {
  return {
    kind: mention.kind,
    text: collapseSpaces(mention.text),
    ...(mention.kind === 'figure'
      ? { claim: mention.claim ?? null, verdict: mention.verdict }
      : { entity: mention.entity }),
    agree: mention.agree,
    disagree: mention.disagree,
  };
}

// ---------------------------------------------------------------------------------------
// Extension pages
// ---------------------------------------------------------------------------------------

/** The address of one of the extension's own pages (`dashboard.html`, `popup.html?…`). */
export function extensionPageUrl(sw: Worker, path: string): string {
  return `chrome-extension://${new URL(sw.url()).host}/${path}`;
}

/**
 * Reloads an open dashboard until `count()` (read once it shows its history or its empty
 * state) gives `expected`: pages report to the history a moment after they are marked.
 */
export async function reloadDashboardUntil(
  dashboard: Page,
  count: () => Promise<number>,
  expected: number,
): Promise<void> {
  await expect
    .poll(
      async () => {
        await dashboard.reload();
        await dashboard.locator('.review-counts, .empty').first().waitFor();
        return count();
      },
      { timeout: 10_000 },
    )
    .toBe(expected);
}

/**
 * The id of the tab whose page state tells `url` (see {@link pageState}), found from the
 * service worker; throws when no tab shows it.
 */
export async function tabIdShowing(sw: Worker, url: string): Promise<number> {
  const showing = (await tabPages(sw)).find((page) => tabPageState(page)?.url === url);
  if (!showing) throw new Error(`no tab shows ${url}`);
  return showing.tabId;
}

/** A file the browser downloaded: the name it suggested, where it was saved, its text. */
export type DownloadedFile = { filename: string; path: string; text: string };

/**
 * Runs `start` (a click that should download a file) and waits for the browser's download
 * as a reader's browser does it, then saves the file into `dir` under its suggested name.
 * Throws when no download starts within `timeoutMs` or the download fails.
 */
export async function captureDownload(
  page: Page,
  dir: string,
  start: () => Promise<void>,
  timeoutMs = 10_000,
): Promise<DownloadedFile> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: timeoutMs }),
    start(),
  ]);
  const failure = await download.failure();
  if (failure !== null) throw new Error(`the download of ${download.url()} failed: ${failure}`);
  const filename = download.suggestedFilename();
  const path = join(dir, filename);
  await download.saveAs(path);
  return { filename, path, text: await readFile(path, 'utf8') };
}
