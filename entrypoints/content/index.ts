import * as z from 'zod/mini';
import './marks.css';
import { startSourcemark } from './start-sourcemark';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // No code generation: extension pages forbid eval, and strict page CSPs report the probe.
    z.config({ jitless: true });
    void startSourcemark(ctx);
  },
});
