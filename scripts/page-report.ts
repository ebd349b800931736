// `npx tsx scripts/page-report.ts <corpus folder> <page file>`: what the detector reads on one page
// (headline, site names, language, the blocks it drops and why, the evidence and the decision).
// For tuning on the corpus's tune half only; see ./corpus-split.ts.
import { readPage, isArticlePage, sectionJudge } from '../lib/page/detector';
import { detectOnFreshPage } from '../lib/page/fresh-page';
import { findMainContent } from '../lib/page/dom/main-content';
import { findProse } from '../lib/page/dom/prose';
import { lexiconMatcher } from '../lib/lexicon/index';
import { loadPage } from './corpus';
import { halfOf } from './corpus-split';

const [folder, file] = process.argv.slice(2);
if (!folder || !file) {
  console.error('usage: npx tsx scripts/page-report.ts <folder> <file>');
  process.exit(2);
}
if (halfOf(file.split('/')[0]!) === 'held-out' && !process.argv.includes('--held-out')) {
  console.error(`${file} is in the held-out half: reading it would tune on it (pass --held-out to read it anyway)`);
  process.exit(2);
}
const page = loadPage(folder, file);
const doc = page.document;
const matcher = lexiconMatcher();
const root = findMainContent(doc)!;
const reading = readPage(doc, root, matcher);
const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${e.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`;
console.log(`root: ${describe(root)}; heading: ${reading.headline.heading ? describe(reading.headline.heading) : 'none'} "${reading.headline.headingText}"`);
console.log(`title (own part): "${reading.headline.title}"; site names: ${JSON.stringify(reading.headline.siteNames)}; language ${reading.lang}`);
console.log(`headline text: ${reading.headlineText.replace(/\s+/g, ' ').slice(0, 300)}`);
findProse(root, reading.headline.heading, {
  judgeSectionHeading: sectionJudge(matcher),
  trace: (e, why, chars) => console.log(`  dropped ${describe(e)} (${why}${chars >= 0 ? `, ${chars} characters` : ''}): ${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 90)}`),
});
const { prose } = reading;
console.log(`prose: ${prose.sentenceChars} in sentences, ${prose.itemChars} in items, ${prose.teaserChars} dropped as links and teasers, ${prose.chars} kept`);
console.log(`article: ${JSON.stringify(isArticlePage(doc, reading, matcher))}`);
const result = detectOnFreshPage(doc, matcher);
console.log(`decision: ${result.isSkincare} (${result.reason})`);
const matches = matcher.find(prose.nodes.map((n) => n.data).join(' \n '), { lang: reading.lang });
const text = prose.nodes.map((n) => n.data).join(' \n ');
console.log(`matches in prose: ${matches.map((m) => `${text.slice(m.start, m.end)}[${m.kind[0]}${m.weak ? 'w' : ''}${m.kind === 'offtopic' ? `:${m.category}` : ''}]`).join(', ')}`);
if (process.argv.includes('--text')) console.log(`\n${prose.nodes.map((n) => n.data.trim()).join('\n')}`);
page.close();
