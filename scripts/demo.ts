// `npm run demo`: serves the project's demo article, opens it in Chromium with the freshly built
// extension, walks the reader's main job and writes a screenshot of each step to demo-output/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { launchChromium } from '../tests/e2e/support/chromium';
import { highlightPoint, notePassages, readHighlights, selectInArticle } from '../tests/e2e/support/page-checks';
import { serveFolder } from '../tests/e2e/support/server';

const OUT = resolve('demo-output');
const headless = !process.env.DISPLAY;
const step = (text: string) => console.log(`• ${text}`);

/** Saved articles of a reader's Omnivore export, as its metadata file lists them. */
const OMNIVORE_ITEMS = [
  { slug: 'retinol-night', title: 'How I started retinol without the peeling', url: 'https://example.org/retinol-night', labels: ['routine'], savedAt: '2024-09-02T08:00:00Z', wordsCount: 900 },
  { slug: 'spf-holiday', title: 'Sunscreen for a beach holiday after a peel', url: 'https://example.org/spf-holiday', labels: ['sun', 'peels'], savedAt: '2024-07-12T08:00:00Z', wordsCount: 700 },
  { slug: 'ipl-or-laser', title: 'IPL or a Q-switched laser for sun spots?', url: 'https://example.org/ipl-or-laser', labels: ['sun'], savedAt: '2024-05-20T08:00:00Z', wordsCount: 1400 },
];

await mkdir(OUT, { recursive: true });
const server = await serveFolder('demo');
const profile = await mkdtemp(join(tmpdir(), 'skinmark-demo-'));
const session = await launchChromium(profile, { headless });
const articleUrl = server.url('index.html');
console.log(`Skinmark demo: Chromium ${headless ? 'headless (no display found)' : 'with a window'}, article at ${articleUrl}`);

