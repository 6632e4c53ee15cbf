// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '../../components/SiteSwitch';

afterEach(cleanup);

describe('SiteSwitch', () => {
  it('is a labelled checkbox, clear while the site is marked', () => {
    render(<SiteSwitch site="news.example" enabled onChange={() => undefined} />);
    const box = screen.getByRole('checkbox', { name: 'Don’t mark this site' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/news\.example: marked in every open tab/)).toBeTruthy();
  });

  it('switches the site off when checked', () => {
    const onChange = vi.fn();
    render(<SiteSwitch site="news.example" enabled onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Don’t mark this site' }));
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('switches the site back on when cleared', () => {
    const onChange = vi.fn();
    render(<SiteSwitch site="news.example" enabled={false} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Don’t mark this site' });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('describes what switching off does', () => {
    render(<SiteSwitch site="news.example" enabled={false} onChange={() => undefined} />);
    const box = screen.getByRole('checkbox');
    const help = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('news.example: no marks in any tab; page text untouched.');
  });
});
