import { classifyEntity, type EntityMatch } from './entities';
import { DECIMAL_WORD_SOURCE } from './number-words';
import { parseFigureAt, type ParsedFigure } from './parse-figure';

/**
 * The one regex that finds where a mention may be: a currency sign, a digit, a company name,
 * a currency code, a scale or percent word ("billion", "percent", for "ten billion dollars"
 * and "forty-nine percent") or a fraction word.
 * Everything else is skipped by the regex engine, which keeps the scan close to a bare pass
 * of one simple regex (`npm run bench` prints the ratio).
 */
export const TRIGGER =
  /[$€£¥₹\d]|\b(?:Meta|Scale(?:AI)?|Facebook|USD|EUR|GBP|JPY|CHF|CNY|INR|[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Pp]er[ \u00a0]?cent|[Hh]alf|[Tt]hirds?|[Qq]uarters?)\b/g;

const ENTITY_AT =
  /Meta[ \u00a0]+Platforms(?:,?[ \u00a0]+Inc\b\.?)?|Meta\b|Scale[ \u00a0]*AI\b(?:,?[ \u00a0]+Inc\b\.?)?|Scale\b|Facebook(?:['’]s)?[ \u00a0]+parent(?:[ \u00a0]+company)?\b|Facebook\b/y;
const PARENT_OF_FACEBOOK = /\bthe[ \u00a0]+parent[ \u00a0]+company[ \u00a0]+of[ \u00a0]+$/;
const CURRENCY_LETTERS = /(?:^|[^A-Za-z])([A-Z]{1,2})$/;
const NUMBER_WORD_BEFORE = new RegExp(`\\b${DECIMAL_WORD_SOURCE}[ \\u00a0]+$`, 'i');
const FRACTION_WORD_BEFORE = /\b(?:a|one|two|three)[ -]$/i;
const DIGIT_RUN = /[\d.,]*/y;

/** What one scan of a text finds: company names (in order) and figures (in order). */
export type TriggerScan = { entities: EntityMatch[]; figures: ParsedFigure[] };

/** Where the word `re` finds right before `at` starts, or `at` when there is none. */
function startOfWordBefore(text: string, at: number, re: RegExp, reach: number): number {
  const m = re.exec(text.slice(Math.max(0, at - reach), at));
  return m ? at - m[0].length : at;
}

/**
 * Scans `text` once for company names and figures. `hasNamedScaleAiBefore` says whether text
 * before this one (a page read in chunks) already named Scale AI, which makes bare "Scale" a
 * name. Runs in time linear in the text: every
 * lookup is anchored at a trigger and bounded, and a number that is no figure is skipped
 * whole.
 */
export function scanTriggers(text: string, hasNamedScaleAiBefore = false): TriggerScan {
  const entities: EntityMatch[] = [];
  const figures: ParsedFigure[] = [];
  let hasNamedScaleAi = hasNamedScaleAiBefore;
  // One shared regex object: V8 keeps its compiled code (a fresh copy would start cold).
  const re = TRIGGER;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const first = m[0][0];
    if (first === 'M' || first === 'S' || first === 'F') {
      if (m[0] === 'Meta' || m[0] === 'Scale' || m[0] === 'ScaleAI' || m[0] === 'Facebook') {
        ENTITY_AT.lastIndex = at;
        const name = ENTITY_AT.exec(text)?.[0];
        const parent =
          name === 'Facebook'
            ? PARENT_OF_FACEBOOK.exec(text.slice(Math.max(0, at - 40), at))
            : null;
        const isParent = parent !== null;
        const start = parent ? at - parent[0].length : at;
        // Bare "Facebook" is the product, not the company (issue #2, "Entities").
        const entity =
          name === 'Facebook'
            ? isParent && 'meta'
            : name && classifyEntity(text, at, name, hasNamedScaleAi);
        if (name && entity) {
          entities.push({ start, end: at + name.length, entity });
          if (entity === 'scale-ai' && name !== 'Scale') hasNamedScaleAi = true;
          re.lastIndex = at + name.length;
        }
        continue;
      }
    }
    let start = at;
    if (first === '$') {
      const letters = CURRENCY_LETTERS.exec(text.slice(Math.max(0, at - 3), at));
      if (letters) start = at - letters[1].length;
    } else if (first >= '0' && first <= '9') {
      if (at > 0 && /[A-Za-z]/.test(text[at - 1])) start = -1;
    } else if (/^(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Pp]er)/.test(m[0])) {
      // Up to "seventy-two point five five", a number's words with their decimals spoken.
      start = startOfWordBefore(text, at, NUMBER_WORD_BEFORE, 48);
    } else if (/^(?:[Tt]hirds?|[Qq]uarters?)$/.test(m[0])) {
      start = startOfWordBefore(text, at, FRACTION_WORD_BEFORE, 6);
    }
    const parsed = start >= 0 && start < at + 1 ? parseFigureAt(text, start) : null;
    if (parsed && parsed.end > at) {
      figures.push(parsed);
      re.lastIndex = parsed.end;
    } else if (first >= '0' && first <= '9') {
      // Skip the rest of a number that is no figure, so long digit runs cost one step.
      DIGIT_RUN.lastIndex = at;
      DIGIT_RUN.exec(text);
      re.lastIndex = Math.max(DIGIT_RUN.lastIndex, at + 1);
    }
  }
  return { entities, figures };
}
