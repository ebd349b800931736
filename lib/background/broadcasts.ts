// Telling the views and pages a change concerns: the extension's own pages (popup, side panel,
// options, the control's frames) hear every change; a web tab hears only changes to the article it
// shows (its script finds the passages of that article's notes again).
import { browser } from 'wxt/browser';
import { IMPORT_PROGRESS, libraryChanged, type ImportProgressEvent } from '../messaging/events';
import type { LibraryChange } from '../model';
import { normalizeUrl } from '../shared/url';

function addressOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:/.test(url)) return undefined;
  try {
    return normalizeUrl(url);
  } catch {
    return undefined;
  }
}

export async function announceChange(change: LibraryChange): Promise<void> {
  const event = libraryChanged(change);
  // Extension pages listen; with none open the promise rejects, which is fine.
  browser.runtime.sendMessage(event).catch(() => undefined);
  const addresses = new Set(change.addresses);
  // Every tab; addressOf keeps the web pages (a URL filter here would be the same thing, matched twice).
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    const address = addressOf(tab.url);
    if (tab.id === undefined || !address || !addresses.has(address)) continue;
    browser.tabs.sendMessage(tab.id, event).catch(() => undefined);
  }
}

/** How far an import is: for the options page's progress bar. */
export function announceImportProgress(importId: string, done: number, total: number): void {
  const event: ImportProgressEvent = { type: IMPORT_PROGRESS, importId, done, total };
  browser.runtime.sendMessage(event).catch(() => undefined);
}
