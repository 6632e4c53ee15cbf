import { useCallback, useEffect, useState } from 'react';
import { parseSettings, SETTINGS_KEY, withSite, type Settings } from '@/lib/settings';

async function readSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/**
 * The stored settings (null until read), kept current as they change, and a setter for the
 * per-site switch. Content scripts watch the same key, so open tabs follow at once.
 */
export function useSettings(): {
  settings: Settings | null;
  setSiteEnabled: (site: string, enabled: boolean) => Promise<void>;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let stopped = false;
    void readSettings().then((read) => {
      if (!stopped) setSettings(read);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) {
        setSettings(parseSettings(changes[SETTINGS_KEY].newValue));
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      stopped = true;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const setSiteEnabled = useCallback(async (site: string, enabled: boolean) => {
    // Show the switch as flipped at once; the stored value follows through onChanged.
    setSettings((shown) => shown && withSite(shown, site, enabled));
    // Read afresh: another extension page may have changed the settings meanwhile.
    const current = await readSettings();
    await browser.storage.local.set({ [SETTINGS_KEY]: withSite(current, site, enabled) });
  }, []);
  return { settings, setSiteEnabled };
}
