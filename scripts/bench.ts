// `npm run bench -- [folder] [pages per group]`: in real Chromium with the built extension, on the
// largest pages of a folder, prints Skinmark's main-thread time per page and its ratios, measured in
// the same run on the same page, to the floor (one bare TreeWalker pass with one regular expression
// over the page's text nodes) and to mark.js highlighting the same terms in one expression.
//
// What is counted, all of it on the page's main thread:
// - Skinmark: every evaluation (compile and run) of its scripts and every callback into them, read
//   from the browser's own trace (EvaluateScript and FunctionCall events carry the script's URL),
//   plus the work it does after an await, which the trace cannot attribute and the scripts time
//   themselves (lib/timings.ts). The in-page control is shown apart: it is a UI, not highlighting.
// - The floor: the bare pass as the content script of an extension of its own, so it pays every
//   cost a content script pays, read from the same kind of trace.
// - mark.js: its own call, timed in the page (nothing else of it is counted, in its favour).
//
// Skinmark and the floor each run in a browser of their own, loading the page in turn. On one
// page load, the first extension's script to touch a kind of DOM object pays for setting up its
// bindings for every extension's world, and the second runs cheaper: measured here, with both on
// one load, whichever ran second (always the same one) looked up to a millisecond faster.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { WORD, escapeRegExp } from '../lib/lexicon/fold';
import { INGREDIENTS, PROCEDURES } from '../lib/lexicon/index';
import type { ContentTimings } from '../lib/page/timings';
import { launchChromium } from '../tests/e2e/support/chromium';
import { serveFolder } from '../tests/e2e/support/server';
import { readLabels, type Label } from './corpus';

const folder = resolve(process.argv[2] ?? '../shared/corpus');
const perGroup = Number(process.argv[3] ?? 8);
/** Each page is loaded this many times; per page the median of each figure is kept (the machine is noisy). */
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const MARK_JS = resolve('node_modules/mark.js/dist/mark.min.js');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(folder, join(dir, f)));
}

/** The largest pages of each kind: not about skin, and skincare (by labels.jsonl when present). */
function choosePages(): { file: string; skin: boolean | null }[] {
  let labels: Label[] = [];
  try {
    labels = readLabels(folder);
  } catch {
    // No labels: just the largest pages.
  }
  const bySize = (files: string[]) => files.sort((a, b) => statSync(join(folder, b)).size - statSync(join(folder, a)).size);
  if (!labels.length) return bySize(htmlFiles(folder)).slice(0, perGroup * 2).map((file) => ({ file, skin: null }));
  const html = labels.filter((l) => l.file.endsWith('.html'));
  const pick = (skin: boolean) => bySize(html.filter((l) => l.skincare === skin).map((l) => l.file)).slice(0, perGroup);
  return [...pick(false).map((file) => ({ file, skin: false })), ...pick(true).map((file) => ({ file, skin: true }))];
}

/** The floor as an extension of its own: one content script, one TreeWalker pass, one expression. */
async function writeFloorExtension(dir: string): Promise<void> {
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Skinmark bench floor',
      version: '1.0',
      // An empty worker, only so the browser session starts the way Skinmark's does.
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['http://*/*'], js: ['floor.js'], run_at: 'document_idle' }],
    }),
  );
  await writeFile(join(dir, 'worker.js'), '');
  // The expression is Skinmark's own word splitter: any one-pass matcher must at least find the words.
  await writeFile(
    join(dir, 'floor.js'),
    `(() => {
      const regex = new RegExp(${JSON.stringify(WORD.source)}, ${JSON.stringify(WORD.flags)});
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
      let found = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (skip.has(node.parentNode.nodeName)) continue;
        regex.lastIndex = 0;
        while (regex.exec(node.data)) found++;
      }
      globalThis.benchFloorWords = found;
    })();`,
  );
}

