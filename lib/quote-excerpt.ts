import type { Statement } from './dataset-schema';

/** A quote cut around its figure, so a renderer can emphasise the figure. */
export type QuoteParts = { before: string; figure: string; after: string };

/**
 * Returns a source statement's verbatim sentence, shortened to about `maxLength` characters
 * around its figure (cut at word boundaries, "…" where cut), with the figure wrapped in «».
 */
export function quoteExcerpt(statement: Statement, maxLength = 160): string {
  const { before, figure, after } = quoteParts(statement, maxLength);
  return figure ? `${before}«${figure}»${after}` : before;
}

/**
 * Splits a statement's quote, shortened to about `maxLength` characters around its figure,
 * into the text before the figure, the figure and the text after (whitespace collapsed).
 * `figure` is empty when the figure cannot be found in the quote.
 */
export function quoteParts(statement: Statement, maxLength = 160): QuoteParts {
  const { quote, figureText } = statement;
  let at = statement.figureOffset - statement.offset;
  if (quote.slice(at, at + figureText.length) !== figureText) at = quote.indexOf(figureText);
  if (at < 0) return { before: shorten(quote, maxLength), figure: '', after: '' };
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
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '…' : ''}${flat(quote.slice(from, at))}`.trimStart(),
    figure: figureText,
    after: `${flat(quote.slice(figureEnd, to))}${to < quote.length ? '…' : ''}`.trimEnd(),
  };
}

/** Cuts `text` to at most `maxLength` characters at a word boundary, ending it with "…". */
export function shorten(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
