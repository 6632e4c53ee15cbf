/** The Chromium the project drives: CHROME_PATH, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every Chromium the project starts: no sandbox (CI runs as root), no GPU, and no
 * traffic of the browser's own (the machines have no network but the package registries).
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The flags that load the unpacked extension in `dir` (and no other), plus the above. */
export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...BROWSER_ARGS];
}
