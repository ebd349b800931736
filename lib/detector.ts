// Decides whether a page is a skincare article and finds the procedure and ingredient mentions
// in its text. Runs only on pages that passed the first look (./first-look), which lets every
// other page go before this code is even loaded.
// The small readerable check alone: the full Readability would triple the content script.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { firstLook, headlineText, metaTags, structuredData } from './first-look';
import type { Matcher, TermMatch } from './lexicon/matcher';
import { NOT_CONTENT_SELECTOR, findMainContent } from './dom/main-content';
import { articleTextNodes } from './dom/text-nodes';

export interface NodeMention extends TermMatch {
  node: Text;
}

export interface DetectorOptions {
  /** Count skin conditions (acne, rosacea…) as evidence; the reader can turn this off. */
  useConditions?: boolean;
  /** Highlight ingredients as well as procedures; the reader can turn this off. */
  highlightIngredients?: boolean;
  /** The caller already took the first look and it passed. */
  firstLookPassed?: boolean;
}

export interface Evidence {
  procedures: number;
  ingredients: number;
  conditions: number;
  skinWords: number;
  offTopic: number;
  distinct: number;
  headline: number;
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
}

const LISTING_BODY_CLASSES = ['home', 'blog', 'archive', 'category', 'tag', 'search', 'search-results', 'post-type-archive', 'woocommerce-shop'];
const WORD_CHARS = 6;

function isSearchUrl(url: URL): boolean {
  return /\/search\b/i.test(url.pathname) || url.searchParams.has('s') || url.searchParams.has('q');
}

const counts = (m: TermMatch) => !m.weak && m.kind !== 'offtopic';

/** What the page says it is: a JSON-LD article type, og:type "article", or a CMS's single-post class. */
function declaresArticle(doc: Document): boolean {
  if (/Article|BlogPosting|MedicalWebPage|Report/.test(structuredData(doc).types)) return true;
  if (metaTags(doc).get('og:type')?.toLowerCase() === 'article') return true;
  const classes = doc.body?.classList;
  return !!classes && (classes.contains('single') || classes.contains('single-post') || classes.contains('PermalinkPage'));
}

/** Characters of running text under `root`: text blocks long enough to be sentences, not links or labels. */
function proseLength(root: Element, shortestBlock = 60): number {
  let prose = 0;
  for (const node of articleTextNodes(root)) {
    const text = node.data.trim();
    if (text.length >= shortestBlock && !node.parentElement?.closest('a')) prose += text.length;
  }
  return prose;
}

/** Home pages, listings, search results and shop grids: mostly linked teasers, little prose. */
function looksLikeListing(doc: Document, root: Element): boolean {
  const bodyClasses = doc.body?.classList;
  if (bodyClasses && LISTING_BODY_CLASSES.some((c) => bodyClasses.contains(c))) return true;
  let teaserText = 0;
  let teasers = 0;
  for (const heading of root.querySelectorAll('h2 a[href], h3 a[href], a[href] h2, a[href] h3')) {
    const block = heading.closest('article, li, .post, .card, .entry, .teaser') ?? heading.parentElement?.parentElement;
    const length = block?.textContent?.length ?? 0;
    if (length < 800) {
      teasers++;
      teaserText += length;
    }
  }
  return teasers >= 4 && teaserText > proseLength(root) * 0.6;
}

export function isArticlePage(
  doc: Document,
  root: Element,
  { headlineNamesProcedure = false }: { headlineNamesProcedure?: boolean } = {},
): { isArticle: boolean; reason: string } {
  const location = doc.defaultView?.location;
  if (location && /^https?:/.test(location.href) && isSearchUrl(new URL(location.href))) {
    return { isArticle: false, reason: 'search results' };
  }
  // A page that declares itself an article keeps that, whatever "related posts" it lists.
  const declared = declaresArticle(doc);
  if (!declared && looksLikeListing(doc, root)) return { isArticle: false, reason: 'listing page' };
  if (isProbablyReaderable(doc)) return { isArticle: true, reason: 'article' };
  // Short single-topic pages (a clinic's page on one procedure) fall under Readability's bar.
  // On a page named after a procedure, its bullet points (benefits, aftercare) are content too.
  const prose = proseLength(root, headlineNamesProcedure ? 30 : 60);
  const needed = headlineNamesProcedure ? 400 : declared ? 500 : 800;
  if (prose >= needed) return { isArticle: true, reason: headlineNamesProcedure ? 'procedure page' : declared ? 'declared article' : 'prose' };
  return { isArticle: false, reason: 'not enough prose' };
}

/** The decision from the evidence: thresholds per thousand words, so long pages need more. */
function isAboutSkin(e: Evidence): { skin: boolean; why: string } {
  const skinScore = e.procedures * 3 + e.ingredients * 2 + e.conditions * 2 + e.skinWords;
  const perThousand = (skinScore * 1000) / Math.max(e.words, 150);
  const why = `score ${skinScore}, ${perThousand.toFixed(1)}/1000 words, ${e.distinct} distinct, headline ${e.headline}, off-topic ${e.offTopic}`;
  if (e.offTopic * 2 > skinScore) return { skin: false, why: `mostly another topic: ${why}` };
  const strong = skinScore >= 12 && perThousand >= 20 && e.distinct >= 2;
  const headlined = e.headline > 0 && skinScore >= 6 && perThousand >= 10;
  // A short page that talks of little else (a clinic's page on one treatment).
  const dense = skinScore >= 8 && perThousand >= 40 && e.distinct >= 2;
  return { skin: strong || headlined || dense, why };
}

