// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryActions } from '../../../components/dashboard/HistoryActions';

afterEach(cleanup);

function setup(overrides: Partial<Parameters<typeof HistoryActions>[0]> = {}) {
  const props = {
    sites: ['example.com', 'news.example'],
    site: undefined,
    busy: false,
    confirm: vi.fn(() => true),
    onExport: vi.fn(),
    onImport: vi.fn(),
    onClear: vi.fn(),
    ...overrides,
  };
  render(<HistoryActions {...props} />);
  return props;
}

describe('HistoryActions', () => {
  it.each([
    ['Export JSON', 'json'],
    ['Export CSV', 'csv'],
    ['Export ClaimReview', 'claim-review'],
  ])('%s calls back with the format %s', (name, format) => {
    const { onExport } = setup();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
    expect(onExport).toHaveBeenCalledWith(format);
  });

  it('hands the chosen file to onImport', () => {
    const { onImport } = setup();
    const file = new File(['{}'], 'history.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import a JSON export'), { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('asks before clearing the whole history, and clears when confirmed', () => {
    const { confirm, onClear } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/Delete the whole history/));
    expect(onClear).toHaveBeenCalledWith(undefined);
  });

  it('clears nothing when the confirmation is declined', () => {
    const confirm = vi.fn(() => false);
    const { onClear } = setup({ confirm });
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear this site' }));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(onClear).not.toHaveBeenCalled();
  });

  it('clears the chosen site after asking, the filtered site by default', () => {
    const { confirm, onClear } = setup({ site: 'news.example' });
    const select = screen.getByRole('combobox', { name: 'Site to clear' }) as HTMLSelectElement;
    expect(select.value).toBe('news.example');
    fireEvent.change(select, { target: { value: 'example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear this site' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/every page of example\.com/));
    expect(onClear).toHaveBeenCalledWith('example.com');
  });

  it('disables clearing when the history is empty', () => {
    setup({ sites: [] });
    expect(screen.getByRole('button', { name: 'Clear history' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Clear this site' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('while busy, says so and ignores every action, yet keeps each focusable', () => {
    const props = setup({ busy: true });
    for (const button of screen.getAllByRole('button')) {
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect(button).toHaveProperty('disabled', false);
      button.focus();
      expect(document.activeElement).toBe(button);
      fireEvent.click(button);
    }
    expect(props.onExport).not.toHaveBeenCalled();
    expect(props.onClear).not.toHaveBeenCalled();
    expect(props.confirm).not.toHaveBeenCalled();
    const input = screen.getByLabelText('Import a JSON export');
    expect(input.getAttribute('aria-disabled')).toBe('true');
    // A click that would open the file chooser is cancelled.
    expect(fireEvent.click(input)).toBe(false);
  });
});
