/**
 * Deterministic news-like text for benchmarks: paragraphs of wire-copy filler with, about
 * once per 2 KB, a sentence about the Meta–Scale AI deal or a decoy about another company's
 * billions. The same seed always gives the same text.
 */

const FILLER = [
  'Analysts said the market for training data has grown quickly over the past two years.',
  'The company did not respond to a request for comment on Tuesday.',
  'Investors have poured money into infrastructure as models grow larger and more costly to run.',
  'Several executives described the talks as early, and terms could still change.',
  'Regulators in Washington and Brussels have signalled interest in large technology deals.',
  'Shares were little changed in afternoon trading, with volumes below their 30-day average.',
  'The startup employs engineers across three continents and works with government agencies.',
  'People familiar with the matter asked not to be named because the discussions are private.',
  'Data labelling remains a labour-intensive business despite advances in automation.',
  'The broader index rose 0.4 percent as technology stocks recovered from early losses.',
];

const MENTIONS = [
  'Meta agreed to invest $14.3 billion in Scale AI for a 49% stake.',
  'Meta Platforms is in talks to invest over $10 billion in Scale AI.',
  "Scale AI's revenue is projected to reach $2 billion in 2025.",
  'Scale AI was valued at $13.8 billion after its 2024 Series F.',
  'Scale AI, founded in 2016, relies on over 9,000 contractors.',
  'Meta plans to spend as much as $65 billion on AI this year.',
  "Microsoft's $10 billion investment in OpenAI set the bar for such deals.",
  'Amazon put $4 billion into Anthropic last year.',
];

/** A small seeded PRNG (mulberry32), so generated text is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Returns paragraphs ("\n"-separated) of about `bytes` characters, with a mention sentence
 * roughly every `mentionEvery` characters (0 for none at all).
 */
export function generateNewsParagraphs(bytes: number, seed = 1, mentionEvery = 2048): string[][] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const paragraphs: string[][] = [];
  let length = 0;
  let sinceMention = 0;
  while (length < bytes) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const isMention = mentionEvery > 0 && sinceMention >= mentionEvery;
      const sentence = isMention ? pick(MENTIONS) : pick(FILLER);
      sinceMention = isMention ? 0 : sinceMention + sentence.length + 1;
      sentences.push(sentence);
      length += sentence.length + 1;
    }
    paragraphs.push(sentences);
  }
  return paragraphs;
}

/** News-like plain text of about `bytes` characters (see {@link generateNewsParagraphs}). */
export function generateNewsText(bytes: number, seed = 1, mentionEvery = 2048): string {
  return generateNewsParagraphs(bytes, seed, mentionEvery)
    .map((sentences) => sentences.join(' '))
    .join('\n');
}
