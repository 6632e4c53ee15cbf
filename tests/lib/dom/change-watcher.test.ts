// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeWatcher } from '../../../lib/dom/change-watcher';

const win = window as unknown as Window & typeof globalThis;

/** A watcher of the body, and every set of nodes it hands on. */
function watchBody() {
  const reported: Set<Node>[] = [];
  const watcher = new ChangeWatcher(win, (changed) => reported.push(changed));
  watcher.observe(document.body);
  return { watcher, reported };
}

// Longer than the watcher waits for the page to be quiet.
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('ChangeWatcher', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('never reports its own writes, and still reports the page changes made before them', async () => {
    document.body.innerHTML = '<p id="a">Meta</p><p id="b">Scale AI</p>';
    const { watcher, reported } = watchBody();
    const a = document.getElementById('a')!;
    a.append(' paid $14.3 billion');
    watcher.writing(() => {
      (document.getElementById('b')!.firstChild as Text).splitText(3);
      document.getElementById('b')!.append(document.createElement('span'));
    });
    await settle();
    expect(reported.length).toBe(1);
    expect(reported[0]).toEqual(new Set([a.lastChild]));
    watcher.disconnect();
  });

  it("hands on the page's changes as they come, in the observer's callback, never its own", async () => {
    document.body.innerHTML = '<p id="a">Meta</p><p id="b">Scale AI</p>';
    const seen: MutationRecord[][] = [];
    const watcher = new ChangeWatcher(
      win,
      () => {},
      (mutations) => seen.push(mutations),
    );
    watcher.observe(document.body);
    watcher.writing(() => document.getElementById('b')!.append(' founded in 2016'));
    const a = document.getElementById('a')!.firstChild as Text;
    a.data = 'Meta Platforms';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.flat().map((m) => [m.type, m.target])).toEqual([['characterData', a]]);
    watcher.disconnect();
  });

  it('watches again after writing: the page, and the shadow roots it was told of', async () => {
    document.body.innerHTML = '<p id="a">Meta</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inner">Scale AI</p>';
    const { watcher, reported } = watchBody();
    watcher.observe(shadow);
    watcher.writing(() => document.getElementById('a')!.append('!'));
    const text = document.createTextNode(' took a 49% stake');
    document.getElementById('a')!.append(text);
    const inner = shadow.getElementById('inner')!;
    inner.append(' for $14.3 billion');
    await settle();
    expect(reported.length).toBe(1);
    expect(reported[0]).toEqual(new Set([text, inner.lastChild]));
    watcher.disconnect();
  });

  it('reports a region made editable or read-only, and no other attribute change', async () => {
    document.body.innerHTML = '<article id="story"><p>Meta paid $14.3 billion.</p></article>';
    const { watcher, reported } = watchBody();
    const story = document.getElementById('story')!;
    story.className = 'wide';
    story.setAttribute('data-id', '7');
    await settle();
    expect(reported).toEqual([]);
    story.setAttribute('contenteditable', 'true');
    await settle();
    story.removeAttribute('contenteditable');
    await settle();
    expect(reported).toEqual([new Set([story]), new Set([story])]);
    watcher.disconnect();
  });
});
