import * as z from 'zod/mini';
import { ENTITY_IDS, type EntityId } from './entities';
import { FIGURE_UNITS, QUALIFIERS, type Figure } from './figure';
import { findMentionsInChunks, MATCH_CHUNK } from './find-mentions-in-chunks';
import { UNSUPPORTED_REASONS, type FigureMention, type Mention } from './mention';

/**
 * Matching a page's text in the background. The content script reads the page and sends its
 * text; the background runs the matcher and answers with the mentions. The page's main thread
 * then only reads and draws, and the matcher stays compiled and warm in the background from
 * one page to the next, where in a page it would run cold every time. Schemas are in zod's
 * small build: the content script parses the answer on every page.
 */

/**
 * The longest text sent (characters): a message may not exceed 64 MiB in Chromium, and an
 * older Chromium sends the text as JSON. A longer page is matched in the page.
 */
export const BACKGROUND_TEXT_LIMIT = 16 * 1024 * 1024;

/**
 * The most text one message carries (characters). A longer text goes in pieces, one message
 * each, in slices of their own: sent whole, a 5 MB page's text kept the main thread for one
 * task of some 50 ms.
 */
export const TEXT_PIECE = 1 << 20;
/** The most pieces a text is sent in. */
const MAX_PIECES = Math.ceil(BACKGROUND_TEXT_LIMIT / TEXT_PIECE);
const pieceIdSchema = z.string().check(z.regex(/^[a-z0-9]{1,32}$/));

/**
 * Content script → background: one piece of a long text, kept until the find-mentions
 * request naming the same id brings the last piece.
 */
export const textPieceSchema = z.lazy(() =>
  z.object({
    type: z.literal('text-piece'),
    id: pieceIdSchema,
    index: z.int().check(z.minimum(0), z.maximum(MAX_PIECES - 2)),
    text: z.string().check(z.maxLength(TEXT_PIECE)),
  }),
);
export type TextPieceRequest = z.infer<typeof textPieceSchema>;

/** Content script → background: find the mentions of this text. */
export const findMentionsRequestSchema = z.lazy(() =>
  z.object({
    type: z.literal('find-mentions'),
    text: z.string().check(z.maxLength(BACKGROUND_TEXT_LIMIT)),
    // Set when `text` is the last of `count` pieces; the others came first (see textPieceSchema).
    pieces: z.optional(
      z.object({ id: pieceIdSchema, count: z.int().check(z.minimum(2), z.maximum(MAX_PIECES)) }),
    ),
    context: z.object({
      namesScaleAi: z.optional(z.boolean()),
      hasNamedScaleAiBefore: z.optional(z.boolean()),
      // The year the whole page was written in (see lib/page-year.ts), when a part is re-read.
      pageYear: z.optional(z.nullable(z.int().check(z.minimum(1900), z.maximum(2099)))),
      // Ascending offsets of lines in the text (see lib/block-groups.ts): at most one per line.
      groupStarts: z.optional(
        z.array(z.int().check(z.minimum(0))).check(z.maxLength(BACKGROUND_TEXT_LIMIT / 2)),
      ),
    }),
  }),
);
export type FindMentionsRequest = z.infer<typeof findMentionsRequestSchema>;

/**
 * The mentions travel as one JSON string of arrays, each mention a tuple of plain values (its
 * text is the page's own, from its offsets):
 * - an entity: `[start, end, entity]`;
 * - a figure: `[start, end, claim | null, figure | null, unsupported | null]`, where a figure is
 *   `[unit, qualifier, low mantissa, low exponent, high mantissa | null, high exponent | null,
 *   count noun | null]`.
 * The whole string is checked against this grammar in one pass before it is decoded: checking
 * a thousand mention objects field by field took longer than matching them did.
 */
const oneOf = (words: readonly string[]) => `"(?:${words.join('|')})"`;
const OFFSET = String.raw`\d{1,9}`;
/** Safe integers only (15 digits), so no mantissa is rounded on the way. */
const INTEGER = String.raw`-?\d{1,15}`;
const FIGURE_TUPLE =
  `\\[${oneOf(FIGURE_UNITS)},${oneOf(QUALIFIERS)},${INTEGER},${INTEGER},` +
  `(?:null,null|${INTEGER},${INTEGER}),(?:null|"[a-z][a-z ]{0,40}")\\]`;
const MENTION_TUPLE =
  `\\[${OFFSET},${OFFSET},(?:${oneOf(ENTITY_IDS)}|(?:null|"[a-z0-9-]{1,80}"),` +
  `(?:null|${FIGURE_TUPLE}),(?:null|${oneOf(UNSUPPORTED_REASONS)}))\\]`;
