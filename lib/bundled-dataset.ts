import type { Dataset } from './dataset-schema';
import bundled from './reference-dataset.json';

/**
 * The reference dataset bundled with the extension, as `npm run dataset` wrote it, without
 * parsing it again: that command validated it with `datasetSchema` before writing, and a
 * test checks that parsing the bundled file changes nothing. For the content script, which
 * would otherwise pay for the parse on every page (10–19 ms in an isolated world, cold);
 * `referenceDataset()` parses it, for the extension's own pages.
 */
export function bundledDataset(): Dataset {
  return bundled as Dataset;
}
