// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageStatus } from '../../components/PageStatus';

afterEach(cleanup);

describe('PageStatus', () => {
  it('says the page is still loading', () => {
    render(<PageStatus status="loading" site="news.example" />);
    expect(screen.getByRole('heading', { name: 'Reading this page…' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('still marking this page');
  });

  it('says the extension may not run on the page', () => {
    render(<PageStatus status="not-allowed" site={null} />);
    expect(screen.getByRole('heading', { name: 'Sourcemark can’t run on this page' })).toBeTruthy();
    expect(screen.getByText(/Browser pages, extension stores/)).toBeTruthy();
  });

  it('says the site is switched off, naming it', () => {
    render(<PageStatus status="switched-off" site="news.example" />);
    expect(screen.getByRole('heading', { name: 'Marking is off for this site' })).toBeTruthy();
    expect(screen.getByText(/not to mark news\.example/)).toBeTruthy();
  });

  it('says the page mentions neither company', () => {
    render(<PageStatus status="no-mentions" site="news.example" />);
    expect(screen.getByRole('heading', { name: 'No mention of Meta or Scale AI' })).toBeTruthy();
  });

  it('announces itself politely as a status', () => {
    render(<PageStatus status="loading" site={null} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-labelledby')).toBe('status-heading');
    expect(status.dataset.status).toBe('loading');
  });
});
