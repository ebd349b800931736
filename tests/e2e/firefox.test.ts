// Skinmark end to end in real Firefox ESR (MV2 build): detect, highlight, badge, save, popup, notes, restart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { controlFrame, launchFirefox, type FirefoxSession } from './support/firefox';
import { controlSelector, hostileTricks } from './support/hostile-tricks';
import { passageNotes, type PassageReader } from './support/passage-notes';
import { notePassages, readHighlights, selectInArticle, skinmarkTraces } from './support/page-checks';
import { FIXTURE_PAGES } from './support/paths';
import { serveFolder, type FixtureServer } from './support/server';

let server: FixtureServer;
let profile: string;
let session: FirefoxSession;

const POST = 'wordpress-post.html';
const NEWS = 'news-article.html';
const SAVE = '[data-testid="skinmark-save"]';

declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};

async function badgeFor(url: string): Promise<string> {
  const page = await session.extensionPage('popup.html');
  try {
    return await page.evaluate(async (pageUrl) => {
      // Firefox match patterns carry no port, so look the tab up by its exact URL.
      const tab = (await browser.tabs.query({})).find((t) => t.url === pageUrl);
      if (!tab?.id) throw new Error(`no tab for ${pageUrl}`);
      return browser.browserAction.getBadgeText({ tabId: tab.id });
    }, url);
  } finally {
    await page.close();
  }
}

async function count(page: Page, selector: string): Promise<number> {
  return (await page.$$(selector)).length;
}

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}

beforeAll(async () => {
  server = await serveFolder(FIXTURE_PAGES);
  profile = await mkdtemp(join(tmpdir(), 'skinmark-firefox-'));
  session = await launchFirefox(profile);
});

// Each test starts from a fresh install: no other tabs, an empty library, the default settings.
beforeEach(async () => {
  await session.reset();
});