export function detectSkincareArticle(doc: Document, matcher: Matcher, options: DetectorOptions = {}): Detection {
  const useConditions = options.useConditions ?? true;
  const none = (isArticle: boolean, reason: string, root: Element | null, evidence?: Evidence): Detection => ({
    isArticle,
    isSkincare: false,
    reason,
    root,
    mentions: [],
    procedures: [],
    ingredients: [],
    evidence,
  });
  const counted = (m: TermMatch) => counts(m) && (useConditions || m.kind !== 'condition');

  // The content script takes the first look itself, before fetching the lexicon; not twice.
  if (!options.firstLookPassed && !firstLook(doc).candidate) {
    return none(false, 'no skin words in the headline or opening', null);
  }
  const headlineMatches = matcher.find(headlineText(doc)).filter(counted);

  const root = findMainContent(doc);
  if (!root) return none(false, 'no body', null);
  const article = isArticlePage(doc, root, {
    headlineNamesProcedure: headlineMatches.some((m) => m.kind === 'procedure'),
  });
  if (!article.isArticle) return none(false, article.reason, root);

  const nodes = articleTextNodes(root);
  const found = findInNodes(nodes, matcher);
  let chars = 0;
  for (const node of nodes) chars += node.data.length;
  const evidence: Evidence = {
    procedures: 0,
    ingredients: 0,
    conditions: 0,
    skinWords: 0,
    offTopic: 0,
    distinct: 0,
    headline: headlineMatches.length,
    words: Math.round(chars / WORD_CHARS),
  };
  const distinct = new Set<string>();
  for (const m of found) {
    if (m.kind === 'offtopic') evidence.offTopic++;
    if (!counted(m)) continue;
    if (m.kind === 'procedure') evidence.procedures++;
    else if (m.kind === 'ingredient') evidence.ingredients++;
    else if (m.kind === 'condition') evidence.conditions++;
    else evidence.skinWords++;
    if (m.kind !== 'skin') distinct.add(m.id);
  }
  evidence.distinct = distinct.size + (evidence.skinWords > 0 ? 1 : 0);
  const decision = isAboutSkin(evidence);
  if (!decision.skin) return none(true, `not skincare: ${decision.why}`, root, evidence);

  const mentions = found.filter((m) => isHighlighted(m, options.highlightIngredients ?? true));
  const firstSeen = (kind: TermMatch['kind']) => [...new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id))];
  return {
    isArticle: true,
    isSkincare: true,
    reason: `skincare: ${decision.why}`,
    root,
    mentions,
    procedures: firstSeen('procedure'),
    ingredients: firstSeen('ingredient'),
    evidence,
  };
}

/** Whether a mention is one Skinmark highlights (procedures, and ingredients unless turned off). */
export function isHighlighted(m: TermMatch, highlightIngredients = true): boolean {
  return m.kind === 'procedure' || (highlightIngredients && m.kind === 'ingredient');
}

/**
 * Mentions in content added to a page already taken as a skincare article: only the added
 * nodes are read, and page chrome (nav, comments, widgets…) is skipped as on the first scan.
 */
export function scanAddedNodes(nodes: readonly Node[], matcher: Matcher): NodeMention[] {
  const texts: Text[] = [];
  for (const node of nodes) {
    const parent = node.nodeType === 3 ? node.parentElement : (node as Element);
    if (!parent || parent.closest(NOT_CONTENT_SELECTOR)) continue;
    // A header outside any article is a masthead, wherever it was added.
    if (parent.closest('header') && !parent.closest('article')) continue;
    if (node.nodeType === 3) {
      if ((node as Text).data.trim()) texts.push(node as Text);
    } else {
      texts.push(...articleTextNodes(node as Element));
    }
  }
  return findInNodes(texts, matcher).filter((m) => isHighlighted(m));
}

/** Never part of a name, so no match runs from one text node into the next. */
const NODE_SEPARATOR = '\u0000';

/**
 * Mentions in many text nodes, found in one call over their joined text: one long loop, which
 * the engine optimises early, instead of hundreds of short ones. Offsets are mapped back to nodes.
 */
export function findInNodes(nodes: readonly Text[], matcher: Matcher): NodeMention[] {
  const starts: number[] = [];
  let joined = '';
  for (const node of nodes) {
    starts.push(joined.length);
    joined += node.data + NODE_SEPARATOR;
  }
  const found: NodeMention[] = [];
  let index = 0;
  for (const match of matcher.find(joined)) {
    while (index + 1 < starts.length && starts[index + 1]! <= match.start) index++;
    const offset = starts[index]!;
    found.push({ ...match, start: match.start - offset, end: match.end - offset, node: nodes[index]! });
  }
  return found;
}
