import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerFindMentions,
  BACKGROUND_TEXT_LIMIT,
  backgroundWaitMs,
  encodeMentions,
  findInBackground,
  findMentionsRequestSchema,
  pieceEnds,
  readFoundMentions,
  serveTextRequest,
  TEXT_PIECE,
  TextPieces,
  type FindMentionsRequest,
  type TextPieceRequest,
} from '../../lib/background-matching';
import { findMentionsInChunks, MATCH_CHUNK } from '../../lib/find-mentions-in-chunks';
import { generateNewsText } from '../../lib/generate-news-text';
import type { Mention } from '../../lib/mention';
import { htmlToText } from '../../lib/node/html-to-text';
import { readSeeds } from '../../lib/node/read-seeds';
import { inProcessBackground } from '../support/background';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const ODD_FIGURES =
  'Meta put between $10 billion and $15 billion into Scale AI, €12 billion by one count. ' +
  'Scale AI has 240,000 contract workers and was founded in 2016. ' +
  'Meta said it would own 49% of Scale AI, valued at $14,3 billion.';

const request = (text: string, context = {}): FindMentionsRequest => ({
  type: 'find-mentions',
  text,
  context,
});
const inPage = (text: string, context = {}) =>
  [...findMentionsInChunks(text, MATCH_CHUNK, context)].flat();
const okReply = (tuples: unknown[]) => ({ ok: true, mentions: JSON.stringify(tuples) });

