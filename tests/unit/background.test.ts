// The background's wiring, run against WXT's fake browser: what reaches it through runtime.onMessage
// and tabs.onUpdated, and what it does to tabs, the badge, the library and the other views.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { LIBRARY_CHANGED } from '../../lib/messaging/events';
import type { ArticleInput, ArticleRecord } from '../../lib/model';
import { ROUTE_FOLLOWER_KEY, notifyRouteChanged } from '../../lib/page/handoff';
import { normalizeUrl } from '../../lib/shared/url';

// The background sees the fake browser through `wxt/browser`; the settings store, a dependency
// that vitest does not transform, reads the global `browser`, set before anything is imported.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
});

/** What the background hears from a script in a tab, answered as the browser would. */
async function fromTab(tab: { id?: number; url?: string }, message: unknown, frameId = 0): Promise<unknown> {
  return deliver(message, { id: fakeBrowser.runtime.id, tab, frameId, url: tab.url });
}

async function deliver(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
  return answers[0];
}

/** An event the fake browser leaves unmocked: listeners kept, and a way to fire it. */
function fakeEvent<L extends (...args: never[]) => unknown>() {
  const listeners: L[] = [];
  return { addListener: (listener: L) => void listeners.push(listener), fire: (...args: Parameters<L>) => listeners.forEach((l) => l(...args)) };
}

let menuClicks: ReturnType<typeof fakeEvent<(info: { menuItemId: string }, tab: object) => void>>;
let commands: ReturnType<typeof fakeEvent<(command: string, tab: object) => void>>;
let openSidePanel: ReturnType<typeof vi.fn>;
let executeScript: ReturnType<typeof vi.fn>;
let tabMessages: ReturnType<typeof vi.fn>;
let viewMessages: ReturnType<typeof vi.spyOn>;

const article = (url: string): ArticleInput => ({
  url,
  title: 'I tried microneedling',
  siteName: 'Glow Notes',
  excerpt: 'Three sessions later…',
  readingMinutes: 4,
  procedures: ['microneedling'],
});

