import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile } from '../extract-statements';

/** The project's seeds/ folder. */
export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

/** Reads every `*.txt` seed in `dir`, sorted by file name; the id is the name without ".txt". */
export function readSeeds(dir = SEEDS_DIR): SeedFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return {
        id: name.slice(0, -'.txt'.length),
        text: bytes.toString('utf8'),
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}
