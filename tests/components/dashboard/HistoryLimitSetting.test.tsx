// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryLimitSetting } from '../../../components/dashboard/HistoryLimitSetting';

afterEach(cleanup);

const input = () =>
  screen.getByRole('spinbutton', { name: 'Pages to keep in the history' }) as HTMLInputElement;

describe('HistoryLimitSetting', () => {
  it('shows the stored limit in a labelled number input', () => {
    render(<HistoryLimitSetting limit={1000} onSave={() => {}} />);
    expect(input().value).toBe('1000');
  });

  it('saves a new limit', () => {
    const onSave = vi.fn();
    render(<HistoryLimitSetting limit={1000} onSave={onSave} />);
    fireEvent.change(input(), { target: { value: '250' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save limit' }));
    expect(onSave).toHaveBeenCalledWith(250);
  });

  it('explains and does not save a limit out of range', () => {
    const onSave = vi.fn();
    render(<HistoryLimitSetting limit={1000} onSave={onSave} />);
    fireEvent.change(input(), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save limit' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a whole number from 1 to 100,000.')).toBeTruthy();
  });

  it('waits, disabled, while the settings are read', () => {
    render(<HistoryLimitSetting limit={null} onSave={() => {}} />);
    expect(input().disabled).toBe(true);
  });
});
