/**
 * Why a history operation failed, with a sentence the popup can show as it is:
 * - `quota`: the browser's storage for the extension is full;
 * - `blocked`: the database is held or closed by another connection (another window with an
 *   older version of the extension open, or an upgrade in progress);
 * - `invalid`: a file or an argument was not what it should be (the message says what);
 * - `not-found`: the record asked for is not in the history;
 * - `unknown`: anything else. `detail` holds the technical error for bug reports.
 */
export type StoreError = {
  kind: 'quota' | 'blocked' | 'invalid' | 'not-found' | 'unknown';
  message: string;
  detail?: string;
};

/** The outcome of a history operation: failures travel as data, never as thrown errors. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

const KEPT = 'Nothing already saved was lost.';

const MESSAGES: Record<'quota' | 'blocked' | 'unknown', string> = {
  quota: `Sourcemark could not save to its history: the browser's storage for the extension is full. Export or clear old history, then try again. ${KEPT}`,
  blocked: `Sourcemark's history is unavailable right now: another window is using it with an older version of the extension, or the extension is being updated. Close other windows or restart the browser, then try again. ${KEPT}`,
  unknown: `Sourcemark could not read or save its history. ${KEPT}`,
};

/** Dexie's and IndexedDB's error names that mean "the database is not available to us now". */
const BLOCKED_NAMES = new Set(['DatabaseClosedError', 'VersionChangeError']);

/**
 * Returns the StoreError for something thrown by Dexie or IndexedDB. Dexie wraps the cause in
 * `inner` (and a bulk operation's causes in `failures`), so those are searched too: a quota
 * error aborts the transaction and surfaces as an AbortError whose inner error says why.
 */
export function toStoreError(thrown: unknown): StoreError {
  const names = errorNames(thrown, 0);
  const kind = names.includes('QuotaExceededError')
    ? 'quota'
    : names.some((name) => BLOCKED_NAMES.has(name))
      ? 'blocked'
      : 'unknown';
  const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  return { kind, message: MESSAGES[kind], detail };
}

/** Returns the StoreError of a kind, for failures noticed without an error thrown (a blocked open). */
export function storeFailure(kind: 'quota' | 'blocked' | 'unknown'): StoreError {
  return { kind, message: MESSAGES[kind] };
}

/** Runs a database operation and returns its value, or the StoreError for what it threw. */
export async function attempt<T>(work: () => PromiseLike<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (thrown) {
    return { ok: false, error: toStoreError(thrown) };
  }
}

function errorNames(thrown: unknown, depth: number): string[] {
  if (typeof thrown !== 'object' || thrown === null || depth > 4) return [];
  const name = 'name' in thrown && typeof thrown.name === 'string' ? [thrown.name] : [];
  const inner = 'inner' in thrown ? [thrown.inner] : [];
  const failures = 'failures' in thrown && Array.isArray(thrown.failures) ? thrown.failures : [];
  return [...name, ...[...inner, ...failures].flatMap((cause) => errorNames(cause, depth + 1))];
}