/** Records the page's trace while `load` runs. */
async function traced(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline'] } });
  try {
    await load();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/**
 * Milliseconds of script evaluation and callbacks per script URL matching `pattern`, on the page's
 * main thread only (the trace also holds the extension's service worker, whose work the page does
 * not wait for). An event nested in another counted one is not added twice.
 */
function scriptTime(events: readonly TraceEvent[], pattern: RegExp, mainThread: { pid: number; tid: number }): number {
  const counted = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === mainThread.pid &&
        e.tid === mainThread.tid &&
        (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
        pattern.test(e.args?.data?.url ?? ''),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let coveredUntil = -1;
  for (const event of counted) {
    const end = event.ts + (event.dur ?? 0);
    if (coveredUntil >= end) continue;
    total += event.dur ?? 0;
    coveredUntil = end;
  }
  return total / 1000;
}

/** The page's main thread: where the browser evaluated the every-page content script. */
function pageMainThread(events: readonly TraceEvent[], everyPageScript: RegExp): { pid: number; tid: number } {
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && everyPageScript.test(e.args?.data?.url ?? ''));
  if (!evaluation) throw new Error(`the trace shows no evaluation of ${everyPageScript.source}`);
  return { pid: evaluation.pid, tid: evaluation.tid };
}

/** Loads a page in a fresh tab with its trace recorded; `then` runs on the loaded page before it closes. */
async function tracedLoad<T>(
  context: BrowserContext,
  file: string,
  then: (page: Page) => Promise<T>,
): Promise<{ events: TraceEvent[]; result: T }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    let result: T | undefined;
    const events = await traced(cdp, async () => {
      await page.goto(server.url(file.split('/').map(encodeURIComponent).join('/')), { waitUntil: 'load', timeout: 60_000 });
      result = await then(page);
    });
    return { events, result: result as T };
  } finally {
    await page.close();
  }
}

