import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetSchema } from '../dataset-schema';
import { buildDataset } from '../extract-statements';
import { readSeeds } from './read-seeds';

/** Where the bundled dataset lives; the extension imports it from there. */
export const DATASET_PATH = join(import.meta.dirname, '..', 'reference-dataset.json');

/** The dataset file's exact contents for the current seeds (validated). */
export function renderDataset(): string {
  const dataset = datasetSchema.parse(buildDataset(readSeeds()));
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/** `npm run dataset`: regenerates lib/reference-dataset.json from seeds/. */
function main(): void {
  const rendered = renderDataset();
  writeFileSync(DATASET_PATH, rendered);
  const { statements, sources } = JSON.parse(rendered) as {
    statements: unknown[];
    sources: unknown[];
  };
  console.log(
    `dataset: ${statements.length} statements from ${sources.length} sources → ${DATASET_PATH}`,
  );
}

if (process.argv[1] === import.meta.filename) main();
