/**
 * Returns the matches of the global regex `re` in `text[from, to)`, with `index` made
 * absolute. Reuses `re` (no clone, unlike `matchAll`), which matters on the per-figure path.
 */
export function matchesIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const slice = text.slice(from, to);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    m.index += from;
    found.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return found;
}
