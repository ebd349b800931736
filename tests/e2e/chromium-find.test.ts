// Finding things again, in real Chromium: the search box in the popup and the library page, tags,
// delete with Undo and the trash, and the readable copy (kept on save, read with the network off).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { FIXTURE_PAGES } from './support/paths';
import { serveFolder, type FixtureServer } from './support/server';

let server: FixtureServer;
let profile: string;
let session: ChromiumSession;

const POST = 'wordpress-post.html';
const POST_TITLE = 'Three rounds of microneedling for my acne scars';
const control = (page: Page) => page.frameLocator('iframe[data-skinmark-frame]');
const items = (view: Page) => view.locator('[data-testid="reading-list-item"]');

beforeAll(async () => {
  server = await serveFolder(FIXTURE_PAGES);
  profile = await mkdtemp(join(tmpdir(), 'skinmark-chromium-find-'));
  session = await launchChromium(profile);
});

beforeEach(async () => {
  await session.reset();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

const saved = (path: string, title: string, extra: object = {}) => ({
  type: 'article/save',
  article: { url: server.url(path), title, siteName: 'Glow Notes', excerpt: '', readingMinutes: 3, procedures: [], ...extra },
});

/** A small library: three articles, notes on two, one of them quoted. */
async function seedLibrary(): Promise<void> {
  await session.request(
    saved('a.html', 'Three rounds of microneedling', { procedures: ['microneedling'], readingMinutes: 8 }),
    saved('b.html', 'My first chemical peel', { siteName: 'Peel Diaries', procedures: ['chemical-peel'], readingMinutes: 2 }),
    saved('c.html', 'Sunscreen under makeup', { siteName: 'Beauty Desk' }),
    { type: 'note/add', url: server.url('b.html'), text: 'The nurse said to stop retinoids a week before.' },
    {
      type: 'note/add',
      url: server.url('c.html'),
      text: 'Try the mineral one.',
      selectors: [{ type: 'TextQuoteSelector', exact: 'zinc oxide leaves no cast', prefix: '', suffix: '' }],
    },
  );
}

describe('search and the reading list', () => {
  it('searches from the popup as the reader types: prefixes, typos, notes and quotes, matched words marked', async () => {
    await seedLibrary();
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => items(popup).count()).toBe(3);
    const box = popup.locator('[data-testid="library-search"]');
    await box.pressSequentially('retin');
    await expect.poll(() => items(popup).count()).toBe(1);
    expect(await items(popup).innerText()).toContain('My first chemical peel');
    expect(await items(popup).locator('mark').first().innerText()).toBe('retinoids');
    await box.fill('chemcal');
    await expect.poll(() => items(popup).allInnerTexts()).toEqual([expect.stringContaining('My first chemical peel')]);
    await box.fill('zinc');
    await expect.poll(() => items(popup).allInnerTexts()).toEqual([expect.stringContaining('Sunscreen under makeup')]);
    await box.fill('nothing like this');
    await expect.poll(() => popup.locator('[data-testid="no-results"]').count()).toBe(1);
    await popup.getByRole('button', { name: 'Clear the search' }).click();
    await expect.poll(() => items(popup).count()).toBe(3);
  });

  it('is used from the keyboard: "/" to the box, arrows between cards, Delete asks, Undo brings it back', async () => {
    await seedLibrary();
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => items(popup).count()).toBe(3);
    await popup.locator('body').click({ position: { x: 5, y: 5 } });
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('library-search');
    await popup.keyboard.type('peel');
    await expect.poll(() => items(popup).count()).toBe(1);
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('My first chemical peel');
    await popup.keyboard.press('Delete');
    const confirm = popup.locator('[data-testid="confirm-delete"]');
    expect(await confirm.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await popup.getByRole('alertdialog').innerText()).toContain('and its 1 note');
    await popup.keyboard.press('Enter');
    await expect.poll(() => items(popup).count()).toBe(0);
    expect(await popup.locator('[data-testid="undo-bar"]').innerText()).toContain('Deleted “My first chemical peel” and its 1 note.');
    await popup.locator('[data-testid="undo"]').click();
    await expect.poll(() => items(popup).count()).toBe(1);
    const [notes] = (await session.request({ type: 'notes/list', url: server.url('b.html') })) as { text: string }[][];
    expect(notes!.map((n) => n.text)).toEqual(['The nurse said to stop retinoids a week before.']);
  });

  it('tags articles from the popup, and filters, renames and empties the trash on the library page', async () => {
    await seedLibrary();
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => items(popup).count()).toBe(3);
    const peel = items(popup).filter({ hasText: 'My first chemical peel' });
    await peel.locator('[data-testid="edit-tags"]').click();
    await peel.locator('[data-testid="tag-input"]').fill('wishlist');
    await peel.locator('[data-testid="tag-input"]').press('Enter');
    await expect.poll(() => peel.locator('[data-testid="tag"]').allInnerTexts()).toEqual([expect.stringContaining('#wishlist')]);
    // Found by its tag too.
    await popup.locator('[data-testid="library-search"]').fill('wishl');
    await expect.poll(() => items(popup).count()).toBe(1);

    const library = await session.extensionPage('library.html');
    await expect.poll(() => items(library).count()).toBe(3);
    await library.locator('[data-testid="tag-filter"]').selectOption('wishlist');
    await expect.poll(() => items(library).count()).toBe(1);
    await library.locator('[data-testid="tag-rename"]').click();
    await library.locator('[data-testid="tag-rename-input"]').fill('booked');
    await library.locator('[data-testid="tag-rename-input"]').press('Enter');
    await expect.poll(() => items(library).locator('[data-testid="tag"]').allInnerTexts()).toEqual(['#booked']);
    // Sorted by reading time, shortest first.
    await library.locator('[data-testid="tag-filter"]').selectOption('');
    await library.locator('[data-testid="sort"]').selectOption('reading');
    await expect.poll(() => items(library).locator('.reading-list__title').allInnerTexts()).toEqual([
      'My first chemical peel',
      'Sunscreen under makeup',
      'Three rounds of microneedling',
    ]);
    await library.locator('[data-testid="has-notes-filter"]').check();
    await expect.poll(() => items(library).count()).toBe(2);
    await library.locator('[data-testid="has-notes-filter"]').uncheck();

    // Deleted on the library page: in the trash until restored or emptied.
    await items(library).filter({ hasText: 'Sunscreen' }).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => items(library).count()).toBe(2);
    await library.locator('[data-testid="show-trash"]').click();
    await expect.poll(() => library.locator('[data-testid="trash-item"]').count()).toBe(1);
    expect(await library.locator('[data-testid="trash-item"]').innerText()).toContain('with its 1 note');
    await library.locator('[data-testid="restore"]').click();
    await expect.poll(() => library.locator('[data-testid="trash-item"]').count()).toBe(0);
    // The popup follows: its search for the old tag's name finds nothing now, the new name does.
    await expect.poll(() => items(popup).count()).toBe(0);
    await popup.locator('[data-testid="library-search"]').fill('booked');
    await expect.poll(() => items(popup).count()).toBe(1);
    await popup.locator('[data-testid="library-search"]').fill('');
    await expect.poll(() => items(popup).count()).toBe(3);
    await items(popup).filter({ hasText: 'Sunscreen' }).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => library.locator('[data-testid="trash-item"]').count()).toBe(1);
    await library.locator('[data-testid="empty-trash"]').click();
    await library.locator('[data-testid="confirm-empty-trash"]').click();
    await expect.poll(() => library.locator('[data-testid="trash-item"]').count()).toBe(0);
    const [counts] = (await session.request({ type: 'library/counts' })) as { articles: number; notes: number }[];
    expect(counts).toEqual({ articles: 2, notes: 1 });
  });

  it('tags the article and undoes a note delete in the side panel', async () => {
    await seedLibrary();
    const url = server.url('b.html');
    const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(url)}`);
    await expect.poll(() => panel.locator('[data-testid="note"]').count()).toBe(1);
    await panel.locator('[data-testid="edit-tags"]').click();
    await panel.locator('[data-testid="tag-input"]').fill('peels');
    await panel.locator('[data-testid="tag-add"]').click();
    await expect.poll(() => panel.locator('[data-testid="tag"]').allInnerTexts()).toEqual([expect.stringContaining('#peels')]);
    await panel.locator('[data-testid="note-delete"]').click();
    await expect.poll(() => panel.locator('[data-testid="note"]').count()).toBe(0);
    await panel.locator('[data-testid="undo"]').click();
    await expect.poll(() => panel.locator('[data-testid="note"]').count()).toBe(1);
  });
});

describe('imports from the services that closed', () => {
  it('imports a Pocket zip and an Omnivore zip in the options page: tags, quoted notes and readable copies', async () => {
    const options = await session.extensionPage('options.html');
    const result = options.locator('[data-testid="import-result"]');
    const importZip = async (name: string, files: Record<string, string>) => {
      const buffer = Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
      await options.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType: 'application/zip', buffer });
      await expect.poll(() => result.innerText()).toMatch(/Imported|unchanged/);
      const text = await result.innerText();
      await options.reload();
      return text;
    };
    expect(
      await importZip('pocket.zip', {
        'part_000000.csv': 'title,url,time_added,tags,status\n"Lasers,\na guide",https://pocket.example/lasers,1700000000,laser|to read,unread\n',
        'annotations/part_000000.json': JSON.stringify([{ url: 'https://pocket.example/lasers', highlights: [{ quote: 'less downtime', created_at: 1700000100 }] }]),
      }),
    ).toContain('1 article added, 0 updated, 1 note added');
    expect(
      await importZip('omnivore.zip', {
        'metadata_0_to_20.json': JSON.stringify([{ slug: 'peel', title: 'My first chemical peel', url: server.url('omnivore-peel.html'), labels: ['peels'], savedAt: '2024-03-01T10:00:00Z' }]),
        'content/peel.html': '<article><p>The peeling started on day three and lasted five days, with glycolic first.</p></article>',
        'highlights/peel.md': '> lasted five days\n\nPlan a quiet week.\n',
      }),
    ).toContain('1 readable copy kept');
    const library = await session.extensionPage('library.html');
    await expect.poll(() => items(library).count()).toBe(2);
    expect(await items(library).filter({ hasText: 'Lasers' }).locator('[data-testid="tag"]').allInnerTexts()).toEqual(['#laser', '#to read']);
    await library.locator('[data-testid="library-search"]').fill('glycolic');
    await expect.poll(() => items(library).allInnerTexts()).toEqual([expect.stringContaining('My first chemical peel')]);
    const reader = await session.extensionPage(`reader.html?article=${encodeURIComponent(server.url('omnivore-peel.html'))}`);
    await expect.poll(() => reader.locator('[data-testid="reader-content"]').innerText()).toContain('with glycolic first');
    expect(await reader.locator('[data-testid="reader-note"]').innerText()).toContain('Plan a quiet week.');
    expect(await reader.evaluate(() => [...(CSS.highlights.get('skinmark-note') ?? [])].map((r) => (r as Range).toString()))).toEqual(['lasted five days']);
  });
});

describe('the readable copy', () => {
  it('is kept when an article is saved, and reads with its notes marked with the network off', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url(POST));
    await expect.poll(() => control(page).locator('[data-testid="skinmark-save"]').isEnabled(), { timeout: 10_000 }).toBe(true);
    await control(page).locator('[data-testid="skinmark-save"]').click();
    await expect.poll(() => control(page).locator('[data-testid="skinmark-save"]').getAttribute('aria-pressed')).toBe('true');
    await session.request({
      type: 'note/add',
      url: server.url(POST),
      text: 'Ask about this',
      selectors: [{ type: 'TextQuoteSelector', exact: 'collagen induction therapy', prefix: 'Microneedling, also called ', suffix: ', uses a pen' }],
    });
    // The copy is made after the save, in the background.
    const popup = await session.extensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-testid="open-reader"]').count(), { timeout: 10_000 }).toBe(1);
    // Its words are searchable: "elastin" is in the article's text only.
    await popup.locator('[data-testid="library-search"]').fill('elastin');
    await expect.poll(() => items(popup).innerText()).toContain('Found in the saved text');
    await popup.locator('[data-testid="library-search"]').fill('elastin nowhere');
    await expect.poll(() => items(popup).count()).toBe(0);

    await session.context.setOffline(true);
    try {
      const requested: string[] = [];
      session.context.on('request', (request) => requested.push(request.url()));
      const reader = await session.extensionPage(`reader.html?article=${encodeURIComponent(server.url(POST))}`);
      const content = reader.locator('[data-testid="reader-content"]');
      await expect.poll(() => content.innerText()).toContain('the skin answers by laying down fresh collagen');
      // The page's chrome and its comment form are not in the copy, nor any script or form.
      expect(await content.innerText()).not.toContain('Leave a Reply');
      expect(await content.locator('script, form, iframe, style, [onclick], [style]').count()).toBe(0);
      expect(await reader.locator('h1').innerText()).toBe(POST_TITLE);
      expect(
        await reader.evaluate(() => {
          const marked = CSS.highlights.get('skinmark-note');
          return marked ? [...marked].map((range) => (range as Range).toString()) : [];
        }),
      ).toEqual(['collagen induction therapy']);
      // The picture is in the copy, not loaded: the reader has not allowed images.
      expect(await content.locator('img').getAttribute('data-skinmark-src')).toBe(server.url('images/cheek-after-three-sessions.jpg'));
      expect(await content.locator('img').getAttribute('src')).toBeNull();
      expect(requested.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
      expect(await seriousViolations(reader)).toEqual([]);
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('is not kept when the reader turned copies off', async () => {
    const options = await session.extensionPage('options.html');
    await expect.poll(() => options.locator('[data-testid="storage-usage"]').innerText()).toMatch(/Skinmark takes \d+(\.\d)? (KB|MB)/);
    await options.locator('[data-testid="option-copies"]').uncheck();
    const [tab] = await Promise.all([session.context.newPage()]);
    await tab.goto(server.url(POST));
    await expect.poll(() => control(tab).locator('[data-testid="skinmark-save"]').isEnabled(), { timeout: 10_000 }).toBe(true);
    await control(tab).locator('[data-testid="skinmark-save"]').click();
    await expect.poll(() => control(tab).locator('[data-testid="skinmark-save"]').getAttribute('aria-pressed')).toBe('true');
    await tab.waitForTimeout(1_000);
    const [copies] = (await session.request({ type: 'library/copies' })) as { count: number }[];
    expect(copies!.count).toBe(0);
    const reader = await session.extensionPage(`reader.html?article=${encodeURIComponent(server.url(POST))}`);
    await expect.poll(() => reader.locator('[data-testid="reader-no-copy"]').count()).toBe(1);
  });
});

/** Serious and critical axe-core violations, each with how many elements it concerns. */
const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);

describe('accessibility of the library views', () => {
  it('has no serious or critical axe-core violations on the library page and the popup with results, light and dark', async () => {
    await seedLibrary();
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of ['library.html', 'popup.html']) {
        const view = await session.extensionPage(path);
        await view.emulateMedia({ colorScheme: scheme });
        await expect.poll(() => items(view).count()).toBe(3);
        await view.locator('[data-testid="library-search"]').fill('peel');
        await expect.poll(() => items(view).count()).toBe(1);
        const found = await new AxeBuilder({ page: view }).analyze();
        const detail = found.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html} ${n.failureSummary}`)).join('\n');
        expect(await seriousViolations(view), `${path}, ${scheme}\n${detail}`).toEqual([]);
        await view.close();
      }
    }
  });
});
