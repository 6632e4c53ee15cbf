import { sentenceAround } from './sentences';

/** The longest quote kept around a mention for the history (characters). */
export const QUOTE_AROUND_LENGTH = 240;

/**
 * The sentence around `text[start, end)` with its white space collapsed, cut to about
 * {@link QUOTE_AROUND_LENGTH} characters around the mention ("…" where cut).
 */
export function quoteAround(text: string, start: number, end: number): string {
  const sentence = sentenceAround(text, start, end);
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > QUOTE_AROUND_LENGTH) {
    const room = Math.max(0, QUOTE_AROUND_LENGTH - (end - start));
    from = Math.max(sentence.start, start - Math.floor(room / 2));
    to = Math.min(sentence.end, from + Math.max(QUOTE_AROUND_LENGTH, end - from));
  }
  const quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > sentence.start ? '…' : ''}${quote}${to < sentence.end ? '…' : ''}`;
}
