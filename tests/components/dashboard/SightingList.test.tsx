// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SightingList } from '../../../components/dashboard/SightingList';
import type { HistoryEntry, MentionRecord } from '../../../lib/store/schema';

afterEach(cleanup);

const pageId = 'https://news.example/meta-scale';
const mention: MentionRecord = {
  id: `${pageId}#m1`,
  pageId,
  site: 'news.example',
  claim: 'meta-investment-in-scale-ai',
  text: '$14.3 billion',
  value: '$14.3 billion',
  verdict: 'mixed',
  agree: ['003_d369bcd6a49f9c65'],
  disagree: ['001_b2b999f39626c3af'],
  quote: 'Meta paid $14.3 billion for its stake in Scale AI.',
  review: 'needs-follow-up',
  note: 'Check the filing.',
  firstSeen: 1_750_000_000_000,
  lastSeen: 1_750_000_000_000,
};
const entries: HistoryEntry[] = [
  {
    sighting: {
      id: pageId,
      url: pageId,
      site: 'news.example',
      title: 'Meta bets on Scale',
      firstSeen: 1_750_000_000_000,
      lastSeen: 1_750_000_000_000,
    },
    mentions: [mention],
  },
];

const row = () => {
  const found = document.querySelector(`[data-mention-id="${mention.id}"]`);
  if (!(found instanceof HTMLElement)) throw new Error('no mention row');
  return found;
};

describe('SightingList', () => {
  it('lists each page by its title, linked to its address, with its site', () => {
    render(<SightingList entries={entries} filtered={false} onSaveReview={() => {}} />);
    const link = screen.getByRole('link', { name: 'Meta bets on Scale' });
    expect(link.getAttribute('href')).toBe(pageId);
    expect(screen.getByRole('article', { name: 'Meta bets on Scale' }).textContent).toContain(
      'news.example',
    );
  });

  it("shows a mention's claim, page text, value, verdict and quote", () => {
    render(<SightingList entries={entries} filtered={false} onSaveReview={() => {}} />);
    const text = row().textContent ?? '';
    expect(text).toContain("Meta's investment in Scale AI");
    expect(within(row()).getAllByText('$14.3 billion')).toHaveLength(2);
    expect(text).toContain('Mixed');
    expect(text).toContain('agree: 003; disagree: 001');
    expect(text).toContain('Meta paid $14.3 billion for its stake in Scale AI.');
  });

  it('shows the stored review and note in the controls', () => {
    render(<SightingList entries={entries} filtered={false} onSaveReview={() => {}} />);
    const review = within(row()).getByRole('combobox', {
      name: 'Review state',
    }) as HTMLSelectElement;
    expect(review.value).toBe('needs-follow-up');
    const note = within(row()).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect(note.value).toBe('Check the filing.');
    expect(
      within(row()).getByRole('group', { name: 'Your review of “$14.3 billion”' }),
    ).toBeTruthy();
  });

  it('saves a review with its state and note', () => {
    const onSaveReview = vi.fn();
    render(<SightingList entries={entries} filtered={false} onSaveReview={onSaveReview} />);
    fireEvent.change(within(row()).getByRole('combobox', { name: 'Review state' }), {
      target: { value: 'confirmed' },
    });
    fireEvent.change(within(row()).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Matches the SEC filing.' },
    });
    fireEvent.click(within(row()).getByRole('button', { name: 'Save review' }));
    expect(onSaveReview).toHaveBeenCalledWith(mention.id, 'confirmed', 'Matches the SEC filing.');
  });

  it('counts the mentions in each review state', () => {
    render(<SightingList entries={entries} filtered={false} onSaveReview={() => {}} />);
    expect(
      screen.getByText('1 page, 1 mention: 0 unreviewed, 0 confirmed, 0 wrong, 1 needs follow-up.'),
    ).toBeTruthy();
  });

  it('says no pages are recorded yet for an empty history', () => {
    render(<SightingList entries={[]} filtered={false} onSaveReview={() => {}} />);
    expect(screen.getByText(/^No pages recorded yet/)).toBeTruthy();
  });

  it('says no mention matches when filters hide everything', () => {
    render(<SightingList entries={[]} filtered onSaveReview={() => {}} />);
    expect(screen.getByText(/^No mention matches these filters/)).toBeTruthy();
    expect(screen.queryByText(/No pages recorded yet/)).toBeNull();
  });
});
