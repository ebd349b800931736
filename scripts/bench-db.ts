// `npm run bench:db`: the library at scale, in real Chromium with the built extension, as ratios
// measured in one run (these machines are noisy; absolute times are printed beside them):
// - the popup's first screen with 10,000 articles, 50,000 notes and a 20 KB readable copy each,
//   against the first screen of an empty library;
// - a search keystroke (the query typed to its results drawn in the popup), against one full read
//   of the library's records from IndexedDB, and against the same query on a 100-article library;
// - a procedure filter, against a bare idb read of the same records.
// The library is filled straight into the extension's database, as the background would leave it
// (the search index is then built from the records on the first search, as after an upgrade).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROCEDURES } from '../lib/lexicon/index';
import { launchChromium } from '../tests/e2e/support/chromium';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 50_000);
const SMALL = 100;
const COPY_KB = Number(process.env.BENCH_COPY_KB ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The popup's first screen: the newest 50, and one more to know there is more. */
const FIRST_SCREEN = 51;
/** What the reader types, each the last keystroke of a query: words, a prefix, a typo, a note's words, a copy's word. */
const QUERIES = ['softer scars', 'microneed', 'sesion', 'pink two days', 'collagenous'];

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Adds articles `from` to `to` (and their share of the notes, and a copy each) to the extension's
 * own database, in the extension's origin. Copies are built from a vocabulary with the distinct
 * words a real article of that size has, so their word index is as large as a reader's would be.
 */
async function populate(page: Page, { from, to, notesPerArticle, procedures, copyKb }: { from: number; to: number; notesPerArticle: number; procedures: string[]; copyKb: number }): Promise<void> {
  await page.evaluate(
    async ({ from, to, notesPerArticle, procedures, copyKb }) => {
      const opened = await chrome.runtime.sendMessage({ type: 'library/counts' });
      if (!opened.ok) throw new Error(opened.error);
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('skinmark');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const words = 'microneedling left my skin pink for two days and the scars look softer after the third session'.split(' ');
      const sentence = (seed: number, length: number) => Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
      // A vocabulary of 20,000 made-up words; each copy draws from it with a long tail, as prose does.
      const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'xe', 'zu', 'col', 'gen', 'der', 'ma', 'pel', 'ous'];
      const vocabulary = Array.from({ length: 20_000 }, (_, i) => {
        let word = '';
        for (let n = i + 1; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
        return word;
      });
      let seed = 1;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const batch = 500;
      for (let start = from; start < to; start += batch) {
        const tx = db.transaction(['articles', 'notes', 'copies'], 'readwrite');
        for (let i = start; i < Math.min(to, start + batch); i++) {
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
            tags: i % 10 ? [] : ['to try'],
            savedAt: 1_600_000_000_000 + i * 60_000,
            updatedAt: 1_600_000_000_000 + i * 60_000,
          });
          for (let n = 0; n < notesPerArticle; n++) {
            tx.objectStore('notes').put({
              id: `note-${i}-${n}`,
              articleKey: key,
              text: sentence(i * 5 + n, 40),
              createdAt: 1_600_000_000_000 + i * 60_000 + n,
              updatedAt: 1_600_000_000_000 + i * 60_000 + n,
            });
          }
          const text: string[] = [];
          let length = 0;
          while (length < copyKb * 1024 * 0.8) {
            const word = vocabulary[Math.floor(vocabulary.length * random() ** 3)]!;
            text.push(word);
            length += word.length + 1;
          }
          const html = `<p>${text.join(' ')}</p>`;
          const distinct = [...new Set(text)];
          tx.objectStore('copies').put({ key, html, words: distinct, title: key, length, size: html.length * 2 + distinct.join('').length * 2, savedAt: 1 });
        }
        await new Promise((done, fail) => {
          tx.oncomplete = done;
          tx.onerror = () => fail(tx.error);
        });
      }
      db.close();
    },
    { from, to, notesPerArticle, procedures, copyKb },
  );
}

/** Every record of the library read from IndexedDB in the page: articles, notes and copies. Milliseconds. */
function fullRead(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('skinmark');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const tx = db.transaction(['articles', 'notes', 'copies']);
    await Promise.all(
      ['articles', 'notes', 'copies'].map(
        (store) =>
          new Promise((done, fail) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => done(request.result.length);
            request.onerror = () => fail(request.error);
          }),
      ),
    );
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  });
}

/** The same records the popup shows for a procedure, read with bare IndexedDB in the page. Milliseconds. */
function bareRead(page: Page, procedure: string): Promise<number> {
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
      const articles = (await asPromise(tx.objectStore('articles').index('procedure').getAll(procedure)))
        .sort((a, b) => b.savedAt - a.savedAt)
        .slice(0, count);
      await Promise.all(articles.map((a) => asPromise(tx.objectStore('notes').index('articleKey').getAll(a.key))));
      const elapsed = performance.now() - started;
      db.close();
      return elapsed;
    },
    { procedure, count: FIRST_SCREEN },
  );
}

