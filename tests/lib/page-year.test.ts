import { describe, expect, it } from 'vitest';
import { pageYearOf } from '../../lib/page-year';

describe('pageYearOf', () => {
  it.each([
    ['Year in review · December 18, 2026 · by Helena Marsh', 2026],
    ['London, 14 July 2026\nDear Partners,', 2026],
    ['Ridgeline Research · Jun. 18, 2026 · Long META', 2026],
    ['Posted 2025-06-13 by staff', 2025],
    ['By Jane Doe · June 13th, 2025', 2025],
  ])('reads the year of a dated byline: %j', (text, year) => {
    expect(pageYearOf(text)).toBe(year);
  });

  it('takes the latest date at the head: a look-back dated 2026 that opens on the deal', () => {
    expect(pageYearOf('On June 12, 2025, Meta paid $14.3 billion.\nUpdated March 3, 2026')).toBe(
      2026,
    );
  });

  it.each([
    'Meta invested in 2025 and plans more in 2026.',
    'In June 2025 Meta paid $14.3 billion.',
    '© 2026 The Ledger',
  ])('finds no year without a date with its day: %j', (text) => {
    expect(pageYearOf(text)).toBeNull();
  });

  it('looks only at the head of a long page', () => {
    expect(pageYearOf(`${'x'.repeat(5000)} December 18, 2026`)).toBeNull();
  });
});
