// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { compareAsShown, MarkIndex } from '../../../lib/dom/mark-index';
import type { MarkRecord } from '../../../lib/dom/mark-records';

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

// A record is only its id and where its text is, for ordering.
function recordAt(id: string, node: Text, start = 0): MarkRecord {
  return { id, pieces: [{ node, start, end: start + 1 }] } as unknown as MarkRecord;
}

function paragraphs(count: number): Text[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>para ${i}</p>`).join('');
  return [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
}

describe('MarkIndex order', () => {
  const ids = (index: MarkIndex) => index.inOrder().map((r) => r.id);

  it('keeps one read in the order it was read, over several adds, without asking the document', () => {
    const texts = paragraphs(300);
    const index = new MarkIndex((r) => r.pieces!);
    const read = {};
    const records = texts.map((t, i) => recordAt(`r${i}`, t));
    const asked = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    try {
      for (let i = 0; i < records.length; i += 64) index.add(records.slice(i, i + 64), read);
      expect(asked).not.toHaveBeenCalled();
    } finally {
      asked.mockRestore();
    }
    expect(ids(index)).toEqual(records.map((r) => r.id));
  });

  it('puts a later read where its text is on the page', () => {
    const texts = paragraphs(10);
    const index = new MarkIndex((r) => r.pieces!);
    const first = [0, 1, 2, 7, 8, 9].map((i) => recordAt(`a${i}`, texts[i]));
    index.add(first, {});
    // A block re-read later: paragraphs 3 to 6, in one run in the middle.
    index.add(
      [3, 4, 5, 6].map((i) => recordAt(`b${i}`, texts[i])),
      {},
    );
    expect(ids(index)).toEqual(['a0', 'a1', 'a2', 'b3', 'b4', 'b5', 'b6', 'a7', 'a8', 'a9']);
    // A read that lands in several places, and one before everything.
    index.add([recordAt('c0', texts[0], 3), recordAt('c8', texts[8], 3)], {});
    index.add([recordAt('d0', texts[0], 0)], {});
    expect(ids(index)).toEqual([
      'd0',
      'a0',
      'c0',
      'a1',
      'a2',
      'b3',
      'b4',
      'b5',
      'b6',
      'a7',
      'a8',
      'c8',
      'a9',
    ]);
  });

  it('orders a shadow tree read on its own where its host is', () => {
    document.body.innerHTML = '<p>before</p><div id="host"></div><p>after</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const [before, after] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const inside = shadow.querySelector('p')!.firstChild as Text;
    const index = new MarkIndex((r) => r.pieces!);
    index.add([recordAt('before', before), recordAt('after', after)], {});
    index.add([recordAt('inside', inside)], {});
    expect(ids(index)).toEqual(['before', 'inside', 'after']);
  });

  it('drops removed records from the order and keeps the rest in place', () => {
    const texts = paragraphs(5);
    const index = new MarkIndex((r) => r.pieces!);
    const records = texts.map((t, i) => recordAt(`r${i}`, t));
    index.add(records, {});
    index.remove([records[1], records[3]]);
    expect(ids(index)).toEqual(['r0', 'r2', 'r4']);
    expect(index.get('r1')).toBeUndefined();
    expect(index.at(texts[3])).toEqual([]);
    index.add([recordAt('again3', texts[3])], {});
    expect(ids(index)).toEqual(['r0', 'r2', 'again3', 'r4']);
  });

  it('finds a record not yet looked up from any text node inside the block it was read in', () => {
    document.body.innerHTML = '<p>Meta <b>paid <i>$14.3</i></b> billion</p><p>other</p>';
    const [p, other] = document.querySelectorAll('p');
    const figure = p.querySelector('i')!.firstChild as Text;
    const pending = { id: 'p', pieces: null, units: [0], page: { units: [p] } };
    const index = new MarkIndex((r) => r.pieces ?? []);
    index.add([pending as unknown as MarkRecord], {});
    expect(index.at(figure).map((r) => r.id)).toEqual(['p']);
    expect(index.at(p.firstChild as Text).map((r) => r.id)).toEqual(['p']);
    expect(index.at(other.firstChild as Text)).toEqual([]);
  });
});
