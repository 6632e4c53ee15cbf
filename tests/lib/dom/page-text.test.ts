// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findMentions } from '../../../lib/find-mentions';
import { PageTextReader, readPageText } from '../../../lib/dom/page-text';
import { hasPossibleMention, mayMentionIn } from '../../../lib/dom/possible-mention';

// Fixtures are small hand-written pages; the figure sentences follow the seed articles
// ("Meta invested $14.3 billion in Scale AI").
function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const textOf = (html: string) => readPageText(body(html)).text;
const mentionTexts = (html: string) => findMentions(textOf(html)).map((m) => m.text);

beforeEach(() => {
  document.body.innerHTML = '';
});

const NODE_BY_NODE = { wholeBlocks: false };

describe('readPageText: inline elements', () => {
  it.each([
    ['<p>Meta invested $14.<span>3</span> billion in Scale AI.</p>', '$14.3 billion'],
    ['<p>Meta invested $14.3 <a href="#">billion</a> in Scale AI.</p>', '$14.3 billion'],
    ['<p>Meta invested <b>$14.3</b> <i>billion</i> in Scale AI.</p>', '$14.3 billion'],
  ])('joins a figure split by inline tags: %s', (html, figure) => {
    expect(mentionTexts(html).filter((text) => text === figure)).toEqual([figure]);
  });

  it("joins a name split from its possessive: <b>Meta</b>'s", () => {
    expect(textOf("<p><b>Meta</b>'s deal</p>")).toBe("Meta's deal");
    expect(mentionTexts("<p><b>Meta</b>'s deal</p>")).toEqual(['Meta']);
  });

  it('keeps text node data as it is, but for source line breaks, which read as spaces', () => {
    expect(textOf('<p>Meta   invested\n   $14.3 billion</p>')).toBe(
      'Meta   invested    $14.3 billion',
    );
  });

  it('reads the text inside existing <sourcemark-mention> elements', () => {
    expect(textOf('<p><sourcemark-mention>Meta</sourcemark-mention> said</p>')).toBe('Meta said');
  });
});

