import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The gecko id is fixed so Firefox keeps the same extension storage across reinstalls.
export const GECKO_ID = 'skinmark@skinmark.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Skinmark',
    description:
      'Highlights skincare procedures in the articles you read, and keeps your reading list and notes in your browser.',
    // "tabs" lets the popup and side panel know which article the reader is looking at; the
    // all-sites content script already implies this access, so it adds no new warning.
    permissions: browser === 'firefox' ? ['tabs'] : ['tabs', 'sidePanel'],
    action: { default_title: 'Skinmark reading list' },
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: GECKO_ID, strict_min_version: '115.0' } } : undefined,
  }),
});
