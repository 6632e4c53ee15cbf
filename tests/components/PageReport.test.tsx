// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageReport } from '../../components/PageReport';
import { pageStateOf, SOURCE, STORY } from '../support/page-state';
import { fakeLinks, reportOf } from '../support/popup-props';
import { tabOrder } from '../support/accessibility';

afterEach(cleanup);

function renderReport(text = STORY) {
  const onSelect = vi.fn();
  const links = fakeLinks();
  const view = render(
    <main>
      <PageReport {...reportOf(pageStateOf(text))} onSelect={onSelect} links={links} />
    </main>,
  );
  return { ...view, onSelect, links };
}

const mentionButton = (container: HTMLElement, id: string) =>
  container.querySelector<HTMLButtonElement>(`[data-mention-id="${id}"]`);

describe('PageReport', () => {
  it('lists every figure with the page’s data-mention-id', () => {
    const { container } = renderReport();
    const ids = [...container.querySelectorAll('[data-mention-id]')].map(
      (el) => (el as HTMLElement).dataset.mentionId,
    );
    expect(ids).toEqual(['m2', 'm4', 'm6', 'm8']);
  });

  it('groups figures under their claim, in catalog order', () => {
    renderReport();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      "Meta's investment in Scale AI",
      "Meta's stake in Scale AI",
      'Scale AI revenue in 2025 (projected)',
      'Not tied to a claim',
    ]);
  });

  it('shows a figure as written, as parsed and its verdict', () => {
    const { container } = renderReport();
    expect(mentionButton(container, 'm2')?.textContent).toBe(
      'Show on page: “$14.3 billion” read as $14.3 billion, ◐ mixed',
    );
    expect(screen.getByRole('button', { name: /“\$14\.3 billion”.*mixed/ })).toBeTruthy();
  });

  it('gives one source row per source with data-source-id and data-stance', () => {
    const { container } = renderReport();
    const sources = within(screen.getByRole('list', { name: 'Sources on “$14.3 billion”' }));
    const rows = sources.getAllByRole('listitem');
    expect(rows.map((r) => [r.dataset.sourceId, r.dataset.stance])).toEqual([
      [SOURCE['000'], 'agrees'],
      [SOURCE['001'], 'disagrees'],
      [SOURCE['002'], 'disagrees'],
      [SOURCE['003'], 'agrees'],
    ]);
    expect(container.querySelectorAll('[data-stance]').length).toBe(4 + 1 + 2);
  });

  it('shows each source’s title, stance, reason and verbatim quote with its figure emphasised', () => {
    renderReport();
    const row = screen.getAllByRole('listitem').find((li) => li.dataset.sourceId === SOURCE['002']);
    const inRow = within(row ?? document.body);
    expect(inRow.getByRole('link').textContent).toContain(
      'Why Meta Is Willing To Invest $10B In An AI Startup',
    );
    expect(inRow.getByText('disagrees')).toBeTruthy();
    expect(inRow.getByText(": outside 'up to $10 billion'")).toBeTruthy();
    const quote = row?.querySelector('blockquote');
    expect(quote?.textContent).toContain('Meta has advanced talks to invest up to $10 billion');
    expect(quote?.querySelector('strong')?.textContent).toBe('up to $10 billion');
  });

  it('says plainly that the sources contradict each other on the investment', () => {
    renderReport();
    expect(
      screen.getByText(
        'Sources disagree: 001 says $10 billion, 002 says up to $10 billion, 003 says $14 billion.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('Sources disagree: 000 says $2 billion, 003 says $2.5 billion.'),
    ).toBeTruthy();
  });

  it('summarises the names: counts for Meta and Scale AI', () => {
    renderReport();
    const names = within(screen.getByRole('region', { name: 'Names on this page' }));
    expect(names.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Meta: 1 mention',
      'Scale AI: 3 mentions',
    ]);
  });

  it('lists the claims in the sources that the page leaves out', () => {
    renderReport();
    const missing = within(
      screen.getByRole('region', { name: 'Also in the sources, not on this page' }),
    );
    expect(missing.getByText('Scale AI revenue in 2024')).toBeTruthy();
    expect(missing.getByText(': 000 says about $870 million; 003 says $870 million')).toBeTruthy();
    expect(missing.queryByText("Meta's investment in Scale AI")).toBeNull();
  });

  it('calls onSelect with the mention id when a figure row is clicked', () => {
    const { container, onSelect } = renderReport();
    fireEvent.click(mentionButton(container, 'm6') as HTMLElement);
    expect(onSelect).toHaveBeenCalledWith('m6');
  });

  it('opens the source view from a source row, linked to its statement', () => {
    const { links } = renderReport();
    const row = screen.getAllByRole('listitem').find((li) => li.dataset.sourceId === SOURCE['003']);
    const link = within(row as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toMatch(
      /source\.html\?source=003_d369bcd6a49f9c65&statement=22$/,
    );
    fireEvent.click(link);
    expect(links.open).toHaveBeenCalledWith(SOURCE['003'], 22);
  });

  it('makes figure rows and source rows native buttons and links that Tab reaches in order', () => {
    const { container, onSelect } = renderReport();
    const order = tabOrder(container);
    const first = mentionButton(container, 'm2') as HTMLButtonElement;
    expect(first.tagName).toBe('BUTTON');
    expect(first.type).toBe('button');
    // Tab goes from the figure to its sources, then to the next figure.
    const at = order.indexOf(first);
    expect(order.slice(at + 1, at + 5).every((el) => el.tagName === 'A')).toBe(true);
    expect(order[at + 5]).toBe(mentionButton(container, 'm4'));
    // Enter on a focused native button fires its click (browsers do this; happy-dom does not).
    first.focus();
    expect(document.activeElement).toBe(first);
    fireEvent.click(document.activeElement as HTMLElement);
    expect(onSelect).toHaveBeenCalledWith('m2');
  });

  it('says so when the page names the companies but gives no figure', () => {
    renderReport('Meta and Scale AI met.');
    expect(screen.getByText('No figure about the deal on this page.')).toBeTruthy();
    expect(document.querySelectorAll('[data-mention-id]')).toHaveLength(0);
  });
});
