import { groupStartsWithin } from './block-groups';
import { writesMeta } from './entities';
import { findMentions, type TextContext } from './find-mentions';
import { pageYearOf } from './page-year';
import type { Mention } from './mention';
import { REFERENCE_LOOKBACK } from './references';
import { SENTENCE_REACH } from './sentences';

/** How much text before a chunk is read again for context (references, sentences). */
const CONTEXT_BEFORE = 2 * (SENTENCE_REACH + REFERENCE_LOOKBACK);
/**
 * Characters matched per call of the matcher, in the page and in the background alike (the
 * chunk size can change what a sentence longer than the context read before it finds). Each
 * call also reads up to a few KB before its chunk again for context, so smaller chunks cost
 * more; several calls fit in one slice in the page.
 */
export const MATCH_CHUNK = 32 * 1024;
const SCALE_AI = /\bScale[ \u00a0]*AI\b/;

/** True when `text` names Scale AI in full (not bare "Scale"), as the chunked matcher asks. */
export function namesScaleAi(text: string): boolean {
  return SCALE_AI.test(text);
}

/** Where a chunk starting at `start` ends: at a line break (paragraphs are never split). */
function chunkEnd(text: string, start: number, size: number): number {
  if (start + size >= text.length) return text.length;
  const newline = text.indexOf('\n', start + size);
  if (newline >= 0 && newline - start <= 4 * size) return newline;
  // One huge paragraph: cut between sentences, or failing that between words.
  const limit = Math.min(text.length, start + 4 * size);
  const sentence = text.lastIndexOf('. ', limit);
  if (sentence > start + size) return sentence + 1;
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}

/**
 * Finds the mentions of `text` chunk by chunk (about `size` characters each, cut at line
 * breaks), yielding each chunk's mentions in order with offsets into the whole text, so a
 * caller can give the main thread back between chunks. `context` tells what the rest of the
 * page says (a part re-read after a change). The result equals `findMentions(text)`
 * wherever no sentence is longer than the context read before each chunk.
 */
export function* findMentionsInChunks(
  text: string,
  size = MATCH_CHUNK,
  context: TextContext = {},
): Generator<Mention[]> {
  const firstScaleAi = context.hasNamedScaleAiBefore ? -1 : text.search(SCALE_AI);
  const namesScaleAi = Boolean(context.namesScaleAi) || firstScaleAi >= 0;
  const namesMeta = Boolean(context.namesMeta) || writesMeta(text);
  const pageYear = context.pageYear !== undefined ? context.pageYear : pageYearOf(text);
  for (let start = 0; start < text.length;) {
    const end = chunkEnd(text, start, size);
    // From a paragraph start well before the chunk, but never further back than twice the
    // context (one huge paragraph must not be read again and again).
    const paragraphStart = text.lastIndexOf('\n', Math.max(0, start - CONTEXT_BEFORE)) + 1;
    const contextStart = Math.max(paragraphStart, start - 2 * CONTEXT_BEFORE, 0);
    const mentions = findMentions(text.slice(contextStart, end), {
      namesScaleAi,
      namesMeta,
      pageYear,
      groupStarts: context.groupStarts && groupStartsWithin(context.groupStarts, contextStart, end),
      hasNamedScaleAiBefore:
        Boolean(context.hasNamedScaleAiBefore) ||
        (firstScaleAi >= 0 && firstScaleAi < contextStart),
    });
    const own: Mention[] = [];
    for (const mention of mentions) {
      if (mention.start + contextStart < start) continue;
      own.push({
        ...mention,
        start: mention.start + contextStart,
        end: mention.end + contextStart,
      });
    }
    yield own;
    start = end;
  }
}
