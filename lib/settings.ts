import * as z from 'zod/mini';

/** How marks are drawn: painted with the CSS Highlight API, or wrapped in elements. */
export const markStyleSchema = z.lazy(() => z.enum(['paint', 'elements']));
export type MarkStyle = z.infer<typeof markStyleSchema>;

/** The largest history limit the settings accept. */
export const HISTORY_LIMIT_MAX = 100_000;

/** How many pages the history keeps: a whole number from 1 to HISTORY_LIMIT_MAX. */
export const historyLimitSchema = z.lazy(() =>
  z.int().check(z.minimum(1), z.maximum(HISTORY_LIMIT_MAX)),
);

/** Sites (host names) the reader switched off. */
const disabledSitesSchema = z.lazy(() => z.array(z.string()));

/**
 * The user's settings, stored in `browser.storage.local` under {@link SETTINGS_KEY}. Unknown
 * keys are kept (a later version may add some); a missing or malformed value falls back to
 * the defaults field by field.
 */
export const settingsSchema = z.lazy(() =>
  z.looseObject({
    markStyle: z.catch(markStyleSchema, 'paint'),
    /** Sites (host names, "www." dropped) the reader switched off: "Don't mark this site". */
    disabledSites: z.catch(disabledSitesSchema, []),
    /** How many pages the history keeps; the least recently seen go first. */
    historyLimit: z.catch(historyLimitSchema, 1000),
  }),
);
export type Settings = z.infer<typeof settingsSchema>;

export { SETTINGS_KEY } from './settings-key';
export const DEFAULT_SETTINGS: Settings = {
  markStyle: 'paint',
  disabledSites: [],
  historyLimit: 1000,
};

/** The site key of a page: its host name without "www.", lower-case; null for other schemes. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True unless the reader switched Sourcemark off for the site of `url`. */
export function isSiteEnabled(settings: Pick<Settings, 'disabledSites'>, url: string): boolean {
  const site = siteOf(url);
  return site === null || !settings.disabledSites.includes(site);
}

/** The settings with `site` switched on or off. */
export function withSite(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}

/** Reads stored settings (anything: missing, malformed, older shape) into valid settings. */
export function parseSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** The settings a page's content script uses: how to mark, and where not to. */
export type PageSettings = Pick<Settings, 'markStyle' | 'disabledSites'>;

/**
 * The content script's read of the stored settings: the fields it uses, each checked by its
 * own schema and falling back to its default as `parseSettings` does, so both read any stored
 * value alike. Every page pays for its first zod parse (each kind of schema runs cold code the
 * first time): these two small schemas cost under half of the whole object's.
 */
export function parsePageSettings(stored: unknown): PageSettings {
  const fields: { markStyle?: unknown; disabledSites?: unknown } =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  const markStyle = markStyleSchema.safeParse(fields.markStyle);
  const disabledSites = disabledSitesSchema.safeParse(fields.disabledSites);
  return {
    markStyle: markStyle.success ? markStyle.data : DEFAULT_SETTINGS.markStyle,
    disabledSites: disabledSites.success ? disabledSites.data : DEFAULT_SETTINGS.disabledSites,
  };
}
