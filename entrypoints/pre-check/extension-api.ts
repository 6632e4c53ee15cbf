import type { Browser } from 'wxt/browser';

/**
 * The extension API (`browser`, or `chrome` where there is none, as WXT's `browser` chooses),
 * found when first used. WXT's `browser` is found as its module loads, by reading
 * `browser.runtime.id`, which sets up the runtime API: a cost every page would pay for the
 * script that runs on all of them, which on most pages never uses the API at all.
 */
export function extensionApi(): typeof Browser {
  const scope = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as typeof Browser;
}
