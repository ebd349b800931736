// The table of requests as the background runs it: size, sender, shape and scope checked before
// any handler, typed answers, and failures as results with a code and a sentence.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type LibraryDB } from '../../lib/library/database';
import { createLibraryWriter } from '../../lib/library/writer';
import { createLibrarySearch } from '../../lib/library/search';
import { request } from '../../lib/messaging/client';
import { REQUESTS, type Responses } from '../../lib/messaging/requests';
import { handleRequest, type HandlerContext, type SenderInfo } from '../../lib/messaging/router';
import type { ArticleInput, LibraryChange } from '../../lib/model';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { createControlFrames } from '../../lib/background/control-frames';

let db: LibraryDB;
let badges: Map<number, string>;
let changes: LibraryChange[];
let shown: number[];
let scanned: number[];
let n = 0;
let controlFrames: ReturnType<typeof createControlFrames>;
let collected: [number, number][];
const context = (overrides: Partial<Omit<HandlerContext, 'sender'>> = {}): Omit<HandlerContext, 'sender'> => ({
  library: async () => db,
  writer: createLibraryWriter(async () => db, (change) => void changes.push(change)),
  search: createLibrarySearch(async () => db, { saveDelayMs: 0 }),
  keepCopy: () => undefined,
  setBadge: async (tabId, text) => void badges.set(tabId, text),
  collectFromTab: async (): Promise<ArticleInput> => ({
    url: 'https://news.example/story',
    title: 'A story',
    siteName: 'news.example',
    excerpt: '',
    readingMinutes: 1,
    procedures: [],
  }),
  collectFromFrame: async (tabId, frameId): Promise<ArticleInput> => {
    collected.push([tabId, frameId]);
    return article('https://glownotes.example/post#x');
  },
  controlFrames,
  tabUrl: async () => 'https://news.example/story#top',
  showPageControl: async (tabId) => void shown.push(tabId),
  startScan: async (tabId) => void scanned.push(tabId),
  settings: async () => ({ ...DEFAULT_SETTINGS, blockedSites: ['blocked.example'] }),
  importProgress: () => {},
  ...overrides,
});

const page: SenderInfo = { fromExtensionPage: false, tabId: 7, url: 'https://glownotes.example/post' };
const popup: SenderInfo = { fromExtensionPage: true, url: 'chrome-extension://id/popup.html' };
/** The control's frame inside the page of tab 7 (frame 3), or one a page put there itself. */
const frame: SenderInfo = { fromExtensionPage: false, fromControlFrame: true, tabId: 7, frameId: 3, url: 'chrome-extension://id/control-frame.html' };
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
  changes = [];
  shown = [];
  scanned = [];
  collected = [];
  controlFrames = createControlFrames(undefined);
});

describe('the table of requests', () => {
  it('declares, for every request, who may send it and whether it writes', () => {
    for (const [type, row] of Object.entries(REQUESTS)) {
      expect(['page', 'extension', 'any', 'control'], type).toContain(row.from);
      expect(typeof row.writes, type).toBe('boolean');
    }
    const writers = Object.entries(REQUESTS).filter(([, row]) => row.writes).map(([type]) => type).sort();
    expect(writers).toEqual([
      'article/delete',
      'article/save',
      'article/tags',
      'control/note',
      'control/save',
      'library/import',
      'library/import-copies',
      'note/add',
      'note/delete',
      'note/update',
      'tab/save',
      'tag/rename',
      'trash/empty',
      'trash/restore',
    ]);
    // No script in a web page writes: whatever such a script can reach, the page can script.
    expect(Object.entries(REQUESTS).filter(([, row]) => row.writes && (row.from === 'page' || row.from === 'any'))).toEqual([]);
  });

  it('types each handler by its answer', () => {
    // @ts-expect-error a handler of article/get answers an article or null, never a list of strings
    const wrong: (typeof REQUESTS)['article/get']['handle'] = async () => ['not', 'an', 'article'];
    const right: (typeof REQUESTS)['article/get']['handle'] = async (): Promise<Responses['article/get']> => null;
    expect([typeof wrong, typeof right]).toEqual(['function', 'function']);
  });
});

