/**
 * Wraps `words` greedily at `width` columns. The first line starts with `first` (a label or
 * indent), the others with `indent` spaces; a word longer than a line is never broken.
 */
export function wrapText(words: string, first: string, indent: number, width = 100): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of words.split(' ')) {
    const candidate = line === '' || line.endsWith(' ') ? line + word : `${line} ${word}`;
    if (candidate.length > width && line.length > indent) {
      lines.push(line.trimEnd());
      line = ' '.repeat(indent) + word;
    } else line = candidate;
  }
  return [...lines, line.trimEnd()];
}
