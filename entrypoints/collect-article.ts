// Injected by the background when the reader saves a page from the popup: describes the page in the
// tab (title, site, author, canonical URL…), with the procedures the scanner found if it ran here.
// Its result is what the background's executeScript call receives.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../lib/page/article-meta';
import { findMainContent } from '../lib/page/dom/main-content';
import { handoff } from '../lib/page/handoff';

export default defineUnlistedScript(() => {
  const shared = handoff();
  // The scanner's main content when it ran here; found now otherwise. Kept for the copy's script.
  const root = (shared.session?.root?.isConnected ? shared.session.root : null) ?? findMainContent(document) ?? document.body;
  if (root) shared.collectedRoot = new WeakRef(root);
  return extractArticle(document, location.href, shared.session?.procedures().map((p) => p.id) ?? [], root);
});
