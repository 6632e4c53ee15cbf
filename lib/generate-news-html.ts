/**
 * Deterministic article pages for the page benchmark: the news-like paragraphs of
 * `generateNewsParagraphs`, laid out as a news site would (header, nav, an <article> of <p>,
 * a footer) with every sentence cut into runs of words wrapped 2–3 inline tags deep, and
 * some decimal figures split across a tag (`$14.<span>3</span> billion`), so marking has to
 * read across elements. The same seed always gives the same page.
 */
import { generateNewsParagraphs, seededRandom } from './generate-news-text';

const INLINE_TAGS = ['span', 'a', 'em', 'b'] as const;

// A site's chrome around the article. It names no company (a page with mentionEvery = 0 must
// have none), and carries & and < so escaping is exercised.
const HEAD = (title: string) =>
  '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
  `<title>${title}</title>\n` +
  '<style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:0 auto}</style>\n' +
  '</head>\n<body>\n<header>\n<nav><a href="#">Home</a> | <a href="#">Markets &amp; Economy</a>' +
  ' | <a href="#">Technology</a> | <a href="#">R&amp;D</a></nav>\n' +
  `<h1>${title}</h1>\n<p class="byline">By <a href="#">Staff Reporter</a></p>\n</header>\n` +
  '<article>\n';
const FOOT =
  '</article>\n<footer><p>&copy; News &amp; Wire Co. Figures &lt;unaudited&gt;.</p></footer>\n' +
  '</body>\n</html>\n';
const TITLE = 'Data labelling &amp; the race for AI infrastructure';

/** Escapes text for an HTML text node: &, < and >. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function openTag(tag: (typeof INLINE_TAGS)[number]): string {
  return tag === 'a' ? '<a href="#">' : `<${tag}>`;
}

/** Escaped `text`, with a decimal figure's last digits put in their own <span>. */
function splitFigure(text: string, random: () => number): string {
  const escaped = escapeHtml(text);
  if (random() < 0.5) return escaped;
  return escaped.replace(/(\d\.)(\d+)/, '$1<span>$2</span>');
}

/**
 * `words` wrapped in a chain of 2–3 distinct inline tags (an <a> inside an <a> would be
 * closed by the parser), the innermost text split where it has a figure.
 */
function wrapRun(words: string, random: () => number): string {
  const depth = 2 + Math.floor(random() * 2);
  const pool = [...INLINE_TAGS];
  const tags = Array.from(
    { length: depth },
    () => pool.splice(Math.floor(random() * pool.length), 1)[0],
  );
  const inner = splitFigure(words, random);
  return (
    tags.map(openTag).join('') +
    inner +
    tags
      .reverse()
      .map((tag) => `</${tag}>`)
      .join('')
  );
}

/** A sentence cut into 1–3 runs of words (at spaces), each run wrapped by {@link wrapRun}. */
function sentenceHtml(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  const runs = 1 + Math.floor(random() * 3);
  const size = Math.ceil(words.length / runs);
  const parts: string[] = [];
  for (let i = 0; i < words.length; i += size) {
    parts.push(wrapRun(words.slice(i, i + size).join(' '), random));
  }
  return parts.join(' ');
}

/**
 * Returns a complete HTML document of about `bytes` characters (within a few hundred; all
 * ASCII, so characters are bytes): an article page whose paragraphs come from
 * `generateNewsParagraphs(…, seed, mentionEvery)`, so a mention sentence comes about every
 * `mentionEvery` characters of article text (0 for a page that names no company at all).
 */
export function generateNewsHtml(bytes: number, seed = 1, mentionEvery = 2048): string {
  const random = seededRandom(seed ^ 0x5eed);
  const head = HEAD(TITLE);
  // Markup only adds to the text, so `bytes` characters of text always fill the page.
  const paragraphs = generateNewsParagraphs(bytes, seed, mentionEvery);
  const out = [head];
  let length = head.length + FOOT.length;
  for (const sentences of paragraphs) {
    if (length >= bytes) break;
    const paragraph = `<p>${sentences.map((s) => sentenceHtml(s, random)).join(' ')}</p>\n`;
    out.push(paragraph);
    length += paragraph.length;
  }
  out.push(FOOT);
  return out.join('');
}
