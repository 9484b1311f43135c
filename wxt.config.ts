import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { checkContentScriptSize, dropPolyfillAlias } from './data/build/content-size';

// The extension is one code base for Chrome (MV3) and Firefox (MV3 as well:
// Firefox 140+ is needed anyway for the CSS Custom Highlight API).
export default defineConfig({
  // Tests and parallel work may build elsewhere; the browser tests read the same variable.
  outDir: process.env.WXT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifestVersion: 3,
  // --- Content script: no polyfill, size budget printed and enforced (data/build/content-size.ts) ---
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      dropPolyfillAlias(viteConfig);
      // highlights.css is shipped as written: the highlighter adopts the same text where the manifest's sheet does
      // not apply (highlighter.test.ts compares them), and minifying rewrote its colours and underline shorthand.
      viteConfig.build = { ...viteConfig.build, cssMinify: false };
    },
    'build:done': (wxt) => {
      const size = checkContentScriptSize(wxt.config.outDir);
      if (!size) return;
      wxt.logger.info(size.report);
      if (!size.ok) throw new Error(size.report);
    },
  },
  // --- end content script ---
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
      // Alt+Shift+. and Alt+Shift+, (Alt+> and Alt+< on a US keyboard): step through the page's concepts.
      'next-concept': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_keyboardCommandNext__',
      },
      'previous-concept': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_keyboardCommandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tri-dao-lens@example.org',
              // 142: the first version that reads data_collection_permissions (the CSS Custom
              // Highlight API needs 140).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: 142 reads data_collection_permissions there too (the Highlight API needs 140).
            // Nothing it lacks is needed: no `commands` there, so the shortcuts are extras; the popup opens as a page.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
