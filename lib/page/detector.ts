// Decides whether a page is a skincare article and finds the procedure and ingredient mentions
// in its text. Runs only on pages that passed the first look (./first-look), which lets every
// other page go before this code is even loaded.
//
// Evidence comes from the page's own prose (./dom/prose): menus, service grids, related posts and
// the site's own name are neither counted nor highlighted. The topic is the page's: its own title
// and heading say what it is about, and words of other topics (hair, nails, massage, body, surgery,
// makeup, food…) weigh against skin in its text.
import { metaTags, structuredData, type StructuredData } from './page-meta';
import type { Matcher, TermMatch } from '../lexicon/matcher';
import { NAMED_TREATMENT, type Lang } from '../lexicon/types';
import { escapeRegExp, foldText } from '../lexicon/fold';
import { guessLanguage } from '../lexicon/language';
import { NOT_CONTENT_SELECTOR, findMainContent } from './dom/main-content';
import { findProse, type Prose } from './dom/prose';
import { readHeadline, type Headline } from './headline';
import { withCoordinatedNames } from './coordinated-names';
import { withPageAliases } from './page-aliases';

export interface NodeMention extends TermMatch {
  node: Text;
}

export interface DetectorOptions {
  /** Count skin conditions (acne, rosacea…) as evidence; the reader can turn this off. */
  useConditions?: boolean;
  /** Highlight ingredients as well as procedures; the reader can turn this off. */
  highlightIngredients?: boolean;
}

export interface Evidence {
  procedures: number;
  ingredients: number;
  conditions: number;
  skinWords: number;
  offTopic: number;
  /** The other topic named most in the prose, if any. */
  mainOffTopic?: string;
  distinct: number;
  /** Skin words in the page's own title and heading (not the site's name). */
  headline: number;
  /** Weak skin words there ("Facials", "Peels" as a page's title). */
  headlineWeak: number;
  /** Other topics' words there. */
  headlineOffTopic: number;
  words: number;
}

export interface Detection {
  isArticle: boolean;
  isSkincare: boolean;
  /** Why the page was or was not taken: for tests and the eval, never shown to the page. */
  reason: string;
  root: Element | null;
  /** Procedure and ingredient mentions to highlight: empty unless the page is a skincare article. */
  mentions: NodeMention[];
  /** Distinct procedure ids, in order of first mention. */
  procedures: string[];
  /** Distinct ingredient ids, in order of first mention. */
  ingredients: string[];
  evidence?: Evidence;
  /** The page's language, as guessed from its prose. */
  lang?: Lang;
  /** The text nodes read as the page's own prose (empty when the page was let go before). */
  prose?: readonly Text[];
}

/** What a page is, as far as the article check needs: its headline, prose and language. */
export interface PageReading {
  root: Element;
  headline: Headline;
  prose: Prose;
  lang: Lang;
  /** The page's own title, heading, description and address, without the site's name. */
  headlineText: string;
  /** Its meta tags and JSON-LD, read once. */
  meta: Map<string, string>;
  structured: StructuredData;
}

const LISTING_BODY_CLASSES = ['home', 'blog', 'archive', 'category', 'tag', 'search', 'search-results', 'post-type-archive', 'woocommerce-shop'];
const WORD_CHARS = 6;
/**
 * Japanese is written without spaces in words of about two characters: counted at six characters
 * a word, a Japanese page would look a third of its length, and every mention three times as dense.
 */
const JAPANESE_WORD_CHARS = 2;
const JAPANESE_CHARS = /[\u3040-\u30ff\u3400-\u9fff]/g;
/** Characters of prose sampled to tell the page's language. */
const LANGUAGE_SAMPLE = 3000;

function isSearchUrl(url: URL): boolean {
  return /\/search\b/i.test(url.pathname) || url.searchParams.has('s') || url.searchParams.has('q');
}