describe('readPageText: blocks', () => {
  it('never joins the words of two paragraphs', () => {
    expect(textOf('<p>Meta</p><p>data</p>')).toBe('Meta\ndata');
    expect(mentionTexts('<p>Meta</p><p>data</p>')).toEqual(['Meta']);
  });

  it('puts one separator between nested blocks, none at the start or end', () => {
    expect(textOf('<div><div><p>one</p></div></div><div><p>two</p></div>')).toBe('one\ntwo');
  });

  it.each([
    ['<p>one<br>two</p>', 'one\ntwo'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['<table><tr><td>one</td><td>two</td></tr><tr><td>three</td></tr></table>', 'one\ntwo\nthree'],
    ['<h2>one</h2>two', 'one\ntwo'],
  ])('separates block boundaries: %s', (html, text) => {
    expect(textOf(html)).toBe(text);
  });

  it.each([true, false])(
    'maps every unit onto its own slice of the text (blocks read whole: %s)',
    (wholeBlocks) => {
      const html = '<h1>Title</h1><p>Meta <b>paid</b>\n $14.3 billion.</p>';
      const page = readPageText(body(html), { wholeBlocks });
      expect(page.units.map((_, i) => page.text.slice(page.starts[i], page.ends[i]))).toEqual(
        page.units.map((unit) => unit.textContent!.replace(/\n/g, ' ')),
      );
      expect(page.starts).toEqual([...page.starts].sort((a, b) => a - b));
      const kinds = page.units.map((unit) => unit.nodeName);
      expect(kinds).toEqual(wholeBlocks ? ['H1', 'P'] : ['#text', '#text', '#text', '#text']);
    },
  );
});

describe('readPageText: roots', () => {
  it('reads a whole document, skipping its head', () => {
    document.title = 'Meta';
    body('<p>Scale AI</p>');
    expect(readPageText(document).text).toBe('Scale AI');
  });

  it('reads an element root and nothing around it', () => {
    body('<p>before</p><article><p>Meta</p><p>Scale AI</p></article><p>after</p>');
    expect(readPageText(document.querySelector('article')!).text).toBe('Meta\nScale AI');
  });
});

describe('readPageText: skipped regions', () => {
  const secret = 'Meta invested $14.3 billion in Scale AI.';
  it.each([
    ['script', `<script>var s = "${secret}";</script>`],
    ['style', `<style>/* ${secret} */</style>`],
    ['noscript', `<noscript>${secret}</noscript>`],
    ['template', `<template><p>${secret}</p></template>`],
    ['textarea', `<textarea>${secret}</textarea>`],
    ['input', `<input value="${secret}">`],
    ['select/option', `<select><option>${secret}</option></select>`],
    ['contenteditable', `<div contenteditable>${secret}</div>`],
    ['contenteditable="plaintext-only"', `<div contenteditable="plaintext-only">${secret}</div>`],
    ['svg', `<svg><text>${secret}</text></svg>`],
    ['iframe', `<iframe srcdoc="<p>${secret}</p>"></iframe>`],
    ['code', `<p><code>${secret}</code></p>`],
    ['pre', `<pre>${secret}</pre>`],
    ['hidden', `<div hidden><p>${secret}</p></div>`],
    ['sourcemark-card', `<sourcemark-card>${secret}</sourcemark-card>`],
    ['data-sourcemark-ui', `<div data-sourcemark-ui><p>${secret}</p></div>`],
  ])('never reads %s', (_, html) => {
    const page = readPageText(body(`<p>before</p>${html}<p>after</p>`));
    expect(page.text).toBe('before\nafter');
    expect(page.units.map((unit) => unit.textContent)).toEqual(['before', 'after']);
  });

  it.each([
    ['hidden', '<span hidden>$10 billion</span>'],
    ['contenteditable', '<b contenteditable>$10 billion</b>'],
    ['data-sourcemark-ui', '<span data-sourcemark-ui>$10 billion</span>'],
    // Struck out: no longer what the page says.
    ['del', '<del>$10 billion</del>'],
    ['s', '<s>$10 <b>billion</b></s>'],
    ['strike', '<strike>$10 billion</strike>'],
  ])('never reads an inline element marked %s inside a paragraph', (_, inline) => {
    const page = readPageText(body(`<p>Meta paid ${inline} <em>in</em> cash.</p>`));
    expect(page.text).toBe('Meta paid  in cash.');
  });

  it('reads a correction that strikes out a figure as the figure that stands', () => {
    const html =
      '<p>Meta will invest <del>$10 billion</del> <ins>$14.3 billion</ins> in Scale AI.</p>';
    for (const options of [{}, NODE_BY_NODE]) {
      const { text } = readPageText(body(html), options);
      expect(text).toBe('Meta will invest  $14.3 billion in Scale AI.');
      expect(findMentions(text).map((m) => m.text)).toEqual(['Meta', '$14.3 billion', 'Scale AI']);
    }
  });

  it('never reads a hidden element nested deep in a paragraph, without querying the whole page', () => {
    const root = body(
      `<article><div><p>Meta <b>paid <i><span hidden>$10 billion</span></i></b> cash.</p></div></article>`,
    );
    const wholePage = vi.spyOn(root, 'querySelectorAll');
    try {
      expect(readPageText(root).text).toBe('Meta paid  cash.');
      expect(wholePage).not.toHaveBeenCalled();
    } finally {
      wholePage.mockRestore();
    }
  });

  it('reads an inline contenteditable="false" inside a paragraph', () => {
    expect(textOf('<p>Meta paid <b contenteditable="false">$14.3 billion</b>.</p>')).toBe(
      'Meta paid $14.3 billion.',
    );
  });

  it('reads contenteditable="false", in any case', () => {
    expect(textOf('<div contenteditable="false">Meta</div>')).toBe('Meta');
    expect(textOf('<div contenteditable="FALSE">Meta</div>')).toBe('Meta');
  });

  it('reads nothing when the root itself is hidden', () => {
    body(`<div id="panel" hidden>${secret}</div>`);
    expect(readPageText(document.getElementById('panel')!).text).toBe('');
  });

  it('reads nothing when the root itself is editable', () => {
    body(`<div id="editor" contenteditable>${secret}</div>`);
    expect(readPageText(document.getElementById('editor')!).text).toBe('');
  });
});

// Node by node, as blocks holding a shadow tree are read (see the next block of tests).
describe('readPageText: shadow roots', () => {
  function host(shadowHtml: string, lightHtml = ''): ShadowRoot {
    const element = document.createElement('news-story');
    element.innerHTML = lightHtml;
    document.body.append(element);
    const shadow = element.attachShadow({ mode: 'open' });
    shadow.innerHTML = shadowHtml;
    return shadow;
  }

  it('reads an open shadow root in place of its host', () => {
    body('<p>before</p>');
    const shadow = host('<p>Meta invested $14.3 billion in Scale AI.</p>', '<p>unslotted</p>');
    const page = readPageText(document.body, NODE_BY_NODE);
    expect(page.text).toBe('before\nMeta invested $14.3 billion in Scale AI.');
    expect(page.shadowRoots).toEqual([shadow]);
  });

  it('reads slotted light children where their slot sits', () => {
    host('<p>By <slot></slot> today</p>', '<b>Meta</b>');
    expect(readPageText(document.body, NODE_BY_NODE).text).toBe('By Meta today');
  });

  it("reads a slot's fallback content when nothing is assigned to it", () => {
    host('<p>By <slot name="who">Scale AI</slot> today</p>');
    expect(readPageText(document.body, NODE_BY_NODE).text).toBe('By Scale AI today');
  });

  it('lists a shadow root given as the root', () => {
    const shadow = host('<p>Meta</p>');
    expect(readPageText(shadow, NODE_BY_NODE)).toMatchObject({
      text: 'Meta',
      shadowRoots: [shadow],
    });
  });

  it('reads a shadow tree that a block without text of its own holds, blocks read whole', () => {
    body('<p>before</p><div id="wrapper"></div>');
    const element = document.createElement('news-story');
    document.getElementById('wrapper')!.append(element);
    element.attachShadow({ mode: 'open' }).innerHTML = '<p>Meta paid $14.3 billion.</p>';
    expect(readPageText(document.body).text).toBe('before\nMeta paid $14.3 billion.');
  });
});

describe('PageTextReader', () => {
  it.each([true, false])(
    'gives the same result read in slices as in one pass (blocks read whole: %s)',
    (wholeBlocks) => {
      const paragraphs = Array.from(
        { length: 1200 },
        (_, i) => `<p>Meta <b>paid</b> $${i}.<span>3</span> billion <i>in</i> ${i}.</p>`,
      );
      const root = body(`<div>${paragraphs.join('')}</div>`);
      const reader = new PageTextReader(root, { wholeBlocks });
      let slices = 0;
      for (;;) {
        slices += 1;
        if (reader.step(() => true)) break;
      }
      expect(slices).toBeGreaterThan(10);
      expect(reader.result()).toEqual(readPageText(root, { wholeBlocks }));
    },
  );

  it('reads a bounded batch of nodes per step, so it finishes under an expired deadline', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>line ${i}</p>`);
    const reader = new PageTextReader(body(paragraphs.join('')));
    let slices = 0;
    while (!reader.step(() => true)) slices += 1;
    expect(slices).toBeGreaterThan(3);
    expect(reader.result().text.split('\n')).toHaveLength(300);
  });

  it('reads a very deep tree without overflowing the stack', () => {
    // Deeper than a recursive walk survives in V8 (about 10,000 frames).
    const chain: HTMLElement[] = [body('')];
    for (let i = 0; i < 20_000; i++) chain.push(chain[i].appendChild(document.createElement('i')));
    chain[chain.length - 1].append('Meta');
    expect(readPageText(document.body).text).toBe('Meta');
    // Tear down leaf first: happy-dom disconnects a removed subtree recursively.
    for (const element of chain.slice(1).reverse()) element.remove();
  });
});

describe('hasPossibleMention', () => {
  it.each([
    'Meta invested',
    'a deal with Scale AI',
    'ScaleAI',
    "Facebook's parent",
    'the parent company of Facebook',
    'GoogleMetaApple',
  ])('is true for %j', (text) => {
    expect(hasPossibleMention(text)).toBe(true);
  });

  it.each(['meta tags and metadata', 'Scale your app', 'Facebook posts', ''])(
    'is false for %j, which names no company',
    (text) => {
      expect(hasPossibleMention(text)).toBe(false);
    },
  );

  it('answers as the pattern of company names does, on texts built from near misses', () => {
    // The specification: some way of naming a company occurs anywhere in the text.
    const names = /Meta|Scale\s*AI|Facebook(?:['’]s)? parent|parent company of Facebook/;
    const pieces = ['Meta', 'meta', 'Met', 'Scale', ' ', '\n', 'AI', 'Al', 'Facebook', "'s", '’s'];
    const more = [' parent', 'parent company of ', 'Scal', 'e', 'a', 'x'];
    const all = [...pieces, ...more];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % all.length;
    let named = 0;
    for (let i = 0; i < 5000; i++) {
      const length = 1 + (i % 6);
      const text = Array.from({ length }, () => all[next()]).join('');
      const expected = names.test(text);
      if (expected) named++;
      expect(hasPossibleMention(text), JSON.stringify(text)).toBe(expected);
    }
    // Both answers occur often: the comparison says something either way.
    expect(named).toBeGreaterThan(500);
    expect(named).toBeLessThan(4500);
  });
});

describe('mayMentionIn', () => {
  // Paragraphs of three text nodes each that name no company.
  const filler = (paragraphs: number) =>
    '<p>Shares <b>rose</b> in afternoon trading.</p>'.repeat(paragraphs);
  const textContentSpy = (root: HTMLElement) => {
    let proto = Object.getPrototypeOf(root) as object;
    while (!Object.getOwnPropertyDescriptor(proto, 'textContent')) {
      proto = Object.getPrototypeOf(proto) as object;
    }
    const own = Object.getOwnPropertyDescriptor(proto, 'textContent')!;
    const spy = vi.fn(() => own.get!.call(root) as string);
    Object.defineProperty(root, 'textContent', { get: spy, configurable: true });
    return spy;
  };

  it.each([
    ['a name early on', '<p>Meta invested</p>' + filler(200)],
    ['a name split by tags early on', '<p><b>Me</b>ta and Scale <i>AI</i></p>' + filler(200)],
    ['a name late on', filler(200) + '<p>Meta invested</p>'],
    ['a name split by tags late on', filler(200) + '<p>the <b>Face</b>book parent</p>'],
    [
      'a name split across the first text nodes and the rest',
      filler(85) + '<p>Sca<b>le</b> AI</p>',
    ],
    ['a short page naming one', '<p>Scale   <i>AI</i></p>'],
  ])('says the same as the whole text for %s: true', (_, html) => {
    const root = body(html);
    expect(hasPossibleMention(root.textContent ?? '')).toBe(true);
    expect(mayMentionIn(root)).toBe(true);
  });

  it.each([
    ['a long page', filler(300)],
    ['a short page', filler(3)],
    ['an empty page', ''],
    ['metadata and scaling', '<p>meta <b>tags</b> and Scale your app</p>'.repeat(100)],
  ])('says the same as the whole text for %s naming no company: false', (_, html) => {
    const root = body(html);
    expect(hasPossibleMention(root.textContent ?? '')).toBe(false);
    expect(mayMentionIn(root)).toBe(false);
  });

  it('builds the whole text only when the first text nodes name no company', () => {
    const early = body('<p>Meta invested</p>' + filler(300));
    const spy = textContentSpy(early);
    expect(mayMentionIn(early)).toBe(true);
    expect(spy).not.toHaveBeenCalled();
    const late = body(filler(300) + '<p>Meta invested</p>');
    const lateSpy = textContentSpy(late);
    expect(mayMentionIn(late)).toBe(true);
    expect(lateSpy).toHaveBeenCalledTimes(1);
  });
});

describe('readPageText: source whitespace', () => {
  it("reads a source's line breaks and tabs inside a paragraph as spaces, offsets unchanged", () => {
    document.body.innerHTML = '<p>Meta agreed\n  to invest $14.3\tbillion in Scale\nAI.</p>';
    const page = readPageText(document.body);
    expect(page.text).toBe('Meta agreed   to invest $14.3 billion in Scale AI.');
    expect(page.text.length).toBe(page.units[0].textContent!.length);
  });
});

// Pages indent their markup: the text nodes of spaces and line breaks between blocks are read
// as they stand, so a value and its label, or a row and its rating, sit lines apart.
describe('readPageText: indented markup between a figure and what labels it', () => {
  const claimsOf = (html: string) => {
    const { text, groupStarts } = readPageText(body(html));
    return findMentions(text, { groupStarts }).flatMap((m) =>
      m.kind === 'figure' ? [[m.text, m.claim]] : [],
    );
  };

  it('reads a stat card whose label is below its value', () => {
    const html = `
      <h2>Scale AI at a glance</h2>
      <div class="cards">
        <div class="card">
          <div class="value">2016</div>
          <div class="label">Founded</div>
        </div>
        <div class="card">
          <div class="value">9,000+</div>
          <div class="label">Contractors</div>
        </div>
      </div>`;
    expect(claimsOf(html)).toEqual([
      ['2016', 'scale-ai-founded-year'],
      ['9,000+', 'scale-ai-contractors'],
    ]);
  });

  it('claims nothing for a ledger row rated false in a later cell', () => {
    const html = `
      <table>
        <tr>
          <td>Meta now owns 51% of Scale AI</td>
          <td>June 12</td>
          <td>False</td>
        </tr>
        <tr>
          <td>Meta owns 49% of Scale AI</td>
          <td>June 12</td>
          <td>Accurate</td>
        </tr>
      </table>`;
    expect(claimsOf(html)).toEqual([
      ['51%', null],
      ['49%', 'meta-stake-in-scale-ai'],
    ]);
  });

  it('claims nothing under an earlier version’s heading', () => {
    const html = `
      <h3>What we said</h3>
      <p>That Scale AI was founded in 2015.</p>`;
    expect(claimsOf(html)).toEqual([['2015', null]]);
  });
});
