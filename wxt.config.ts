import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The gecko id is fixed so Firefox keeps the same extension storage across reinstalls.
export const GECKO_ID = 'skinmark@skinmark.invalid';

/**
 * Chrome's extension id comes from this public key (its private half is kept nowhere: an unpacked
 * build needs none), so every build has one id, hjofaemkahmkcgcjmllfmmoacnhdbpce, wherever it is
 * installed from. Without it an unpacked build's id comes from its folder: one per machine, which
 * the control's frame address (lib/page/frame-link.ts) would show every page that reader opens.
 * A build for the Chrome Web Store leaves the key out: the store gives the item its own key, which
 * is again one id for everyone who installs it.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqkWMbho72n0IRcuDCtA8uST6NzWWYejV6B8wb7FBvmUefANNu0zQQFOhNYDOtX7h8H0LVpDdvJMvtUqPnbk79Fb5WGN7WpR8NbJFzqpFQJvhzNFbiu9Di/hAVAQOCZb6iQEE1rRrdzhxmu1URBvfy76rP7BqXOB7wevY+w19H4nJyM7Q0h4X7NQx65CvCIVblenX/nZ5CtHa1qS3tjwpFH5Q7TytZyvExFSjRzDTbwYphEHqSJfu6I+oPqItKNEp1QTY1A5DqjUCNdVe7EPmhnd3qHn1D5cvhZqeMT/XcJnkjnGx/paigO7imZ7CBbJh9TLocNtk0CDUMTDnEjXq7QIDAQAB';

/**
 * The script that runs on every page is built as an unlisted script and listed here by hand: as a
 * WXT content script it would carry WXT's content-script runtime and the polyfill, which cost more
 * to evaluate than the whole first look (see entrypoints/first-look.ts).
 */
const EVERY_PAGE_SCRIPT = 'first-look.js';

/**
 * Scripts that run inside web pages. They get the browsers' own promise-based namespaces (WXT's
 * plain `wxt/browser`) instead of webextension-polyfill, which the extension's pages keep: the
 * polyfill's module wrapper reads every API namespace on load, measured at several milliseconds
 * of each skincare article's main thread, and these scripts need only runtime and storage calls
 * that both browsers answer with promises.
 */
const IN_PAGE_SCRIPTS = new Set(['first-look', 'page-scan', 'page-ui', 'collect-article', 'collect-article-copy', 'collect-passage', 'page-notes']);
const NATIVE_BROWSER = '@wxt-dev/browser';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => IN_PAGE_SCRIPTS.has(entrypoint.name))) return;
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) {
        for (const entry of alias) if (entry.find === 'wxt/browser') entry.replacement = NATIVE_BROWSER;
      } else {
        config.resolve.alias = { ...alias, 'wxt/browser': NATIVE_BROWSER };
      }
    },
    'build:manifestGenerated'(_wxt, manifest) {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], js: [EVERY_PAGE_SCRIPT], run_at: 'document_idle' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Skinmark',
    key: browser === 'firefox' ? undefined : CHROME_PUBLIC_KEY,
    description:
      'Highlights skincare procedures in the articles you read, and keeps your reading list and notes in your browser.',
    // "tabs" lets the popup and side panel know which article the reader is looking at, and the
    // host access lets the background inject the in-page control into skincare articles. The
    // all-sites content script already implies both, so neither adds a new warning.
    // "contextMenus": "Save to Skinmark" and "Add a note to Skinmark" in the page's context menu.
    // "offscreen" (Chrome): a page with a DOM to extract readable copies in, which the service
    // worker lacks. "unlimitedStorage": readable copies make a library larger than the default quota.
    permissions:
      browser === 'firefox'
        ? ['tabs', 'storage', 'contextMenus', 'unlimitedStorage', 'http://*/*', 'https://*/*']
        : ['tabs', 'storage', 'scripting', 'sidePanel', 'contextMenus', 'offscreen', 'unlimitedStorage'],
    // Keyboard commands the reader can rebind in the browser's shortcuts page.
    commands: {
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save this page to Skinmark' },
      'note-selection': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Add a note to Skinmark on the selected passage' },
      'open-notes': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Skinmark notes panel' },
    },
    host_permissions: browser === 'firefox' ? undefined : ['http://*/*', 'https://*/*'],
    action: { default_title: 'Skinmark reading list' },
    // The in-page control's writing half is this page, framed into skincare articles so that no
    // page script can reach it (lib/background/control-frames.ts). Any page may frame it, so it
    // writes nothing before the background has checked its ticket.
    web_accessible_resources: [{ resources: ['control-frame.html'], matches: ['http://*/*', 'https://*/*'] }],
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: GECKO_ID, strict_min_version: '115.0' } } : undefined,
  }),
});
