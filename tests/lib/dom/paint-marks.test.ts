import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paintStyleSheetText } from '../../../lib/dom/paint-marks';

describe('paintStyleSheetText', () => {
  it('matches the CSS the manifest injects before the first style pass', () => {
    const css = readFileSync(
      join(import.meta.dirname, '../../../entrypoints/content/marks.css'),
      'utf8',
    );
    expect(css.replace(/\/\*[\s\S]*?\*\//, '').trim()).toBe(paintStyleSheetText());
  });

  it('tells verdicts apart by underline style, not only colour', () => {
    const text = paintStyleSheetText();
    for (const [name, line] of [
      ['agrees', 'solid'],
      ['disagrees', 'wavy'],
      ['mixed', 'dashed'],
      ['unreferenced', 'dotted'],
    ]) {
      expect(text).toMatch(
        new RegExp(`sourcemark-${name}\\) \\{ text-decoration: underline ${line}`),
      );
    }
  });
});
