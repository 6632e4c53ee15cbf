/**
 * `npm start`: builds the extension, serves tests/fixtures/ on 127.0.0.1 and opens Chromium
 * with the extension loaded on the demo page, then waits until the browser is closed.
 * `--headless --screenshot FILE` runs without a window instead: it waits for the page to be
 * marked, hovers the first figure to open its card, saves a PNG and lists the marks.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { z } from 'zod';
import { CHROME_PATH, extensionArgs } from './chromium-args';
import { FIND_TEXT_BOX } from './find-text-box';
import { serveStatic } from './serve-static';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');
const DEMO_PAGE = 'demo.html';
/** How long the demo page may take to be marked before --headless gives up. */
const READY_TIMEOUT_MS = 15_000;
/** How long a hovered mark may take to open its card. */
const CARD_TIMEOUT_MS = 3_000;

const USAGE = 'usage: npm start [-- --headless [--screenshot FILE]]';
const HELP = `${USAGE}

Builds the extension, serves tests/fixtures/ on 127.0.0.1 and opens Chromium (CHROME_PATH,
else /usr/bin/chromium) with the extension on ${DEMO_PAGE}; waits until you close the browser.

  --headless         no window: wait for the marks, list them and exit
  --screenshot FILE  (implies --headless) also hover the first figure and save a PNG to FILE
  --help             show this help`;

type Options = { headless: boolean; screenshot: string | null };

/** Reads the command line; returns a usage error as a string. */
function parseArgs(args: string[]): Options | { help: true } | string {
  const options: Options = { headless: false, screenshot: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--headless') options.headless = true;
    else if (arg === '--screenshot' || arg.startsWith('--screenshot=')) {
      const file = arg === '--screenshot' ? args[++i] : arg.slice('--screenshot='.length);
      if (!file) return '--screenshot needs a file name';
      options.screenshot = resolve(file);
      options.headless = true;
    } else return `unknown argument ${arg}`;
  }
  return options;
}