/** What the page says it is: a JSON-LD article type, og:type "article", or a CMS's single-post class. */
function declaresArticle(doc: Document, page: PageReading): boolean {
  if (/Article|BlogPosting|MedicalWebPage|Report/.test(page.structured.types)) return true;
  if (page.meta.get('og:type')?.toLowerCase() === 'article') return true;
  const classes = doc.body?.classList;
  return !!classes && (classes.contains('single') || classes.contains('single-post') || classes.contains('PermalinkPage'));
}

/** The last words of the page's address: "/about-us/" says "about us". */
function pathWords(url: string): string {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  return path.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_/.]+/g, ' ');
}

/** A site's name as a pattern: any run of spaces (or none) between its words, any case. */
const namePatterns = new Map<string, RegExp>();
function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) {
    const words = name.split(/\s+/).filter(Boolean).map(escapeRegExp);
    pattern = new RegExp(words.join('[\\s\\u00a0]*'), 'gi');
    namePatterns.set(name, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Where the site's names occur in `text`: [start, end) pairs. A text without a name's first word is not searched. */
function siteNameSpans(text: string, siteNames: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  const lower = text.toLowerCase();
  for (const name of siteNames) {
    if (name.length < 4 || !lower.includes(firstWordOf(name))) continue;
    for (const m of text.matchAll(namePattern(name))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const firstWords = new Map<string, string>();
const firstWordOf = (name: string) => {
  let word = firstWords.get(name);
  if (word === undefined) firstWords.set(name, (word = name.split(/\s/, 1)[0]!));
  return word;
};

/** `text` with every occurrence of the site's names blanked out, offsets kept. */
function withoutSiteNames(text: string, siteNames: readonly string[]): string {
  let out = text;
  for (const [start, end] of siteNameSpans(text, siteNames)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** Words of four letters or more, folded: what two texts about one thing share. */
const contentWords = (text: string) => foldText(text)?.match(/[0-9a-z\u00df-\u024f]{4,}/g) ?? [];

/**
 * Letters and digits in a text: what "most of a title" is measured in. Latin and Japanese ranges
 * rather than \p{L}: a Unicode property costs far more to compile, on every page read.
 */
const NOT_A_LETTER = /[^0-9A-Za-z\u00c0-\u024f\u3040-\u30ff\u3400-\u9fff]/g;
const letters = (text: string) => text.replace(NOT_A_LETTER, '').length;

/** Page kinds whose heading marks a block that is not the page's own prose. */
const NOT_PROSE_SECTIONS = new Set(['contact', 'booking', 'team', 'about', 'gallery', 'careers', 'policy']);

/**
 * What a heading inside the page says of the block it heads, when a page-kind word is most of it:
 * "Meet the team" or "Contact us" blocks are not the page's prose; "What our patients say" is quoted.
 */
export function sectionJudge(matcher: Matcher): (text: string) => 'not-prose' | 'quoted' | undefined {
  return (text) => {
    for (const m of matcher.find(text)) {
      if (m.kind !== 'pagekind' || letters(text.slice(m.start, m.end)) * 2 < letters(text)) continue;
      if (m.category === 'testimonials') return 'quoted';
      if (NOT_PROSE_SECTIONS.has(m.category ?? '')) return 'not-prose';
    }
    return undefined;
  };
}

/** Reads what the article check and the topic decision need, once. */
export function readPage(doc: Document, root: Element, matcher?: Matcher): PageReading {
  const meta = metaTags(doc);
  const structured = structuredData(doc);
  const headline = readHeadline(doc, meta);
  const prose = findProse(root, headline.heading, { judgeSectionHeading: matcher && sectionJudge(matcher) });
  let sample = '';
  for (const node of prose.nodes) {
    sample += ` ${node.data}`;
    if (sample.length > LANGUAGE_SAMPLE) break;
  }
  const lang = guessLanguage(sample, doc.documentElement?.getAttribute('lang'));
  // A description is the page's own only when it shares a word with the page's title or heading:
  // small sites often give every page the same description, listing all their services.
  const ownWords = new Set(contentWords(`${headline.title} ${headline.headingText}`));
  const aboutThisPage = (text: string | undefined) => (text && contentWords(text).some((w) => ownWords.has(w)) ? text : '');
  const description = meta.get('description');
  const headlineText = withoutSiteNames(
    [
      headline.title,
      headline.headingText,
      aboutThisPage(description),
      meta.get('og:description') === description ? '' : aboutThisPage(meta.get('og:description')),
      meta.get('article:section'),
      structured.topics,
      pathWords(doc.URL),
    ].join(' \n '),
    headline.siteNames,
  );
  return { root, headline, prose, lang, headlineText, meta, structured };
}

/** The page's own name for itself: its title's own part, its heading and the end of its address. */
function ownName(doc: Document, page: PageReading): string {
  const path = pathWords(doc.URL).trim().split(' ').slice(-4).join(' ');
  return `${page.headline.title} \n ${page.headline.headingText} \n ${path}`;
}

/**
 * A doctor's or a practitioner's name as a page's whole title or heading ("Dr. Amara Osei", "Dra.
 * Ana Ruiz", "Dre Dorota Teterycz"): a page about a person on the team.
 */
const PERSON =
  /^(?:[Dd]r[ae]?|[Dd]rs|[Dd]octor|[Dd]octora|[Dd]octeur|[Dd]outor|[Dd]outora|[Dd]ott|[Dd]ottssa|[Dd]ottoressa|[Pp]rof|[Pp]rofessor|[Pp]rofesseur)\.?\s+(?:[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’-]*\.?\s*){1,4}$/;

/**
 * The kind of page its own name says it is (about, team, contact, pricing, booking, policy…), when
 * a page-kind word is most of its title, its heading or the last segment of its address: "Contact
 * us", "Salon Policies", "/about-us/". A word in a longer title ("What to expect at the clinic")
 * says nothing.
 */
function pageKindOf(doc: Document, page: PageReading, matcher: Matcher): string | undefined {
  if ([page.headline.title, page.headline.headingText].some((name) => PERSON.test(name.trim()))) return 'team';
  const segments = (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(doc.URL)?.[1] ?? '').split('/').filter(Boolean);
  const lastSegment = (segments[segments.length - 1] ?? '').replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_.]+/g, ' ');
  for (const name of [page.headline.title, page.headline.headingText, lastSegment]) {
    if (!name) continue;
    for (const m of matcher.find(name, { lang: page.lang })) {
      if (m.kind === 'pagekind' && letters(name.slice(m.start, m.end)) * 2 >= letters(name)) return m.category;
    }
  }
  return undefined;
}

export function isArticlePage(doc: Document, page: PageReading, matcher?: Matcher): { isArticle: boolean; reason: string } {
  const url = doc.URL;
  if (/^https?:/.test(url) && isSearchUrl(new URL(url))) return { isArticle: false, reason: 'search results' };
  const { prose } = page;
  const named = matcher ? matcher.find(ownName(doc, page), { lang: page.lang }) : [];
  // Its own name names a procedure ("Radiofrequency", "Peels" on a clinic's site count too).
  const namesProcedure = named.some((m) => m.kind === 'procedure');
  // An about, team, contact, pricing, booking or policy page says so in its own name.
  const kind = matcher && !namesProcedure ? pageKindOf(doc, page, matcher) : undefined;
  if (kind) return { isArticle: false, reason: `${kind} page` };
  const declared = declaresArticle(doc, page);
  const bodyClasses = doc.body?.classList;
  if (!declared && bodyClasses && LISTING_BODY_CLASSES.some((c) => bodyClasses.contains(c))) return { isArticle: false, reason: 'listing page' };
  // Home pages, listings and service indexes: mostly teasers and links, little prose of their own.
  // A page named after one procedure is that procedure's page, however many teasers follow it.
  const own = prose.sentenceChars + prose.itemChars;
  if (!declared && !namesProcedure && prose.teaserChars > own * 1.5 && prose.sentenceChars < 2000) {
    return { isArticle: false, reason: 'listing page' };
  }
  // A page of running text. (Readability's isProbablyReaderable was asked here too, but whatever it
  // said, the rule below takes such a page: it only cost another walk of the page.)
  if (prose.sentenceChars >= 1200) return { isArticle: true, reason: 'article' };
  // Short single-topic pages (a clinic's page on one procedure): a heading, short prose and lists
  // (what it is, benefits, aftercare, FAQ) are an article, with or without a byline.
  const needed = namesProcedure ? 250 : declared ? 400 : 500;
  const counted = prose.sentenceChars + prose.itemChars * (namesProcedure ? 1 : 0.5);
  if (counted >= needed) return { isArticle: true, reason: namesProcedure ? 'procedure page' : declared ? 'declared article' : 'prose' };
  return { isArticle: false, reason: 'not enough prose' };
}

/** The decision from the evidence: thresholds per thousand words, so long pages need more. */
function isAboutSkin(e: Evidence): { skin: boolean; why: string } {
  const skinScore = e.procedures * 3 + e.ingredients * 2 + e.conditions * 2 + e.skinWords;
  const perThousand = (skinScore * 1000) / Math.max(e.words, 150);
  const offScore = e.offTopic * 2;
  const why = `score ${skinScore}, ${perThousand.toFixed(1)}/1000 words, ${e.distinct} distinct, headline ${e.headline}, off-topic ${e.offTopic}${e.mainOffTopic ? ` (${e.mainOffTopic})` : ''}, headline off-topic ${e.headlineOffTopic}`;
  // The page's own name says it is about another topic ("Scalp microneedling", "Spray tan"),
  // more than it says skin.
  if (e.headlineOffTopic > 0 && e.headlineOffTopic >= (e.headline + e.headlineWeak) * 2) return { skin: false, why: `its title names another topic: ${why}` };
  // Its prose is more about other topics than about skin: words of other topics weigh like a
  // condition's, and skin has to be the larger part.
  if (offScore > skinScore) return { skin: false, why: `mostly another topic: ${why}` };
  const strong = skinScore >= 12 && perThousand >= 20 && e.distinct >= 2;
  const headlined = e.headline > 0 && skinScore >= 6 && perThousand >= 10;
  // A short page that talks of little else (a clinic's page on one treatment).
  const dense = skinScore >= 8 && perThousand >= 40 && e.distinct >= 2;
  return { skin: strong || headlined || dense, why };
}

export function detectSkincareArticle(doc: Document, matcher: Matcher, options: DetectorOptions = {}): Detection {
  const useConditions = options.useConditions ?? true;
  const none = (isArticle: boolean, reason: string, root: Element | null, evidence?: Evidence, page?: PageReading): Detection => ({
    isArticle,
    isSkincare: false,
    reason,
    root,
    mentions: [],
    procedures: [],
    ingredients: [],
    evidence,
    lang: page?.lang,
    prose: page?.prose.nodes ?? [],
  });
  /** Evidence for another topic: its words, and procedures about it ("laser hair removal"). */
  const otherTopic = (m: TermMatch) => (m.kind === 'offtopic' && !m.notEvidence) || (m.kind === 'procedure' && !!m.topic);
  const skinWord = (m: TermMatch) => m.kind !== 'offtopic' && m.kind !== 'pagekind' && !otherTopic(m) && (useConditions || m.kind !== 'condition');
  const counted = (m: TermMatch) => !m.weak && skinWord(m);

  const root = findMainContent(doc);
  if (!root) return none(false, 'no body', null);
  const page = readPage(doc, root, matcher);
  const article = isArticlePage(doc, page, matcher);
  if (!article.isArticle) return none(false, article.reason, root, undefined, page);

  const headlineMatches = matcher.find(page.headlineText, { lang: page.lang });
  // A recipe is food, whatever it promises the skin ("collagen jelly for firm skin"); a face mask's
  // or a serum's recipe names in its own title a skin product, ingredient, condition or treatment,
  // not just collagen or skin.
  const namesSkinUse = (m: TermMatch) => skinWord(m) && (m.kind === 'procedure' || m.kind === 'condition' || m.kind === 'ingredient' || m.id === SKIN_PRODUCTS);
  if (!headlineMatches.some(namesSkinUse) && isRecipe(doc, page)) {
    return none(true, 'not skincare: a recipe', root, undefined, page);
  }
  const found = dropSiteNames(findInNodes(page.prose.nodes, matcher, page.lang), page.headline.siteNames);
  let chars = 0;
  let japaneseChars = 0;
  for (const node of page.prose.nodes) {
    chars += node.data.length;
    if (page.lang === 'ja') japaneseChars += node.data.match(JAPANESE_CHARS)?.length ?? 0;
  }
  const evidence: Evidence = {
    procedures: 0,
    ingredients: 0,
    conditions: 0,
    skinWords: 0,
    offTopic: 0,
    distinct: 0,
    headline: headlineMatches.filter(counted).length,
    headlineWeak: headlineMatches.filter((m) => m.weak && skinWord(m)).length,
    headlineOffTopic: headlineMatches.filter(otherTopic).length,
    words: Math.round((chars - japaneseChars) / WORD_CHARS + japaneseChars / JAPANESE_WORD_CHARS),
  };
  const distinct = new Set<string>();
  const offTopics = new Map<string, number>();
  for (const m of found) {
    // What clients say in a testimonial is highlighted, but the page's topic is in its own words.
    if (page.prose.quoted.has(m.node)) continue;
    if (otherTopic(m)) {
      evidence.offTopic++;
      const topic = m.topic ?? m.category ?? m.id;
      offTopics.set(topic, (offTopics.get(topic) ?? 0) + 1);
    }
    if (!counted(m)) continue;
    if (m.kind === 'procedure') evidence.procedures++;
    else if (m.kind === 'ingredient') evidence.ingredients++;
    else if (m.kind === 'condition') evidence.conditions++;
    else evidence.skinWords++;
    if (m.kind !== 'skin') distinct.add(m.id);
  }
  evidence.distinct = distinct.size + (evidence.skinWords > 0 ? 1 : 0);
  evidence.mainOffTopic = [...offTopics].sort((a, b) => b[1] - a[1])[0]?.[0];
  const decision = isAboutSkin(evidence);
  if (!decision.skin) return none(true, `not skincare: ${decision.why}`, root, evidence, page);

  // The page's own shortenings and names are highlighted, never evidence: read once it is taken.
  const named = withCoordinatedNames(withPageAliases(found, page.prose.nodes, matcher, page.lang), page.prose.nodes, matcher, page.lang);
  const mentions = named.filter((m) => isHighlighted(m, options.highlightIngredients ?? true));
  // A treatment only the page names has no card and is not one of the procedures Skinmark knows.
  const firstSeen = (kind: TermMatch['kind']) => [...new Set(mentions.filter((m) => m.kind === kind && m.id !== NAMED_TREATMENT).map((m) => m.id))];
  return {
    isArticle: true,
    isSkincare: true,
    reason: `skincare: ${decision.why}`,
    root,
    mentions,
    procedures: firstSeen('procedure'),
    ingredients: firstSeen('ingredient'),
    evidence,
    lang: page.lang,
    prose: page.prose.nodes,
  };
}

/**
 * A kitchen measure opening a short item of a list: "200 g de gelatina", "2 tbsp honey", "1/2 taza
 * de leche". Three of them are a recipe's list of ingredients. A number and a unit, no more: "a",
 * "al" or a price ("Size: 50 ml") do not start a line this way.
 */
const KITCHEN_MEASURE =
  /^\s*(?:[-•*]\s*)?(?:\d+(?:[.,/]\d+)?|½|¼|¾)\s?(?:g|gr|grs|gramos|gramas|grammes|kg|ml|cl|dl|litros?|litres?|oz|lb|cups?|tazas?|x[ií]caras?|tasses?|tbsp|tsp|tablespoons?|teaspoons?|cucharadas?|cucharaditas?|colheres?|cuill[eè]res?|pizcas?|pitadas?|pinch)(?=\s)/i;
/** The same in Japanese: "大さじ2", "小さじ1/2". */
const JAPANESE_MEASURE = /(?:大さじ|小さじ)\s*\d/;
const RECIPE_MEASURES = 3;
/** Longer than an ingredient's line: a sentence that happens to start with a quantity. */
const MEASURE_LINE_CHARS = 80;
/** The lexicon's entry for things made for skin: face masks, creams, serums, sunscreen. */
const SKIN_PRODUCTS = 'skin-products';

/** A page that says it is a recipe (schema.org's Recipe, in JSON-LD or microdata) or reads like one. */
function isRecipe(doc: Document, page: PageReading): boolean {
  if (/"Recipe"/.test(page.structured.types) || doc.querySelector('[itemtype$="schema.org/Recipe" i]')) return true;
  const measure = page.lang === 'ja' ? JAPANESE_MEASURE : KITCHEN_MEASURE;
  let measures = 0;
  for (const node of page.prose.nodes) {
    // The text first: a call into the DOM only for a line that opens with a measure.
    if (node.data.length > MEASURE_LINE_CHARS || !measure.test(node.data) || !node.parentElement?.closest('li, td')) continue;
    if (++measures >= RECIPE_MEASURES) return true;
  }
  return false;
}

/** Whether a mention is one Skinmark highlights (procedures, and ingredients unless turned off). */
export function isHighlighted(m: TermMatch, highlightIngredients = true): boolean {
  return m.kind === 'procedure' || (highlightIngredients && m.kind === 'ingredient');
}

/** Mentions that are part of the site's own name ("… Skin Clinic") are not about this page. */
function dropSiteNames(found: NodeMention[], siteNames: readonly string[]): NodeMention[] {
  if (!siteNames.some((n) => n.length >= 4) || !found.length) return found;
  const spans = new Map<Text, [number, number][]>();
  return found.filter((m) => {
    let inNode = spans.get(m.node);
    if (!inNode) spans.set(m.node, (inNode = siteNameSpans(m.node.data, siteNames)));
    return !inNode.some(([start, end]) => start <= m.start && m.end <= end);
  });
}

/**
 * Mentions in content added to a page already taken as a skincare article: only the added
 * nodes are read, and page chrome (nav, comments, widgets, lists of links, teaser grids) is
 * skipped as on the first scan.
 */
export function scanAddedNodes(nodes: readonly Node[], matcher: Matcher, lang?: Lang): NodeMention[] {
  const texts: Text[] = [];
  for (const node of nodes) {
    const parent = node.nodeType === 3 ? node.parentElement : (node as Element);
    if (!parent || parent.closest(NOT_CONTENT_SELECTOR)) continue;
    // A header outside any article is a masthead, wherever it was added.
    if (parent.closest('header') && !parent.closest('article')) continue;
    if (node.nodeType === 3) {
      if ((node as Text).data.trim()) texts.push(node as Text);
    } else {
      texts.push(...findProse(node as Element, null, { judgeRoot: true }).nodes);
    }
  }
  return findInNodes(texts, matcher, lang).filter((m) => isHighlighted(m));
}

/** Never part of a name, so no match runs from one text node into the next. */
const NODE_SEPARATOR = '\u0000';

/**
 * Mentions in many text nodes, found in one call over their joined text: one long loop, which
 * the engine optimises early, instead of hundreds of short ones. Offsets are mapped back to nodes.
 */
export function findInNodes(nodes: readonly Text[], matcher: Matcher, lang?: Lang): NodeMention[] {
  const starts: number[] = [];
  let joined = '';
  for (const node of nodes) {
    starts.push(joined.length);
    joined += node.data + NODE_SEPARATOR;
  }
  const found: NodeMention[] = [];
  let index = 0;
  for (const match of matcher.find(joined, { lang })) {
    while (index + 1 < starts.length && starts[index + 1]! <= match.start) index++;
    const offset = starts[index]!;
    const node = nodes[index]!;
    // A name never spans two nodes; a match that would (in Japanese, searched without word
    // boundaries) is cut at its node's end.
    const end = Math.min(match.end - offset, node.data.length);
    found.push({ ...match, start: match.start - offset, end, node });
  }
  return found;
}