/** When the list was last drawn for `query` ('' for the plain list), in the page's own clock. */
async function listShown(page: Page, query: string, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ({ wanted, after }) => {
      const marks = performance.getEntriesByName('skinmark:list-shown') as PerformanceMark[];
      const last = marks.at(-1);
      return last && last.startTime > after && (last.detail as { query: string }).query === wanted ? last.startTime : undefined;
    },
    { wanted: query, after },
    { timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Types `query` into the popup's box as one keystroke would end it; milliseconds to its results drawn. */
async function keystroke(popup: Page, query: string): Promise<number> {
  const started = await popup.evaluate((text) => {
    const box = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
    const at = performance.now();
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return at;
  }, query);
  return (await listShown(popup, query, started)) - started;
}

async function openPopup(): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return popup;
}

/** The first screen's time from navigation, `RUNS` popups opened in turn. */
async function firstScreens(): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const popup = await openPopup();
    times.push(await listShown(popup, ''));
    await popup.close();
  }
  return times;
}

/** Each query typed `RUNS` times (after one search that loads the index); its median per query. */
async function searchTimes(): Promise<Map<string, number>> {
  const popup = await openPopup();
  await listShown(popup, '');
  await keystroke(popup, 'warm');
  const times = new Map<string, number>();
  for (const query of QUERIES) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await keystroke(popup, query));
      await keystroke(popup, '');
    }
    times.set(query, median(runs));
  }
  await popup.close();
  return times;
}

const profile = await mkdtemp(join(tmpdir(), 'skinmark-bench-db-'));
const session = await launchChromium(profile);
// tsx names the functions it compiles with a helper the page lacks; the functions below run in the page.
await session.context.addInitScript('globalThis.__name = (fn) => fn');
try {
  const procedures = PROCEDURES.slice(0, 20).map((p) => p.id);
  const notesPerArticle = Math.round(NOTES / ARTICLES);
  const setup = await session.extensionPage('options.html');

  const empty = await firstScreens();
  await populate(setup, { from: 0, to: SMALL, notesPerArticle, procedures, copyKb: COPY_KB });
  const small = await searchTimes();
  const filled = Date.now();
  await populate(setup, { from: SMALL, to: ARTICLES, notesPerArticle, procedures, copyKb: COPY_KB });
  console.log(
    `Chromium, a library of ${ARTICLES} articles, ${notesPerArticle * ARTICLES} notes and a ${COPY_KB} KB readable copy each ` +
      `(filled in ${((Date.now() - filled) / 1000).toFixed(1)} s); ${RUNS} runs, medians`,
  );
  const full = await firstScreens();
  const reads: number[] = [];
  for (let run = 0; run < 3; run++) reads.push(await fullRead(setup));
  const large = await searchTimes();

  const filter: number[] = [];
  const filterBare: number[] = [];
  const filtered = procedures[3]!;
  for (let run = 0; run < RUNS; run++) {
    const popup = await openPopup();
    await listShown(popup, '');
    const before = await popup.evaluate(() => performance.now());
    await popup.locator('[data-testid="procedure-filter"]').selectOption(filtered);
    filter.push((await listShown(popup, '', before)) - before);
    filterBare.push(await bareRead(popup, filtered));
    await popup.close();
  }

  console.log(
    `popup's first screen: ${median(full).toFixed(1)} ms with ${ARTICLES} articles, ${median(empty).toFixed(1)} ms empty; ` +
      `ratio ${(median(full) / median(empty)).toFixed(2)} (target ≤ 1.25)`,
  );
  const read = median(reads);
  console.log(`one full read of the library's records (articles, notes, copies): ${read.toFixed(0)} ms`);
  for (const query of QUERIES) {
    const at = large.get(query)!;
    const base = small.get(query)!;
    console.log(
      `search "${query}": ${at.toFixed(1)} ms at ${ARTICLES} articles, ${base.toFixed(1)} ms at ${SMALL}; ` +
        `÷ full read ${(at / read).toFixed(3)} (target ≤ 0.05), ÷ ${SMALL}-article library ${(at / base).toFixed(2)} (target ≤ 2)`,
    );
  }
  console.log(
    `filter by a procedure (${filtered}): ${median(filter).toFixed(1)} ms; bare idb read of the same records ${median(filterBare).toFixed(1)} ms; ` +
      `ratio ${median(filter.map((u, i) => u / filterBare[i]!)).toFixed(2)}`,
  );
} finally {
  await session.close();
  await rm(profile, { recursive: true, force: true });
}
