// The context menu ("Save to Skinmark" on a page, "Add a note to Skinmark" on a selection) and the
// keyboard commands (the manifest's `commands`, which the reader can rebind): the same three
// actions, on any web page, whether or not Skinmark found it to be about skin.
import { browser, type Browser } from 'wxt/browser';

export const MENU_SAVE_PAGE = 'skinmark-save-page';
export const MENU_NOTE_SELECTION = 'skinmark-note-selection';
const WEB_PAGES = ['http://*/*', 'https://*/*'];

export interface ShortcutActions {
  savePage(tabId: number): Promise<void>;
  /**
   * Opens the notes panel (first, while the reader's gesture lasts), then holds the selection's
   * passage for it: a selection in the page itself (`inPage`), not in a frame inside it.
   */
  noteSelection(tab: Browser.tabs.Tab, inPage: boolean): Promise<void>;
  openNotes(tab: Browser.tabs.Tab): Promise<void>;
}

/** Creates the menu items (again: on install and on each start, the list is rebuilt from scratch). */
export async function installMenus(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  await menus.removeAll();
  menus.create({ id: MENU_SAVE_PAGE, title: 'Save to Skinmark', contexts: ['page'], documentUrlPatterns: WEB_PAGES });
  menus.create({ id: MENU_NOTE_SELECTION, title: 'Add a note to Skinmark', contexts: ['selection'], documentUrlPatterns: WEB_PAGES });
}

export function listenToShortcuts(actions: ShortcutActions): void {
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (!tab?.id) return;
    if (info.menuItemId === MENU_SAVE_PAGE) void actions.savePage(tab.id).catch(() => undefined);
    if (info.menuItemId === MENU_NOTE_SELECTION) void actions.noteSelection(tab, !info.frameId).catch(() => undefined);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (!tab?.id) return;
    if (command === 'save-page') void actions.savePage(tab.id).catch(() => undefined);
    if (command === 'note-selection') void actions.noteSelection(tab, true).catch(() => undefined);
    if (command === 'open-notes') void actions.openNotes(tab).catch(() => undefined);
  });
}

/**
 * Opens the notes panel for a tab: Chrome's side panel, Firefox's sidebar. Both browsers allow it
 * only during the reader's gesture, so it is called before anything is awaited.
 */
export function openNotesPanel(tab: Browser.tabs.Tab): Promise<void> {
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return sidebar.open();
  if (browser.sidePanel && tab.windowId !== undefined) return browser.sidePanel.open({ windowId: tab.windowId });
  return Promise.resolve();
}