/** Thrown for a problem the user can fix; printed as one line without a stack trace. */
class StartError extends Error {}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function runBuild(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['--no-install', 'wxt', 'build'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => fail(new StartError(`could not run wxt build: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) done();
      else {
        process.stderr.write(output);
        fail(new StartError(`wxt build failed (exit code ${code}); its output is above`));
      }
    });
  });
}

// What start reads back from get-page-state: the mentions and whether a card is open.
const pageStateResponseSchema = z.object({
  ok: z.literal(true),
  state: z.object({
    ready: z.boolean(),
    mentions: z.array(
      z.object({
        kind: z.enum(['entity', 'figure']),
        text: z.string(),
        entity: z.string().optional(),
        claim: z.string().nullish(),
        verdict: z.string().optional(),
      }),
    ),
    card: z.object({ mentionId: z.string() }).nullable(),
  }),
});
type PageStateView = z.infer<typeof pageStateResponseSchema>['state'];

/**
 * Asks the content script of the tab at `url` for its view of the page; null if none
 * answers. Without the "tabs" permission `tabs.query({ url })` sees no URLs, so the first
 * tab that answers is taken: start opens one page.
 */
async function readPageState(sw: Worker, url: string): Promise<PageStateView | null> {
  const response: unknown = await sw.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const byUrl = await api.tabs.query({ url });
    const tabs = byUrl.length > 0 ? byUrl : await api.tabs.query({});
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const answer = await api.tabs
        .sendMessage(tab.id, { type: 'get-page-state' })
        .catch(() => null);
      if (answer !== null && answer !== undefined) return answer;
    }
    return null;
  }, url);
  const parsed = pageStateResponseSchema.safeParse(response);
  return parsed.success ? parsed.data.state : null;
}

/** The slice of the chrome.tabs API the service worker calls. */
type ChromeTabs = {
  tabs: {
    query: (query: { url?: string }) => Promise<{ id?: number }[]>;
    sendMessage: (tabId: number, message: unknown) => Promise<unknown>;
  };
};

/** Calls `poll` every 100 ms until it returns a value; null when `timeoutMs` runs out. */
async function waitFor<T>(timeoutMs: number, poll: () => Promise<T | null>): Promise<T | null> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const value = await poll();
    if (value !== null) return value;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return null;
}

/** Lists the page's marks, hovers the first figure and saves a screenshot. */
async function showHeadless(page: Page, sw: Worker, screenshot: string | null): Promise<void> {
  const state = await waitFor(READY_TIMEOUT_MS, async () => {
    const current = await readPageState(sw, page.url());
    return current?.ready ? current : null;
  });
  if (!state) {
    throw new StartError(
      `the content script did not report a marked page within ${READY_TIMEOUT_MS / 1000} s ` +
        '(no answer to get-page-state)',
    );
  }
  const figure = state.mentions.find((mention) => mention.kind === 'figure');
  let cardOpened = false;
  if (figure) {
    const found: unknown = await page.evaluate(
      `(${FIND_TEXT_BOX})(${JSON.stringify(['body', figure.text, 'center'])})`,
    );
    const box = z
      .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
      .nullable()
      .parse(found);
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
      cardOpened =
        (await waitFor(CARD_TIMEOUT_MS, async () => {
          const current = await readPageState(sw, page.url());
          return current?.card ? true : null;
        })) === true;
    }
  }
  if (screenshot) {
    await page.screenshot({ path: screenshot });
    say(`screenshot: ${screenshot}${cardOpened ? ' (card open)' : ' (no card opened)'}`);
  }
  say(`${state.mentions.length} marks on ${DEMO_PAGE}:`);
  for (const { kind, text, entity, claim, verdict } of state.mentions) {
    const about = kind === 'entity' ? (entity ?? '-') : (claim ?? '-');
    say(
      `${kind.padEnd(6)}  ${JSON.stringify(text).padEnd(30)}  ${about.padEnd(36)}  ${verdict ?? '-'}`,
    );
  }
}

async function launch(profile: string, headless: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    // start's own handlers close the browser, then remove the profile and stop the server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // A window on a real display may use the GPU; headless never does.
    args: extensionArgs(EXTENSION_DIR).filter((arg) => headless || arg !== '--disable-gpu'),
  });
}

async function start(options: Options): Promise<void> {
  const chromePath = CHROME_PATH;
  if (!existsSync(chromePath)) {
    throw new StartError(
      `Chromium not found at ${chromePath}: run \`apt-get install -y chromium\` or set CHROME_PATH`,
    );
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!options.headless && process.platform === 'linux' && !hasDisplay) {
    throw new StartError(
      'no display to open a window on: try `npm start -- --headless --screenshot demo.png`',
    );
  }
  say('building the extension (wxt build)…');
  await runBuild();
  const server = await serveStatic(FIXTURES_DIR);
  const profile = await mkdtemp(join(tmpdir(), 'sourcemark-start-'));
  let context: BrowserContext | undefined;
  const stop = () => void context?.close();
  process.once('SIGINT', stop).once('SIGTERM', stop).once('SIGHUP', stop);
  try {
    context = await launch(profile, options.headless);
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `${server.baseUrl}/${DEMO_PAGE}`;
    await page.goto(url);
    if (options.headless) {
      await showHeadless(page, sw, options.screenshot);
    } else {
      say(`Sourcemark is running on ${url}: close the browser to stop.`);
      const opened = context;
      await new Promise<void>((closed) => opened.once('close', () => closed()));
    }
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop).off('SIGHUP', stop);
    await context?.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

/** Runs `npm start` with `args` (argv without node and script); returns the exit code. */
export async function runStart(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`sourcemark start: ${options}\n${USAGE}\n`);
    return 2;
  }
  if ('help' in options) {
    say(HELP);
    return 0;
  }
  try {
    await start(options);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = error instanceof StartError ? message : message.split('\n')[0];
    process.stderr.write(`sourcemark start: ${line}\n`);
    return 1;
  }
}

if (process.argv[1] === import.meta.filename) {
  runStart(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
