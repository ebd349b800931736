// The background: the library's one writer, the only reader of messages, and the one that puts
// scripts into pages. Each concern lives in lib/background/; this file wires them to the browser.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { announceChange, announceImportProgress } from '../lib/background/broadcasts';
import { libraryConnection } from '../lib/background/database';
import { createControlFrames } from '../lib/background/control-frames';
import { collectFromFrame, collectFromTab, collectPassage, showPageControl, startNotes, startScan, tellRouteChanged } from '../lib/background/injection';
import { createCopyKeeper } from '../lib/background/readable-copies';
import { createLibrarySearch } from '../lib/library/search';
import { listNotes } from '../lib/library/records';
import { quoteOf } from '../lib/model';
import { installMenus, listenToShortcuts, openNotesPanel } from '../lib/background/shortcuts';
import { PASSAGE_PENDING } from '../lib/messaging/events';
import { senderInfo } from '../lib/background/senders';
import { createLibraryWriter } from '../lib/library/writer';
import { handleRequest, type HandlerContext } from '../lib/messaging/router';
import { readSettings } from '../lib/shared/settings-store';

// Firefox MV2 has browserAction where Chrome MV3 has action.
const toolbarAction = () => browser.action ?? browser.browserAction;

async function tabUrl(tabId?: number): Promise<string | undefined> {
  if (tabId !== undefined) return (await browser.tabs.get(tabId)).url;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.url;
}

export default defineBackground(() => {
  // Session storage: claims outlive a stopped service worker, not the browser session.
  const controlFrames = createControlFrames(browser.storage.session);
  const search = createLibrarySearch(libraryConnection);
  // Every committed change reaches the search index first, then the views and tabs it concerns.
  const writer = createLibraryWriter(libraryConnection, (change) => {
    search.refresh(change.keys);
    void announceChange(change);
  });
  const copies = createCopyKeeper(writer, readSettings);
  const context: Omit<HandlerContext, 'sender'> = {
    library: libraryConnection,
    writer,
    search,
    keepCopy: (article, page) => copies.keep(article, page),
    setBadge: async (tabId, text) => {
      await toolbarAction().setBadgeText({ tabId, text });
      if (text) await toolbarAction().setBadgeBackgroundColor({ tabId, color: '#b4532a' });
    },
    collectFromTab,
    collectFromFrame,
    controlFrames,
    showPageControl,
    startScan,
    settings: readSettings,
    tabUrl,
    importProgress: announceImportProgress,
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const info = senderInfo(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!info) return Promise.resolve({ ok: false, code: 'not-allowed', error: 'Messages are accepted from Skinmark only' });
    return handleRequest(message, info, context);
  });

  void installMenus().catch(() => undefined);
  listenToShortcuts({
    async savePage(tabId) {
      const { page, ...article } = await collectFromTab(tabId, (await readSettings()).keepCopies);
      copies.keep(await context.writer.saveArticle(article), page);
    },
    async noteSelection(tab, inPage) {
      const opened = openNotesPanel(tab).catch(() => undefined);
      // A passage in a frame inside the page is not in the page's text: the panel opens without it.
      const passage = inPage && tab.url ? await collectPassage(tab.id!) : undefined;
      if (passage && tab.url) {
        await controlFrames.holdTabPassage(tab.id!, tab.url, passage);
        // The panel, open already or opening now, takes it.
        browser.runtime.sendMessage({ type: PASSAGE_PENDING, tabId: tab.id }).catch(() => undefined);
      }
      await opened;
    },
    openNotes: (tab) => openNotesPanel(tab),
  });

  browser.tabs.onRemoved.addListener((tabId) => void controlFrames.forgetTab(tabId).catch(() => undefined));

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url && /^https?:/.test(change.url)) tellRouteChanged(tabId).catch(() => undefined);
    // A saved article with quoted notes finished loading: its passages are found, about skin or not.
    if (change.status === 'complete' && tab.url && /^https?:/.test(tab.url)) void notesOnLoad(tabId, tab.url);
  });

  async function notesOnLoad(tabId: number, url: string): Promise<void> {
    try {
      const notes = await listNotes(await libraryConnection(), url);
      if (notes.some((n) => n.selectors && quoteOf({ selectors: n.selectors }))) await startNotes(tabId);
    } catch {
      // A page no script may run in, or a library that cannot open: nothing to show there.
    }
  }

  // Chrome opens the side panel from the popup's button; nothing opens it on the action click.
  if (browser.sidePanel) browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
