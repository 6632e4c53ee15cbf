import { describe, expect, it } from 'vitest';
import { PRE_CHECK_FILE as SCRIPT } from '../../../lib/content-script-files';
import { evaluationMs, longTasksOf, type TraceEvent } from '../../../lib/node/trace-tasks';

const PAGE = { pid: 7, tid: 1 };
const OTHER_THREAD = { pid: 9, tid: 1 };

// A complete event on the page's main thread: start and duration in ms, as the trace's µs.
function complete(name: string, startMs: number, ms: number, extra: Partial<TraceEvent> = {}) {
  return { name, ph: 'X', ...PAGE, ts: startMs * 1000, dur: ms * 1000, ...extra };
}

const evaluation = complete('EvaluateScript', 100, 8, {
  args: { data: { url: `chrome-extension://abc/${SCRIPT}` } },
});

describe('longTasksOf', () => {
  it('finds the long tasks after the script starts, with their script time and cause', () => {
    const events: TraceEvent[] = [
      complete('RunTask', 20, 70), // the page's own, over before the script started
      evaluation,
      // The browser's own timer, no script in it.
      complete('RunTask', 120, 65),
      complete('ThreadControllerImpl::RunTask', 120, 65, {
        args: {
          src_file: 'third_party/blink/anchor_element_metrics_sender.cc',
          src_func: 'MaybeUpdateMetrics',
        },
      }),
      // A slice of script: a microtask checkpoint running 60 ms of script, a nested call in it.
      complete('RunTask', 200, 62),
      complete('RunMicrotasks', 201, 60),
      complete('FunctionCall', 202, 30),
      // Short: not a long task.
      complete('RunTask', 300, 40),
      complete('FunctionCall', 300, 40),
      // After the window.
      complete('RunTask', 600, 90),
    ];
    const tasks = longTasksOf(events, SCRIPT, 400);
    expect(tasks).toEqual([
      {
        startMs: 20,
        ms: 65,
        scriptMs: 0,
        cause: 'anchor_element_metrics_sender.cc:MaybeUpdateMetrics',
      },
      { startMs: 100, ms: 62, scriptMs: 60, cause: 'RunMicrotasks' },
    ]);
  });

  it('names a task without a posting place by its longest step', () => {
    const events: TraceEvent[] = [
      evaluation,
      complete('RunTask', 150, 80),
      complete('ThreadControllerImpl::RunTask', 150, 80),
      complete('UpdateLayoutTree', 151, 20),
      complete('Layout', 172, 55),
    ];
    expect(longTasksOf(events, SCRIPT, 200)).toEqual([
      { startMs: 50, ms: 80, scriptMs: 0, cause: 'Layout' },
    ]);
  });

  it('reads only the thread that evaluated the script, and [] when none did', () => {
    const elsewhere = { ...complete('RunTask', 150, 80), ...OTHER_THREAD };
    expect(longTasksOf([evaluation, elsewhere], SCRIPT, 200)).toEqual([]);
    expect(longTasksOf([complete('RunTask', 150, 80)], SCRIPT, 200)).toEqual([]);
    const otherScript = complete('EvaluateScript', 100, 8, {
      args: { data: { url: 'http://127.0.0.1/page.js' } },
    });
    expect(longTasksOf([otherScript, complete('RunTask', 150, 80)], SCRIPT, 200)).toEqual([]);
  });
});

describe('evaluationMs', () => {
  it("sums the evaluations of one script, and no other script's", () => {
    const marker = (startMs: number, ms: number) =>
      complete('EvaluateScript', startMs, ms, {
        args: { data: { url: 'chrome-extension://abc/page-marker.js' } },
      });
    const events: TraceEvent[] = [
      evaluation,
      marker(300, 20.5),
      marker(900, 4),
      complete('EvaluateScript', 50, 30, { args: { data: { url: 'https://site/app.js' } } }),
      // Not an evaluation, though its URL is the script's.
      complete('FunctionCall', 120, 40, {
        args: { data: { url: `chrome-extension://abc/${SCRIPT}` } },
      }),
    ];
    expect(evaluationMs(events, SCRIPT)).toBe(8);
    expect(evaluationMs(events, 'page-marker.js')).toBe(24.5);
    expect(evaluationMs(events, 'missing.js')).toBe(0);
  });
});
