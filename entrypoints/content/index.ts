import * as z from 'zod/mini';
import './marks.css';
import { startSourcemark } from './start-sourcemark';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page's own window ('wxt:content-script-started'
  // by postMessage): a page must not see the extension, nor its message listeners run for it.
  // A newer copy of the script still stops an older one, by a DOM event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // No code generation: extension pages forbid eval, and strict page CSPs report the probe.
    z.config({ jitless: true });
    void startSourcemark(ctx);
  },
});
