import { z } from 'zod';
import type { Dataset } from './dataset-schema';
import { shortSourceId } from './source-statements';

/**
 * A run of a source's text: plain, or (the part on one line of) the quoted statement, cut
 * into parts so its figure can be emphasised.
 */
export type PassagePiece =
  { kind: 'plain'; text: string } | { kind: 'quote'; parts: { text: string; isFigure: boolean }[] };

/** A source article cut into paragraphs, with the quoted statement marked out. */
export type SourcePassage =
  | { ok: true; sourceId: string; shortId: string; title: string; paragraphs: PassagePiece[][] }
  | { ok: false; error: string };

const paramsSchema = z.object({
  source: z.string().regex(/^[\w-]+$/),
  statement: z.coerce.number().int().nonnegative(),
});

/** The source view's query string for one statement: "?source=000_…&statement=8". */
export function sourcePassageSearch(sourceId: string, statementIndex: number): string {
  return `?${new URLSearchParams({ source: sourceId, statement: String(statementIndex) })}`;
}

type Range = { start: number; end: number };

/**
 * Cuts `text` into its lines (empty ones dropped) and each line into plain pieces and at most
 * one quote piece: the characters inside `quote`, with those inside `figure` set apart.
 */
export function passageParagraphs(text: string, quote: Range, figure: Range): PassagePiece[][] {
  const cuts = [quote.start, quote.end, figure.start, figure.end];
  const paragraphs: PassagePiece[][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const bounds = [lineStart, ...cuts.filter((c) => c > lineStart && c < lineEnd), lineEnd];
    const sorted = [...new Set(bounds)].sort((a, b) => a - b);
    const pieces: PassagePiece[] = [];
    sorted.slice(0, -1).forEach((from, i) => {
      const run = text.slice(from, sorted[i + 1]);
      const last = pieces.at(-1);
      if (from < quote.start || from >= quote.end) pieces.push({ kind: 'plain', text: run });
      else {
        const part = { text: run, isFigure: from >= figure.start && from < figure.end };
        if (last?.kind === 'quote') last.parts.push(part);
        else pieces.push({ kind: 'quote', parts: [part] });
      }
    });
    if (line.trim() !== '') paragraphs.push(pieces);
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

/**
 * Reads the source view's address (`?source=ID&statement=N`, N an index in
 * `dataset.statements`) and returns the source's whole article with that statement marked.
 * `seeds` maps seed paths ("/seeds/000_….txt") to their text. Returns an error to show when a
 * parameter is missing or malformed, the source is unknown, the statement belongs to another
 * source, or the quote is not where the dataset says.
 */
export function findSourcePassage(
  search: string,
  dataset: Dataset,
  seeds: Record<string, string>,
): SourcePassage {
  const query = new URLSearchParams(search);
  const params = paramsSchema.safeParse({
    source: query.get('source') ?? undefined,
    statement: query.get('statement') ?? undefined,
  });
  if (!params.success) {
    return { ok: false, error: 'This address names no source statement (?source=ID&statement=N).' };
  }
  const { source: sourceId, statement: index } = params.data;
  const source = dataset.sources.find((s) => s.id === sourceId);
  const path = Object.keys(seeds).find((p) => p.endsWith(`/${sourceId}.txt`));
  if (!source || path === undefined) return { ok: false, error: `No source “${sourceId}”.` };
  const statement = dataset.statements[index];
  if (!statement || statement.source !== sourceId) {
    return { ok: false, error: `Source ${shortSourceId(sourceId)} has no statement ${index}.` };
  }
  const text = seeds[path];
  const quote = { start: statement.offset, end: statement.offset + statement.quote.length };
  if (text.slice(quote.start, quote.end) !== statement.quote) {
    return { ok: false, error: 'The quoted statement is not where the dataset says.' };
  }
  const figureStart = statement.figureOffset;
  const figure = { start: figureStart, end: figureStart + statement.figureText.length };
  return {
    ok: true,
    sourceId,
    shortId: shortSourceId(sourceId),
    title: source.title,
    paragraphs: passageParagraphs(text, quote, figure),
  };
}