/** The skincare post saved with one note. */
const seedPostWithNote = () =>
  session.request(
    {
      type: 'article/save',
      article: { url: server.url(POST), title: 'Three rounds of microneedling for my acne scars', siteName: 'Glow Notes', excerpt: '', readingMinutes: 5, procedures: ['microneedling'] },
    },
    { type: 'note/add', url: server.url(POST), text: 'Firefox note: <b>plain</b> text' },
  );

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('Skinmark in Firefox', () => {
  it('highlights the skincare post and shows its procedure count on the badge', async () => {
    const page = await session.newPage(server.url(POST));
    const frame = await controlFrame(page);
    const highlights = await page.evaluate(readHighlights);
    expect(Object.keys(highlights).sort()).toEqual(['skinmark-ingredient', 'skinmark-procedure']);
    expect(highlights['skinmark-procedure']).toEqual(expect.arrayContaining(['microneedling', 'SkinPen', 'collagen induction therapy']));
    expect(highlights['skinmark-procedure']).not.toContain('Botox');
    const label = await frame.$eval('.sm-brand', (el) => el.getAttribute('aria-label') ?? '');
    const distinct = Number(/(\d+) procedure/.exec(label)?.[1]);
    expect(distinct).toBeGreaterThanOrEqual(6);
    await expect.poll(() => badgeFor(server.url(POST)), { timeout: 5000 }).toBe(String(distinct));
    // Firefox's extension address holds the install's own id: the frame is navigated there, never given it as its src.
    const src = await page.evaluate(() => document.querySelector('[data-skinmark="control"]')!.shadowRoot!.querySelector('iframe')!.getAttribute('src'));
    expect(src).toBeNull();
  });

  it("on a clinic's page, highlights its own prose, not its menus; its massage page stays untouched", async () => {
    const page = await session.newPage(server.url('sites/clinic-microneedling.html'));
    await controlFrame(page);
    const texts = (await page.evaluate(readHighlights))['skinmark-procedure']!;
    expect(texts).toEqual(expect.arrayContaining(['Microneedling', 'collagen induction therapy']));
    expect(texts.filter((t) => /HydraFacial|Peel|Botox|Filler/i.test(t))).toEqual([]);
    const massage = await session.newPage(server.url('sites/clinic-massage.html'));
    await new Promise((done) => setTimeout(done, 500));
    expect(await massage.evaluate(skinmarkTraces)).toEqual([]);
  });

  it('leaves a news story untouched, with a blank badge', async () => {
    const page = await session.newPage(server.url(NEWS));
    await new Promise((done) => setTimeout(done, 500));
    expect(await page.evaluate(skinmarkTraces)).toEqual([]);
    expect(await badgeFor(server.url(NEWS))).toBe('');
  });

  it('notices a client-side route change from a page that is not about skin to a skincare article', async () => {
    const page = await session.newPage(server.url('spa.html?start=news'));
    await page.waitForSelector('#go-article');
    await new Promise((done) => setTimeout(done, 500));
    expect(await page.evaluate(skinmarkTraces)).toEqual([]);
    await page.click('#go-article');
    await expect
      .poll(async () => (await page.evaluate(readHighlights))['skinmark-procedure'] ?? [], { timeout: 5000 })
      .toContain('microneedling');
  });

  it('blanks the badge when the tab moves on to another page', async () => {
    const page = await session.newPage(server.url(POST));
    await controlFrame(page);
    await expect.poll(() => badgeFor(server.url(POST)), { timeout: 5000 }).not.toBe('');
    await page.goto(server.url(NEWS), { waitUntil: 'load' });
    await new Promise((done) => setTimeout(done, 500));
    expect(await badgeFor(server.url(NEWS))).toBe('');
  });

  it('saves the article from the page, and the popup lists it once', async () => {
    const page = await session.newPage(server.url(POST));
    const frame = await controlFrame(page);
    const save = await frame.$(SAVE);
    await save!.click();
    await expect.poll(() => frame.$eval(SAVE, (el) => el.getAttribute('aria-pressed')), { timeout: 5000 }).toBe('true');
    await save!.click();
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => count(popup, '[data-testid="reading-list-item"]'), { timeout: 5000 }).toBe(1);
    expect(await text(popup, '[data-testid="reading-list-item"]')).toContain('Three rounds of microneedling');
  });

  it('keeps a readable copy of the saved article, searches it, and shows it in the reader with its note marked', async () => {
    const page = await session.newPage(server.url(POST));
    const frame = await controlFrame(page);
    await (await frame.$(SAVE))!.click();
    await expect.poll(() => frame.$eval(SAVE, (el) => el.getAttribute('aria-pressed')), { timeout: 5000 }).toBe('true');
    await session.request({
      type: 'note/add',
      url: server.url(POST),
      text: 'Ask about this',
      selectors: [{ type: 'TextQuoteSelector', exact: 'collagen induction therapy', prefix: '', suffix: '' }],
    });
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => count(popup, '[data-testid="open-reader"]'), { timeout: 10_000 }).toBe(1);
    // "elastin" is only in the article's text; a typo in "microneedling" still finds the title.
    await popup.type('[data-testid="library-search"]', 'elastin');
    await expect.poll(() => text(popup, '[data-testid="reading-list-item"]'), { timeout: 5000 }).toContain('Found in the saved text');
    await popup.$eval('[data-testid="library-search"]', (el) => ((el as HTMLInputElement).value = ''));
    await popup.type('[data-testid="library-search"]', 'microneedlign');
    await expect.poll(() => popup.$eval('[data-testid="reading-list-item"] mark', (el) => (el as HTMLElement).innerText).catch(() => ''), { timeout: 5000 }).toBe('microneedling');
    await popup.type('[data-testid="library-search"]', ' nowhere');
    await expect.poll(() => count(popup, '[data-testid="reading-list-item"]'), { timeout: 5000 }).toBe(0);

    const reader = await session.extensionPage(`reader.html?article=${encodeURIComponent(server.url(POST))}`);
    await expect.poll(() => text(reader, '[data-testid="reader-content"]').catch(() => ''), { timeout: 5000 }).toContain('laying down fresh collagen');
    expect(await text(reader, '[data-testid="reader-content"]')).not.toContain('Leave a Reply');
    expect(await reader.$$eval('[data-testid="reader-content"] script, [data-testid="reader-content"] form, [data-testid="reader-content"] iframe', (found) => found.length)).toBe(0);
    expect(
      await reader.evaluate(() => {
        const marked = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('skinmark-note');
        return marked ? [...marked].map((range) => range.toString()) : null;
      }),
    ).toEqual(['collagen induction therapy']);
  });

  it('adds a note in the sidebar page', async () => {
    const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(server.url(POST))}`);
    await panel.waitForSelector('[data-testid="note-input"]');
    await panel.type('[data-testid="note-input"]', 'Firefox note: <b>plain</b> text');
    await panel.click('[data-testid="note-add"]');
    await expect.poll(() => count(panel, '[data-testid="note"]'), { timeout: 5000 }).toBe(1);
    expect(await text(panel, '[data-testid="note-text"]')).toBe('Firefox note: <b>plain</b> text');
  });

  it('keeps the reading list and the note after a restart on the same profile', async () => {
    await seedPostWithNote();
    await session.close();
    session = await launchFirefox(profile);
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => count(popup, '[data-testid="reading-list-item"]'), { timeout: 5000 }).toBe(1);
    const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(server.url(POST))}`);
    await expect.poll(() => count(panel, '[data-testid="note"]'), { timeout: 5000 }).toBe(1);
  });

  it('exports the library as JSON from the options page, and imports a Pocket file', async () => {
    await seedPostWithNote();
    const options = await session.extensionPage('options.html');
    // The download itself is the browser's; what the page hands it is caught on its way out.
    await options.evaluate(() => {
      const created: Blob[] = [];
      (window as unknown as { exported: Blob[] }).exported = created;
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => (created.push(blob), original(blob));
    });
    await options.click('[data-testid="export-json"]');
    await expect
      .poll(() => options.evaluate(() => (window as unknown as { exported: Blob[] }).exported.length), { timeout: 5000 })
      .toBe(1);
    const library = JSON.parse(await options.evaluate(() => (window as unknown as { exported: Blob[] }).exported[0]!.text()));
    expect(library).toMatchObject({ format: 'skinmark-library', version: 3, copies: [] });
    expect(library.articles.map((a: { title: string }) => a.title)).toEqual([expect.stringContaining('Three rounds of microneedling')]);
    expect(library.notes).toHaveLength(1);

    const pocket = join(profile, 'ril_export.html');
    await writeFile(pocket, '<!DOCTYPE html><ul><li><a href="https://pocket.example/peels" time_added="1700000000">Peels</a></li></ul>');
    const input = await options.waitForSelector('[data-testid="import-file"]');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(pocket);
    await options.waitForSelector('[data-testid="import-result"]');
    expect(await text(options, '[data-testid="import-result"]')).toContain('1 article added');
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => count(popup, '[data-testid="reading-list-item"]'), { timeout: 5000 }).toBe(2);
  });
});

