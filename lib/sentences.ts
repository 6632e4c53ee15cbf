// A sentence ends at . ! or ? followed by space and a capital, digit, quote or "$", or at a
// line break (block boundaries reach the core as "\n"). Abbreviations and initials do not
// end a sentence: "Meta Platforms Inc. said", "the U.S. Department".
const BOUNDARY = /[.!?]["'”’)\]]*[ \u00a0\t]+(?=["'“‘(]?[A-Z0-9$])|\n/g;
const ABBREVIATION =
  /(?:\b(?:Inc|Corp|Co|Ltd|LLC|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|approx|e\.g|i\.e|U\.S|U\.K)|\b[A-Z])\.["'”’)\]]*[ \u00a0\t]+$/;

/** How far a sentence may reach either side of a figure; bounds the work per figure. */
export const SENTENCE_REACH = 400;

function isBoundary(text: string, matchStart: number, matchEnd: number): boolean {
  if (text[matchStart] === '\n') return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, matchStart - 6), matchEnd));
}

/**
 * Returns the bounds of the sentence around `[start, end)`, looking at most
 * {@link SENTENCE_REACH} characters either way (a longer sentence is cut there).
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = Math.max(0, start - SENTENCE_REACH);
  let sentenceStart = from;
  for (const m of text.slice(from, start).matchAll(BOUNDARY)) {
    const at = from + m.index;
    if (isBoundary(text, at, at + m[0].length)) sentenceStart = at + m[0].length;
  }
  const to = Math.min(text.length, end + SENTENCE_REACH);
  let sentenceEnd = to;
  for (const m of text.slice(end, to).matchAll(BOUNDARY)) {
    const at = end + m.index;
    if (isBoundary(text, at, at + m[0].length)) {
      sentenceEnd = at + (text[at] === '\n' ? 0 : 1);
      break;
    }
  }
  return { start: sentenceStart, end: sentenceEnd };
}
