// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryFilters } from '../../../components/dashboard/HistoryFilters';
import type { FilterOptions } from '../../../lib/history-view';

afterEach(cleanup);

const options: FilterOptions = {
  claims: [{ id: 'meta-investment-in-scale-ai', label: "Meta's investment in Scale AI" }],
  sites: ['example.com', 'news.example'],
};

describe('HistoryFilters', () => {
  it('has a labelled select for claim, verdict, site and review', () => {
    render(<HistoryFilters filter={{}} options={options} onChange={() => {}} />);
    for (const name of ['Claim', 'Verdict', 'Site', 'Review']) {
      expect(screen.getByRole('combobox', { name })).toBeTruthy();
    }
    expect(screen.getByRole('search', { name: 'Filter the history' })).toBeTruthy();
  });

  it.each([
    ['Claim', 'meta-investment-in-scale-ai', { claim: 'meta-investment-in-scale-ai' }],
    ['Verdict', 'disagrees', { verdict: 'disagrees' }],
    ['Site', 'news.example', { site: 'news.example' }],
    ['Review', 'needs-follow-up', { review: 'needs-follow-up' }],
  ])('calls back with the chosen %s', (name, value, expected) => {
    const onChange = vi.fn();
    render(<HistoryFilters filter={{}} options={options} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it('keeps the other filters and clears one set back to All', () => {
    const onChange = vi.fn();
    render(
      <HistoryFilters
        filter={{ site: 'example.com', verdict: 'mixed' }}
        options={options}
        onChange={onChange}
      />,
    );
    expect((screen.getByRole('combobox', { name: 'Site' }) as HTMLSelectElement).value).toBe(
      'example.com',
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith({ verdict: 'mixed' });
  });

  it('offers the verdicts and review states in words', () => {
    render(<HistoryFilters filter={{}} options={options} onChange={() => {}} />);
    expect(screen.getByRole('option', { name: 'Needs follow-up' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Unreferenced' })).toBeTruthy();
  });
});
