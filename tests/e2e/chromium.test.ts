// Skinmark end to end in real Chromium: detect, highlight, badge, card, save, popup, notes, restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { highlightPoint, notePassages, readHighlights, selectInArticle, skinmarkTraces } from './support/page-checks';
import { FIXTURE_PAGES } from './support/paths';
import { serveFolder, type FixtureServer } from './support/server';

// The service worker's own chrome.* API, as used from worker.evaluate().
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

let server: FixtureServer;
let profile: string;
let session: ChromiumSession;

const POST = 'wordpress-post.html';
const NEWS = 'news-article.html';
const HOME = 'blog-home.html';

async function badgeFor(url: string): Promise<string> {
  return session.worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    if (!tab?.id) throw new Error(`no tab for ${pageUrl}`);
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

async function tabIdOf(url: string): Promise<number> {
  return session.worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return tab!.id!;
  }, url);
}

async function openArticle(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** The skincare post and the news story, as saved from the popup. */
const saved = (path: string, title: string) => ({
  type: 'article/save',
  article: { url: server.url(path), title, siteName: '127.0.0.1', excerpt: '', readingMinutes: 3, procedures: [] },
});
const POST_TITLE = 'Three rounds of microneedling for my acne scars';
const NEWS_TITLE = 'Council approves new budget after marathon session';
const note = (path: string, text: string) => ({ type: 'note/add', url: server.url(path), text });

/** The in-page control's writing half: its own frame, out of the page's reach. */
const control = (page: Page) => page.frameLocator('iframe[data-skinmark-frame]');

async function waitForSkinmark(page: Page): Promise<void> {
  // Ready once the frame has claimed its ticket: its Save button is enabled then.
  await expect.poll(() => control(page).locator('[data-testid="skinmark-save"]').isEnabled(), { timeout: 10_000 }).toBe(true);
}

beforeAll(async () => {
  server = await serveFolder(FIXTURE_PAGES);
  profile = await mkdtemp(join(tmpdir(), 'skinmark-chromium-'));
  session = await launchChromium(profile);
});

// Each test starts from a fresh install: no tabs, an empty library, the default settings.
beforeEach(async () => {
  await session.reset();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('Skinmark in Chromium', () => {
  it('highlights each procedure mention of the skincare post, and nothing outside the article', async () => {
    const page = await openArticle(POST);
    await waitForSkinmark(page);
    const highlights = await page.evaluate(readHighlights);
    expect(Object.keys(highlights).sort()).toEqual(['skinmark-ingredient', 'skinmark-procedure']);
    const texts = highlights['skinmark-procedure']!;
    for (const spelling of ['microneedling', 'micro-needling', 'collagen induction therapy', 'SkinPen', 'Dermapen', 'MicroPen', 'Morpheus8', 'TCA CROSS']) {
      expect(texts).toContain(spelling);
    }
    // "Botox" appears only in the nav menu and the comment form.
    expect(texts).not.toContain('Botox');
    expect(texts.every((t) => t.trim() === t && t.length > 0)).toBe(true);
    // The page's own text is untouched: no wrapper elements were added.
    expect(await page.locator('mark, .skinmark, [data-skinmark-mention]').count()).toBe(0);
  });

  it("on a clinic's page, highlights its own prose and none of the menus, service grid or booking block around it", async () => {
    const page = await openArticle('sites/clinic-microneedling.html');
    await waitForSkinmark(page);
    const texts = (await page.evaluate(readHighlights))['skinmark-procedure']!;
    expect(texts).toEqual(expect.arrayContaining(['Microneedling', 'collagen induction therapy']));
    // The menu, the "You may also like" grid and the footer name HydraFacial, peels, Botox and fillers.
    expect(texts.filter((t) => /HydraFacial|Peel|Botox|Filler/i.test(t))).toEqual([]);
    // Its other pages are not skincare articles: a scalp treatment, a massage, the about page.
    for (const other of ['sites/clinic-scalp-microneedling.html', 'sites/clinic-massage.html', 'sites/clinic-about.html']) {
      const otherPage = await openArticle(other);
      await otherPage.waitForLoadState('load');
      await otherPage.waitForTimeout(500);
      expect(await otherPage.evaluate(skinmarkTraces), other).toEqual([]);
      await otherPage.close();
    }
  });

  it('shows the number of distinct procedures on the badge of that tab only', async () => {
    const post = await openArticle(POST);
    await waitForSkinmark(post);
    const label = (await control(post).locator('.sm-brand').getAttribute('aria-label')) ?? '';
    const distinct = Number(/(\d+) procedure/.exec(label)?.[1]);
    expect(distinct).toBeGreaterThanOrEqual(6);
    await expect.poll(() => badgeFor(server.url(POST))).toBe(String(distinct));

    const news = await openArticle(NEWS);
    const home = await openArticle(HOME);
    await news.waitForLoadState('load');
    await home.waitForLoadState('load');
    await news.waitForTimeout(500);
    expect(await badgeFor(server.url(NEWS))).toBe('');
    expect(await badgeFor(server.url(HOME))).toBe('');
  });

  it('blanks the badge when the tab moves on to a page that is not about skin', async () => {
    const page = await openArticle(POST);
    await waitForSkinmark(page);
    await expect.poll(() => badgeFor(server.url(POST))).not.toBe('');
    await page.goto(server.url(NEWS));
    await page.waitForTimeout(500);
    expect(await badgeFor(server.url(NEWS))).toBe('');
    await page.goBack();
    await waitForSkinmark(page);
    await expect.poll(() => badgeFor(server.url(POST))).not.toBe('');
  });

  it('can be dismissed for the page, taking its highlights with it', async () => {
    const page = await openArticle(POST);
    await waitForSkinmark(page);
    // The control goes away with its frame while the click is still being reported: nothing to wait for after it.
    await control(page).locator('[data-testid="skinmark-dismiss"]').click({ noWaitAfter: true });
    await expect.poll(() => page.evaluate(skinmarkTraces)).toEqual([]);
  });

  it('follows a client-rendered page: late content, "load more" and a route change', async () => {
    const page = await openArticle('spa.html');
    await waitForSkinmark(page);
    expect((await page.evaluate(readHighlights))['skinmark-procedure']).toContain('microneedling');
    const first = Number(await badgeFor(server.url('spa.html')));
    await page.locator('#load-more').click();
    await expect.poll(async () => (await page.evaluate(readHighlights))['skinmark-procedure'], { timeout: 5000 }).toContain('Morpheus8');
    await expect.poll(() => badgeFor(server.url('spa.html')), { timeout: 5000 }).toBe(String(first + 1));
    await page.locator('#go-news').click();
    await expect.poll(() => page.evaluate(skinmarkTraces), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => badgeFor(server.url('spa/news')), { timeout: 5000 }).toBe('');
  });

  it('notices a client-side route change from a page that is not about skin to a skincare article', async () => {
    const page = await openArticle('spa.html?start=news');
    await page.locator('#go-article').waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(skinmarkTraces)).toEqual([]);
    await page.locator('#go-article').click();
    await expect.poll(async () => (await page.evaluate(readHighlights))['skinmark-procedure'] ?? [], { timeout: 5000 }).toContain('microneedling');
  });

  it('obeys the options: no ingredient highlights when turned off, nothing at all on a blocked site', async () => {
    const options = await session.extensionPage('options.html');
    await options.locator('[data-testid="option-ingredients"]').uncheck();
    let page = await openArticle(POST);
    await waitForSkinmark(page);
    expect(Object.keys(await page.evaluate(readHighlights))).toEqual(['skinmark-procedure']);
    await options.locator('[data-testid="option-ingredients"]').check();

    await options.locator('[data-testid="blocked-site-input"]').fill('not a site');
    await options.locator('[data-testid="blocked-site-add"]').click();
    expect(await options.getByRole('alert').innerText()).toContain('is not a site name');
    await options.locator('[data-testid="blocked-site-input"]').fill('http://127.0.0.1/whatever');
    await options.locator('[data-testid="blocked-site-add"]').click();
    await expect.poll(() => options.locator('[data-testid="blocked-sites"]').innerText()).toContain('127.0.0.1');
    page = await openArticle(POST);
    await page.waitForTimeout(800);
    expect(await page.evaluate(skinmarkTraces)).toEqual([]);
    await options.getByRole('button', { name: /127\.0\.0\.1/ }).click();
    page = await openArticle(POST);
    await waitForSkinmark(page);
  });

  it('stays dismissed when the reader jumps within the page', async () => {
    const page = await openArticle(POST);
    await waitForSkinmark(page);
    // The control goes away with its frame while the click is still being reported: nothing to wait for after it.
    await control(page).locator('[data-testid="skinmark-dismiss"]').click({ noWaitAfter: true });
    await expect.poll(() => page.evaluate(skinmarkTraces)).toEqual([]);
    await page.evaluate(() => (location.hash = '#comments'));
    await page.waitForTimeout(1500);
    expect(await page.evaluate(skinmarkTraces)).toEqual([]);
  });

  it('ignores what the page itself does to the control: its frame is out of reach, its messages unheard', async () => {
    const page = await openArticle('ambiguous-terms.html');
    await waitForSkinmark(page);
    const reach = await page.evaluate(() => {
      const host = document.querySelector('[data-skinmark="control"]')!;
      const frame = host.shadowRoot!.querySelector('iframe')!;
      let document_: string;
      try {
        document_ = String(frame.contentWindow!.document);
      } catch (error) {
        document_ = (error as Error).name;
      }
      // Messages that Skinmark's own frame would send, from the page's window instead.
      window.postMessage({ skinmark: 'dismiss' }, '*');
      frame.contentWindow!.postMessage({ skinmark: 'ticket', ticket: '0'.repeat(32) }, '*');
      return { contentDocument: frame.contentDocument === null, document: document_, src: frame.getAttribute('src') ?? '' };
    });
    expect(reach).toMatchObject({ contentDocument: true, document: 'SecurityError' });
    // Created with its address: Chrome's, whose id comes from the manifest's key, the same for every
    // install of every build (see lib/page/frame-link.ts).
    expect(reach.src).toBe('chrome-extension://hjofaemkahmkcgcjmllfmmoacnhdbpce/control-frame.html');
    await page.waitForTimeout(800);
    expect(await control(page).locator('[data-testid="skinmark-save"]').getAttribute('aria-pressed')).toBe('false');
    expect(Object.keys(await page.evaluate(readHighlights))).toContain('skinmark-procedure');
  });

  it('leaves no trace on a news story and on a blog home page', async () => {
    for (const path of [NEWS, HOME]) {
      const page = await openArticle(path);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      expect(await page.evaluate(skinmarkTraces)).toEqual([]);
      expect(await page.locator('iframe[data-skinmark-frame]').count()).toBe(0);
    }
  });

  it('shows a procedure card on hover and from the keyboard', async () => {
    const page = await openArticle(POST);
    await waitForSkinmark(page);
    const point = await page.evaluate(highlightPoint, 'SkinPen');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = page.locator('[data-testid="procedure-card"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toMatch(/Microneedling[\s\S]*Sessions[\s\S]*Downtime[\s\S]*breakout[\s\S]*Source/);
    await page.mouse.move(5, 5);
    await expect.poll(() => card.count()).toBe(0);

    await control(page).locator('.sm-brand').focus();
    await page.keyboard.press('Enter');
    await page.locator('[role="listbox"]').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain('Source');
  });

  it('saves the article from the page once, however often it is saved', async () => {
    const page = await openArticle(POST);
    await waitForSkinmark(page);
    const save = control(page).locator('[data-testid="skinmark-save"]');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await save.click();
    await page.waitForTimeout(300);
    // The library lives in the extension's origin: the page's own IndexedDB knows nothing of it.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);

    const popup = await session.extensionPage('popup.html');
    const items = popup.locator('[data-testid="reading-list-item"]');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().innerText()).toContain('Three rounds of microneedling for my acne scars');
    expect(await items.first().innerText()).toContain('Microneedling');
  });

  it('saves any page from the popup', async () => {
    const news = await openArticle(NEWS);
    await news.waitForLoadState('load');
    const popup = await session.extensionPage(`popup.html?tab=${await tabIdOf(server.url(NEWS))}`);
    await popup.locator('[data-testid="save-this-page"]').click();
    const items = popup.locator('[data-testid="reading-list-item"]');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().innerText()).toContain('Council approves new budget');
  });

  it('adds notes in the side panel, shown as text, never as HTML', async () => {
    await session.request(saved(POST, POST_TITLE));
    const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(server.url(POST))}`);
    await panel.locator('[data-testid="note-input"]').fill('Ask about numbing cream for session four.');
    await panel.locator('[data-testid="note-add"]').click();
    const hostile = '<img src=x onerror="document.title=1"> <b>not bold</b>';
    await panel.locator('[data-testid="note-input"]').fill(hostile);
    await panel.locator('[data-testid="note-add"]').click();
    const notes = panel.locator('[data-testid="note"]');
    await expect.poll(() => notes.count()).toBe(2);
    expect(await notes.nth(1).locator('[data-testid="note-text"]').innerText()).toBe(hostile);
    expect(await panel.locator('.notes img, .notes b').count()).toBe(0);

    const popup = await session.extensionPage('popup.html');
    await expect
      .poll(() => popup.locator('[data-testid="reading-list-item"]', { hasText: 'Three rounds' }).innerText())
      .toContain('not bold');
  });

  it('follows the active tab: the panel shows the notes of the article beside it', async () => {
    await session.request(saved(POST, POST_TITLE), note(POST, 'Ask about numbing cream.'), note(POST, 'Session two in March.'));
    const panel = await session.extensionPage('sidepanel.html');
    const article = await openArticle(POST);
    await waitForSkinmark(article);
    await article.bringToFront();
    await expect.poll(() => panel.locator('.article-head__title').innerText()).toBe('Three rounds of microneedling for my acne scars');
    await expect.poll(() => panel.locator('[data-testid="note"]').count()).toBe(2);
    const news = await openArticle(NEWS);
    await news.bringToFront();
    await expect.poll(() => panel.locator('.article-head__title').innerText()).toContain('Council approves new budget after marathon session');
    expect(await panel.locator('[data-testid="note"]').count()).toBe(0);
  });

  it('lists quoted notes in the side panel in the article’s order, shows a passage from there, and sets apart one the page lost', async () => {
    const panel = await session.extensionPage('sidepanel.html');
    const page = await openArticle('passages.html');
    await waitForSkinmark(page);
    const notes: [passage: string, text: string][] = [
      ['a light chemical peel', 'Ask for the price of a combined session.'],
      ['not during an active breakout', 'Ask whether a cold sore counts.'],
    ];
    for (const [passage, text] of notes) {
      expect(await page.evaluate(selectInArticle, passage)).toBe(true);
      await page.locator('[data-testid="skinmark-note-selection"]').click();
      await control(page).locator('[data-testid="note-input"]').fill(text);
      // Ctrl+Enter adds the note, as in every note form.
      await control(page).locator('[data-testid="note-input"]').press('Control+Enter');
      await expect.poll(() => page.evaluate(notePassages)).toContain(passage);
      // The form closed: the reader is back where they were, the passage still selected.
      await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(passage);
    }
    await page.bringToFront();
    const quotes = panel.locator('[data-testid="note-quote"]');
    // In the order of the article, not of writing.
    await expect.poll(() => quotes.allInnerTexts()).toEqual(['not during an active breakout', 'a light chemical peel']);
    await quotes.first().click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('skinmark-note-flash'))).toBe(true);
    // And the note shows beside its passage, for a reader who came by keyboard as for one who points.
    await expect.poll(() => control(page).locator('[data-testid="skinmark-shown-note"]').innerText()).toBe('Ask whether a cold sore counts.');

    // The article changed and lost the first passage: its note is kept, apart, with its quote.
    await page.goto('about:blank');
    await page.goto(server.url('passages.html#deleted'));
    await waitForSkinmark(page);
    await page.bringToFront();
    const orphan = panel.locator('[data-testid="note"][data-orphan="true"]');
    await expect.poll(() => orphan.count(), { timeout: 10_000 }).toBe(1);
    expect(await orphan.locator('[data-testid="note-quote"]').innerText()).toBe('not during an active breakout');
    expect(await panel.getByRole('heading', { name: 'Not found on this page' }).count()).toBe(1);
    expect(await page.evaluate(notePassages)).toEqual(['a light chemical peel']);
  });

  it('finds the quoted passages of a saved article that is not about skin, too', async () => {
    const quote = 'ending a nine-hour session that stretched past midnight';
    await session.request(saved(NEWS, NEWS_TITLE), {
      type: 'note/add',
      url: server.url(NEWS),
      text: 'Noted from the context menu.',
      selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    });
    const page = await openArticle(NEWS);
    await expect.poll(() => page.evaluate(notePassages), { timeout: 10_000 }).toEqual([quote]);
  });

  it('has "Save to Skinmark" and "Add a note to Skinmark" in the context menu, and three keyboard commands', async () => {
    const found = await session.worker.evaluate(async () => {
      const api = chrome as unknown as {
        contextMenus: { update(id: string, change: object): Promise<void> };
        commands: { getAll(): Promise<{ name?: string }[]> };
      };
      // Updating an item that does not exist fails: each of these is there.
      await api.contextMenus.update('skinmark-save-page', {});
      await api.contextMenus.update('skinmark-note-selection', {});
      return (await api.commands.getAll()).map((c) => c.name).sort();
    });
    expect(found).toEqual(expect.arrayContaining(['note-selection', 'open-notes', 'save-page']));
  });

  it('edits and deletes a note', async () => {
    await session.request(saved(POST, POST_TITLE), note(POST, 'Ask about numbing cream.'), note(POST, 'Session two in March.'));
    const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(server.url(POST))}`);
    const notes = panel.locator('[data-testid="note"]');
    await expect.poll(() => notes.count()).toBe(2);
    await notes.nth(1).locator('[data-testid="note-edit"]').click();
    await panel.locator('[data-testid="note-edit-input"]').fill('Book session four in May.');
    await panel.locator('[data-testid="note-save"]').click();
    await expect.poll(() => notes.nth(1).innerText()).toContain('Book session four in May.');
    await notes.nth(0).locator('[data-testid="note-delete"]').click();
    await expect.poll(() => notes.count()).toBe(1);
  });

  it('deletes an article from the popup', async () => {
    await session.request(saved(POST, POST_TITLE), saved(NEWS, NEWS_TITLE));
    const extra = await openArticle(HOME);
    await extra.waitForLoadState('load');
    const popup = await session.extensionPage(`popup.html?tab=${await tabIdOf(server.url(HOME))}`);
    const items = popup.locator('[data-testid="reading-list-item"]');
    await popup.locator('[data-testid="save-this-page"]').click();
    await expect.poll(() => items.count()).toBe(3);
    const home = items.filter({ has: popup.locator('.reading-list__title', { hasText: /^Glow Notes$/ }) });
    await home.getByRole('button', { name: /Delete/ }).click();
    await expect.poll(() => items.count()).toBe(2);
  });

  it('keeps the reading list and notes after the browser restarts on the same profile', async () => {
    await session.request(saved(POST, POST_TITLE), saved(NEWS, NEWS_TITLE), note(POST, 'Book session four in May.'));
    await session.close();
    session = await launchChromium(profile);
    const popup = await session.extensionPage('popup.html');
    const items = popup.locator('[data-testid="reading-list-item"]');
    await expect.poll(() => items.count()).toBe(2);
    const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(server.url(POST))}`);
    await expect.poll(() => panel.locator('[data-testid="note"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="note"]').innerText()).toContain('Book session four in May.');
    const page = await openArticle(POST);
    await waitForSkinmark(page);
    await expect.poll(() => control(page).locator('[data-testid="skinmark-save"]').getAttribute('aria-pressed')).toBe('true');
  });
});
