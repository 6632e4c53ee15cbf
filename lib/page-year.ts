/** A month's name as pages write it in dates: "June", "Jun", "Sept". */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;

// A date with its day: "June 18, 2026", "Jun. 18, 2026", "14 July 2026", "2026-06-18".
const FULL_DATE = new RegExp(
  String.raw`\b(?:${MONTH}\.?[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+((?:19|20)\d\d)|\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+${MONTH}\.?,?[ \u00a0]+((?:19|20)\d\d)|((?:19|20)\d\d)-[01]\d-[0-3]\d)\b`,
  'g',
);

/** How much of a page's start is looked at for its dates: its masthead, byline and lede. */
const HEAD = 3000;

/**
 * The year a page was written in, as the dates at its head say: the latest year of a date
 * with its day there ("By Helena Marsh · December 18, 2026", "Updated 14 July 2026"), or null
 * when there is none. A word relative to it ("this year") means that year, not the deal's: on
 * a page of 2026, "Meta guides to $115-135 billion this year" is no 2025 spending. The latest,
 * so that a look-back dated 2026 that opens on the deal's own date is still of 2026 (a page of
 * 2025 that shows today's date in its masthead then reads "this year" as no claim's: a missed
 * mark, never a wrong one).
 */
export function pageYearOf(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.slice(0, HEAD).matchAll(FULL_DATE)) {
    const year = Number(m[1] ?? m[2] ?? m[3]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}
