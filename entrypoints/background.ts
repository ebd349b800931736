import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openLibrary, type LibraryDB } from '../lib/db/library';
import { ArticleInputSchema, type ArticleInput } from '../lib/messages';
import { ROUTE_FOLLOWER_KEY, notifyRouteChanged } from '../lib/page-handoff';
import { LIBRARY_CHANGED } from '../lib/protocol';
import { handleRequest, type SenderInfo } from '../lib/router';
import { SETTINGS_KEY, isBlocked, parseSettings } from '../lib/settings';
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

/** The scripts the background puts into pages on demand (entrypoints/*.ts, unlisted). */
type InjectedScript = '/page-ui.js' | '/page-scan.js' | '/collect-article.js';

/** Runs one of the extension's scripts in a frame of a tab and returns what it evaluates to. */
async function injectScript(tabId: number, frameId: number, file: InjectedScript): Promise<unknown> {
  if (browser.scripting) {
    const [injection] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return injection?.result;
  }
  // Firefox's Manifest V2.
  const tabs = browser.tabs as unknown as {
    executeScript(id: number, details: { file: string; frameId: number }): Promise<unknown[]>;
  };
  const [result] = await tabs.executeScript(tabId, { file, frameId });
  return result;
}

/**
 * The in-page control (Preact and its styles) goes into skincare articles only, and the scanner
 * into pages whose first look passed, so the script that runs on every page stays small.
 */
const showPageControl = (tabId: number, frameId: number) => injectScript(tabId, frameId, '/page-ui.js').then(() => undefined);
const startScan = (tabId: number, frameId: number) => injectScript(tabId, frameId, '/page-scan.js').then(() => undefined);

/**
 * A tab's address changed: if it was a single-page app's route (the same document), its first-look
 * script gets a new look. In a new document the call finds no first look there yet, and does nothing.
 */
async function tellRouteChanged(tabId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: notifyRouteChanged, args: [ROUTE_FOLLOWER_KEY] });
    return;
  }
  const tabs = browser.tabs as unknown as { executeScript(id: number, details: { code: string }): Promise<unknown[]> };
  await tabs.executeScript(tabId, { code: `(${notifyRouteChanged.toString()})(${JSON.stringify(ROUTE_FOLLOWER_KEY)})` });
}

async function collectFromTab(tabId: number): Promise<ArticleInput> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) throw new Error('Only web pages can be saved.');
  try {
    const parsed = v.safeParse(ArticleInputSchema, await injectScript(tabId, 0, '/collect-article.js'));
    if (parsed.success) return parsed.output;
  } catch {
    // A page the extension may not script (the browser's own, or a store): save what the tab says.
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

/** Whether the reader listed this page's site as one where Skinmark never runs. */
async function blockedSite(url: string | undefined): Promise<boolean> {
  if (!url) return true;
  const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  return isBlocked(new URL(url).hostname, settings.blockedSites);
}

/**
 * In-page controls in every tab follow the library too. Only tabs with a control listen; the
 * others' refusals are expected. Writes are few (a save, a note), so asking every web tab is cheap.
 */
async function tellTabsLibraryChanged(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: LIBRARY_CHANGED }).catch(() => undefined);
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
    startScan,
    blockedSite,
    tabUrl,
    notifyChanged: () => {
      // Extension pages listen; with none open the promise rejects, which is fine.
      browser.runtime.sendMessage({ type: LIBRARY_CHANGED }).catch(() => undefined);
      void tellTabsLibraryChanged();
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const info = senderInfo(sender);
    if (message && typeof message === 'object' && (message as { type?: unknown }).type === LIBRARY_CHANGED) {
      // An extension page wrote to the library itself (an import): the in-page controls follow.
      if (info?.fromExtensionPage) void tellTabsLibraryChanged();
      return;
    }
    if (!info) return Promise.resolve({ ok: false, error: 'Messages are accepted from Skinmark only' });
    return handleRequest(message, info, deps);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url && /^https?:/.test(change.url)) tellRouteChanged(tabId).catch(() => undefined);
  });

  // Chrome opens the side panel from the popup's button; nothing opens it on the action click.
  if (browser.sidePanel) browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
