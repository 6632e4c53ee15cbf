/**
 * Where the settings live in `browser.storage.local`. Apart from lib/settings.ts, which parses
 * them with zod, so the script every page runs can name the key without bundling zod.
 */
export const SETTINGS_KEY = 'settings';