describe('handleRequest', () => {
  it('sets the badge of the sending tab to the number of known procedures', async () => {
    await handleRequest({ type: 'page/detected', skincare: true, procedures: ['microneedling', 'ipl', 'made-up'] }, page, context());
    expect(badges.get(7)).toBe('2');
    expect(shown).toEqual([7]);
    await handleRequest({ type: 'page/detected', skincare: false, procedures: [] }, page, context());
    expect(badges.get(7)).toBe('');
    expect(shown).toEqual([7]);
  });

  it('lets the control frame Skinmark put into a page save and note that article, once it shows its ticket', async () => {
    // Before any ticket: a frame (say, one a page framed itself) may do nothing.
    expect(await handleRequest({ type: 'control/save' }, frame, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    const ticket = await handleRequest({ type: 'control/ticket' }, page, context());
    expect(ticket).toMatchObject({ ok: true, value: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const value = (ticket as { value: string }).value;
    // A ticket is good for the tab it was issued to, once.
    expect(await handleRequest({ type: 'control/claim', ticket: value }, { ...frame, tabId: 8 }, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await handleRequest({ type: 'control/claim', ticket: value }, frame, context())).toEqual({
      ok: true,
      value: { address: 'https://glownotes.example/post', saved: false },
    });
    expect(await handleRequest({ type: 'control/claim', ticket: value }, { ...frame, frameId: 4 }, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    const saved = await handleRequest({ type: 'control/save' }, frame, context());
    expect(saved).toMatchObject({ ok: true, value: { title: 'Post', procedures: ['microneedling'] } });
    // What is saved is read from the article's own frame (frame 0 of tab 7), not from the message.
    expect(collected).toEqual([[7, 0]]);
    expect(changes).toEqual([{ kind: 'articles', keys: ['https://glownotes.example/post'], addresses: ['https://glownotes.example/post'] }]);
    expect(await handleRequest({ type: 'control/note', text: 'Ask about numbing' }, frame, context())).toMatchObject({ ok: true, value: { text: 'Ask about numbing' } });
    expect(await handleRequest({ type: 'control/state' }, frame, context())).toEqual({ ok: true, value: { address: 'https://glownotes.example/post', saved: true } });
    // The frame's requests are its own: a script in the page cannot send them, nor the frame a page's.
    expect(await handleRequest({ type: 'control/save' }, page, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await handleRequest({ type: 'control/ticket' }, frame, context())).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('lets no script in a web page write, not even to its own article', async () => {
    const own = article(page.url!);
    expect(await handleRequest({ type: 'article/save', article: own }, page, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await handleRequest({ type: 'note/add', url: page.url, text: 'x', article: own }, page, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await handleRequest({ type: 'article/get', url: 'https://bank.example/account' }, page, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(changes).toEqual([]);
  });

  it('keeps library-wide requests to extension pages, and page reports to pages', async () => {
    for (const message of [
      { type: 'article/list' },
      { type: 'notes/list', url: page.url },
      { type: 'article/delete', key: 'https://a.example/' },
      { type: 'note/delete', id: 'abc' },
      { type: 'tab/save', tabId: 3 },
      { type: 'library/import', importId: 'x', batch: { articles: [], notes: [] } },
    ]) {
      expect(await handleRequest(message, page, context()), message.type).toMatchObject({ ok: false, code: 'not-allowed' });
    }
    expect(await handleRequest({ type: 'page/detected', skincare: true, procedures: [] }, popup, context())).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await handleRequest({ type: 'article/list' }, popup, context())).toEqual({ ok: true, value: [] });
  });

  it('saves any tab from the popup', async () => {
    const result = await handleRequest({ type: 'tab/save', tabId: 3 }, popup, context());
    expect(result).toMatchObject({ ok: true, value: { title: 'A story' } });
    expect(await handleRequest({ type: 'tab/article-url' }, popup, context())).toEqual({ ok: true, value: 'https://news.example/story' });
  });

  it('starts the scanner in a candidate page and answers with the lexicon and settings, except on a blocked site', async () => {
    const answer = await handleRequest({ type: 'page/candidate' }, page, context());
    expect(answer).toMatchObject({ ok: true, value: { settings: { blockedSites: ['blocked.example'] }, lexicon: { keys: expect.any(Object) } } });
    const blocked: SenderInfo = { fromExtensionPage: false, tabId: 8, url: 'https://www.blocked.example/post' };
    expect(await handleRequest({ type: 'page/candidate' }, blocked, context())).toEqual({ ok: true, value: false });
    expect(scanned).toEqual([7]);
    const noTab: SenderInfo = { fromExtensionPage: false, url: 'https://glownotes.example/post' };
    expect(await handleRequest({ type: 'page/candidate' }, noTab, context())).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('serves a procedure card, and says when there is none', async () => {
    expect(await handleRequest({ type: 'card/get', procedureId: 'microneedling' }, page, context())).toMatchObject({
      ok: true,
      value: { name: 'Microneedling', cautions: expect.arrayContaining([expect.stringContaining('breakout')]) },
    });
    expect(await handleRequest({ type: 'card/get', procedureId: 'nope' }, page, context())).toEqual({ ok: false, code: 'not-found', error: 'No card for "nope"' });
    expect(await handleRequest({ type: 'card/get', procedureId: 'constructor' }, page, context())).toMatchObject({ ok: false });
  });

  it('checks shape and size, and names the field that is wrong', async () => {
    expect(await handleRequest({ type: 'db/drop' }, popup, context())).toEqual({ ok: false, code: 'invalid-request', error: 'Unknown request type "db/drop"' });
    expect(await handleRequest('hello', popup, context())).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(await handleRequest(null, popup, context())).toMatchObject({ ok: false, code: 'invalid-request' });
    const bad = await handleRequest({ type: 'article/save', article: { ...article(page.url!), url: 'javascript:alert(1)' } }, popup, context());
    expect(bad).toMatchObject({ ok: false, code: 'invalid-request', error: expect.stringContaining('article.url') });
    const empty = await handleRequest({ type: 'note/add', url: page.url, text: '   ' }, popup, context());
    expect(empty).toMatchObject({ ok: false, error: expect.stringContaining('cannot be empty') });
    const huge = await handleRequest({ type: 'note/add', url: page.url, text: 'x'.repeat(7_000_000) }, popup, context());
    expect(huge).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
    const cyclic: Record<string, unknown> = { type: 'article/list' };
    cyclic.self = cyclic;
    expect(await handleRequest(cyclic, popup, context())).toEqual({ ok: false, code: 'invalid-request', error: 'Message is not plain data' });
  });

  it('turns a failure inside into an error result with its code, never a throw', async () => {
    const broken = context({ library: async () => Promise.reject(new Error('IndexedDB is not available')) });
    expect(await handleRequest({ type: 'article/list' }, popup, broken)).toEqual({ ok: false, code: 'internal', error: 'IndexedDB is not available' });
    const full = context({ library: async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) });
    expect(await handleRequest({ type: 'article/list' }, popup, full)).toMatchObject({ ok: false, code: 'quota', error: expect.stringMatching(/no room left.*nothing was saved/) });
    const refused = context({ library: async () => Promise.reject(new DOMException('denied', 'InvalidStateError')) });
    expect(await handleRequest({ type: 'article/list' }, popup, refused)).toMatchObject({ ok: false, code: 'storage-unavailable' });
  });
});

describe('request', () => {
  it('unwraps a success, and throws a failure as its code and sentence', async () => {
    await expect(request(async () => ({ ok: true, value: [] }), { type: 'article/list' })).resolves.toEqual([]);
    await expect(request(async () => ({ ok: false, code: 'not-found', error: 'Nope' }), { type: 'article/list' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'Nope',
    });
    await expect(request(async () => undefined, { type: 'article/list' })).rejects.toMatchObject({ code: 'unreachable' });
  });
});