beforeEach(() => {
  // Each test starts a background of its own on a browser with no tabs, listeners or storage.
  fakeBrowser.reset();
  executeScript = vi.fn().mockResolvedValue([{ result: undefined }]);
  tabMessages = vi.fn().mockResolvedValue(undefined);
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.tabs, { sendMessage: tabMessages });
  openSidePanel = vi.fn().mockResolvedValue(undefined);
  Object.assign(fakeBrowser.sidePanel, { setPanelBehavior: vi.fn().mockResolvedValue(undefined), open: openSidePanel });
  menuClicks = fakeEvent();
  commands = fakeEvent();
  Object.assign(fakeBrowser.contextMenus, { removeAll: vi.fn().mockResolvedValue(undefined), create: vi.fn(), onClicked: menuClicks });
  Object.assign(fakeBrowser.commands, { onCommand: commands });
  // No extension page is open: the browser would reject; the background must not mind.
  viewMessages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
  background.main();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the background', () => {
  it('answers only Skinmark’s own scripts and pages', async () => {
    const answer = await deliver({ type: 'card/get', procedureId: 'microneedling' }, { id: 'another-extension', url: 'https://x.example/' });
    expect(answer).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await fromTab({ id: 3, url: 'https://x.example/' }, { type: 'card/get', procedureId: 'microneedling' })).toMatchObject({
      ok: true,
      value: { id: 'microneedling' },
    });
  });

  it('gives a page whose first look passed the scanner, then the lexicon and the settings', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://glow.example/microneedling' });
    const answer = (await fromTab(tab, { type: 'page/candidate' })) as { ok: boolean; value: { lexicon: { entries: unknown[] }; settings: object } };
    expect(answer.ok).toBe(true);
    expect(answer.value.lexicon.entries.length).toBeGreaterThan(100);
    expect(answer.value.settings).toMatchObject({ highlightIngredients: true, blockedSites: [] });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id, frameIds: [0] }, files: ['/page-scan.js'] });
  });

  it('follows the reader’s settings as stored: a blocked site gets no scanner', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlightIngredients: false, useConditions: true, blockedSites: ['glow.example'] } });
    const tab = await fakeBrowser.tabs.create({ url: 'https://blog.glow.example/post' });
    expect(await fromTab(tab, { type: 'page/candidate' })).toEqual({ ok: true, value: false });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('badges a skincare article with its procedures and gives it the in-page control, once', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://glow.example/post' });
    await fromTab(tab, { type: 'page/detected', skincare: true, procedures: ['microneedling', 'chemical-peel', 'made-up'] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('2');
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id, frameIds: [0] }, files: ['/page-ui.js'] });

    // A later count (content added below the article) updates the badge, not the control.
    executeScript.mockClear();
    await fromTab(tab, { type: 'page/detected', skincare: true, update: true, procedures: ['microneedling'] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('1');
    expect(executeScript).not.toHaveBeenCalled();

    // The page is no longer one (a route changed away): the badge is blank.
    await fromTab(tab, { type: 'page/detected', skincare: false, procedures: [] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('');
  });

  it('saves from the control frame it put into the page, once, and tells the views and only the tabs showing that article', async () => {
    const url = 'https://glow.example/post?utm_source=feed';
    const reading = await fakeBrowser.tabs.create({ url });
    const sameArticle = await fakeBrowser.tabs.create({ url: 'https://glow.example/post#comments' });
    const elsewhere = await fakeBrowser.tabs.create({ url: 'https://glow.example/another-post' });
    // Skinmark's collector in the article answers what the page says about itself.
    executeScript.mockImplementation(async ({ files }: { files?: string[] }) => [{ result: files?.[0]?.startsWith('/collect-article') ? article(url) : undefined }]);
    const frame = { id: fakeBrowser.runtime.id, tab: reading, frameId: 5, url: fakeBrowser.runtime.getURL('/control-frame.html') };

    // Before its ticket, the frame may not write; a script in the page never may.
    expect(await deliver({ type: 'control/save' }, frame)).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await fromTab(reading, { type: 'article/save', article: article(url) })).toMatchObject({ ok: false, code: 'not-allowed' });
    const ticket = (await fromTab(reading, { type: 'control/ticket' })) as { ok: boolean; value: string };
    expect(await deliver({ type: 'control/claim', ticket: ticket.value }, frame)).toEqual({ ok: true, value: { address: normalizeUrl(url), saved: false } });

    const answer = (await deliver({ type: 'control/save' }, frame)) as { ok: boolean; value: ArticleRecord };
    expect(answer.ok).toBe(true);
    expect(answer.value.key).toBe(normalizeUrl(url));
    // Readable copies are on: the collector that also serialises the article's main block.
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: reading.id, frameIds: [0] }, files: ['/collect-article-copy.js'] });

    const event = { type: LIBRARY_CHANGED, change: expect.objectContaining({ addresses: [normalizeUrl(url)] }) };
    await vi.waitFor(() => expect(tabMessages).toHaveBeenCalledTimes(2));
    expect(viewMessages).toHaveBeenCalledWith(event);
    expect(tabMessages).toHaveBeenCalledWith(reading.id, event);
    expect(tabMessages).toHaveBeenCalledWith(sameArticle.id, event);
    expect(tabMessages).not.toHaveBeenCalledWith(elsewhere.id, expect.anything());

    // Saved again: still one article in the library.
    await deliver({ type: 'control/save' }, frame);
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await deliver({ type: 'library/counts' }, popup)).toMatchObject({ ok: true, value: { articles: 1 } });
  });

  it('lets a page read no article but its passages, and write none', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://glow.example/post' });
    expect(await fromTab(tab, { type: 'article/get', url: 'https://elsewhere.example/other' })).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await fromTab(tab, { type: 'note/add', url: 'https://glow.example/post', text: 'planted' })).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(tabMessages).not.toHaveBeenCalled();
  });

  it('offers "Save to Skinmark" and "Add a note to Skinmark": the note opens the notes panel with the selected passage', async () => {
    await vi.waitFor(() => expect(fakeBrowser.contextMenus.create).toHaveBeenCalledTimes(2));
    expect(vi.mocked(fakeBrowser.contextMenus.create).mock.calls.map(([item]) => [item.id, item.contexts])).toEqual([
      ['skinmark-save-page', ['page']],
      ['skinmark-note-selection', ['selection']],
    ]);
    const tab = await fakeBrowser.tabs.create({ url: 'https://glow.example/post', windowId: 1 } as never);
    const passage = [{ type: 'TextQuoteSelector', exact: 'not during an active breakout', prefix: 'before booking: ', suffix: ', and' }];
    executeScript.mockImplementation(async ({ files }: { files?: string[] }) => [{ result: files?.[0] === '/collect-passage.js' ? passage : article(tab.url!) }]);
    menuClicks.fire({ menuItemId: 'skinmark-note-selection' }, tab);
    // The panel opens at once, within the reader's gesture.
    expect(openSidePanel).toHaveBeenCalledTimes(1);
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    await vi.waitFor(async () => expect(await deliver({ type: 'tab/passage', tabId: tab.id }, popup)).toEqual({ ok: true, value: passage }));
    // Given once.
    expect(await deliver({ type: 'tab/passage', tabId: tab.id }, popup)).toEqual({ ok: true, value: null });

    commands.fire('save-page', tab);
    await vi.waitFor(async () => expect(await deliver({ type: 'library/counts' }, popup)).toMatchObject({ ok: true, value: { articles: 1 } }));
  });

  it('tells a tab’s page when its address changes, so a single-page app is read again', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://glow.example/' });
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://glow.example/microneedling' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id, frameIds: [0] }, func: notifyRouteChanged, args: [ROUTE_FOLLOWER_KEY] });

    // Not for the browser's own pages, where no script may run.
    executeScript.mockClear();
    await fakeBrowser.tabs.update(tab.id!, { url: 'chrome://settings/' });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
