// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareAsShown } from '../../../lib/dom/mark-index';

describe('compareAsShown', () => {
  it('reads a shadow tree where its host is', () => {
    document.body.innerHTML = '<p>before <span id="host">hidden</span> after</p>';
    const [before, host, after] = [...document.querySelector('p')!.childNodes];
    const shadow = (host as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>first</b> second';
    const first = shadow.querySelector('b')!.firstChild!;
    const second = shadow.lastChild!;
    const order = [after, second, before, first];
    order.sort(compareAsShown);
    expect(order).toEqual([before, first, second, after]);
    expect(compareAsShown(first, host)).toBe(1);
    expect(compareAsShown(host, first)).toBe(-1);
  });

  it('orders nested shadow trees by their hosts', () => {
    document.body.innerHTML = '<div id="outer"></div><p>last</p>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = 'one <i id="inner"></i> three';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.textContent = 'two';
    const nodes = [
      document.querySelector('p')!.firstChild!,
      inner.firstChild!,
      outer.lastChild!,
      outer.firstChild!,
    ];
    nodes.sort(compareAsShown);
    expect(nodes.map((n) => n.textContent!.trim())).toEqual(['one', 'two', 'three', 'last']);
  });
});
