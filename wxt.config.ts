import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Sourcemark',
    description:
      "Marks claims about Meta's investment in Scale AI on web pages and shows which reference source agrees.",
    permissions: ['storage'],
  },
});
