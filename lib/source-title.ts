const OPENING_WORDS = 8;

/**
 * Returns a seed article's headline: its first line of at least three words that reads as a
 * title (short, no closing full stop). An article without one is labelled by its opening
 * words ("As an AI technology analyst, the recent report…").
 */
export function sourceTitle(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, 3)) {
    const words = line.split(/\s+/);
    if (words.length < 3) continue;
    if (line.length <= 120 && !/[.!?]$/.test(line)) return line;
    break;
  }
  const words = (lines[0] ?? '').split(/\s+/);
  return words.length > OPENING_WORDS
    ? `${words.slice(0, OPENING_WORDS).join(' ')}…`
    : words.join(' ');
}
