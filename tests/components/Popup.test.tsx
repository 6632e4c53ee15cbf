// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupPage } from '../../components/Popup';
import type { PopupStatus } from '../../lib/popup-status';
import { expectAccessible } from '../support/accessibility';
import { pageStateOf, STORY } from '../support/page-state';
import { fakeLinks, reportOf } from '../support/popup-props';

afterEach(cleanup);

const page: PopupPage = {
  title: 'Meta bets on Scale AI',
  url: 'https://news.example/story',
  site: 'news.example',
  siteEnabled: true,
};

function renderPopup(status: PopupStatus, overrides: Partial<Parameters<typeof Popup>[0]> = {}) {
  const onSiteChange = vi.fn();
  const view = render(
    <Popup
      status={status}
      page={page}
      report={status === 'report' ? reportOf(pageStateOf(STORY)) : null}
      notice={null}
      onSelect={() => undefined}
      onSiteChange={onSiteChange}
      links={fakeLinks()}
      {...overrides}
    />,
  );
  return { ...view, onSiteChange };
}

describe('Popup', () => {
  it.each<PopupStatus>(['report', 'loading', 'not-allowed', 'switched-off', 'no-mentions'])(
    'passes the accessibility check when showing %s',
    (status) => {
      const { container } = renderPopup(status);
      expectAccessible(container);
    },
  );

  it('links to the history dashboard', () => {
    renderPopup('report', { historyHref: 'chrome-extension://id/dashboard.html' });
    expect(screen.getByRole('link', { name: 'Review history and export' })).toHaveProperty(
      'href',
      'chrome-extension://id/dashboard.html',
    );
  });

  it('names the page in its header', () => {
    renderPopup('report');
    expect(screen.getByRole('heading', { level: 1, name: 'Sourcemark' })).toBeTruthy();
    expect(screen.getByText('Meta bets on Scale AI').getAttribute('title')).toBe(page.url);
  });

  it('shows the report inside the main landmark', () => {
    renderPopup('report');
    const main = screen.getByRole('main');
    expect(main.querySelectorAll('[data-mention-id]').length).toBe(4);
  });

  it('shows a status instead of a report for a page still loading', () => {
    renderPopup('loading');
    expect(screen.getByRole('heading', { name: 'Reading this page…' })).toBeTruthy();
    expect(document.querySelector('[data-mention-id]')).toBeNull();
  });

  it('offers no site switch where the extension cannot run', () => {
    renderPopup('not-allowed', { page: null });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Sourcemark can’t run on this page' })).toBeTruthy();
  });

  it('reports the switch with the page’s site', () => {
    const { onSiteChange } = renderPopup('report');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Don’t mark this site' }));
    expect(onSiteChange).toHaveBeenCalledWith('news.example', false);
  });

  it('keeps the switch, checked, on a switched-off site', () => {
    renderPopup('switched-off', { page: { ...page, siteEnabled: false } });
    const box = screen.getByRole('checkbox', { name: 'Don’t mark this site' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
  });

  it('announces a notice in a status region', () => {
    renderPopup('report', { notice: 'Showing “$14.3 billion” on the page.' });
    const notices = screen.getAllByRole('status').map((s) => s.textContent);
    expect(notices).toContain('Showing “$14.3 billion” on the page.');
  });
});
