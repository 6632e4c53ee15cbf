import { findClaim } from '../claims';
import type { HistoryEntry, MentionRecord, SightingRecord } from './schema';

type Column = {
  header: string;
  cell: (sighting: SightingRecord, mention: MentionRecord) => string;
};

const iso = (epochMs: number) => new Date(epochMs).toISOString();

const COLUMNS: Column[] = [
  { header: 'page_url', cell: (s) => s.url },
  { header: 'page_title', cell: (s) => s.title },
  { header: 'site', cell: (s) => s.site },
  { header: 'claim', cell: (_, m) => m.claim ?? '' },
  { header: 'claim_label', cell: (_, m) => (m.claim ? (findClaim(m.claim)?.label ?? '') : '') },
  { header: 'text', cell: (_, m) => m.text },
  { header: 'value', cell: (_, m) => m.value ?? '' },
  { header: 'verdict', cell: (_, m) => m.verdict },
  { header: 'agree', cell: (_, m) => m.agree.join(' ') },
  { header: 'disagree', cell: (_, m) => m.disagree.join(' ') },
  { header: 'quote', cell: (_, m) => m.quote },
  { header: 'review', cell: (_, m) => m.review },
  { header: 'note', cell: (_, m) => m.note },
  { header: 'first_seen', cell: (_, m) => iso(m.firstSeen) },
  { header: 'last_seen', cell: (_, m) => iso(m.lastSeen) },
];

/**
 * Returns the history as CSV (RFC 4180: CRLF line ends, a header row, cells quoted when they
 * hold a comma, quote or line break), one row per mention. Times are ISO 8601 in UTC; source
 * ids are space-separated. No byte-order mark is added.
 */
export function exportCsv(entries: readonly HistoryEntry[]): string {
  const rows = [COLUMNS.map((column) => column.header)];
  for (const { sighting, mentions } of entries) {
    for (const mention of mentions)
      rows.push(COLUMNS.map((column) => column.cell(sighting, mention)));
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Returns one CSV cell. Text a spreadsheet would run as a formula — starting with =, +, -, @,
 * a tab or a carriage return — is prefixed with ' so it shows as text (OWASP "CSV Injection"):
 * a page can write "=HYPERLINK(…)" and we quote pages.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
