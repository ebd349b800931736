// The reader's library in real Chromium: live views across tabs and pages, export and import
// through the options page, twenty saves at once, and saves while the service worker is stopped.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { controlSelector, hostileTricks } from './support/hostile-tricks';
import { passageNotes, type PassageReader } from './support/passage-notes';
import { notePassages, selectInArticle } from './support/page-checks';
import { FIXTURE_PAGES } from './support/paths';
import { serveFolder, type FixtureServer } from './support/server';

// The extension pages' own chrome.* API, as used from page.evaluate().
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
};

let server: FixtureServer;
let profile: string;
let session: ChromiumSession;

const POST = 'wordpress-post.html';
const NEWS = 'news-article.html';

/** The in-page control's writing half: its own frame, out of the page's reach. */
const control = (page: Page) => page.frameLocator('iframe[data-skinmark-frame]');

async function openArticle(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/** The reading list as the background tells it, asked from an extension page. */
async function listedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const result = await chrome.runtime.sendMessage({ type: 'article/list' });
    if (!result.ok) throw new Error(result.error);
    return (result.value as { url: string }[]).map((a) => a.url);
  });
}

beforeAll(async () => {
  server = await serveFolder(FIXTURE_PAGES);
  profile = await mkdtemp(join(tmpdir(), 'skinmark-chromium-library-'));
  session = await launchChromium(profile);
});

// Each test starts from a fresh install: no tabs, an empty library, the default settings.
beforeEach(async () => {
  await session.reset();
});

