import * as z from 'zod';

/**
 * One event of a Chromium trace (the Trace Event Format), as far as long tasks need it:
 * complete events (`ph: 'X'`) with a start and a duration in microseconds, and the metadata
 * naming each thread.
 */
export const traceEventSchema = z.object({
  name: z.string(),
  ph: z.string(),
  pid: z.number(),
  tid: z.number(),
  ts: z.number(),
  dur: z.number().optional(),
  args: z.record(z.string(), z.unknown()).optional(),
});
export type TraceEvent = z.infer<typeof traceEventSchema>;

/** What a long task on the page's main thread ran, from a trace. */
export type TracedTask = {
  /** From the content script's evaluation (ms). */
  startMs: number;
  ms: number;
  /** Time in JavaScript inside the task: the content script's, or a test driver's (ms). */
  scriptMs: number;
  /** Where the browser posted the task from, or its longest step: what made it long. */
  cause: string;
};

/** A task longer than this is a long task (as PerformanceObserver `longtask` counts them). */
export const LONG_TASK_MS = 50;

/** The trace categories {@link longTasksOf} needs. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

// Events that enter JavaScript: any of them inside a task means a script ran in it.
const SCRIPT_ENTRIES = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'v8.run',
  'v8.callFunction',
]);

// Steps too general to say what a task was for: the task's own frames.
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const dataUrl = (event: TraceEvent): string => {
  const data = event.args?.data;
  return typeof data === 'object' && data !== null && 'url' in data ? String(data.url) : '';
};

const endOf = (event: TraceEvent) => event.ts + (event.dur ?? 0);

/**
 * How long the browser spent evaluating the script at `scriptUrl` (a URL ending): compiling it
 * and running its top level, with everything that ran synchronously in it (ms). Summed over
 * every evaluation; 0 when it was never evaluated.
 */
export function evaluationMs(events: readonly TraceEvent[], scriptUrl: string): number {
  let total = 0;
  for (const e of events) if (isEvaluationOf(e, scriptUrl)) total += e.dur ?? 0;
  return total / 1000;
}

/** True for the browser's evaluation of the script at `scriptUrl` (a URL ending). */
function isEvaluationOf(event: TraceEvent, scriptUrl: string): boolean {
  return event.name === 'EvaluateScript' && event.ph === 'X' && dataUrl(event).endsWith(scriptUrl);
}

/**
 * The long tasks of the page's main thread from the evaluation of the content script at
 * `scriptUrl` (a URL ending) until `untilMs` after it, with the time each spent in
 * JavaScript and what made it long. The page's main thread is the one that evaluated the
 * script. [] when no thread did.
 */
export function longTasksOf(
  events: readonly TraceEvent[],
  scriptUrl: string,
  untilMs: number,
): TracedTask[] {
  const evaluation = events.find((e) => isEvaluationOf(e, scriptUrl));
  if (!evaluation) return [];
  const onThread = events
    .filter((e) => e.pid === evaluation.pid && e.tid === evaluation.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const from = evaluation.ts;
  const until = from + untilMs * 1000;
  const tasks: TracedTask[] = [];
  for (const task of onThread) {
    if (task.name !== 'RunTask' || (task.dur ?? 0) <= LONG_TASK_MS * 1000) continue;
    if (endOf(task) < from || task.ts > until) continue;
    const inside = onThread.filter((e) => e !== task && e.ts >= task.ts && endOf(e) <= endOf(task));
    tasks.push({
      startMs: (task.ts - from) / 1000,
      ms: (task.dur ?? 0) / 1000,
      scriptMs: scriptTime(inside) / 1000,
      cause: causeOf(inside),
    });
  }
  return tasks;
}

// The time of the outermost script entries among `events` (sorted by start): nested ones
// (a function a microtask calls) are counted once, in their outer entry.
function scriptTime(events: readonly TraceEvent[]): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const event of events) {
    if (!SCRIPT_ENTRIES.has(event.name) || event.ts < coveredUntil) continue;
    total += event.dur ?? 0;
    coveredUntil = endOf(event);
  }
  return total;
}

// Where the task was posted from (the scheduler names the function), else its longest step.
function causeOf(inside: readonly TraceEvent[]): string {
  for (const event of inside) {
    const posted = event.args?.src_func;
    if (typeof posted === 'string' && posted !== '') {
      const file = event.args?.src_file;
      return typeof file === 'string' ? `${file.split('/').pop()}:${posted}` : posted;
    }
  }
  let longest: TraceEvent | null = null;
  for (const event of inside) {
    if (WRAPPERS.has(event.name)) continue;
    if (!longest || (event.dur ?? 0) > (longest.dur ?? 0)) longest = event;
  }
  return longest?.name ?? 'unknown';
}