describe('matching in the background', () => {
  const texts: [string, string][] = [
    ['generated news', generateNewsText(150_000, 3)],
    ['odd figures', ODD_FIGURES],
    ...readSeeds().map((seed): [string, string] => [`seed ${seed.id}`, seed.text]),
    ...readdirSync(FIXTURES)
      .filter((file) => file.endsWith('.html'))
      .map((file): [string, string] => [
        file,
        htmlToText(readFileSync(join(FIXTURES, file), 'utf8')),
      ]),
  ];

  it.each(texts)('hands the page exactly what matching in the page finds (%s)', (_, text) => {
    expect(readFoundMentions(answerFindMentions(request(text)), text)).toStrictEqual(inPage(text));
  });

  it('carries every shape of mention: entities, ranges, counts, other currencies and formats', () => {
    const all = texts.flatMap(([, text]) => inPage(text));
    const figures = all.flatMap((m) => (m.kind === 'figure' ? [m] : []));
    expect(all.some((m) => m.kind === 'entity')).toBe(true);
    expect(figures.some((m) => m.figure?.high)).toBe(true);
    expect(figures.some((m) => m.figure?.countNoun)).toBe(true);
    expect(figures.some((m) => m.claim !== null)).toBe(true);
    expect(
      figures.some((m) => m.figure?.low.exponent !== undefined && m.figure.low.exponent < 0),
    ).toBe(true);
    expect(figures.some((m) => m.unsupported === 'currency')).toBe(true);
    expect(figures.some((m) => m.unsupported === 'number-format')).toBe(true);
  });

  it('passes on what the rest of the page says (bare "Scale" after Scale AI was named)', () => {
    const text = 'Meta invested in Scale.';
    const context = { namesScaleAi: true, hasNamedScaleAiBefore: true };
    const found = readFoundMentions(answerFindMentions(request(text, context)), text);
    expect(found).toStrictEqual(inPage(text, context));
    expect(found?.at(-1)).toMatchObject({ entity: 'scale-ai', text: 'Scale' });
  });

  it('passes on where the page’s cards start (a value is not the card before’s)', () => {
    const text = 'Scale AI\n$870 million\nScale AI revenue, 2024\n$2 billion';
    const context = { groupStarts: [text.indexOf('$870'), text.indexOf('$2 billion')] };
    const found = readFoundMentions(answerFindMentions(request(text, context)), text);
    expect(found).toStrictEqual(inPage(text, context));
    expect(found?.find((m) => m.text === '$2 billion')).not.toMatchObject({
      claim: 'scale-ai-revenue-2024',
    });
  });

  it('passes on the year the page was written in (a block read again has no head of its own)', () => {
    const text = 'Meta guides to capital expenditures of $115-135 billion this year.';
    const context = { pageYear: 2026 };
    const found = readFoundMentions(answerFindMentions(request(text, context)), text);
    expect(found).toStrictEqual(inPage(text, context));
    expect(found?.find((m) => m.kind === 'figure')).toMatchObject({ claim: null });
    expect(inPage(text)).toContainEqual(
      expect.objectContaining({ claim: 'meta-ai-spending-2025' }),
    );
  });

  it('accepts only find-mentions requests with a text within the limit', () => {
    expect(findMentionsRequestSchema.safeParse(request('Meta')).success).toBe(true);
    for (const bad of [
      { type: 'find-mentions', text: 42, context: {} },
      { type: 'find-mentions', text: 'Meta' },
      { type: 'find-mentions', text: 'Meta', context: { namesScaleAi: 'yes' } },
      { type: 'find-mentions', text: 'Meta', context: { groupStarts: [-1] } },
      { type: 'find-mentions', text: 'Meta', context: { groupStarts: [1.5] } },
      { type: 'find-mentions', text: 'Meta', context: { groupStarts: '0' } },
      { type: 'find-mentions', text: 'Meta', context: { pageYear: '2026' } },
      { type: 'find-mentions', text: 'Meta', context: { pageYear: 20260 } },
      { type: 'report-page-mentions', text: 'Meta', context: {} },
      { type: 'find-mentions', text: 'x'.repeat(BACKGROUND_TEXT_LIMIT + 1), context: {} },
    ]) {
      expect(findMentionsRequestSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('readFoundMentions', () => {
  const text = 'Meta will invest $14.3 billion in Scale AI.';
  const good = [
    [0, 4, 'meta'],
    [17, 30, 'meta-investment-in-scale-ai', ['usd', 'exact', 143, 8, null, null, null], null],
    [34, 42, 'scale-ai'],
  ];

  it('decodes a well-formed reply, taking each mention text from the page', () => {
    const found = readFoundMentions(okReply(good), text);
    expect(found?.map((m) => m.text)).toEqual(['Meta', '$14.3 billion', 'Scale AI']);
    expect(found?.[1]).toStrictEqual({
      kind: 'figure',
      start: 17,
      end: 30,
      text: '$14.3 billion',
      claim: 'meta-investment-in-scale-ai',
      figure: { unit: 'usd', qualifier: 'exact', low: { mantissa: 143, exponent: 8 } },
    });
  });

  const figure = (f: unknown[]) => [[17, 30, null, f, null]];
  it.each([
    ['no reply', undefined],
    ['a failure', { ok: false, error: 'worker stopped' }],
    ['mentions as objects', { ok: true, mentions: [{ kind: 'entity', start: 0, end: 4 }] }],
    ['not JSON', { ok: true, mentions: '[[0,4,"meta"]' }],
    ['an unknown company', okReply([[0, 4, 'openai']])],
    ['an extra field', okReply([[0, 4, 'meta', null]])],
    ['a quote in a claim id', okReply([[17, 30, 'x"],[0,4,"meta', null, null]])],
    ['an unknown unit', okReply(figure(['eur', 'exact', 143, 8, null, null, null]))],
    ['an unknown qualifier', okReply(figure(['usd', 'roughly', 143, 8, null, null, null]))],
    ['half a high amount', okReply(figure(['usd', 'range', 10, 9, 15, null, null]))],
    ['a fractional mantissa', okReply(figure(['usd', 'exact', 14.3, 9, null, null, null]))],
    [
      'an unsafe mantissa',
      okReply(figure(['usd', 'exact', 1234567890123456, 0, null, null, null])),
    ],
    ['an unknown reason', okReply([[17, 30, null, null, 'unreadable']])],
    ['a negative offset', okReply([[-1, 4, 'meta']])],
    ['an end past the text', okReply([[34, 99, 'scale-ai']])],
    ['an empty mention', okReply([[4, 4, 'meta']])],
    ['mentions out of order', okReply([good[2], good[0]])],
  ])('turns down %s', (_, reply) => {
    expect(readFoundMentions(reply, text)).toBeNull();
  });

  it('reads back what encodeMentions wrote', () => {
    const mentions: Mention[] = inPage(text);
    expect(readFoundMentions({ ok: true, mentions: encodeMentions(mentions) }, text)).toStrictEqual(
      mentions,
    );
  });
});

describe('findInBackground', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const text = 'Meta will invest $14.3 billion in Scale AI.';
  const measured: string[] = [];
  const measure = <T>(work: () => T): T => {
    measured.push('slice');
    return work();
  };

  it('sends the text and context, and times the sending and the decoding as slices', async () => {
    measured.length = 0;
    const send = vi.fn(inProcessBackground());
    const found = await findInBackground(send, text, { namesScaleAi: true }, measure);
    expect(send).toHaveBeenCalledWith(request(text, { namesScaleAi: true }));
    expect(found).toStrictEqual(inPage(text, { namesScaleAi: true }));
    expect(measured).toHaveLength(2);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('Extension context invalidated.');
      },
    ],
    ['rejects', () => Promise.reject(new Error('Could not establish connection.'))],
    ['answers what does not fit', () => Promise.resolve(okReply([[0, 99, 'meta']]))],
  ])('gives null when the background %s', async (_, send) => {
    expect(await findInBackground(send, text, {}, measure)).toBeNull();
  });

  it('gives null when the background does not answer in time', async () => {
    vi.useFakeTimers();
    const found = findInBackground(() => new Promise(() => undefined), text, {}, measure);
    await vi.advanceTimersByTimeAsync(backgroundWaitMs(text.length) + 1);
    expect(await found).toBeNull();
  });

  it('waits longer for longer texts', () => {
    expect(backgroundWaitMs(5_000_000)).toBeGreaterThan(backgroundWaitMs(1_000));
  });

  it('sends nothing longer than a message may carry', async () => {
    const send = vi.fn(() => Promise.resolve(okReply([])));
    const huge = ' '.repeat(BACKGROUND_TEXT_LIMIT + 1);
    expect(await findInBackground(send, huge, {}, measure)).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('long texts, sent in pieces', () => {
  const measure = <T>(work: () => T): T => work();
  // Three pieces and a bit: mentions on both sides of every cut.
  const long = generateNewsText(3 * TEXT_PIECE + 50_000, 5);

  it('cuts every TEXT_PIECE characters, never inside a surrogate pair', () => {
    expect(pieceEnds('')).toEqual([]);
    expect(pieceEnds('Meta')).toEqual([4]);
    expect(pieceEnds(long)).toEqual([1, 2, 3, 4].map((n) => Math.min(n * TEXT_PIECE, long.length)));
    const emoji = 'x'.repeat(TEXT_PIECE - 1) + '\u{1F4C8}' + 'y';
    const ends = pieceEnds(emoji);
    expect(ends).toEqual([TEXT_PIECE - 1, emoji.length]);
  });

  it('sends a long text in pieces, one message each, and finds what the page would', async () => {
    const background = inProcessBackground();
    const sent: (FindMentionsRequest | TextPieceRequest)[] = [];
    const found = await findInBackground(
      (request) => {
        sent.push(request);
        return background(request);
      },
      long,
      { namesScaleAi: true },
      measure,
    );
    expect(sent.map((r) => r.type)).toEqual([
      'text-piece',
      'text-piece',
      'text-piece',
      'find-mentions',
    ]);
    expect(Math.max(...sent.map((r) => r.text.length))).toBeLessThanOrEqual(TEXT_PIECE);
    expect(sent.map((r) => r.text).join('')).toBe(long);
    expect(found).toStrictEqual(inPage(long, { namesScaleAi: true }));
  });

  it('sends a short text whole, in one message', async () => {
    const send = vi.fn(inProcessBackground());
    await findInBackground(send, 'Meta will invest $14.3 billion in Scale AI.', {}, measure);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0]).not.toHaveProperty('pieces');
  });

  it('matches in the page when a piece is turned down or lost', async () => {
    const refusing = vi.fn(() => Promise.resolve({ ok: false }));
    expect(await findInBackground(refusing, long, {}, measure)).toBeNull();
    expect(refusing).toHaveBeenCalledTimes(1);
    // A background that restarted between pieces has forgotten the first ones.
    let background = inProcessBackground();
    const restarting = (request: FindMentionsRequest | TextPieceRequest) => {
      if (request.type === 'find-mentions') background = inProcessBackground();
      return background(request);
    };
    expect(await findInBackground(restarting, long, {}, measure)).toBeNull();
  });

  const piece = (id: string, index: number, text: string): TextPieceRequest => ({
    type: 'text-piece',
    id,
    index,
    text,
  });
  const last = (id: string, count: number, text: string): FindMentionsRequest => ({
    type: 'find-mentions',
    text,
    context: {},
    pieces: { id, count },
  });

  it('joins pieces only from the sender that sent them, and only once', () => {
    const pieces = new TextPieces();
    expect(serveTextRequest(piece('a1', 0, 'Meta will invest '), 'tab 1', pieces)).toEqual({
      ok: true,
    });
    // Another tab naming the same text gets none of it.
    expect(serveTextRequest(last('a1', 2, '$14.3 billion.'), 'tab 2', pieces)).toMatchObject({
      ok: false,
    });
    const reply = serveTextRequest(last('a1', 2, '$14.3 billion.'), 'tab 1', pieces);
    const text = 'Meta will invest $14.3 billion.';
    expect(readFoundMentions(reply, text)).toStrictEqual(inPage(text));
    expect(pieces.size).toBe(0);
    expect(serveTextRequest(last('a1', 2, '$14.3 billion.'), 'tab 1', pieces)).toMatchObject({
      ok: false,
    });
  });

  it('turns down a text with a piece missing, and more waiting than a text may hold', () => {
    const pieces = new TextPieces();
    serveTextRequest(piece('b', 1, 'second'), 'tab', pieces);
    expect(serveTextRequest(last('b', 3, 'third'), 'tab', pieces)).toMatchObject({ ok: false });
    const big = 'x'.repeat(TEXT_PIECE);
    for (let i = 0; i < BACKGROUND_TEXT_LIMIT / TEXT_PIECE; i++) {
      expect(pieces.add('tab', piece(`c${i}`, 0, big))).toBe(true);
    }
    expect(pieces.add('tab', piece('d', 0, 'one more'))).toBe(false);
    // Another sender is not held back by this one.
    expect(pieces.add('other tab', piece('d', 0, 'one more'))).toBe(true);
  });

  it('forgets the pieces of a text whose last piece never came', () => {
    let now = 0;
    const pieces = new TextPieces(() => now);
    pieces.add('tab', piece('e', 0, 'Meta'));
    now = 61_000;
    pieces.add('tab', piece('f', 0, 'Scale AI'));
    expect(pieces.size).toBe(1);
    expect(pieces.take('tab', 'e', 2, ' later')).toBeNull();
  });

  it('turns down malformed pieces and piece counts', () => {
    for (const bad of [
      piece('UPPER', 0, 'x'),
      piece('', 0, 'x'),
      piece('g', -1, 'x'),
      piece('g', 15, 'x'),
      piece('g', 0, 'x'.repeat(TEXT_PIECE + 1)),
      last('g', 1, 'x'),
      last('g', 17, 'x'),
    ]) {
      expect(serveTextRequest(bad, 'tab', new TextPieces())).toBeNull();
    }
  });
});
