import { FLASH } from './mark-kind';
import { isPaintSupported } from './paint-marks';

const FLASH_MS = 1500;

/**
 * Briefly highlights `ranges` (a mention the reader asked to see), with the CSS Highlight API
 * where there is one, else with an outline on `elements`. Touches no page text.
 */
export function flash(
  win: Window & typeof globalThis,
  ranges: Range[],
  elements: HTMLElement[],
): void {
  if (isPaintSupported(win)) {
    win.CSS.highlights.set(FLASH, new win.Highlight(...ranges));
    win.setTimeout(() => win.CSS.highlights.delete(FLASH), FLASH_MS);
    return;
  }
  for (const element of elements)
    element.style.setProperty('outline', '2px solid #bf8700', 'important');
  win.setTimeout(() => {
    for (const element of elements) element.style.removeProperty('outline');
  }, FLASH_MS);
}
