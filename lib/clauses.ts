import { matchesIn } from './matches-in';

/**
 * Where a clause ends and the next starts: a clause's punctuation ("Meta, which did not
 * comment, paid …") or a contrast ("not $10 billion but $14.3 billion"). "and", "or" and "nor"
 * only where a verb or more follows them: "did not pay $10 billion or $20 billion" is one
 * clause. Global: use it with `matchesIn`.
 */
export const CLAUSE_BREAK =
  /[;:()\u2014\u2013]|,(?=[\s\u00a0])|[\s\u00a0]-[\s\u00a0]|\b(?:but|yet|while|whereas|although|though|instead(?![ \u00a0]+of\b))\b|\b(?:and|or|nor)\b(?![ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?$)/gi;

/** Where the clause holding `at` starts: after the last clause break in `text[from, at)`. */
export function clauseStart(text: string, from: number, at: number): number {
  const last = matchesIn(CLAUSE_BREAK, text, from, at).at(-1);
  return last ? last.index + last[0].length : from;
}

/**
 * True when `text[from, to)` holds a break between two clauses that is more than a comma or a
 * colon: "and", "but", a semicolon, a parenthesis or a dash. A comma or a colon often only sets
 * off a phrase ("In 2024, Scale AI had …", "2025 revenue: $2 billion").
 */
export function hasClauseBreakBeyondComma(text: string, from: number, to: number): boolean {
  return matchesIn(CLAUSE_BREAK, text, from, to).some((m) => m[0] !== ',' && m[0] !== ':');
}
