import { defineConfig } from 'wxt';
import { COMMANDS } from './lib/commands';
import { MARKS_CSS_FILE, PRE_CHECK_FILE } from './lib/content-script-files';

/** The pages Sourcemark runs on: the content script's matches and the hosts it may load into. */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Sourcemark',
    description:
      "Marks claims about Meta's investment in Scale AI on web pages and shows which reference source agrees.",
    // scripting and the hosts: every page runs only the pre-check, and the background loads
    // the page marker into a page that may name a company (the same sites the content script
    // already runs on, so the install prompt asks for nothing more).
    permissions: ['storage', 'scripting'],
    host_permissions: WEB_PAGES,
    // Listed here, not as a WXT content script (see entrypoints/pre-check/index.ts). The
    // paint style's rules come first, before the page's first style pass.
    content_scripts: [
      {
        matches: WEB_PAGES,
        js: [PRE_CHECK_FILE],
        css: [MARKS_CSS_FILE],
        run_at: 'document_idle',
      },
    ],
    commands: COMMANDS,
    browser_specific_settings: {
      gecko: {
        id: 'sourcemark@sourcemark.invalid',
        strict_min_version: '142.0',
        // Sourcemark sends nothing anywhere: it makes no network request of its own.
        data_collection_permissions: { required: ['none'] },
      },
    },
    // Chromium 148+ passes messages by structured clone instead of JSON: sending a page's text
    // to the background takes less of the page's main thread (Firefox always clones; older
    // Chromium ignores the key and keeps JSON, which every message here also survives).
    ...(browser === 'firefox' ? {} : { message_serialization: 'structured_clone' }),
  }),
});
