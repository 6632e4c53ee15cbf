import { startSourcemark } from './start-sourcemark';

// The script every http(s) page runs. The manifest lists it (see wxt.config.ts) rather than
// WXT as a content script: WXT's wrapper for content scripts reads `browser.runtime.id` as it
// loads, setting up the runtime API on every page, most of which never need it.
export default defineUnlistedScript(() => {
  void startSourcemark();
});
