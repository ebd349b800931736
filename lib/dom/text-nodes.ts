// The text nodes of an article's own content, skipping page chrome and UI.
import { NOT_CONTENT_SELECTOR } from './main-content';

const SKIP_HEADER = 'header';

function isExcluded(element: Element, root: Element): boolean {
  if (element.matches(NOT_CONTENT_SELECTOR)) return true;
  // A header inside the article is its title block; one outside it is the site's masthead.
  return element.matches(SKIP_HEADER) && !element.closest('article') && element !== root;
}

/**
 * Text nodes under `root` that carry visible article text. One TreeWalker pass: excluded
 * elements are rejected whole, so their descendants are never visited.
 */
export function articleTextNodes(root: Element): Text[] {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */ | 0x4 /* SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        return isExcluded(node as Element, root) ? 2 /* FILTER_REJECT */ : 3 /* FILTER_SKIP */;
      }
      return (node as Text).data.trim() ? 1 /* FILTER_ACCEPT */ : 3;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
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
