// The scripts the background puts into pages on demand (entrypoints/*.ts, unlisted): the scanner
// into pages whose first look passed, the in-page control into skincare articles, the collector
// when the popup saves a page. The script that runs on every page stays small.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { ArticleInputSchema, PassageSelectorsSchema } from '../library/fields';
import type { ArticleInput, PassageSelector } from '../model';
import type { PageHtml } from '../page/page-html';
import { ROUTE_FOLLOWER_KEY, notifyRouteChanged } from '../page/handoff';

/** What the collector says about its page, and the main block's HTML for a readable copy. */
export type CollectedArticle = ArticleInput & { page?: PageHtml };

/** The collector's answer, checked: the article by its schema, the HTML kept only if it is one. */
function collected(result: unknown): CollectedArticle | undefined {
  const parsed = v.safeParse(ArticleInputSchema, result);
  if (!parsed.success) return undefined;
  const page = (result as { page?: { html?: unknown; url?: unknown } | null }).page;
  return typeof page?.html === 'string' && typeof page.url === 'string' ? { ...parsed.output, page: { html: page.html, url: page.url } } : parsed.output;
}

type InjectedScript = '/page-ui.js' | '/page-scan.js' | '/collect-article.js' | '/collect-article-copy.js' | '/collect-passage.js' | '/page-notes.js';

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

export const showPageControl = (tabId: number, frameId: number) => injectScript(tabId, frameId, '/page-ui.js').then(() => undefined);
export const startScan = (tabId: number, frameId: number) => injectScript(tabId, frameId, '/page-scan.js').then(() => undefined);
/** Into a saved article with quoted notes, once loaded: its passages are found whether or not it is about skin. */
export const startNotes = (tabId: number) => injectScript(tabId, 0, '/page-notes.js').then(() => undefined);

/**
 * A tab's address changed: if it was a single-page app's route (the same document), its page's
 * script gets a new look. In a new document the call finds nobody listening, and does nothing.
 */
export async function tellRouteChanged(tabId: number): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: notifyRouteChanged, args: [ROUTE_FOLLOWER_KEY] });
    return;
  }
  const tabs = browser.tabs as unknown as { executeScript(id: number, details: { code: string }): Promise<unknown[]> };
  await tabs.executeScript(tabId, { code: `(${notifyRouteChanged.toString()})(${JSON.stringify(ROUTE_FOLLOWER_KEY)})` });
}

/**
 * What the article in a frame says about itself, read by Skinmark's collector there (with the
 * procedures its scanner found). No fallback: the control that asks is in that very page.
 */
export async function collectFromFrame(tabId: number, frameId: number, withPage = false): Promise<CollectedArticle> {
  const article = collected(await injectScript(tabId, frameId, withPage ? '/collect-article-copy.js' : '/collect-article.js'));
  if (!article) throw new Error('This page could not be read; reload it and try again.');
  return article;
}

/** The passage the reader selected in a tab's page, as selectors, or undefined (no selection, or no script may run there). */
export async function collectPassage(tabId: number): Promise<PassageSelector[] | undefined> {
  try {
    const parsed = v.safeParse(PassageSelectorsSchema, await injectScript(tabId, 0, '/collect-passage.js'));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** What the page in a tab says about itself, or what the tab says where no script may run. */
export async function collectFromTab(tabId: number, withPage = false): Promise<CollectedArticle> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) throw new Error('Only web pages can be saved.');
  try {
    const article = collected(await injectScript(tabId, 0, withPage ? '/collect-article-copy.js' : '/collect-article.js'));
    if (article) return article;
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

