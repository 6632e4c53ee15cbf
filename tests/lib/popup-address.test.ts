import { describe, expect, it } from 'vitest';
import { tabIdFromSearch } from '../../lib/popup-address';

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=0')).toBe(0);
  });

  it.each(['', '?tabId=', '?tabId=abc', '?tabId=-1', '?tabId=1.5', '?tab=3'])(
    'returns null for %j',
    (search) => {
      expect(tabIdFromSearch(search)).toBeNull();
    },
  );
});
