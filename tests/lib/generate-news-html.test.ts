import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/find-mentions';
import { escapeHtml, generateNewsHtml } from '../../lib/generate-news-html';
import { htmlToText } from '../../lib/node/html-to-text';

describe('generateNewsHtml', () => {
  it('gives the same page for the same seed and another for another seed', () => {
    expect(generateNewsHtml(50_000, 3)).toBe(generateNewsHtml(50_000, 3));
    expect(generateNewsHtml(50_000, 3)).not.toBe(generateNewsHtml(50_000, 4));
  });

  it.each([20_000, 200_000, 1 << 20])('is within 5%% of %i bytes', (bytes) => {
    const html = generateNewsHtml(bytes, 7);
    expect(Buffer.byteLength(html)).toBeGreaterThanOrEqual(bytes * 0.95);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(bytes * 1.05);
  });

  it('is a whole article page: header, nav, article paragraphs and a footer', () => {
    const html = generateNewsHtml(20_000, 1);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toMatch(/<header>\s*<nav>/);
    expect(html.match(/<p>/g)?.length).toBeGreaterThan(20);
    expect(html).toContain('</article>');
  });

  it('nests sentences 2 to 3 inline tags deep, never an <a> inside an <a>', () => {
    const html = generateNewsHtml(20_000, 1);
    expect(html).toMatch(/<p>(<(span|em|b|a href="#")>){2}/);
    expect(html).toMatch(/(<(span|em|b|a href="#")>){3}/);
    expect(html).not.toMatch(/(<(span|em|b|a href="#")>){4}/);
    expect(html).not.toMatch(/<a href="#">(<(span|em|b)>)*<a /);
  });

  it('splits some decimal figures across a tag, which read as one figure', () => {
    const html = generateNewsHtml(200_000, 7);
    expect(html).toMatch(/\$1\d\.<span>\d<\/span>/);
    const text = htmlToText(html);
    expect(text).toContain('$14.3 billion');
    expect(text).not.toMatch(/\d\.\s\d/);
  });

  it('reads, as a browser shows it, with about one mention sentence per 2 KB of text', () => {
    const text = htmlToText(generateNewsHtml(200_000, 7));
    const mentions = findMentions(text);
    expect(mentions.some((m) => m.kind === 'entity' && m.entity === 'meta')).toBe(true);
    expect(mentions.some((m) => m.kind === 'entity' && m.entity === 'scale-ai')).toBe(true);
    expect(mentions.filter((m) => m.kind === 'figure').length).toBeGreaterThan(text.length / 4096);
  });

  it('names no company at all when asked for no mention', () => {
    const html = generateNewsHtml(200_000, 7, 0);
    expect(findMentions(htmlToText(html))).toEqual([]);
    expect(html).not.toMatch(/Meta|Scale/);
  });

  it('escapes &, < and > in text', () => {
    expect(escapeHtml('S&P <500> & more')).toBe('S&amp;P &lt;500&gt; &amp; more');
    expect(htmlToText(generateNewsHtml(5_000, 1))).toContain(
      'News & Wire Co. Figures <unaudited>.',
    );
  });
});