/** Skinmark's own timings, from the extension's isolated world, once its scripts are done with the page. */
async function skinmarkTimings(page: Page): Promise<ContentTimings | null> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  try {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      for (const context of contexts.filter((c) => c.auxData?.type === 'isolated')) {
        const { result } = await cdp.send('Runtime.evaluate', {
          contextId: context.id,
          expression: 'JSON.stringify(globalThis[Symbol.for("skinmark.timings")] ?? null)',
          returnByValue: true,
        });
        const timings = JSON.parse(String(result.value ?? 'null')) as ContentTimings | null;
        if (timings?.done) return timings;
      }
      await page.waitForTimeout(50);
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const pages = choosePages();
// mark.js highlighting the same names at its best: every name in one expression, one pass. (Its
// documented call, a list of names, makes one pass per name: with two thousand names it took
// twenty seconds on a large page, and its per-name expressions overflow on some names.) Names in
// Japanese script are left out: \b does not bound them.
const names = [...PROCEDURES, ...INGREDIENTS]
  .flatMap((e) => [...e.terms, ...(e.abbreviations ?? []), ...(e.weakTerms ?? [])])
  .filter((name) => !/[\u3040-\u30ff\u3400-\u9fff]/.test(name));
const markPattern = new RegExp(
  `\\b(?:${names.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`,
  'gi',
);
const server = await serveFolder(folder);
const profile = await mkdtemp(join(tmpdir(), 'skinmark-bench-'));
const floorProfile = await mkdtemp(join(tmpdir(), 'skinmark-bench-floor-profile-'));
const floorExtension = await mkdtemp(join(tmpdir(), 'skinmark-bench-floor-'));
await writeFloorExtension(floorExtension);
const skinmark = await launchChromium(profile);
const floorSession = await launchChromium(floorProfile, { build: floorExtension });
const skinmarkScripts = new RegExp(`^chrome-extension://${skinmark.extensionId}/`);
const floorScript = /\/floor\.js$/;

interface Measured {
  content: number;
  control: number;
  floor: number;
  markOnePass: number;
}

/** Fresh loads of a page: with Skinmark, with the floor, then mark.js on fresh copies of it. */
async function measure(file: string): Promise<Measured> {
  const ours = await tracedLoad(skinmark.context, file, async (page) => {
    const timings = await skinmarkTimings(page);
    // The in-page control is injected after the report; give it a moment to draw.
    await page.waitForTimeout(300);
    return timings;
  });
  if (!ours.result) throw new Error('the content script did not finish');
  const { setup, firstLook, detect, highlight } = ours.result;
  const mainThread = pageMainThread(ours.events, new RegExp(`${skinmarkScripts.source}first-look\\.js$`));
  // The in-page control (page-ui.js) is a UI, shown apart; everything else is detection and highlighting.
  const evaluated = scriptTime(ours.events, new RegExp(`${skinmarkScripts.source}(?!page-ui\\.js)`), mainThread);
  const content = evaluated + setup + firstLook + detect + highlight;
  const control = scriptTime(ours.events, new RegExp(`${skinmarkScripts.source}page-ui\\.js$`), mainThread);
  if (process.env.BENCH_STEPS) {
    console.log(
      `  steps: scripts ${evaluated.toFixed(2)}, after awaits: setup ${setup.toFixed(2)}, first look ${firstLook.toFixed(2)}, ` +
        `detect ${detect.toFixed(2)}, highlight ${highlight.toFixed(2)}; control ${control.toFixed(2)}`,
    );
  }

  const bare = await tracedLoad(floorSession.context, file, async (page) => {
    await page.waitForFunction('document.readyState === "complete"');
    await page.waitForTimeout(100);
  });
  const floor = scriptTime(bare.events, floorScript, pageMainThread(bare.events, floorScript));

  // mark.js at its best: every name in one expression, one pass (on a fresh copy of the page).
  const { result: markOnePass } = await tracedLoad(floorSession.context, file, async (page) => {
    await page.addScriptTag({ path: MARK_JS });
    return (await page.evaluate(`new Promise((done) => {
      const started = performance.now();
      new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(markPattern.source)}, ${JSON.stringify(markPattern.flags)}), {
        done: () => done(performance.now() - started),
      });
    })`)) as number;
  });
  return { content, control, floor, markOnePass };
}

/**
 * Runs in the page: `count` passages of the article's paragraphs, quoted as a reader would (a
 * phrase of a sentence with 32 characters around it), a fifth of them with a letter changed since,
 * so that they are found approximately.
 */
function quotesOf(count: number): { exact: string; prefix: string; suffix: string }[] {
  const root = document.querySelector('article, main, [role="main"]') ?? document.body;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('p, li') && node.data.trim().length > 120) texts.push(node.data);
  }
  const quotes: { exact: string; prefix: string; suffix: string }[] = [];
  for (let i = 0; i < count && texts.length; i++) {
    const text = texts[i % texts.length]!;
    const start = Math.max(0, text.indexOf(' ', Math.floor(((i * 37) % 60) + 10)) + 1);
    const end = Math.min(text.length, start + 40 + ((i * 13) % 50));
    let exact = text.slice(start, end);
    if (i % 5 === 4) exact = `${exact.slice(0, 10)}${exact[10] === 'e' ? 'a' : 'e'}${exact.slice(11)}`;
    quotes.push({ exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) });
  }
  return quotes;
}

/**
 * 100 quoted notes on a saved article, found again on a fresh load: Skinmark's anchoring time, its
 * longest single run (a task the page waits for), and the ratio to the floor of the same page.
 */
