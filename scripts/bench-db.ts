// `npm run bench:db`: in real Chromium with the built extension and a library of 10,000 articles
// and 50,000 notes, the time to the popup's first screen and to a procedure filter, each as a
// ratio to a bare idb read of the same records in the same page, measured in one run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROCEDURES } from '../lib/lexicon/index';
import { launchChromium } from '../tests/e2e/support/chromium';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The popup's first screen: the newest 50, and one more to know there is more. */
const FIRST_SCREEN = 51;

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Fills the extension's own database, in the extension's origin, as the background left it. */
async function populate(page: Page, procedures: string[]): Promise<void> {
  await page.evaluate(
    async ({ articles, notes, procedures }) => {
      // The background creates the database (at the current schema) on its first request.
      const opened = await chrome.runtime.sendMessage({ type: 'library/counts' });
      if (!opened.ok) throw new Error(opened.error);
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('skinmark');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction(['articles', 'notes'], 'readwrite');
      const words = 'microneedling left my skin pink for two days and the scars look softer after the third session'.split(' ');
      const sentence = (seed: number, length: number) => Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
      for (let i = 0; i < articles; i++) {
        const key = `https://blog${i % 97}.example/posts/${i}`;
        tx.objectStore('articles').put({
          key,
          url: key,
          aliases: [key],
          title: `Article ${i}: ${sentence(i, 8)}`,
          siteName: `blog${i % 97}.example`,
          excerpt: sentence(i, 30),
          readingMinutes: 3 + (i % 9),
          procedures: [procedures[i % procedures.length], procedures[(i * 7) % procedures.length]].filter((p, j, all) => all.indexOf(p) === j),
          tags: [],
          savedAt: 1_600_000_000_000 + i * 60_000,
          updatedAt: 1_600_000_000_000 + i * 60_000,
        });
      }
      for (let n = 0; n < notes; n++) {
        const i = (n * 7919) % articles;
        tx.objectStore('notes').put({
          id: `note-${n}`,
          articleKey: `https://blog${i % 97}.example/posts/${i}`,
          text: sentence(n, 40),
          createdAt: 1_600_000_000_000 + n,
          updatedAt: 1_600_000_000_000 + n,
        });
      }
      await new Promise((done, fail) => {
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { articles: ARTICLES, notes: NOTES, procedures },
  );
}

/**
 * The same records the popup shows, read with bare IndexedDB in the page: open, the newest
 * articles (or a procedure's), and their notes. Milliseconds.
 */
function bareRead(page: Page, procedure: string | null): Promise<number> {
  return page.evaluate(
    async ({ procedure, count }) => {
      const started = performance.now();
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('skinmark');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction(['articles', 'notes']);
      const asPromise = <T>(request: IDBRequest<T>) =>
        new Promise<T>((done, fail) => {
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
      let articles: { key: string; savedAt: number }[];
      if (procedure) {
        articles = (await asPromise(tx.objectStore('articles').index('procedure').getAll(procedure)))
          .sort((a, b) => b.savedAt - a.savedAt)
          .slice(0, count);
      } else {
        articles = [];
        await new Promise<void>((done, fail) => {
          const cursor = tx.objectStore('articles').index('savedAt').openCursor(null, 'prev');
          cursor.onsuccess = () => {
            if (cursor.result && articles.length < count) {
              articles.push(cursor.result.value);
              cursor.result.continue();
            } else done();
          };
          cursor.onerror = () => fail(cursor.error);
        });
      }
      await Promise.all(articles.map((a) => asPromise(tx.objectStore('notes').index('articleKey').getAll(a.key))));
      const elapsed = performance.now() - started;
      db.close();
      return elapsed;
    },
    { procedure, count: FIRST_SCREEN },
  );
}

/** When the reading list was last drawn, in the page's own clock, and for which filter. */
async function listShown(page: Page, procedure: string): Promise<number> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const marks = performance.getEntriesByName('skinmark:list-shown') as PerformanceMark[];
      const last = marks.at(-1);
      return last && (last.detail as { procedure: string }).procedure === wanted ? last.startTime : undefined;
    },
    procedure,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const profile = await mkdtemp(join(tmpdir(), 'skinmark-bench-db-'));
const session = await launchChromium(profile);
// tsx names the functions it compiles with a helper the page lacks; the functions below run in the page.
await session.context.addInitScript('globalThis.__name = (fn) => fn');
try {
  const procedures = PROCEDURES.slice(0, 20).map((p) => p.id);
  const setup = await session.extensionPage('options.html');
  const filled = Date.now();
  await populate(setup, procedures);
  console.log(`Chromium, a library of ${ARTICLES} articles and ${NOTES} notes (filled in ${((Date.now() - filled) / 1000).toFixed(1)} s); ${RUNS} runs, medians`);
  await setup.close();

  const firstScreen: number[] = [];
  const firstScreenBare: number[] = [];
  const filter: number[] = [];
  const filterBare: number[] = [];
  const filtered = procedures[3]!;
  for (let run = 0; run < RUNS; run++) {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // From the start of navigation to the reading list on screen.
    firstScreen.push(await listShown(popup, ''));
    firstScreenBare.push(await bareRead(popup, null));

    const before = await popup.evaluate(() => performance.now());
    await popup.locator('[data-testid="procedure-filter"]').selectOption(filtered);
    filter.push((await listShown(popup, filtered)) - before);
    filterBare.push(await bareRead(popup, filtered));
    await popup.close();
  }
  const line = (name: string, ui: number[], bare: number[]) =>
    console.log(
      `${name}: median ${median(ui).toFixed(1)} ms; bare idb read of the same records ${median(bare).toFixed(1)} ms; ` +
        `ratio ${median(ui.map((u, i) => u / bare[i]!)).toFixed(2)}`,
    );
  line("popup's first screen (newest 50, from opening the popup)", firstScreen, firstScreenBare);
  line(`filter by a procedure (${filtered}, ~${Math.round((ARTICLES * 2) / procedures.length)} articles)`, filter, filterBare);
} finally {
  await session.close();
  await rm(profile, { recursive: true, force: true });
}