try {
  const page = await session.context.newPage();
  await page.goto(articleUrl);
  // The control's Save and Note live in its own frame, out of the page's reach.
  const control = page.frameLocator('iframe[data-skinmark-frame]');
  const save = control.locator('[data-testid="skinmark-save"]:enabled');
  await save.waitFor();
  const highlights = (await page.evaluate(readHighlights))['skinmark-procedure'] ?? [];
  const found = (await control.locator('.sm-brand').getAttribute('aria-label')) ?? '';
  step(`Detected a skincare article: ${highlights.length} mentions highlighted, ${found}`);
  await page.screenshot({ path: join(OUT, '1-highlights.png') });

  const point = await page.evaluate(highlightPoint, 'SkinPen');
  if (!point) throw new Error('The demo article has no highlighted "SkinPen"');
  await page.mouse.move(point.x, point.y);
  await page.locator('[data-testid="procedure-card"]').waitFor();
  step('Hovered "SkinPen": the Microneedling card explains it, with sessions, downtime and cautions');
  await page.screenshot({ path: join(OUT, '2-procedure-card.png') });
  await page.mouse.move(10, 10);

  await save.click();
  await control.locator('[data-testid="skinmark-save"][aria-pressed="true"]').waitFor();
  await control.locator('[data-testid="skinmark-note"]').click();
  await control.locator('[data-testid="skinmark-note-input"]').fill('Ask Dr. Lee whether IPL is safe before my holiday in March.');
  await page.screenshot({ path: join(OUT, '3-note.png') });
  await control.locator('[data-testid="skinmark-note-add"]').click();
  await control.locator('[data-testid="skinmark-note-input"]').waitFor({ state: 'detached' });
  step('Saved the article and added a note from the in-page control');

  const passage = 'do not book micro-needling in the middle of a breakout';
  if (!(await page.evaluate(selectInArticle, passage))) throw new Error(`The demo article has no "${passage}"`);
  await page.locator('[data-testid="skinmark-note-selection"]').click();
  await control.locator('[data-testid="note-input"]').fill('Reschedule if a breakout starts the week before.');
  await control.locator('[data-testid="note-add"]').click();
  await control.locator('[data-testid="note-input"]').waitFor({ state: 'detached' });
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.reload();
  await control.locator('[data-testid="skinmark-save"]:enabled').waitFor();
  for (let tries = 0; tries < 50 && !(await page.evaluate(notePassages)).length; tries++) await page.waitForTimeout(100);
  // The pointer on the passage, away from the procedure name inside it (whose card would open too).
  const noted = await page.evaluate(() => {
    const range = [...((CSS.highlights.get('skinmark-note') as unknown as Set<Range> | undefined) ?? [])][0];
    const rects = range ? [...range.getClientRects()] : [];
    const last = rects[rects.length - 1];
    return last ? { x: last.left + Math.min(40, last.width / 2), y: last.top + last.height / 2 } : null;
  });
  if (noted) await page.mouse.move(noted.x, noted.y);
  await control.locator('[data-testid="skinmark-shown-note"]').waitFor();
  // The frame grows to the note's size a moment later.
  await page.waitForTimeout(400);
  step(`Noted a passage; after a reload it is found again (${(await page.evaluate(notePassages)).length} passage painted) and shows its note`);
  await page.screenshot({ path: join(OUT, '3b-passage-note.png') });

  const popup = await session.extensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 420 });
  await popup.locator('[data-testid="reading-list-item"]').first().waitFor();
  step(`Popup reading list: ${await popup.locator('[data-testid="reading-list-item"]').count()} article(s)`);
  await popup.screenshot({ path: join(OUT, '4-popup.png') });

  const panel = await session.extensionPage(`sidepanel.html?url=${encodeURIComponent(articleUrl)}`);
  await panel.setViewportSize({ width: 400, height: 640 });
  await panel.locator('[data-testid="note"]').first().waitFor();
  const before = await panel.locator('[data-testid="note"]').count();
  await panel.locator('[data-testid="note-input"]').fill('Sister: ask about Q-switched laser instead of IPL.');
  await panel.locator('[data-testid="note-add"]').click();
  await panel.locator('[data-testid="note"]').nth(before).waitFor();
  step(`Side panel: ${await panel.locator('[data-testid="note"]').count()} notes on the article, one added there`);
  await panel.screenshot({ path: join(OUT, '5-side-panel.png') });

  const options = await session.extensionPage('options.html');
  await options.setViewportSize({ width: 720, height: 900 });
  // A reader coming from Omnivore: its export zip, written here in Omnivore's format.
  const omnivore = zipSync({
    'metadata_0_to_20.json': strToU8(JSON.stringify(OMNIVORE_ITEMS)),
    'content/retinol-night.html': strToU8('<article><p>Start retinol two nights a week, with a plain moisturiser after, and build up over a month.</p></article>'),
    'highlights/retinol-night.md': strToU8('> build up over a month\n\nDo this in autumn, not before the holiday.\n'),
  });
  await options.locator('[data-testid="import-file"]').setInputFiles({ name: 'omnivore-export.zip', mimeType: 'application/zip', buffer: Buffer.from(omnivore) });
  await options.locator('[data-testid="import-result"]').waitFor();
  step(`Options: ${await options.locator('[data-testid="import-result"]').innerText()}`);
  await options.waitForTimeout(300);
  await options.screenshot({ path: join(OUT, '6-options.png'), fullPage: true });

  await session.request({ type: 'article/tags', key: articleUrl, tags: ['before March', 'scars'] });
  const library = await session.extensionPage('library.html');
  await library.setViewportSize({ width: 1100, height: 760 });
  await library.locator('[data-testid="reading-list-item"]').nth(OMNIVORE_ITEMS.length).waitFor();
  await library.locator('[data-testid="library-search"]').pressSequentially('holday');
  await library.locator('[data-testid="reading-list-item"] mark').first().waitFor();
  step(`Library page: searched "holday" (a typo): ${await library.locator('[data-testid="reading-list-item"]').count()} found, matched words marked`);
  await library.screenshot({ path: join(OUT, '7-library-search.png') });

  const reader = await session.extensionPage(`reader.html?article=${encodeURIComponent(articleUrl)}`);
  await reader.setViewportSize({ width: 900, height: 760 });
  await reader.locator('[data-testid="reader-content"] p').first().waitFor();
  step('Reader: the readable copy kept when the article was saved, its quoted passage marked, no network needed');
  await reader.screenshot({ path: join(OUT, '8-reader.png') });

  const dark = await session.context.newPage();
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.setViewportSize({ width: 380, height: 560 });
  await dark.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await dark.locator('[data-testid="reading-list-item"]').first().waitFor();
  step('Popup in dark mode, following the system setting');
  await dark.screenshot({ path: join(OUT, '9-popup-dark.png') });

  console.log(`Screenshots written to ${OUT}/`);
  if (!headless) {
    console.log('The browser stays open to explore the demo; press Ctrl+C to quit.');
    await new Promise(() => undefined);
  }
} finally {
  if (headless) {
    await session.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