async function measureAnchoring(file: string): Promise<void> {
  const url = server.url(file.split('/').map(encodeURIComponent).join('/'));
  const setup = await skinmark.context.newPage();
  await setup.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const quotes = await setup.evaluate(quotesOf, 100);
  await setup.close();
  await skinmark.request(
    { type: 'article/save', article: { url, title: file, siteName: 'bench', excerpt: '', readingMinutes: 1, procedures: [] } },
    ...quotes.map((q, i) => ({ type: 'note/add', url, text: `Note ${i + 1}`, selectors: [{ type: 'TextQuoteSelector', ...q }] })),
  );
  const runs: { anchor: number; longest: number; anchored: number; passages: number }[] = [];
  const floors: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    const { result } = await tracedLoad(skinmark.context, file, async (page) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const timings = await skinmarkTimings(page);
        if ((timings && timings.passages > 0) || Date.now() > deadline) return timings;
        await page.waitForTimeout(200);
      }
    });
    if (!result?.passages) throw new Error('no passages were looked for');
    runs.push({ anchor: result.anchor, longest: result.anchorLongest, anchored: result.anchored, passages: result.passages });
    const bare = await tracedLoad(floorSession.context, file, async (page) => {
      await page.waitForFunction('document.readyState === "complete"');
      await page.waitForTimeout(100);
    });
    floors.push(scriptTime(bare.events, floorScript, pageMainThread(bare.events, floorScript)));
  }
  const anchor = median(runs.map((r) => r.anchor));
  const floor = median(floors);
  console.log(
    `anchoring, ${file}: ${runs[0]!.passages} quoted notes (a fifth of them edited), ${median(runs.map((r) => r.anchored))} found; ` +
      `anchoring ${anchor.toFixed(2)} ms, longest run ${Math.max(...runs.map((r) => r.longest)).toFixed(2)} ms (a task over 50 ms: ${runs.some((r) => r.longest > 50) ? 'yes' : 'none'}); ` +
      `floor ${floor.toFixed(2)} ms; anchoring/floor ${(anchor / floor).toFixed(3)}`,
  );
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

/**
 * Saving the article from the popup, with its readable copy: the main-thread time the save costs
 * the page (Skinmark's collector reading the article and serialising its main block for the copy,
 * which is extracted elsewhere), against the floor of the same page.
 */
async function measureSave(file: string, floor: number): Promise<void> {
  const url = server.url(file.split('/').map(encodeURIComponent).join('/'));
  const costs: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    await skinmark.reset();
    const page = await skinmark.context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await skinmarkTimings(page);
    // The page that asks is opened and settled first: on two cores, a page starting up at the same
    // moment slows the article's thread too.
    const popup = await skinmark.extensionPage('options.html');
    await popup.waitForTimeout(1_000);
    const cdp = await skinmark.context.newCDPSession(page);
    const events = await traced(cdp, async () => {
      try {
        await popup.evaluate(async (address) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
          const saved = await chrome.runtime.sendMessage({ type: 'tab/save', tabId: tab!.id });
          if (!saved.ok) throw new Error(saved.error);
          // The copy is made after the save answers: wait for it, so its part in the page is traced.
          for (let tries = 0; tries < 100; tries++) {
            const copies = (await chrome.runtime.sendMessage({ type: 'library/copies' })) as { value: { count: number } };
            if (copies.value.count) return;
            await new Promise((done) => setTimeout(done, 50));
          }
          throw new Error('no readable copy was kept');
        }, url);
      } finally {
        await popup.close();
      }
    });
    // The trace begins after the page loaded: its main thread is where the collector ran.
    // (With copies on, the collector is collect-article-copy.js: it also serialises the article.)
    const collector = new RegExp(`${skinmarkScripts.source}collect-article(-copy)?\\.js$`);
    costs.push(scriptTime(events, collector, pageMainThread(events, collector)));
    await page.close();
  }
  const cost = median(costs);
  console.log(`saving ${file} with its readable copy: ${cost.toFixed(2)} ms of the page's main thread; floor ${floor.toFixed(2)} ms; save/floor ${(cost / floor).toFixed(3)} (target ≤ 1)`);
}

