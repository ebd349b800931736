import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryDB } from '../../lib/db/library';
import type { ArticleInput } from '../../lib/messages';
import { handleRequest, type RouterDeps, type SenderInfo } from '../../lib/router';

let db: LibraryDB;
let badges: Map<number, string>;
let changes: number;
let shown: number[];
let scanned: number[];
let n = 0;
const deps = (): RouterDeps => ({
  db: async () => db,
  setBadge: async (tabId, text) => void badges.set(tabId, text),
  collectFromTab: async (): Promise<ArticleInput> => ({
    url: 'https://news.example/story',
    title: 'A story',
    siteName: 'news.example',
    excerpt: '',
    readingMinutes: 1,
    procedures: [],
  }),
  tabUrl: async () => 'https://news.example/story#top',
  showPageControl: async (tabId) => void shown.push(tabId),
  startScan: async (tabId) => void scanned.push(tabId),
  blockedSite: async (url) => !url || new URL(url).hostname.endsWith('blocked.example'),
  notifyChanged: () => void changes++,
});

const page: SenderInfo = { fromExtensionPage: false, tabId: 7, url: 'https://glownotes.example/post' };
const popup: SenderInfo = { fromExtensionPage: true, url: 'chrome-extension://id/popup.html' };
const article = (url: string): ArticleInput => ({
  url,
  title: 'Post',
  siteName: 'Glow Notes',
  excerpt: '',
  readingMinutes: 2,
  procedures: ['microneedling', 'made-up'],
});

beforeEach(async () => {
  db = await openLibrary(`skinmark-router-${++n}`);
  badges = new Map();
  changes = 0;
  shown = [];
  scanned = [];
});

describe('handleRequest', () => {
  it('sets the badge of the sending tab to the number of known procedures', async () => {
    await handleRequest({ type: 'page/detected', skincare: true, procedures: ['microneedling', 'ipl', 'made-up'] }, page, deps());
    expect(badges.get(7)).toBe('2');
    expect(shown).toEqual([7]);
    await handleRequest({ type: 'page/detected', skincare: false, procedures: [] }, page, deps());
    expect(badges.get(7)).toBe('');
    expect(shown).toEqual([7]);
  });

  it('lets a page save its own article, and tells extension pages', async () => {
    const result = await handleRequest({ type: 'article/save', article: article('https://glownotes.example/post#x') }, page, deps());
    expect(result).toMatchObject({ ok: true, value: { title: 'Post', procedures: ['microneedling'] } });
    expect(changes).toBe(1);
  });

  it('refuses a page that reads or writes another article', async () => {
    const other = 'https://bank.example/account';
    expect(await handleRequest({ type: 'article/save', article: article(other) }, page, deps())).toEqual({
      ok: false,
      error: 'A page can only read or save its own article',
    });
    expect(await handleRequest({ type: 'notes/list', url: other }, page, deps())).toMatchObject({ ok: false });
    expect(
      await handleRequest({ type: 'note/add', url: page.url, text: 'x', article: article(other) }, page, deps()),
    ).toMatchObject({ ok: false });
    expect(changes).toBe(0);
  });

  it('keeps library-wide requests to extension pages', async () => {
    for (const message of [{ type: 'article/list' }, { type: 'article/delete', key: 'https://a.example/' }, { type: 'note/delete', id: 'abc' }, { type: 'tab/save', tabId: 3 }]) {
      expect(await handleRequest(message, page, deps())).toMatchObject({ ok: false, error: expect.stringContaining('not allowed') });
    }
    expect(await handleRequest({ type: 'article/list' }, popup, deps())).toEqual({ ok: true, value: [] });
  });

  it('saves any tab from the popup', async () => {
    const result = await handleRequest({ type: 'tab/save', tabId: 3 }, popup, deps());
    expect(result).toMatchObject({ ok: true, value: { title: 'A story' } });
    expect(await handleRequest({ type: 'tab/article-url' }, popup, deps())).toEqual({ ok: true, value: 'https://news.example/story' });
  });

  it('starts the scanner in a candidate page, except on a site the reader blocked', async () => {
    expect(await handleRequest({ type: 'page/candidate' }, page, deps())).toEqual({ ok: true, value: true });
    const blocked: SenderInfo = { fromExtensionPage: false, tabId: 8, url: 'https://www.blocked.example/post' };
    expect(await handleRequest({ type: 'page/candidate' }, blocked, deps())).toEqual({ ok: true, value: false });
    expect(scanned).toEqual([7]);
    const noTab: SenderInfo = { fromExtensionPage: false, url: 'https://glownotes.example/post' };
    expect(await handleRequest({ type: 'page/candidate' }, noTab, deps())).toMatchObject({ ok: false });
  });

  it('serves a procedure card, and says when there is none', async () => {
    expect(await handleRequest({ type: 'card/get', procedureId: 'microneedling' }, page, deps())).toMatchObject({
      ok: true,
      value: { name: 'Microneedling', cautions: expect.arrayContaining([expect.stringContaining('breakout')]) },
    });
    expect(await handleRequest({ type: 'card/get', procedureId: 'nope' }, page, deps())).toEqual({ ok: false, error: 'No card for "nope"' });
    expect(await handleRequest({ type: 'card/get', procedureId: 'constructor' }, page, deps())).toMatchObject({ ok: false });
  });

  it('turns a failure inside into an error result, never a throw', async () => {
    const broken = { ...deps(), db: async () => Promise.reject(new Error('IndexedDB is not available')) };
    expect(await handleRequest({ type: 'article/list' }, popup, broken)).toEqual({ ok: false, error: 'IndexedDB is not available' });
    const full = { ...deps(), db: async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) };
    expect(await handleRequest({ type: 'article/list' }, popup, full)).toEqual({ ok: false, error: expect.stringMatching(/no room left.*nothing was saved/) });
    const refused = { ...deps(), db: async () => Promise.reject(new DOMException('denied', 'InvalidStateError')) };
    expect(await handleRequest({ type: 'article/list' }, popup, refused)).toEqual({ ok: false, error: expect.stringMatching(/would not let Skinmark use its library/) });
  });
});
