import type { Dataset, Source, Statement } from './dataset-schema';
import { findMentions } from './find-mentions';
import { sentenceAround } from './sentences';
import { sourceTitle } from './source-title';

/** A seed article as read from disk. */
export type SeedFile = { id: string; text: string; sha256: string };

/**
 * Extracts every statement a seed makes, with the same matcher that runs on pages: each
 * figure tied to a catalog claim becomes a statement quoting its sentence verbatim.
 */
export function extractStatements(seed: SeedFile): Statement[] {
  const statements: Statement[] = [];
  for (const mention of findMentions(seed.text)) {
    if (mention.kind !== 'figure' || !mention.claim || !mention.figure) continue;
    const sentence = sentenceAround(seed.text, mention.start, mention.end);
    const raw = seed.text.slice(sentence.start, sentence.end);
    const offset = sentence.start + (raw.length - raw.trimStart().length);
    const { qualifier, ...value } = mention.figure;
    statements.push({
      claim: mention.claim,
      source: seed.id,
      value: { kind: 'figure', ...value },
      qualifier,
      quote: raw.trim(),
      offset,
      figureText: mention.text,
      figureOffset: mention.start,
    });
  }
  return statements;
}

/** Builds the reference dataset from the seeds, in the order given. */
export function buildDataset(seeds: SeedFile[]): Dataset {
  const sources: Source[] = seeds.map((seed) => ({
    id: seed.id,
    title: sourceTitle(seed.text),
    sha256: seed.sha256,
  }));
  return { version: 1, sources, statements: seeds.flatMap(extractStatements) };
}
