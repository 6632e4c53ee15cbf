import { startSourcemark } from './start-sourcemark';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startSourcemark(ctx);
  },
});