/** The skincare post saved with one note, as the reader would have it after a first visit. */
const seedPostWithNote = () =>
  session.request(
    {
      type: 'article/save',
      article: {
        url: server.url(POST),
        title: 'Three rounds of microneedling for my acne scars',
        siteName: 'Glow Notes',
        excerpt: '',
        readingMinutes: 5,
        procedures: ['microneedling', 'chemical-peel'],
      },
    },
    { type: 'note/add', url: server.url(POST), text: 'Ask about numbing cream.' },
  );

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('the library in Chromium', () => {
  it('shows a save made in one tab at once in the popup, the side panel and the article open in another tab', async () => {
    const popup = await session.extensionPage('popup.html');
    const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(server.url(POST))}`);
    const [first, second] = [await openArticle(POST), await openArticle(POST)];
    const saveInSecond = control(second).locator('[data-testid="skinmark-save"]');
    await expect.poll(() => saveInSecond.isEnabled()).toBe(true);
    await expect.poll(() => control(first).locator('[data-testid="skinmark-save"]').isEnabled()).toBe(true);
    expect(await saveInSecond.getAttribute('aria-pressed')).toBe('false');

    await control(first).locator('[data-testid="skinmark-save"]').click();
    await expect.poll(() => popup.locator('[data-testid="reading-list-item"]').count()).toBe(1);
    await expect.poll(() => saveInSecond.getAttribute('aria-pressed')).toBe('true');

    await control(first).locator('[data-testid="skinmark-note"]').click();
    await control(first).locator('[data-testid="skinmark-note-input"]').fill('Written in the page, seen everywhere.');
    await control(first).locator('[data-testid="skinmark-note-add"]').click();
    await expect.poll(() => panel.locator('[data-testid="note"]').count()).toBe(1);
    await expect.poll(() => popup.locator('[data-testid="reading-list-note"]').innerText()).toContain('seen everywhere');

    await popup.locator('[data-testid="reading-list-item"]').getByRole('button', { name: /Delete/ }).click();
    await expect.poll(() => saveInSecond.getAttribute('aria-pressed')).toBe('false');
    // Saved again for the tests below.
    await saveInSecond.click();
    await expect.poll(() => popup.locator('[data-testid="reading-list-item"]').count()).toBe(1);
    await control(first).locator('[data-testid="skinmark-note"]').click();
    await control(first).locator('[data-testid="skinmark-note-input"]').fill('Ask about numbing cream.');
    await control(first).locator('[data-testid="skinmark-note-add"]').click();
    await expect.poll(() => panel.locator('[data-testid="note"]').count()).toBe(1);
  });

  it('exports the library as JSON, Markdown and CSV from the options page', async () => {
    await seedPostWithNote();
    const options = await session.extensionPage('options.html');
    const exported = async (testId: string) => {
      const [download] = await Promise.all([options.waitForEvent('download'), options.locator(`[data-testid="${testId}"]`).click()]);
      return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
    };
    const json = await exported('export-json');
    expect(json.name).toMatch(/^skinmark-library-\d{4}-\d{2}-\d{2}\.json$/);
    const library = JSON.parse(json.bytes.toString('utf8'));
    expect(library).toMatchObject({ format: 'skinmark-library', version: 3, copies: [] });
    expect(library.articles).toHaveLength(1);
    expect(library.notes.map((n: { text: string }) => n.text)).toEqual(['Ask about numbing cream.']);

    const markdown = await exported('export-markdown');
    expect(markdown.name).toMatch(/\.zip$/);
    expect(markdown.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(markdown.bytes.toString('latin1')).toContain('three-rounds-of-microneedling-for-my-acne-scars.md');

    const csv = await exported('export-csv');
    expect(csv.bytes.toString('utf8').split('\r\n')[0]).toBe('title,url,site,author,published,saved_at,updated_at,procedures,tags,notes');
  });

  it('imports Pocket and its own export, twice without change, and refuses a bad file with nothing written', async () => {
    await seedPostWithNote();
    const options = await session.extensionPage('options.html');
    const popup = await session.extensionPage('popup.html');
    const result = options.locator('[data-testid="import-result"]');
    const importFile = async (name: string, mimeType: string, content: string) => {
      await options.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
      await result.waitFor();
      return result.innerText();
    };

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="export-json"]').click()]);
    const ownExport = await readFile((await download.path())!, 'utf8');

    const pocket = `<!DOCTYPE html><html><body><h1>Unread</h1><ul>
      <li><a href="https://pocket.example/lasers?utm_source=pocket" time_added="1700000000" tags="laser">Lasers, a guide</a></li>
      <li><a href="https://pocket.example/peels" time_added="1700000100">Peels</a></li></ul></body></html>`;
    expect(await importFile('ril_export.html', 'text/html', pocket)).toContain('2 articles added');
    // The popup, open all along, already knows.
    await expect.poll(() => popup.locator('[data-testid="reading-list-item"]').count()).toBe(3);

    expect(await importFile('skinmark.json', 'application/json', ownExport)).toMatch(/0 articles added, 0 updated, 0 notes added, 0 updated, 2 already there/);
    expect(await importFile('skinmark.json', 'application/json', ownExport)).toMatch(/0 articles added, 0 updated, 0 notes added, 0 updated, 2 already there/);

    const damaged = JSON.parse(ownExport);
    damaged.articles.push({ ...damaged.articles[0], key: 'https://new.example/', aliases: ['https://new.example/'], url: 'https://new.example/' });
    damaged.notes.push({ ...damaged.notes[0], id: 'stray', articleKey: 'https://nowhere.example/' });
    expect(await importFile('damaged.json', 'application/json', JSON.stringify(damaged))).toMatch(/belongs to no article.*unchanged/);
    expect(await importFile('photo.csv', 'text/csv', 'not,a,reading,list\n1,2,3,4\n')).toMatch(/none of those.*unchanged/);
    expect(await listedUrls(options)).toHaveLength(3);

    // The popup filters by procedure, from the library's own index.
    const filter = popup.locator('[data-testid="procedure-filter"]');
    expect(await filter.locator('option').allInnerTexts()).toEqual(expect.arrayContaining(['All articles', 'Microneedling', 'Chemical peel']));
    await filter.selectOption('microneedling');
    await expect.poll(() => popup.locator('[data-testid="reading-list-item"]').count()).toBe(1);
    await filter.selectOption('');
    await expect.poll(() => popup.locator('[data-testid="reading-list-item"]').count()).toBe(3);
  });

  it('saves twenty tabs at once: twenty articles, none lost or doubled', async () => {
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => openArticle(`${NEWS}?story=${i}`)));
    await Promise.all(pages.map((page) => page.waitForLoadState('load')));
    const popup = await session.extensionPage('popup.html');
    const before = (await listedUrls(popup)).length;
    const results = await popup.evaluate(async (urls) => {
      const ids = await Promise.all(urls.map(async (url) => (await chrome.tabs.query({ url }))[0]!.id!));
      return Promise.all(ids.map((tabId) => chrome.runtime.sendMessage({ type: 'tab/save', tabId })));
    }, pages.map((page) => page.url()));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const urls = await listedUrls(popup);
    expect(urls).toHaveLength(before + 20);
    for (let i = 0; i < 20; i++) expect(urls.filter((u) => u.endsWith(`?story=${i}`))).toHaveLength(1);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('keeps every save it reported done while its service worker is stopped again and again', async () => {
    const options = await session.extensionPage('options.html');
    const cdp = await session.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    let stopped = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      stopped += versions.filter((version) => version.runningStatus === 'stopped').length;
    });
    const run = options.evaluate(async () => {
      const outcomes: { url: string; done: boolean }[] = [];
      for (let i = 0; i < 40; i++) {
        const url = `https://stopped.example/save-${i}`;
        const article = { url, title: `Save ${i}`, siteName: 'stopped.example', excerpt: '', readingMinutes: 1, procedures: [] };
        const result = await chrome.runtime.sendMessage({ type: 'article/save', article }).catch(() => undefined);
        outcomes.push({ url, done: !!result?.ok });
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return outcomes;
    });
    let finished = false;
    void run.finally(() => (finished = true));
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, 120));
      await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
    }
    const outcomes = await run;
    // The worker really was stopped, several times, in the middle of the run.
    expect(stopped).toBeGreaterThan(2);
    const listed = new Set(await listedUrls(options));
    const lost = outcomes.filter((o) => o.done && !listed.has(o.url));
    expect(lost).toEqual([]);
    // Most saves get through: the worker is started again by the next message.
    expect(outcomes.filter((o) => o.done).length).toBeGreaterThan(20);
  });
});

