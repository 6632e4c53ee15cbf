import { describe, expect, it } from 'vitest';
import { wrapText } from '../../lib/wrap-text';

describe('wrapText', () => {
  it('wraps at the width with a hanging indent', () => {
    expect(wrapText('one two three four', 'A:', 3, 12)).toEqual([
      'A: one two',
      '   three',
      '   four',
    ]);
  });

  it('continues a prefix that ends with a space and never breaks a long word', () => {
    expect(wrapText('abcdefghijkl x', '  ', 2, 8)).toEqual(['  abcdefghijkl', '  x']);
  });
});
