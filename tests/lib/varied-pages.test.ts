import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/check-report';
import { htmlToText } from '../../lib/node/html-to-text';
import { referenceDataset } from '../../lib/reference-dataset';
import { VARIED_PAGES } from '../support/varied-pages';

const FIXTURES = join(import.meta.dirname, '../fixtures');

describe.each(VARIED_PAGES)('the core on $file', ({ file, figures, entityNames }) => {
  const text = htmlToText(readFileSync(join(FIXTURES, file), 'utf8'));
  const rows = buildReport(text, referenceDataset());

  it('marks exactly the figures a reader finds, each with its claim and verdict', () => {
    const marked = rows
      .filter((row) => row.kind === 'figure')
      .map((row) => [row.text.replace(/\s+/g, ' '), row.claim ?? null, row.verdict]);
    expect(marked).toEqual(figures);
  });

  it('takes no user name, ticker or "scale your …" for a company', () => {
    const names = rows.filter((row) => row.kind === 'entity').map((row) => row.text);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(entityNames).toContain(name.replace(/\s+/g, ' '));
  });
});
