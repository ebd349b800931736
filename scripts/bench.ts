// `npm run bench -- [folder] [pages per group]`: in real Chromium with the built extension, on the
// largest pages of a folder, prints the content script's main-thread time per page and two ratios
// measured in the same run on the same page: against the floor (one bare TreeWalker pass over the
// page's text nodes with one regular expression) and against mark.js highlighting the same terms.
import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { WORD } from '../lib/lexicon/fold';
import { INGREDIENTS, PROCEDURES } from '../lib/lexicon/index';
import { launchChromium } from '../tests/e2e/support/chromium';
import { serveFolder } from '../tests/e2e/support/server';
import { readLabels, type Label } from './corpus';

const folder = resolve(process.argv[2] ?? '../shared/corpus');
const perGroup = Number(process.argv[3] ?? 8);
/** Each page is loaded this many times; per page the median of each figure is kept (the machine is noisy). */
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const MARK_JS = resolve('node_modules/mark.js/dist/mark.min.js');

interface Timings {
  firstLook: number;
  detect: number;
  highlight: number;
  done: boolean;
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

/**
 * Skinmark's timings, read from the extension's isolated world in the page (where the content
 * script keeps them, unseen by the page), and the floor measured in that same world: one bare
 * TreeWalker pass with one regular expression, as the cheapest possible content script would run.
 */
async function measureInIsolatedWorld(page: Page): Promise<{ timings: Timings; floor: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const evaluate = async (contextId: number, expression: string) =>
    (await cdp.send('Runtime.evaluate', { contextId, expression, returnByValue: true })).result.value;
  try {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      for (const context of contexts.filter((c) => c.auxData?.type === 'isolated')) {
        const timings = JSON.parse(
          String((await evaluate(context.id, 'JSON.stringify(globalThis[Symbol.for("skinmark.timings")] ?? null)')) ?? 'null'),
        ) as Timings | null;
        if (!timings?.done) continue;
        // Page-side code goes in as text: tsx would otherwise wrap its functions in helpers the page lacks.
        // One pass, run once like the content script: what any look at the page's text must cost.
        const floor = (await evaluate(
          context.id,
          `(() => {
            const regex = new RegExp(${JSON.stringify(floorPattern.source)}, ${JSON.stringify(floorPattern.flags)});
            const started = performance.now();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
            let found = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (skip.has(node.parentNode.nodeName)) continue;
              regex.lastIndex = 0;
              while (regex.exec(node.data)) found++;
            }
            return performance.now() - started;
          })()`,
        )) as number;
        return { timings, floor };
      }
      await page.waitForTimeout(100);
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
// The floor: one pass of one expression (the word splitter Skinmark's matcher itself uses).
const floorPattern = WORD;
// mark.js highlighting the same names: as its documentation shows (the list of names), and at its
// best (every name in one expression).
const names = [...PROCEDURES, ...INGREDIENTS].flatMap((e) => [...e.terms, ...(e.abbreviations ?? []), ...(e.weakTerms ?? [])]);
const markPattern = new RegExp(
  `\\b(?:${names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'gi',
);
const server = await serveFolder(folder);
const profile = await mkdtemp(join(tmpdir(), 'skinmark-bench-'));
const session = await launchChromium(profile);
const rows: { file: string; skin: boolean | null; size: number; content: number; floor: number; mark: number; markOnePass: number }[] = [];

/** One fresh load of a page: Skinmark's time, then the floor, then mark.js, on that same page. */
async function measure(file: string): Promise<{ content: number; floor: number; mark: number; markOnePass: number }> {
  const page = await session.context.newPage();
  try {
    await page.goto(server.url(file.split('/').map(encodeURIComponent).join('/')), { waitUntil: 'load', timeout: 60_000 });
    const measured = await measureInIsolatedWorld(page);
    if (!measured) throw new Error('the content script did not finish');
    const { timings, floor } = measured;
    const content = timings.firstLook + timings.detect + timings.highlight;
    if (process.env.BENCH_STEPS) {
      console.log(`  steps: first look ${timings.firstLook.toFixed(2)}, detect ${timings.detect.toFixed(2)}, highlight ${timings.highlight.toFixed(2)}`);
    }
    await page.addScriptTag({ path: MARK_JS });
    // mark.js as its documentation shows it: the list of names, one pass over the page per name.
    const mark = (await page.evaluate(`new Promise((done) => {
      const started = performance.now();
      new Mark(document.body).mark(${JSON.stringify(names)}, {
        separateWordSearch: false,
        accuracy: 'exactly',
        done: () => done(performance.now() - started),
      });
    })`)) as number;
    // mark.js at its best: every name in one expression, one pass (on a fresh copy of the page).
    await page.reload({ waitUntil: 'load' });
    await page.addScriptTag({ path: MARK_JS });
    const markOnePass = (await page.evaluate(`new Promise((done) => {
      const started = performance.now();
      new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(markPattern.source)}, ${JSON.stringify(markPattern.flags)}), {
        done: () => done(performance.now() - started),
      });
    })`)) as number;
    return { content, floor, mark, markOnePass };
  } finally {
    await page.close();
  }
}

console.log(`Chromium, ${pages.length} largest pages of ${folder}, each loaded ${LOADS} times (medians); times in ms of main-thread work on the same page`);
console.log('page | KB | skin | Skinmark | floor | mark.js | mark.js one regex | Skinmark/floor | Skinmark/mark.js | Skinmark/mark.js one regex');
try {
  for (const { file, skin } of pages) {
    const loads: { content: number; floor: number; mark: number; markOnePass: number }[] = [];
    try {
      for (let load = 0; load < LOADS; load++) loads.push(await measure(file));
      const row = {
        file,
        skin,
        size: statSync(join(folder, file)).size,
        content: median(loads.map((l) => l.content)),
        floor: median(loads.map((l) => l.floor)),
        mark: median(loads.map((l) => l.mark)),
        markOnePass: median(loads.map((l) => l.markOnePass)),
      };
      rows.push(row);
      console.log(
        `${file} | ${(row.size / 1024).toFixed(0)} | ${skin ?? '?'} | ${row.content.toFixed(2)} | ${row.floor.toFixed(2)} | ${row.mark.toFixed(1)} | ${row.markOnePass.toFixed(1)} | ${(row.content / row.floor).toFixed(3)} | ${(row.content / row.mark).toFixed(4)} | ${(row.content / row.markOnePass).toFixed(3)}`,
      );
    } catch (error) {
      console.log(`${file} | skipped: ${(error as Error).message.split('\n')[0]}`);
    }
  }
} finally {
  await session.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

for (const [name, group] of [
  ['pages not about skin', rows.filter((r) => r.skin === false)],
  ['skincare pages', rows.filter((r) => r.skin === true)],
  ['all pages', rows],
] as const) {
  if (!group.length) continue;
  console.log(
    `${name} (${group.length}): median Skinmark ${median(group.map((r) => r.content)).toFixed(2)} ms, ` +
      `median Skinmark/floor ${median(group.map((r) => r.content / r.floor)).toFixed(3)}, ` +
      `median Skinmark/mark.js ${median(group.map((r) => r.content / r.mark)).toFixed(4)}, ` +
      `median Skinmark/mark.js with one regex ${median(group.map((r) => r.content / r.markOnePass)).toFixed(3)}`,
  );
}
