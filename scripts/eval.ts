// `npm run eval -- <folder>`: runs the real detector over a folder of labelled pages and prints
// article and skincare precision/recall, highlights on pages that are not about skin, and every
// mismatch by file.
import { detectSkincareArticle, isArticlePage } from '../lib/detector';
import { findMainContent } from '../lib/dom/main-content';
import { lexiconMatcher } from '../lib/lexicon/index';
import { loadPage, readLabels } from './corpus';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run eval -- <folder with labels.jsonl>');
  process.exit(2);
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const count = (t: Tally, predicted: boolean, actual: boolean) => {
  if (predicted && actual) t.tp++;
  else if (predicted) t.fp++;
  else if (actual) t.fn++;
  else t.tn++;
};
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
const line = (name: string, t: Tally) =>
  `${name}: precision ${ratio(t.tp, t.tp + t.fp)}, recall ${ratio(t.tp, t.tp + t.fn)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;

const article = tally();
const skincare = tally();
const mismatches: string[] = [];
const strayHighlights: string[] = [];
let unsure = 0;
let highlightsOnNegatives = 0;
let negatives = 0;
let letGoEarly = 0;
const matcher = lexiconMatcher();
const labels = readLabels(folder);
const started = Date.now();

for (const label of labels) {
  const page = loadPage(folder, label.file);
  let result;
  try {
    result = detectSkincareArticle(page.document, matcher);
  } catch (error) {
    mismatches.push(`${label.file}: detector threw ${(error as Error).message}`);
    page.close();
    continue;
  }
  if (label.is_article !== null) {
    // The detector skips the article check on pages with no skin words at all; ask it directly.
    const root = findMainContent(page.document);
    const verdict = root ? isArticlePage(page.document, root) : { isArticle: false, reason: 'no body' };
    count(article, verdict.isArticle, label.is_article);
    if (verdict.isArticle !== label.is_article) {
      mismatches.push(`${label.file}: article ${verdict.isArticle}, labelled ${label.is_article} (${verdict.reason})`);
    }
  }
  page.close();
  if (label.skincare === 'unsure') {
    unsure++;
    continue;
  }
  count(skincare, result.isSkincare, label.skincare);
  if (!label.skincare) {
    negatives++;
    if (result.reason.startsWith('no skin words')) letGoEarly++;
  }
  if (result.isSkincare !== label.skincare) {
    mismatches.push(`${label.file}: skincare ${result.isSkincare}, labelled ${label.skincare} (${result.reason})`);
  }
  if (!label.skincare && result.mentions.length) {
    highlightsOnNegatives += result.mentions.length;
    strayHighlights.push(`${label.file}: ${result.mentions.length} highlights`);
  }
}

console.log(`${labels.length} pages in ${folder} (${unsure} skincare "unsure" left out), ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(line('article', article));
console.log(line('skincare', skincare));
console.log(`highlights on pages labelled not skincare: ${highlightsOnNegatives}`);
console.log(`pages labelled not skincare let go at the first look (no lexicon, no text walk): ${letGoEarly} of ${negatives}`);
for (const stray of strayHighlights) console.log(`  ${stray}`);
console.log(`mismatches (${mismatches.length}):`);
for (const mismatch of mismatches) console.log(`  ${mismatch}`);
