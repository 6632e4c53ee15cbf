// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { untilPossibleMention } from '../../../lib/dom/possible-mention';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('untilPossibleMention', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function watch(stop = new AbortController()) {
    let slices = 0;
    let outcome: boolean | null = null;
    void untilPossibleMention(document.body, stop.signal, (work) => {
      slices++;
      return work();
    }).then((found) => (outcome = found));
    return { stop, outcome: () => outcome, slices: () => slices };
  }

  it('waits through text that names no company, and wakes on a paragraph that does', async () => {
    document.body.innerHTML = '<p>Weather: sunny.</p>';
    const watched = watch();
    document.body.insertAdjacentHTML('beforeend', '<p>Scale your app with <b>our</b> cloud.</p>');
    await settle();
    expect(watched.outcome()).toBeNull();
    expect(watched.slices()).toBeGreaterThan(0);
    document.body.insertAdjacentHTML('beforeend', '<article><p>Meta buys a stake.</p></article>');
    await settle();
    expect(watched.outcome()).toBe(true);
  });

  it('wakes when a text node is changed to name a company', async () => {
    document.body.innerHTML = '<p id="p">Loading…</p>';
    const watched = watch();
    (document.getElementById('p')!.firstChild as Text).data = 'Scale AI raised money.';
    await settle();
    expect(watched.outcome()).toBe(true);
  });

  it('watching the whole document, wakes on a new body but not on text in the head', async () => {
    document.body.innerHTML = '<p>Loading…</p>';
    let outcome: boolean | null = null;
    void untilPossibleMention(document.documentElement, new AbortController().signal, (work) =>
      work(),
    ).then((found) => (outcome = found));
    document.title = 'Meta takes a stake in Scale AI';
    document.head.insertAdjacentHTML('beforeend', '<script>var company = "Meta";</script>');
    await settle();
    expect(outcome).toBeNull();
    const body = document.createElement('body');
    body.innerHTML = '<p>Meta buys a stake.</p>';
    document.body.replaceWith(body);
    await settle();
    expect(outcome).toBe(true);
  });

  it('stops watching when aborted, and ignores what comes after', async () => {
    const watched = watch();
    watched.stop.abort();
    await settle();
    expect(watched.outcome()).toBe(false);
    const slices = watched.slices();
    document.body.insertAdjacentHTML('beforeend', '<p>Meta</p>');
    await settle();
    expect(watched.slices()).toBe(slices);
  });
});
