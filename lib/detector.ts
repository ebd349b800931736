// Decides whether a page is a skincare article and finds the procedure mentions in its text.
// The small readerable check alone: the full Readability would triple the content script.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { Matcher, TermMatch } from './lexicon/matcher';
import { findMainContent } from './dom/main-content';
import { articleTextNodes } from './dom/text-nodes';

export interface NodeMention extends TermMatch {
  node: Text;
}

export interface Detection {
  isArticle: boolean;
  isSkincare: boolean;
  /** Why the page was or was not taken: for tests and the eval, never shown to the page. */
  reason: string;
  root: Element | null;
  /** Mentions to highlight: empty unless the page is a skincare article. */
  mentions: NodeMention[];
  /** Distinct procedure ids, in order of first mention. */
  procedures: string[];
}

// Words that say a text is about skin. Each hit is one unit of evidence.
const SKIN_CONTEXT =
  /(?<![\p{L}])(?:skin|skincare|acne|scar(?:s|ring)?|collagen|elastin|wrinkles?|fine lines|pores?|pigmentation|hyperpigmentation|melasma|rosacea|dermatolog(?:ist|ists|y)|(?:a)?esthetician|complexion|sunscreen|SPF|retinol|retinoids?|serums?|moisturi[sz]er|hyaluronic|exfoliat\w*|breakouts?|blemish(?:es)?|redness|dark spots|sun damage|epidermis|dermis|sebum|blackheads?|whiteheads?|eczema|dermal|piel|acné|arrugas|manchas|Haut|Falten|Akne|peau|rides|cicatrices)(?![\p{L}])/giu;

const LISTING_BODY_CLASSES = ['home', 'blog', 'archive', 'category', 'tag', 'search', 'search-results', 'woocommerce-shop'];

function countMatches(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let count = 0;
  while (regex.exec(text)) count++;
  return count;
}

function isSearchUrl(url: URL): boolean {
  return /\/search\b/i.test(url.pathname) || url.searchParams.has('s') || url.searchParams.has('q');
}

/** Home pages, listings, search results and shop grids: many linked teasers, little prose. */
function looksLikeListing(doc: Document, root: Element): boolean {
  const bodyClasses = doc.body?.classList;
  if (bodyClasses && LISTING_BODY_CLASSES.some((c) => bodyClasses.contains(c))) return true;
  if (root.querySelectorAll('article').length >= 3) return true;
  const headings = root.querySelectorAll('h1, h2, h3');
  let linked = 0;
  for (const heading of headings) if (heading.querySelector('a[href]') || heading.closest('a[href]')) linked++;
  return linked >= 4 && linked >= headings.length * 0.6;
}

export function isArticlePage(doc: Document, root: Element): { isArticle: boolean; reason: string } {
  const location = doc.defaultView?.location;
  if (location && /^https?:/.test(location.href) && isSearchUrl(new URL(location.href))) {
    return { isArticle: false, reason: 'search results' };
  }
  if (looksLikeListing(doc, root)) return { isArticle: false, reason: 'listing page' };
  if (!isProbablyReaderable(doc)) return { isArticle: false, reason: 'not enough prose' };
  return { isArticle: true, reason: 'article' };
}

/** The headline and description signals: what the author says the page is about. */
function headlineText(doc: Document): string {
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '';
  return [doc.title, doc.querySelector('h1')?.textContent ?? '', meta('meta[name="description"]'), meta('meta[property="og:title"]')].join(' \n ');
}

export function detectSkincareArticle(doc: Document, matcher: Matcher): Detection {
  const none = (isArticle: boolean, reason: string, root: Element | null): Detection => ({
    isArticle,
    isSkincare: false,
    reason,
    root,
    mentions: [],
    procedures: [],
  });
  const root = findMainContent(doc);
  if (!root) return none(false, 'no body', null);
  const article = isArticlePage(doc, root);
  if (!article.isArticle) return none(false, article.reason, root);

  const nodes = articleTextNodes(root);
  const mentions: NodeMention[] = [];
  let contextHits = 0;
  let words = 0;
  for (const node of nodes) {
    const text = node.data;
    for (const match of matcher.find(text)) mentions.push({ ...match, node });
    contextHits += countMatches(SKIN_CONTEXT, text);
    words += text.split(/\s+/).filter(Boolean).length;
  }

  const strong = mentions.filter((m) => m.kind !== 'weak');
  const headline = headlineText(doc);
  const headlineProcedures = matcher.find(headline).filter((m) => m.kind !== 'weak').length;
  const headlineSkin = countMatches(SKIN_CONTEXT, headline);
  const contextPerThousand = words ? (contextHits * 1000) / words : 0;

  const enoughProcedures = strong.length >= 2 || (strong.length >= 1 && headlineProcedures + headlineSkin > 0);
  const enoughSkin = contextHits >= 3 && contextPerThousand >= 4;
  if (!enoughProcedures || !enoughSkin) {
    return none(true, `not skincare: ${strong.length} procedure mentions, ${contextHits} skin words`, root);
  }

  const procedures: string[] = [];
  for (const m of mentions) if (!procedures.includes(m.procedureId)) procedures.push(m.procedureId);
  return {
    isArticle: true,
    isSkincare: true,
    reason: `skincare: ${strong.length} procedure mentions, ${contextHits} skin words`,
    root,
    mentions,
    procedures,
  };
}
