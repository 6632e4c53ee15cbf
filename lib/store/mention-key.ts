/** The parts of a figure that identify it on its page. */
export type KeyedFigure = { claim?: string | null; text: string };

/**
 * Returns one key per figure, in the order given: its claim, its text normalised (whitespace
 * collapsed, lower case) and how many identical figures came before it on the page. A revisit
 * of an unchanged page yields the same keys, so its mentions are updated, not duplicated; the
 * key does not depend on offsets, which shift whenever the page's text around them changes.
 */
export function mentionKeys(figures: readonly KeyedFigure[]): string[] {
  const seen = new Map<string, number>();
  return figures.map(({ claim, text }) => {
    const base = `${claim ?? '-'}|${text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}|${occurrence}`;
  });
}

/** Returns the id of a mention: its page key and its key on the page. */
export function mentionId(pageId: string, key: string): string {
  return `${pageId}#${key}`;
}
