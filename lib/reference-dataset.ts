import { datasetSchema, type Dataset } from './dataset-schema';
import bundled from './reference-dataset.json';

let parsed: Dataset | null = null;

/**
 * The reference dataset bundled with the extension (generated from seeds/ by
 * `npm run dataset`), validated on first use. Throws if the bundled file is malformed.
 */
export function referenceDataset(): Dataset {
  parsed ??= datasetSchema.parse(bundled);
  return parsed;
}
