import { z } from 'zod';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  historyExportSchema,
  type HistoryExport,
} from './export-schema';
import type { StoreResult } from './store-result';

const NOT_OURS = 'This file is not a Sourcemark history export.';

/**
 * Reads a history file's text. Fails with an `invalid` error whose message says what is
 * wrong, in order: not JSON (or cut short), a foreign file (no `format: "sourcemark-history"`),
 * a format version this Sourcemark cannot read, a record that does not fit the schema (its
 * place in the file is named), a mention whose page is missing from the file.
 */
export function parseExport(text: string): StoreResult<HistoryExport> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid(`${NOT_OURS} It is not JSON, or it was cut short.`);
  }
  const header = z
    .object({ format: z.literal(EXPORT_FORMAT), version: z.unknown().optional() })
    .safeParse(json);
  if (!header.success) return invalid(NOT_OURS);
  const { version } = header.data;
  if (version !== EXPORT_VERSION) {
    return invalid(
      typeof version === 'number' && version > EXPORT_VERSION
        ? `This history was exported by a newer Sourcemark (format version ${version}). Update the extension to import it.`
        : `This history export has a format version Sourcemark cannot read (${JSON.stringify(version) ?? 'none'}).`,
    );
  }
  const parsed = historyExportSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return invalid(`This history export is damaged at ${place(issue.path)}: ${issue.message}.`);
  }
  const pages = new Set(parsed.data.sightings.map((sighting) => sighting.id));
  const orphan = parsed.data.mentions.find((mention) => !pages.has(mention.pageId));
  if (orphan) {
    return invalid(
      `This history export is damaged: the mention "${orphan.id}" belongs to a page the file does not hold.`,
    );
  }
  return { ok: true, value: parsed.data };
}

function invalid(message: string): StoreResult<never> {
  return { ok: false, error: { kind: 'invalid', message } };
}

/** "mentions[3].review" for the path [mentions, 3, review]. */
function place(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`,
    )
    .join('');
}
