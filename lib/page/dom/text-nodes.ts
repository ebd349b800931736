// The text nodes of an article's own content, skipping page chrome and UI.
import { isNotContent } from './main-content';

const VISIBLE_TEXT = /\S/;

/**
 * Text nodes under `root` that carry visible article text, in document order. One walk over the
 * tree by its own links (no per-node callback from a TreeWalker): an excluded element is skipped
 * whole, so its descendants are never visited. A header inside an article is its title block and
 * stays; one outside is the site's masthead and goes.
 */
export function articleTextNodes(root: Element): Text[] {
  return [...walkArticleText(root)];
}

/** The same walk, one node at a time: a caller can stop and go on later (a long article, in steps). */
export function* walkArticleText(root: Element): Generator<Text, void, undefined> {
  let node: Node | null = root.firstChild;
  let insideArticle = root.tagName === 'ARTICLE' || !!root.closest('article');
  const articles: Node[] = [];
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      if (VISIBLE_TEXT.test((node as Text).data)) yield node as Text;
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const tag = element.tagName;
      const masthead = (tag === 'HEADER' || tag === 'header') && !insideArticle;
      descend = !masthead && !isNotContent(element) && !!element.firstChild;
      if (descend && (tag === 'ARTICLE' || tag === 'article') && !insideArticle) {
        insideArticle = true;
        articles.push(element);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next node in document order, climbing out of finished elements (never above root).
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node === articles[articles.length - 1]) {
        articles.pop();
        insideArticle = false;
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** Up to `max` characters of visible text under `root`, without walking the rest of the page. */
export function leadingText(root: Element, max: number): string {
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node) {
      if (node.nodeType === 1) return (node as Element).matches('script, style, noscript, template, svg') ? 2 : 3;
      return 1;
    },
  });
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) text += ` ${(node as Text).data}`;
  return text;
}
