// Injected by the background when the reader saves a page (the popup, the control, a command):
// describes the page in the tab (title, site, author, canonical URL…), with the procedures the
// scanner found if it ran here, and its main block's HTML for the readable copy, in one script so
// that a save costs the page one injection. Its result is what the background's executeScript
// call receives.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../lib/page/article-meta';
import { findMainContent } from '../lib/page/dom/main-content';
import { handoff } from '../lib/page/handoff';
import { mainContentHtml } from '../lib/page/page-html';

export default defineUnlistedScript(() => {
  const shared = handoff();
  // The scanner's main content when it ran here; found now otherwise.
  const root = (shared.session?.root?.isConnected ? shared.session.root : null) ?? findMainContent(document) ?? document.body;
  const article = extractArticle(document, location.href, shared.session?.procedures().map((p) => p.id) ?? [], root);
  return { ...article, page: root ? mainContentHtml(document, root, location.href) : null };
});
