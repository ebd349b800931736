// Where an article's own text is, and which parts of a page are never the article.

/** Page parts that are never the article's own text: chrome, comments, widgets, forms. */
export const NOT_CONTENT_SELECTOR = [
  'nav',
  'footer',
  'aside',
  'form',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'button',
  'svg',
  'iframe',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '#comments',
  '#respond',
  '.comments',
  '.comment-respond',
  '.comments-area',
  '.comment-list',
  '.sharedaddy',
  '.jp-relatedposts',
  '.related-posts',
  '.widget-area',
  '.sidebar',
  '.cookie-banner',
  '#cookie-banner',
  '.site-header',
  '.site-footer',
].join(',');

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

/** Enough text for a container to be the article rather than a teaser or a wrapper of nothing. */
const MIN_BODY_CHARS = 400;

/**
 * The element holding the article's own text: the first well-known article container with
 * enough text, else the body. Headers inside it stay (the article's title); a page-level
 * header, nav and footer are filtered later by NOT_CONTENT_SELECTOR.
 */
export function findMainContent(doc: Document): Element | null {
  for (const selector of ARTICLE_BODY_SELECTORS) {
    for (const candidate of doc.querySelectorAll(selector)) {
      if (candidate.closest(NOT_CONTENT_SELECTOR)) continue;
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