const reader = (): PassageReader => ({
    url: (path) => server.url(path),
    request: (...messages) => session.request(...messages),
    async open(path) {
      const page = await session.newPage(server.url(path));
      let frame: Awaited<ReturnType<typeof controlFrame>> | undefined;
      const inControl = async () => (frame ??= await controlFrame(page));
      return {
        async waitForControl(timeout = 10_000) {
          frame = await controlFrame(page, timeout);
        },
        async clickInControl(target) {
          const element = await (await inControl()).waitForSelector(controlSelector(target));
          await element!.click();
        },
        controlAttribute: async (target, name) => (await inControl()).$eval(controlSelector(target), (el, attribute) => el.getAttribute(attribute), name),
        clickText: () => page.click('article p'),
        async press(key) {
          const keys = key.split('+') as Parameters<typeof page.keyboard.press>[0][];
          const last = keys.pop()!;
          for (const modifier of keys) await page.keyboard.down(modifier);
          await page.keyboard.press(last === 'Space' ? ' ' : last);
          for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
        },
        type: (text) => page.keyboard.type(text),
        evaluate: (work) => page.evaluate(work),
        listOpen: async () => (await page.$$('>>> [role="listbox"]')).length > 0,
        async noteSelection(text) {
          expect(await page.evaluate(selectInArticle, text)).toBe(true);
          const button = await page.waitForSelector('>>> [data-testid="skinmark-note-selection"]');
          await button!.click();
        },
        notePassages: () => page.evaluate(notePassages),
        async goto(path) {
          // Through a blank page: a new fragment alone would not load the page again.
          await page.goto('about:blank');
          await page.goto(server.url(path), { waitUntil: 'load' });
          frame = undefined;
        },
      };
    },
  });

describe('a saved article that is not about skin in Firefox', () => {
  it('finds its quoted passages too', async () => {
    const quote = 'ending a nine-hour session that stretched past midnight';
    await session.request(
      { type: 'article/save', article: { url: server.url(NEWS), title: 'Council approves new budget', siteName: 'Courier', excerpt: '', readingMinutes: 2, procedures: [] } },
      { type: 'note/add', url: server.url(NEWS), text: 'Noted from the context menu.', selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }] },
    );
    const page = await session.newPage(server.url(NEWS));
    await expect.poll(() => page.evaluate(notePassages), { timeout: 10_000 }).toEqual([quote]);
  });
});

describe('menus and commands in Firefox', () => {
  it('has "Save to Skinmark" and "Add a note to Skinmark" in the context menu, and three keyboard commands', async () => {
    const page = await session.extensionPage('options.html');
    const found = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { contextMenus: { update(id: string, change: object): Promise<void> }; commands: { getAll(): Promise<{ name?: string }[]> } } }).browser;
      // Updating an item that does not exist fails: each of these is there.
      await api.contextMenus.update('skinmark-save-page', {});
      await api.contextMenus.update('skinmark-note-selection', {});
      return (await api.commands.getAll()).map((c) => c.name).sort();
    });
    expect(found).toEqual(expect.arrayContaining(['note-selection', 'open-notes', 'save-page']));
  });
});

describe('a hostile page in Firefox', () => {
  hostileTricks(reader);
});

describe('notes on a passage in Firefox', () => {
  passageNotes(reader);
});
