// A sentence ends at . ! or ? (and any reference marks after it) followed by space and a
// capital, digit, quote or "$", or at a line break (block boundaries reach the core as "\n").
// Abbreviations and initials do not end a sentence: "Meta Platforms Inc. said", "the U.S.
// Department". A round's or a class's letter is no initial: "after a $1bn Series F. The new
// cheque …" ends there.
const ABBREVIATION =
  /(?:\b(?:Inc|Corp|Co|Ltd|LLC|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|approx|e\.g|i\.e|U\.S|U\.K)|(?<!\b(?:Series|Class|Plan|Round|Tier|Phase)[ \u00a0])\b[A-Z])$/;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const OPENERS = new Set(['"', "'", '“', '‘', '(']);
const isSpace = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\t';
const isSentenceOpening = (c: string | undefined) => c !== undefined && /[A-Z0-9$]/.test(c);
// Reference marks after a sentence's full stop, as encyclopedias and explainers print them
// ("reports.[1] Earlier", ".[a][12]", ".[citation needed]"): the sentence still ends there.
const FOOTNOTE_MARKS = /^(?:\[(?:\d{1,3}|[a-z]|(?:note|nb|n) ?\d{1,3}|[a-z ]{4,24} needed)\])+/;

/** How far a sentence may reach either side of a figure; bounds the work per figure. */
export const SENTENCE_REACH = 400;

/** "\n", ".", "!" or "?": the only characters a boundary starts with (the fast path). */
const isBoundaryChar = (code: number) => code === 10 || code === 46 || code === 33 || code === 63;

/**
 * If a sentence boundary starts at `i` ("\n", or ". " before a capital), returns where the
 * next sentence starts; otherwise -1.
 */
function boundaryEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '\n') return i + 1;
  if (c !== '.' && c !== '!' && c !== '?') return -1;
  let j = i + 1;
  while (CLOSERS.has(text[j])) j++;
  if (text[j] === '[') j += FOOTNOTE_MARKS.exec(text.slice(j, j + 64))?.[0].length ?? 0;
  if (!isSpace(text[j])) return -1;
  let k = j;
  while (isSpace(text[k])) k++;
  const opening = OPENERS.has(text[k]) ? text[k + 1] : text[k];
  if (!isSentenceOpening(opening)) return -1;
  if (c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 9), i))) return -1;
  return k;
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
  for (let i = start - 1; i >= from; i--) {
    if (!isBoundaryChar(text.charCodeAt(i))) continue;
    const next = boundaryEnd(text, i);
    if (next >= 0 && next <= start) {
      sentenceStart = next;
      break;
    }
  }
  const to = Math.min(text.length, end + SENTENCE_REACH);
  let sentenceEnd = to;
  for (let i = end; i < to; i++) {
    if (isBoundaryChar(text.charCodeAt(i)) && boundaryEnd(text, i) >= 0) {
      sentenceEnd = text[i] === '\n' ? i : i + 1;
      break;
    }
  }
  return { start: sentenceStart, end: sentenceEnd };
}
