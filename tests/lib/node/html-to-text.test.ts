import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../lib/find-mentions';
import { htmlToText } from '../../../lib/node/html-to-text';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'split-figures.html');

const figureTexts = (text: string) =>
  findMentions(text)
    .filter((m) => m.kind === 'figure')
    .map((m) => m.text);

describe('htmlToText', () => {
  it('joins a figure split across inline tags and finds it once', () => {
    const text = htmlToText(
      '<p>Meta will invest <a href="#">$14.<span>3</span></a> <b>billion</b> in Scale AI.</p>',
    );
    expect(text).toBe('Meta will invest $14.3 billion in Scale AI.');
    expect(figureTexts(text)).toEqual(['$14.3 billion']);
  });

  it('joins digits split by a comment or by <sup>, <sub>, <em> and <strong>', () => {
    expect(
      htmlToText('<p>$6<!-- x -->5 <sup>b</sup>illion, <strong>4</strong><em>9</em>%</p>'),
    ).toBe('$65 billion, 49%');
  });

  it('never joins the words of two blocks', () => {
    const html =
      '<h1>Title</h1><p>Meta paid</p><p>14 contractors</p><div>one<div>two</div>three</div>' +
      '<ul><li>first</li><li>second</li></ul><table><tr><td>cell a</td><td>cell b</td></tr>' +
      '</table>line<br>break<section>s</section><blockquote>q</blockquote><hr>end';
    expect(htmlToText(html).split('\n')).toEqual([
      'Title',
      'Meta paid',
      '14 contractors',
      'one',
      'two',
      'three',
      'first',
      'second',
      'cell a',
      'cell b',
      'line',
      'break',
      's',
      'q',
      'end',
    ]);
  });

  it('leaves out scripts, styles, templates, noscript, the head and hidden elements', () => {
    const html =
      '<html><head><title>Meta $1 billion</title><meta name="description" content="x">' +
      '<style>p { color: red }</style></head><body><script>var deal = "$2 billion";</script>' +
      '<template><p>$3 billion</p></template><noscript>$4 billion</noscript>' +
      '<svg><text>$5 billion</text></svg><select><option>$6 billion</option></select>' +
      '<textarea>$7 billion</textarea><div hidden>$8 billion</div>' +
      '<p style="display: none">$9 billion</p><p>Visible</p></body></html>';
    expect(htmlToText(html)).toBe('Visible');
  });

  it('leaves out struck-out text, as the content script does', () => {
    const html =
      '<p>Meta will invest <del>$10 billion</del> <s>$12 billion</s> <strike>$13</strike> $14.3 billion.</p>';
    expect(htmlToText(html)).toBe('Meta will invest $14.3 billion.');
  });

  it('keeps escaped markup as text and never turns it into HTML', () => {
    expect(htmlToText('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('keeps non-breaking and thin spaces but collapses other white space', () => {
    const text = htmlToText('<p>  $14.3&nbsp;billion and\n\t $65&#8239;billion,  2&#8201;%  </p>');
    expect(text).toBe('$14.3\u00a0billion and $65\u202fbillion, 2\u2009%');
    expect(figureTexts(`Meta will invest ${text.split(' and')[0]} in Scale AI.`)).toEqual([
      '$14.3\u00a0billion',
    ]);
  });

  it('trims lines and drops blank ones', () => {
    expect(htmlToText('<div>\n  <p> a </p>\n\n  <p></p><p>\n</p>  <p>b</p>\n</div>')).toBe('a\nb');
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToText('<pre>line one\n  line two</pre>')).toBe('line one\nline two');
  });

  it('reads deeply nested markup without running out of stack', () => {
    const depth = 50_000;
    const html = `${'<div><span>'.repeat(depth)}Meta${'</span></div>'.repeat(depth)}`;
    expect(htmlToText(html)).toBe('Meta');
  });

  it('reads a realistic article: split figures found once, decoys left alone', () => {
    const text = htmlToText(readFileSync(FIXTURE, 'utf8'));
    expect(text).toContain('Meta takes a 49% stake in Scale AI');
    expect(text).toContain('$14.3\u00a0billion in Scale AI');
    expect(text).toContain('<img src=x onerror=alert(1)> is not a figure.');
    expect(text).not.toMatch(/\$(?:99|77|55|88|66|44|33|22) billion/);
    expect(text.split('\n')).toContain('Grow faster');
    const mentions = findMentions(text);
    expect(mentions.filter((m) => m.kind === 'figure').map((m) => m.text)).toEqual([
      '49%',
      '$14.3\u00a0billion',
      '49%',
      '2016',
      'more than 240,000 contractors',
      'as much as $65\u202fbillion',
    ]);
    expect(mentions.filter((m) => m.kind === 'entity').map((m) => m.text)).toEqual([
      'Meta',
      'Scale AI',
      'Meta Platforms',
      'Scale AI',
      'Scale AI',
      'Meta',
      'Meta',
    ]);
  });
});