const reader = (): PassageReader => ({
    url: (path) => server.url(path),
    request: (...messages) => session.request(...messages),
    async open(path) {
      const page = await openArticle(path);
      const frame = control(page);
      return {
        async waitForControl(timeout = 10_000) {
          await expect.poll(() => frame.locator('[data-testid="skinmark-save"]').isEnabled(), { timeout }).toBe(true);
        },
        // Playwright's own checks would refuse a click on a control made transparent: forced, it is the same real input.
        clickInControl: (target, hidden) => frame.locator(controlSelector(target)).click({ force: hidden }),
        controlAttribute: (target, name) => frame.locator(controlSelector(target)).getAttribute(name),
        clickText: () => page.locator('article p').first().click(),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        evaluate: (work) => page.evaluate(work),
        listOpen: async () => (await page.locator('[role="listbox"]').count()) > 0,
        async noteSelection(text) {
          expect(await page.evaluate(selectInArticle, text)).toBe(true);
          await page.locator('[data-testid="skinmark-note-selection"]').click();
        },
        notePassages: () => page.evaluate(notePassages),
        async goto(path) {
          // Through a blank page: a new fragment alone would not load the page again.
          await page.goto('about:blank');
          await page.goto(server.url(path));
        },
      };
    },
  });

describe('a hostile page in Chromium', () => {
  hostileTricks(reader);
});

describe('notes on a passage in Chromium', () => {
  passageNotes(reader);
});

describe('accessibility in Chromium', () => {
  /** Serious and critical axe-core violations, each with how many elements it concerns. */
  const seriousViolations = async (builder: AxeBuilder) =>
    (await builder.analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);

  it('has no serious or critical axe-core violations in any view, light and dark: popup, library, side panel, options, reader, the in-page control and its frame', async () => {
    const url = server.url(POST);
    await session.request(
      { type: 'article/save', article: { url, title: 'Three rounds of microneedling for my acne scars', siteName: 'Glow Notes', excerpt: 'What it did for my scars.', readingMinutes: 3, procedures: ['microneedling', 'chemical-peel'] } },
      { type: 'note/add', url, text: 'Ask about numbing cream.' },
      { type: 'article/tags', key: url, tags: ['scars'] },
    );
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of ['popup.html', 'library.html', 'options.html', `sidepanel.html?url=${encodeURIComponent(url)}`, `reader.html?article=${encodeURIComponent(url)}`]) {
        const view = await session.context.newPage();
        await view.emulateMedia({ colorScheme: scheme });
        await view.goto(`chrome-extension://${session.extensionId}/${path}`);
        await view.locator('main, body > *').first().waitFor();
        await view.waitForTimeout(500);
        expect(await seriousViolations(new AxeBuilder({ page: view })), `${path}, ${scheme}`).toEqual([]);
        await view.close();
      }
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url(POST));
      await expect.poll(() => control(page).locator('[data-testid="skinmark-save"]').getAttribute('aria-pressed')).toBe('true');
      await control(page).locator('[data-testid="skinmark-note"]').click();
      expect(await seriousViolations(new AxeBuilder({ page }).include('[data-skinmark="control"]')), `in-page control, ${scheme}`).toEqual([]);
      const frame = page.frames().find((f) => f.url().endsWith('/control-frame.html'))!;
      const framePage = await session.context.newPage();
      await framePage.emulateMedia({ colorScheme: scheme });
      // The frame's document, as axe reads a page: opened on its own, in the state the reader sees it.
      await framePage.goto(frame.url());
      expect(await seriousViolations(new AxeBuilder({ page: framePage })), `control frame, ${scheme}`).toEqual([]);
      await page.close();
      await framePage.close();
    }
  });
});