const MENTION_TUPLES = new RegExp(`^\\[(?:${MENTION_TUPLE}(?:,${MENTION_TUPLE})*)?\\]$`);

type FigureTuple = [
  Figure['unit'],
  Figure['qualifier'],
  number,
  number,
  number | null,
  number | null,
  string | null,
];
type MentionTuple =
  | [number, number, EntityId]
  | [number, number, string | null, FigureTuple | null, FigureMention['unsupported'] | null];

/** Writes mentions in the wire form above. */
export function encodeMentions(mentions: Mention[]): string {
  const tuples = mentions.map((m): MentionTuple => {
    if (m.kind === 'entity') return [m.start, m.end, m.entity];
    const f = m.figure;
    const figure: FigureTuple | null = f && [
      f.unit,
      f.qualifier,
      f.low.mantissa,
      f.low.exponent,
      f.high?.mantissa ?? null,
      f.high?.exponent ?? null,
      f.countNoun ?? null,
    ];
    return [m.start, m.end, m.claim, figure, m.unsupported ?? null];
  });
  return JSON.stringify(tuples);
}

function decodeMention(tuple: MentionTuple, text: string): Mention {
  const [start, end] = tuple;
  const mentionText = text.slice(start, end);
  if (tuple.length === 3)
    return { kind: 'entity', start, end, text: mentionText, entity: tuple[2] };
  const [, , claim, f, unsupported] = tuple;
  let figure: Figure | null = null;
  if (f) {
    figure = { unit: f[0], qualifier: f[1], low: { mantissa: f[2], exponent: f[3] } };
    if (f[4] !== null && f[5] !== null) figure.high = { mantissa: f[4], exponent: f[5] };
    if (f[6] !== null) figure.countNoun = f[6];
  }
  const mention: FigureMention = { kind: 'figure', start, end, text: mentionText, claim, figure };
  if (unsupported) mention.unsupported = unsupported;
  return mention;
}

/**
 * An answer with the mentions in the wire form. The content script parses nothing else: any
 * other answer (an error, or anything malformed) has the page match the text itself, so it
 * needs no schema of its own, and each kind of schema costs every page its first use.
 */
const foundMentionsSchema = z.lazy(() =>
  z.object({ ok: z.literal(true), mentions: z.string().check(z.regex(MENTION_TUPLES)) }),
);

/** The answer: the mentions in the wire form, or why there are none. */
export type FindMentionsReply = z.infer<typeof foundMentionsSchema> | { ok: false; error: string };

