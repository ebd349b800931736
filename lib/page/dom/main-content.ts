// Where an article's own text is, and which parts of a page are never the article.

// Page parts that are never the article's own text: chrome, comments, widgets, forms, UI.
const NOT_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'NAV', 'FOOTER', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'BUTTON', 'SVG', 'IFRAME',
]);
const NOT_CONTENT_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'dialog']);
const NOT_CONTENT_IDS = new Set(['comments', 'respond', 'cookie-banner']);
const NOT_CONTENT_CLASSES = new Set([
  'comments', 'comment-respond', 'comments-area', 'comment-list', 'sharedaddy', 'jp-relatedposts', 'related-posts',
  'widget-area', 'sidebar', 'cookie-banner', 'site-header', 'site-footer',
]);

/** The rules other than tags, as one selector: an element with attributes is matched once, natively. */
const NOT_CONTENT_ATTRIBUTES =
  '[role="navigation"],[role="contentinfo"],[role="complementary"],[role="search"],[role="dialog"],' +
  '[aria-hidden="true"],[hidden],[contenteditable=""],[contenteditable="true"],#comments,#respond,#cookie-banner,' +
  '.comments,.comment-respond,.comments-area,.comment-list,.sharedaddy,.jp-relatedposts,.related-posts,' +
  '.widget-area,.sidebar,.cookie-banner,.site-header,.site-footer';

/**
 * The same rules as one selector, for closest() and matches(). Written out because the script that
 * runs on every page uses it and should not build it there each time; a unit test keeps it equal to
 * notContentSelectorOfRules().
 */
export const NOT_CONTENT_SELECTOR = 'nav,footer,aside,form,script,style,noscript,template,textarea,select,button,svg,iframe,' + NOT_CONTENT_ATTRIBUTES;

/** The rules above as a selector. */
export function notContentSelectorOfRules(): string {
  return [
    ...[...NOT_CONTENT_TAGS].map((tag) => tag.toLowerCase()),
    ...[...NOT_CONTENT_ROLES].map((role) => `[role="${role}"]`),
    '[aria-hidden="true"]',
    '[hidden]',
    '[contenteditable=""]',
    '[contenteditable="true"]',
    ...[...NOT_CONTENT_IDS].map((id) => `#${id}`),
    ...[...NOT_CONTENT_CLASSES].map((c) => `.${c}`),
  ].join(',');
}

/**
 * Whether an element is page chrome rather than article text. Checked on every element of the
 * article: its tag, and only for an element with attributes, one native match of the rest.
 */
export function isNotContent(element: Element): boolean {
  if (NOT_CONTENT_TAGS.has(element.tagName.toUpperCase())) return true;
  return element.hasAttributes() && element.matches(NOT_CONTENT_ATTRIBUTES);
}

const ARTICLE_BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-body',
  '.article-content',
  '.post-body',
  'article',
  'main',
  '[role="main"]',
  '#content',
];

/** Paragraph text a container needs to be chosen by its paragraphs rather than by its name. */
const MIN_PARAGRAPH_CHARS = 500;
/** A container inside another holding this share of its paragraphs is the article; the outer one wraps it. */
const INNER_SHARE = 0.8;

/**
 * Of the well-known article containers, the innermost one holding (nearly) the most paragraph
 * text: the first <article> of a page can be a teaser above the story. One pass over the page's
 * paragraphs, each counted in every container above it.
 */
function containerWithMostParagraphs(doc: Document, candidates: readonly Element[]): Element | null {
  const usable = new Set(candidates.filter((c) => !c.closest(NOT_CONTENT_SELECTOR)));
  if (!usable.size) return null;
  const chars = new Map<Element, number>();
  for (const paragraph of doc.getElementsByTagName('p')) {
    const length = (paragraph.textContent ?? '').trim().length;
    if (!length) continue;
    for (let e = paragraph.parentElement; e; e = e.parentElement) {
      if (usable.has(e)) chars.set(e, (chars.get(e) ?? 0) + length);
    }
  }
  let most = 0;
  for (const value of chars.values()) most = Math.max(most, value);
  if (most < MIN_PARAGRAPH_CHARS) return null;
  let best: Element | null = null;
  for (const [element, value] of chars) {
    if (value < most * INNER_SHARE) continue;
    if (!best || best.contains(element)) best = element;
  }
  if (!best) return null;
  // An entry-content inside an <article> loses the article's own heading; climb to it.
  const article = best.closest('article');
  return article && article !== best && article.querySelectorAll('article').length === 0 ? article : best;
}

/** Enough text for a container to be the article rather than a teaser or a wrapper of nothing. */
const MIN_BODY_CHARS = 400;

/**
 * The element holding the article's own text: the first well-known article container with
 * enough text, else the body. Headers inside it stay (the article's title); a page-level
 * header, nav and footer are filtered later by NOT_CONTENT_SELECTOR.
 */
export function findMainContent(doc: Document): Element | null {
  // One walk of the document for all the selectors, then taken in order of preference.
  const found = Array.from(doc.querySelectorAll(ARTICLE_BODY_SELECTORS.join(',')));
  const byParagraphs = containerWithMostParagraphs(doc, found);
  if (byParagraphs) return byParagraphs;
  for (const selector of ARTICLE_BODY_SELECTORS) {
    for (const candidate of found) {
      if (!candidate.matches(selector) || candidate.closest(NOT_CONTENT_SELECTOR)) continue;
      if ((candidate.textContent ?? '').length >= MIN_BODY_CHARS) {
        // An entry-content inside an <article> loses the article's own heading; climb to it.
        const article = candidate.closest('article');
        return article && article !== candidate && article.querySelectorAll('article').length === 0
          ? article
          : candidate;
      }
    }
  }
  return doc.body;
}
