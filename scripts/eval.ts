// `npm run eval -- <folder>`: runs the real detector over a folder of labelled pages and prints
// article and skincare precision/recall, highlights on pages that are not about skin, and procedure
// mention recall/precision against mentions.jsonl, for the whole folder, for each half of the split
// in ./corpus-split.ts, and for each source folder. Details (mismatches, misses and extras by page)
// are printed for the tune half only, unless --show-held-out is given.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isArticlePage, readPage } from '../lib/page/detector';
import { LET_GO_AT_FIRST_LOOK, detectOnFreshPage } from '../lib/page/fresh-page';
import { findMainContent } from '../lib/page/dom/main-content';
import { lexiconMatcher } from '../lib/lexicon/index';
import { loadPage, readLabels } from './corpus';
import { halfOf, type Half } from './corpus-split';
import { readMentionLabels, readSharedTestimonial, scoreMainText, scoreMentions, type MentionScore } from './eval-mentions';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
const showHeldOut = args.includes('--show-held-out');
if (!folder) {
  console.error('usage: npm run eval -- <folder with labels.jsonl> [--show-held-out]');
  process.exit(2);
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
interface Group {
  pages: number;
  unsure: number;
  article: Tally;
  skincare: Tally;
  negatives: number;
  letGoEarly: number;
  strayHighlights: number;
  mentionPages: number;
  coreSpans: number;
  hits: number;
  scoredHighlights: number;
  mainChars: number;
  mainKept: number;
  keptChars: number;
  keptInMain: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const group = (): Group => ({
  pages: 0,
  unsure: 0,
  article: tally(),
  skincare: tally(),
  negatives: 0,
  letGoEarly: 0,
  strayHighlights: 0,
  mentionPages: 0,
  coreSpans: 0,
  hits: 0,
  scoredHighlights: 0,
  mainChars: 0,
  mainKept: 0,
  keptChars: 0,
  keptInMain: 0,
});
const count = (t: Tally, predicted: boolean, actual: boolean) => {
  if (predicted && actual) t.tp++;
  else if (predicted) t.fp++;
  else if (actual) t.fn++;
  else t.tn++;
};
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
const line = (name: string, t: Tally) =>
  `${name}: precision ${ratio(t.tp, t.tp + t.fp)}, recall ${ratio(t.tp, t.tp + t.fn)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;
const mentionLine = (g: Group) =>
  g.mentionPages
    ? `mentions (${g.mentionPages} labelled pages, core spans): recall ${ratio(g.hits, g.coreSpans)} (${g.hits} of ${g.coreSpans}), precision ${ratio(g.hits, g.scoredHighlights)} (${g.hits} of ${g.scoredHighlights} highlighted spans scored)`
    : 'mentions: no labelled pages';

const groups = new Map<string, Group>();
const groupOf = (name: string) => {
  let g = groups.get(name);
  if (!g) groups.set(name, (g = group()));
  return g;
};
const details: { half: Half; text: string }[] = [];
const matcher = lexiconMatcher();
const labels = readLabels(folder);
const mentionLabels = existsSync(join(folder, 'mentions.jsonl')) ? readMentionLabels(folder) : new Map();
const testimonial = existsSync(join(folder, 'mentions-shared-testimonial.txt')) ? readSharedTestimonial(folder) : undefined;
const started = Date.now();

for (const label of labels) {
  const source = label.file.split('/')[0]!;
  const half = halfOf(source);
  const inGroups = [groupOf('whole'), groupOf(`half:${half}`), groupOf(`folder:${source}`)];
  const note = (text: string) => details.push({ half, text: `${label.file}: ${text}` });
  const page = loadPage(folder, label.file);
  let result;
  try {
    result = detectOnFreshPage(page.document, matcher);
  } catch (error) {
    note(`detector threw ${(error as Error).message}`);
    page.close();
    continue;
  }
  for (const g of inGroups) g.pages++;
  if (label.is_article !== null) {
    // The detector skips the article check on pages with no skin words at all; ask it directly.
    const root = findMainContent(page.document);
    const verdict = root ? isArticlePage(page.document, readPage(page.document, root, matcher), matcher) : { isArticle: false, reason: 'no body' };
    for (const g of inGroups) count(g.article, verdict.isArticle, label.is_article);
    if (verdict.isArticle !== label.is_article) note(`article ${verdict.isArticle}, labelled ${label.is_article} (${verdict.reason})`);
  }
  const labelled = mentionLabels.get(label.file);
  const procedureHighlights = result.mentions.filter((m) => m.kind === 'procedure');
  if (labelled?.role === 'positive') {
    const score: MentionScore = scoreMentions(
      page.document,
      procedureHighlights,
      labelled,
      folder,
      testimonial?.pages.has(label.file) ? testimonial.lines : undefined,
    );
    for (const g of inGroups) {
      g.mentionPages++;
      g.coreSpans += score.coreSpans;
      g.hits += score.hits;
      g.scoredHighlights += score.scored;
    }
    const root = findMainContent(page.document);
    const prose = result.prose?.length ? result.prose : root ? readPage(page.document, root, matcher).prose.nodes : [];
    const text = scoreMainText(page.document, prose, labelled, folder, testimonial?.pages.has(label.file) ? testimonial.lines : undefined);
    for (const g of inGroups) {
      g.mainChars += text.mainChars;
      g.mainKept += text.mainKept;
      g.keptChars += text.keptChars;
      g.keptInMain += text.keptInMain;
    }
    if (text.mainKept < text.mainChars * 0.9) note(`main text read: ${text.mainKept} of ${text.mainChars} characters`);
    if (text.keptInMain < text.keptChars * 0.9) note(`text read outside the main text: ${text.keptChars - text.keptInMain} of ${text.keptChars} characters (${text.strayLines.join(' | ')})`);
    if (score.misses.length) note(`mentions missed (${score.coreSpans - score.hits} of ${score.coreSpans}): ${score.misses.join('; ')}`);
    if (score.extras.length) note(`mentions extra (${score.extras.length}): ${score.extras.join('; ')}`);
    if (score.unplaced) note(`${score.unplaced} main-text lines not found in the page`);
  }
  page.close();
  if (label.skincare === 'unsure') {
    for (const g of inGroups) g.unsure++;
    continue;
  }
  for (const g of inGroups) count(g.skincare, result.isSkincare, label.skincare);
  if (!label.skincare) {
    for (const g of inGroups) {
      g.negatives++;
      if (result.reason === LET_GO_AT_FIRST_LOOK) g.letGoEarly++;
      g.strayHighlights += result.mentions.length;
    }
    if (result.mentions.length) note(`${result.mentions.length} highlights on a page labelled not skincare`);
  }
  if (result.isSkincare !== label.skincare) note(`skincare ${result.isSkincare}, labelled ${label.skincare} (${result.reason})`);
}

const whole = groupOf('whole');
console.log(`${labels.length} pages in ${folder} (${whole.unsure} skincare "unsure" left out), ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(line('article', whole.article));
console.log(line('skincare', whole.skincare));
console.log(`highlights on pages labelled not skincare: ${whole.strayHighlights}`);
console.log(mentionLine(whole));
console.log(`pages labelled not skincare let go at the first look (no lexicon, no text walk): ${whole.letGoEarly} of ${whole.negatives}`);
for (const half of ['tune', 'held-out', 'unassigned'] as const) {
  const g = groups.get(`half:${half}`);
  if (!g) continue;
  console.log(`\n${half} half (${g.pages} pages):`);
  console.log(`  ${line('skincare', g.skincare)}`);
  console.log(`  highlights on pages labelled not skincare: ${g.strayHighlights}`);
  console.log(`  ${mentionLine(g)}`);
  if (g.mainChars) console.log(`  main text of labelled pages: ${ratio(g.mainKept, g.mainChars)} read, ${ratio(g.keptInMain, g.keptChars)} of what was read is main text`);
}
console.log('\nby folder:');
const folders = [...groups.keys()].filter((k) => k.startsWith('folder:')).sort();
for (const key of folders) {
  const g = groups.get(key)!;
  const name = key.slice('folder:'.length);
  const s = g.skincare;
  const mentions = g.mentionPages ? `, mentions R ${ratio(g.hits, g.coreSpans)} P ${ratio(g.hits, g.scoredHighlights)}` : '';
  console.log(
    `  ${name.padEnd(28)} ${halfOf(name).padEnd(8)} skincare P ${ratio(s.tp, s.tp + s.fp)} R ${ratio(s.tp, s.tp + s.fn)} (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn}), stray highlights ${g.strayHighlights}${mentions}`,
  );
}
const shown = details.filter((d) => d.half !== 'held-out' || showHeldOut);
console.log(`\ndetails (${shown.length}${showHeldOut ? '' : `; ${details.length - shown.length} on the held-out half not shown`}):`);
for (const d of shown) console.log(`  ${d.text}`);