console.log(
  `Chromium, ${pages.length} largest pages of ${folder}, each loaded ${LOADS} times (medians); ms of main-thread work; Skinmark and the floor each in a browser of its own, loading the page in turn`,
);
console.log('page | KB | skin | Skinmark | control | floor | mark.js one regex | Skinmark/floor | Skinmark/mark.js one regex');
const rows: ({ file: string; skin: boolean | null } & Measured)[] = [];
// BENCH_ONLY=anchoring: just the quoted notes' part; BENCH_ONLY=save: the largest skincare page and its save.
const measuredPages =
  process.env.BENCH_ONLY === 'anchoring' ? [] : process.env.BENCH_ONLY === 'save' ? pages.filter((p) => p.skin === true).slice(0, 1) : pages;
try {
  for (const { file, skin } of measuredPages) {
    const loads: Measured[] = [];
    try {
      for (let load = 0; load < LOADS; load++) loads.push(await measure(file));
      const of = (key: keyof Measured) => median(loads.map((l) => l[key]));
      const row = { file, skin, content: of('content'), control: of('control'), floor: of('floor'), markOnePass: of('markOnePass') };
      rows.push(row);
      const kb = statSync(join(folder, file)).size / 1024;
      console.log(
        `${file} | ${kb.toFixed(0)} | ${skin ?? '?'} | ${row.content.toFixed(2)} | ${row.control.toFixed(2)} | ${row.floor.toFixed(2)} | ` +
          `${row.markOnePass.toFixed(1)} | ${(row.content / row.floor).toFixed(3)} | ${(row.content / row.markOnePass).toFixed(3)}`,
      );
    } catch (error) {
      console.log(`${file} | skipped: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const largestSkincare = pages.find((p) => p.skin === true);
  if (largestSkincare) {
    if (process.env.BENCH_ONLY !== 'save') await measureAnchoring(largestSkincare.file);
    const measured = rows.find((r) => r.file === largestSkincare.file);
    if (measured) await measureSave(largestSkincare.file, measured.floor);
  }
} finally {
  await skinmark.close();
  await floorSession.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
  await rm(floorProfile, { recursive: true, force: true });
  await rm(floorExtension, { recursive: true, force: true });
}

for (const [name, group] of [
  ['pages not about skin', rows.filter((r) => r.skin === false)],
  ['skincare pages', rows.filter((r) => r.skin === true)],
  ['all pages', rows],
] as const) {
  if (!group.length) continue;
  const ratio = (of: (r: (typeof group)[number]) => number) => median(group.map(of));
  console.log(
    `${name} (${group.length}): median Skinmark ${ratio((r) => r.content).toFixed(2)} ms ` +
      `(+ in-page control ${ratio((r) => r.control).toFixed(2)} ms), ` +
      `Skinmark/floor ${ratio((r) => r.content / r.floor).toFixed(3)}, ` +
      `Skinmark/mark.js one regex ${ratio((r) => r.content / r.markOnePass).toFixed(3)}, ` +
      `(Skinmark + control)/mark.js one regex ${ratio((r) => (r.content + r.control) / r.markOnePass).toFixed(3)}, ` +
      `(Skinmark + control)/floor ${ratio((r) => (r.content + r.control) / r.floor).toFixed(3)}`,
  );
}

// The targets of issue 10, against this run's medians: the whole cost (scan, highlights and
// control) of a skincare article, and the cost of a page not about skin.
const skincare = rows.filter((r) => r.skin === true);
const elsewhere = rows.filter((r) => r.skin === false);
const target = (label: string, value: number, limit: number) =>
  `${label} ${value.toFixed(2)} (target ≤ ${limit}: ${value <= limit ? 'met' : `not met, ${(value / limit).toFixed(2)} × the target`})`;
const whole = (r: (typeof rows)[number]) => r.content + r.control;
if (skincare.length) {
  console.log(
    `targets, skincare pages (${skincare.length}): ${target('whole/mark.js', median(skincare.map((r) => whole(r) / r.markOnePass)), 1)}; ` +
      target('whole/floor', median(skincare.map((r) => whole(r) / r.floor)), 5),
  );
}
if (elsewhere.length) {
  console.log(`targets, pages not about skin (${elsewhere.length}): ${target('whole/floor', median(elsewhere.map((r) => whole(r) / r.floor)), 1)}`);
}
