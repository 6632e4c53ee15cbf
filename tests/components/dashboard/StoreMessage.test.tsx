// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreMessage } from '../../../components/dashboard/StoreMessage';
import { describeStoreError } from '../../../lib/history-view';
import type { StoreError } from '../../../lib/store/store-result';

afterEach(cleanup);

const showError = (error: StoreError) =>
  render(
    <StoreMessage
      notice={{ kind: 'error', text: describeStoreError(error) }}
      onDismiss={() => {}}
    />,
  );

describe('StoreMessage', () => {
  it("shows an import's error sentence as an alert", () => {
    const message = 'This file is not a Sourcemark history export.';
    showError({ kind: 'invalid', message });
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says the storage is full and nothing stored was lost for a quota error', () => {
    showError({ kind: 'quota', message: 'QuotaExceededError' });
    expect(screen.getByRole('alert').textContent).toMatch(
      /^Your browser's storage is full.*nothing already stored was lost\.$/,
    );
  });

  it('says to close other Sourcemark pages for a blocked database', () => {
    showError({ kind: 'blocked', message: 'DatabaseClosedError' });
    expect(screen.getByRole('alert').textContent).toBe(
      'The history is open in another window that is updating it; close other Sourcemark pages and try again. Nothing was lost.',
    );
  });

  it('shows a result as a status, not an alert', () => {
    render(
      <StoreMessage
        notice={{ kind: 'result', text: 'Imported 1 page and 2 mentions.' }}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Imported 1 page and 2 mentions.');
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('keeps both live regions in the page, empty, when there is nothing to say', () => {
    render(<StoreMessage notice={null} onDismiss={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('can be dismissed', () => {
    const onDismiss = vi.fn();
    render(<StoreMessage notice={{ kind: 'result', text: 'Saved.' }} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
