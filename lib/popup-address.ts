import { z } from 'zod';

const tabIdSchema = z.coerce.number().int().nonnegative();

/**
 * Reads the tab a popup page is asked to show from its address (`popup.html?tabId=N`), so
 * the popup can be opened and tested outside the toolbar. Returns null when absent or not a
 * tab id; the popup then shows the active tab.
 */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || raw.trim() === '') return null;
  const parsed = tabIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
