// What a save reads in its page: the article as it describes itself (title, site, author, canonical
// URL…) with the procedures the scanner found if it ran here, and, when a readable copy is wanted,
// its main block's HTML, in one pass so that a save costs the page one injected script.
import type { ArticleInput } from '../model';
import { extractArticle } from './article-meta';
import { findMainContent } from './dom/main-content';
import { handoff } from './handoff';
import { mainContentHtml, type PageHtml } from './page-html';

export function collectArticle(withPage: boolean): ArticleInput & { page?: PageHtml | null } {
  const shared = handoff();
  // The scanner's main content when it ran here; found now otherwise.
  const root = (shared.session?.root?.isConnected ? shared.session.root : null) ?? findMainContent(document) ?? document.body;
  const article = extractArticle(document, location.href, shared.session?.procedures().map((p) => p.id) ?? [], root);
  return withPage && root ? { ...article, page: mainContentHtml(document, root, location.href) } : article;
}
