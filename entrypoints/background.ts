import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openLibrary, type LibraryDB } from '../lib/db/library';
import { ArticleInputSchema, type ArticleInput } from '../lib/messages';
import { COLLECT_ARTICLE, LIBRARY_CHANGED } from '../lib/protocol';
import { handleRequest, type SenderInfo } from '../lib/router';
import * as v from 'valibot';

// Firefox MV2 has browserAction where Chrome MV3 has action.
const toolbarAction = () => browser.action ?? browser.browserAction;

let library: Promise<LibraryDB> | undefined;
/** Opened on first use, so a service worker woken by a message just works. */
function db(): Promise<LibraryDB> {
  // A connection that closes (an upgrade elsewhere, storage trouble) is opened again next time.
  library ??= openLibrary(undefined, () => (library = undefined)).catch((error) => {
    library = undefined;
    throw error;
  });
  return library;
}

async function collectFromTab(tabId: number): Promise<ArticleInput> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) throw new Error('Only web pages can be saved.');
  try {
    const described = await browser.tabs.sendMessage(tabId, { type: COLLECT_ARTICLE });
    const parsed = v.safeParse(ArticleInputSchema, described);
    if (parsed.success) return parsed.output;
  } catch {
    // No content script in this tab (opened before Skinmark was installed): save what the tab says.
  }
  return {
    url: tab.url,
    title: tab.title || new URL(tab.url).hostname,
    siteName: new URL(tab.url).hostname.replace(/^www\./, ''),
    excerpt: '',
    readingMinutes: 0,
    procedures: [],
  };
}

/**
 * Injects the in-page control (Preact and its styles) into a skincare article only, so the
 * script that runs on every page stays small.
 */
async function showPageControl(tabId: number, frameId: number): Promise<void> {
  const file = '/page-ui.js';
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await (browser.tabs as unknown as { executeScript(id: number, d: { file: string; frameId: number }): Promise<unknown> }).executeScript(tabId, { file, frameId });
  }
}

async function tabUrl(tabId?: number): Promise<string | undefined> {
  if (tabId !== undefined) return (await browser.tabs.get(tabId)).url;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.url;
}

function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const extensionOrigin = browser.runtime.getURL('/');
  return {
    fromExtensionPage: !!sender.url?.startsWith(extensionOrigin),
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
  };
}

export default defineBackground(() => {
  const deps = {
    db,
    setBadge: async (tabId: number, text: string) => {
      await toolbarAction().setBadgeText({ tabId, text });
      if (text) await toolbarAction().setBadgeBackgroundColor({ tabId, color: '#b4532a' });
    },
    collectFromTab,
    showPageControl,
    tabUrl,
    notifyChanged: () => {
      // Extension pages listen; with none open the promise rejects, which is fine.
      browser.runtime.sendMessage({ type: LIBRARY_CHANGED }).catch(() => undefined);
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (message && typeof message === 'object' && (message as { type?: unknown }).type === LIBRARY_CHANGED) return;
    const info = senderInfo(sender);
    if (!info) return Promise.resolve({ ok: false, error: 'Messages are accepted from Skinmark only' });
    return handleRequest(message, info, deps);
  });

  // Chrome opens the side panel from the popup's button; nothing opens it on the action click.
  if (browser.sidePanel) browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
