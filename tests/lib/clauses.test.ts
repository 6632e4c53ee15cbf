import { describe, expect, it } from 'vitest';
import { clauseStart, hasClauseBreakBeyondComma } from '../../lib/clauses';

const startOf = (text: string, word: string) =>
  text.slice(clauseStart(text, 0, text.indexOf(word)));

describe('clauses', () => {
  it.each([
    ['Meta, which did not comment, paid $14.3 billion.', '$14.3', ' paid $14.3 billion.'],
    ['Meta paid not $10 billion but $14.3 billion.', '$14.3', ' $14.3 billion.'],
    [
      'Meta did not pay $10 billion or $20 billion.',
      '$20',
      'Meta did not pay $10 billion or $20 billion.',
    ],
    ['Meta paid $14.3 billion and took 49%.', '49%', ' took 49%.'],
    ['Meta paid $14.3 billion (in cash) for Scale AI.', 'for', ' for Scale AI.'],
  ])('finds where the clause starts in %j', (text, word, clause) => {
    expect(startOf(text, word)).toBe(clause);
  });

  it.each([
    ['In 2024, Scale AI had revenue of $870 million.', false],
    ["Scale AI's 2025 revenue: $2 billion.", false],
    ['In 2024 Scale AI made $870 million and projects $2 billion.', true],
    ['In 2024 Scale AI made $870 million; it expects $2 billion.', true],
    ['Scale AI earned $870 million last year (2024) and expects $2 billion.', true],
  ])('tells a break beyond a comma or a colon in %j', (text, expected) => {
    expect(hasClauseBreakBeyondComma(text, 0, text.length)).toBe(expected);
  });
});
