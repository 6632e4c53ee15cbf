import type { Statement } from './dataset-schema';

/**
 * Returns a source statement's verbatim sentence, shortened to about `maxLength` characters
 * around its figure (cut at word boundaries, "…" where cut), with the figure wrapped in «».
 */
export function quoteExcerpt(statement: Statement, maxLength = 160): string {
  const { quote, figureText } = statement;
  let at = statement.figureOffset - statement.offset;
  if (quote.slice(at, at + figureText.length) !== figureText) at = quote.indexOf(figureText);
  if (at < 0) return shorten(quote, maxLength);
  const figureEnd = at + figureText.length;
  let from = 0;
  let to = quote.length;
  if (quote.length > maxLength) {
    const room = Math.max(0, maxLength - figureText.length);
    from = Math.min(Math.max(0, at - Math.floor(room / 2)), quote.length - maxLength);
    to = Math.max(from + maxLength, figureEnd);
    const space = quote.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < at) from = space + 1;
    const lastSpace = quote.lastIndexOf(' ', to);
    if (to < quote.length && lastSpace > figureEnd) to = lastSpace;
  }
  const excerpt = [
    from > 0 ? '…' : '',
    quote.slice(from, at),
    `«${figureText}»`,
    quote.slice(figureEnd, to),
    to < quote.length ? '…' : '',
  ].join('');
  return excerpt.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `maxLength` characters at a word boundary, ending it with "…". */
export function shorten(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
