// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  isExtensionGone,
  watchForRemoval,
  type ExtensionRuntime,
} from '../../../lib/dom/extension-presence';

/** An extension API whose id can be taken away, as the browser does when it unloads one. */
function runtimeOf(id: string | undefined): ExtensionRuntime & { runtime: { id?: string } } {
  return { runtime: { id } };
}

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('isExtensionGone', () => {
  it('is false while the API knows its id, true once it does not', () => {
    expect(isExtensionGone({ runtime: { id: 'abc' } })).toBe(false);
    expect(isExtensionGone({ runtime: {} })).toBe(true);
    // Firefox takes the whole runtime away.
    expect(isExtensionGone({})).toBe(true);
  });
});

describe('watchForRemoval', () => {
  function watch(api: ExtensionRuntime) {
    const lifetime = new AbortController();
    const end = vi.fn(() => lifetime.abort());
    const endIfGone = watchForRemoval(document, api, end, lifetime.signal);
    return { lifetime, end, endIfGone };
  }

  it('does nothing while the extension is there', () => {
    const { end, endIfGone } = watch(runtimeOf('abc'));
    expect(endIfGone()).toBe(false);
    setVisibility('visible');
    expect(end).not.toHaveBeenCalled();
  });

  it('ends the lifetime when the check finds the extension gone, once', () => {
    const api = runtimeOf('abc');
    const { end, endIfGone, lifetime } = watch(api);
    delete api.runtime.id;
    expect(endIfGone()).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
    expect(endIfGone()).toBe(true);
    expect(end).toHaveBeenCalledTimes(1);
  });

  it('checks by itself when the page is shown again, not when it is hidden', () => {
    const api = runtimeOf('abc');
    const { end } = watch(api);
    delete api.runtime.id;
    setVisibility('hidden');
    expect(end).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(end).toHaveBeenCalledTimes(1);
  });

  it.each(['pointermove', 'focusin'])(
    'checks by itself when the user reaches for the page (%s)',
    (type) => {
      setVisibility('visible');
      const api = runtimeOf('abc');
      const { end } = watch(api);
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
      expect(end).not.toHaveBeenCalled();
      delete api.runtime.id;
      // Stopped by the page on its way: the check, captured at the document, has run.
      const onBody = (event: Event) => event.stopPropagation();
      document.body.addEventListener(type, onBody, { capture: true });
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
      document.body.removeEventListener(type, onBody, { capture: true });
      expect(end).toHaveBeenCalledTimes(1);
    },
  );

  it('stops listening once the lifetime ends for another reason', () => {
    const removed = vi.spyOn(document, 'removeEventListener');
    const { end, lifetime } = watch(runtimeOf(undefined));
    expect(removed).not.toHaveBeenCalled();
    lifetime.abort();
    for (const type of ['visibilitychange', 'pointermove', 'focusin']) {
      expect(removed).toHaveBeenCalledWith(type, expect.any(Function), expect.anything());
    }
    setVisibility('visible');
    expect(end).not.toHaveBeenCalled();
    removed.mockRestore();
  });

  it('reports an ended lifetime without ending it again', () => {
    const lifetime = new AbortController();
    lifetime.abort();
    const end = vi.fn();
    const endIfGone = watchForRemoval(document, {}, end, lifetime.signal);
    expect(endIfGone()).toBe(true);
    expect(end).not.toHaveBeenCalled();
  });
});
