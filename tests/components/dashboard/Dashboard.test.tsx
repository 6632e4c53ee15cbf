// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, type DashboardProps } from '../../../entrypoints/dashboard/App';
import { buildMatrix } from '../../../lib/dataset-matrix';
import { describeStoreError, filterOptions } from '../../../lib/history-view';
import { referenceDataset } from '../../../lib/reference-dataset';
import type { HistoryEntry } from '../../../lib/store/schema';
import { expectAccessible } from '../../support/accessibility';

afterEach(cleanup);

const pageId = 'https://news.example/meta-scale';
const entries: HistoryEntry[] = [
  {
    sighting: {
      id: pageId,
      url: pageId,
      site: 'news.example',
      title: 'Meta bets on Scale',
      firstSeen: 1,
      lastSeen: 2,
    },
    mentions: [
      {
        id: `${pageId}#m1`,
        pageId,
        site: 'news.example',
        claim: 'scale-ai-revenue-2025',
        text: '$2 billion',
        value: '$2 billion',
        verdict: 'mixed',
        agree: ['000_19b8850ff99f1f10'],
        disagree: ['003_d369bcd6a49f9c65'],
        quote: 'Scale AI expects $2 billion in revenue in 2025.',
        review: 'unreviewed',
        note: '',
        firstSeen: 1,
        lastSeen: 2,
      },
    ],
  },
];

function renderApp(overrides: Partial<DashboardProps> = {}) {
  const props: DashboardProps = {
    matrix: buildMatrix(referenceDataset()),
    entries,
    loadFailed: false,
    options: filterOptions(entries),
    filter: {},
    notice: null,
    busy: false,
    historyLimit: 1000,
    confirm: () => true,
    onFilterChange: vi.fn(),
    onSaveReview: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onClear: vi.fn(),
    onHistoryLimitChange: vi.fn(),
    onReload: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
  return { ...render(<App {...props} />), ...props };
}

describe('the dashboard', () => {
  it('has one main landmark, a banner, a navigation and one h1', () => {
    renderApp();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('passes the shared accessibility check (names, headings, unique ids, references)', () => {
    const { container } = renderApp();
    expectAccessible(container);
  });

  it('gives every control an accessible name', () => {
    renderApp();
    for (const role of ['button', 'combobox', 'textbox', 'spinbutton', 'link']) {
      const all = screen.getAllByRole(role);
      expect(screen.getAllByRole(role, { name: /\S/ }), role).toHaveLength(all.length);
    }
    for (const input of document.querySelectorAll('input, select, textarea')) {
      expect((input as HTMLInputElement).labels?.length, input.outerHTML).toBeGreaterThan(0);
    }
  });

  it('makes the scrolling table reachable from the keyboard, with a name', () => {
    renderApp();
    const region = screen.getByRole('region', { name: /statements, claim by claim/ });
    expect(region.getAttribute('tabindex')).toBe('0');
  });

  it('has a table with a caption and header cells', () => {
    renderApp();
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toMatch(/claim by claim/);
    expect(screen.getAllByRole('columnheader').length).toBeGreaterThan(1);
    expect(screen.getAllByRole('rowheader').length).toBeGreaterThan(1);
  });

  it('says it is reading the history while loading', () => {
    renderApp({ entries: null });
    expect(screen.getByText('Reading the history…')).toBeTruthy();
  });

  it('shows the blocked sentence and offers to try again when the history cannot be read', () => {
    const text = describeStoreError({ kind: 'blocked', message: '' });
    const { onReload } = renderApp({
      entries: null,
      loadFailed: true,
      notice: { kind: 'error', text },
    });
    expect(screen.getByRole('alert').textContent).toBe(text);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('shows an empty history with nothing to clear', () => {
    renderApp({ entries: [], options: { claims: [], sites: [] } });
    expect(screen.getByText(/^No pages recorded yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear history' })).toHaveProperty('disabled', true);
  });

  it('tells an empty result under filters from an empty history', () => {
    renderApp({ entries: [], filter: { verdict: 'agrees' } });
    expect(screen.getByText(/^No mention matches these filters/)).toBeTruthy();
  });
});
