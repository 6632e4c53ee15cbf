import { z } from 'zod';

/** How marks are drawn: painted with the CSS Highlight API, or wrapped in elements. */
export const markStyleSchema = z.enum(['paint', 'elements']);
export type MarkStyle = z.infer<typeof markStyleSchema>;

/**
 * The user's settings, stored in `browser.storage.local` under {@link SETTINGS_KEY}. Unknown
 * keys are kept (a later version may add some); a missing or malformed value falls back to
 * the defaults field by field.
 */
export const settingsSchema = z.looseObject({
  markStyle: markStyleSchema.catch('paint'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { markStyle: 'paint' };

/** Reads stored settings (anything: missing, malformed, older shape) into valid settings. */
export function parseSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
