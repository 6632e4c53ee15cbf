import { describe, expect, it } from 'vitest';
import { historyRequestSchema, reportPageMentionsSchema } from '../../../lib/history-messages';
import {
  handleHistoryRequest,
  type RequestContext,
} from '../../../lib/store/handle-history-request';
import { figure, openFreshDb } from './fixtures';

const context: RequestContext = {
  now: Date.UTC(2026, 10, 22),
  incognito: false,
  limit: 100,
  sources: { '003_d369bcd6a49f9c65': "Meta's $14B Investment in Scale AI's Future" },
};
const report = reportPageMentionsSchema.parse({
  type: 'report-page-mentions',
  url: 'https://news.example/story#top',
  title: 'Meta bets on Scale AI',
  mentions: [figure()],
});

describe('handleHistoryRequest', () => {
  it('records a report and lists it back', async () => {
    const db = await openFreshDb();
    expect((await handleHistoryRequest(db, report, context)).ok).toBe(true);
    const listed = await handleHistoryRequest(db, { type: 'list-history', filter: {} }, context);
    expect(listed).toMatchObject({
      ok: true,
      value: [{ sighting: { title: 'Meta bets on Scale AI' } }],
    });
  });

  it('records nothing from a private window', async () => {
    const db = await openFreshDb();
    await handleHistoryRequest(db, report, { ...context, incognito: true });
    const listed = await handleHistoryRequest(db, { type: 'list-history', filter: {} }, context);
    expect(listed).toEqual({ ok: true, value: [] });
  });

  it('exports JSON that imports back into an emptied history unchanged', async () => {
    const db = await openFreshDb();
    await handleHistoryRequest(db, report, context);
    const exported = await handleHistoryRequest(
      db,
      { type: 'export-history', format: 'json' },
      context,
    );
    if (!exported.ok) throw new Error(exported.error.message);
    const file = exported.value as { text: string; filename: string; mimeType: string };
    expect(file).toMatchObject({
      filename: 'sourcemark-history-2026-11-22.json',
      mimeType: 'application/json',
    });
    const before = await handleHistoryRequest(db, { type: 'list-history', filter: {} }, context);
    await handleHistoryRequest(db, { type: 'clear-history' }, context);
    expect(
      (await handleHistoryRequest(db, { type: 'import-history', text: file.text }, context)).ok,
    ).toBe(true);
    expect(await handleHistoryRequest(db, { type: 'list-history', filter: {} }, context)).toEqual(
      before,
    );
  });

  it('exports CSV and ClaimReview files with their types', async () => {
    const db = await openFreshDb();
    await handleHistoryRequest(db, report, context);
    const csv = await handleHistoryRequest(db, { type: 'export-history', format: 'csv' }, context);
    expect(csv).toMatchObject({ ok: true, value: { mimeType: 'text/csv' } });
    const ld = await handleHistoryRequest(
      db,
      { type: 'export-history', format: 'claim-review' },
      context,
    );
    expect(ld).toMatchObject({ ok: true, value: { mimeType: 'application/ld+json' } });
  });

  it('answers a foreign file with a clear error and changes nothing', async () => {
    const db = await openFreshDb();
    await handleHistoryRequest(db, report, context);
    const result = await handleHistoryRequest(
      db,
      { type: 'import-history', text: '{"hello":1}' },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    const listed = await handleHistoryRequest(db, { type: 'list-history', filter: {} }, context);
    expect(listed).toMatchObject({ ok: true, value: [{}] });
  });

  it('clears one site and keeps the others', async () => {
    const db = await openFreshDb();
    await handleHistoryRequest(db, report, context);
    await handleHistoryRequest(db, { ...report, url: 'https://other.example/a' }, context);
    await handleHistoryRequest(db, { type: 'clear-history', site: 'news.example' }, context);
    const listed = await handleHistoryRequest(db, { type: 'list-history', filter: {} }, context);
    expect(listed).toMatchObject({ ok: true, value: [{ sighting: { site: 'other.example' } }] });
  });
});

describe('historyRequestSchema', () => {
  it.each([
    { type: 'set-review', mentionId: 'x', review: 'maybe' },
    { type: 'export-history', format: 'xlsx' },
    { type: 'drop-database' },
  ])('rejects %j', (request) => {
    expect(historyRequestSchema.safeParse(request).success).toBe(false);
  });
});