/** Background: answers a request with exactly what matching in the page would find. */
export function answerFindMentions({ text, context }: FindMentionsRequest): FindMentionsReply {
  try {
    const mentions = [...findMentionsInChunks(text, MATCH_CHUNK, context)].flat();
    return { ok: true, mentions: encodeMentions(mentions) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Content script: the mentions of `text` in a reply, or null when the reply is not one that
 * fits the text: malformed, out of order, or with offsets outside it. A mention placed on the
 * wrong words would be judged against the wrong claim.
 */
export function readFoundMentions(reply: unknown, text: string): Mention[] | null {
  const parsed = foundMentionsSchema.safeParse(reply);
  if (!parsed.success) return null;
  // The grammar leaves JSON.parse nothing to reject and the tuples nothing to vary.
  const tuples = JSON.parse(parsed.data.mentions) as MentionTuple[];
  let previousStart = 0;
  for (const [start, end] of tuples) {
    if (start < previousStart || end <= start || end > text.length) return null;
    previousStart = start;
  }
  return tuples.map((tuple) => decodeMention(tuple, text));
}

/** Sends a request to the background and resolves with its answer (`runtime.sendMessage`). */
export type SendToBackground = (
  request: FindMentionsRequest | TextPieceRequest,
) => Promise<unknown>;

/** How long the background keeps the pieces of a text whose last piece has not come (ms). */
const PIECES_KEPT_MS = 60_000;

/**
 * Background: the pieces of long texts that content scripts are sending, by sender and text
 * id, until the last piece comes. Pieces of a text never finished are dropped after a minute,
 * and no sender keeps more than a text's limit waiting.
 */
export class TextPieces {
  private readonly texts = new Map<string, { pieces: string[]; chars: number; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps a piece of `sender`'s text; false when it would pass the limit (nothing is kept). */
  add(sender: string, { id, index, text }: TextPieceRequest): boolean {
    const now = this.now();
    for (const [key, kept] of this.texts) {
      if (now - kept.at > PIECES_KEPT_MS) this.texts.delete(key);
    }
    let waiting = 0;
    for (const [key, kept] of this.texts) if (key.startsWith(`${sender} `)) waiting += kept.chars;
    const key = `${sender} ${id}`;
    const kept = this.texts.get(key) ?? { pieces: [], chars: 0, at: now };
    if (waiting + text.length > BACKGROUND_TEXT_LIMIT) {
      this.texts.delete(key);
      return false;
    }
    kept.chars += text.length - (kept.pieces[index]?.length ?? 0);
    kept.pieces[index] = text;
    kept.at = now;
    this.texts.set(key, kept);
    return true;
  }

  /**
   * The whole text: `sender`'s kept pieces of text `id`, then `last`, the `count`th; null
   * when one is missing. The pieces are forgotten either way.
   */
  take(sender: string, id: string, count: number, last: string): string | null {
    const key = `${sender} ${id}`;
    const kept = this.texts.get(key);
    this.texts.delete(key);
    if (!kept || kept.pieces.length !== count - 1) return null;
    for (let i = 0; i < count - 1; i++) if (kept.pieces[i] === undefined) return null;
    const text = kept.pieces.join('') + last;
    return text.length > BACKGROUND_TEXT_LIMIT ? null : text;
  }

  /** How many texts wait for their last piece. */
  get size(): number {
    return this.texts.size;
  }
}

/**
 * Background: answers a content script's piece of text or request for mentions (a request
 * naming pieces is matched on the whole text); null for any other message.
 */
export function serveTextRequest(
  message: unknown,
  sender: string,
  pieces: TextPieces,
): FindMentionsReply | { ok: boolean } | null {
  const piece = textPieceSchema.safeParse(message);
  if (piece.success) return { ok: pieces.add(sender, piece.data) };
  const matching = findMentionsRequestSchema.safeParse(message);
  if (!matching.success) return null;
  const { pieces: named, text: last } = matching.data;
  const text = named ? pieces.take(sender, named.id, named.count, last) : last;
  if (text === null) return { ok: false, error: 'a piece of the text is missing' };
  return answerFindMentions({ ...matching.data, text });
}

const pieceKeptSchema = z.lazy(() => z.object({ ok: z.literal(true) }));

/** Where a text is cut into pieces: every TEXT_PIECE characters, never inside a surrogate pair. */
export function pieceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + TEXT_PIECE);
    const before = text.charCodeAt(end - 1);
    if (end < text.length && before >= 0xd800 && before <= 0xdbff) end--;
    ends.push(end);
    start = end;
  }
  return ends;
}

let textsSent = 0;

/**
 * How long the content script waits for the background (ms): it may have to start first. After
 * that the page matches the text itself, so new text is still marked soon.
 */
export function backgroundWaitMs(textLength: number): number {
  return 400 + textLength / 4096;
}

/**
 * Content script: asks the background for the mentions of `text`. Resolves with null when the
 * background cannot answer in time or answers something that does not fit the text; the
 * caller then matches in the page. `measure` times the main-thread work (sending the text,
 * decoding the answer) as slices of the caller's.
 */
export async function findInBackground(
  send: SendToBackground,
  text: string,
  context: FindMentionsRequest['context'],
  measure: <T>(work: () => T) => T,
): Promise<Mention[] | null> {
  if (text.length > BACKGROUND_TEXT_LIMIT) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(resolve, backgroundWaitMs(text.length), null);
  });
  const ask = (request: FindMentionsRequest | TextPieceRequest) =>
    Promise.race([measure(() => send(request)), timeout]);
  try {
    // A long text goes in pieces, each in a slice of its own (see TEXT_PIECE).
    const ends = pieceEnds(text);
    const id = `${(textsSent++).toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    for (let index = 0; index < ends.length - 1; index++) {
      const from = index === 0 ? 0 : ends[index - 1];
      const piece = text.slice(from, ends[index]);
      const kept = await ask({ type: 'text-piece', id, index, text: piece });
      if (!pieceKeptSchema.safeParse(kept).success) return null;
    }
    const last = ends.length > 1 ? text.slice(ends[ends.length - 2]) : text;
    const pieces = ends.length > 1 ? { pieces: { id, count: ends.length } } : {};
    const reply = await ask({ type: 'find-mentions', text: last, context, ...pieces });
    return measure(() => readFoundMentions(reply, text));
  } catch {
    // No background to answer: the extension is being reloaded, or its worker failed.
    return null;
  } finally {
    clearTimeout(timer);
  }
}
