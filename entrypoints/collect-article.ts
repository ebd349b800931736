// Injected by the background when the reader saves a page from the popup: describes the page in the
// tab (title, site, author, canonical URL…), with the procedures the scanner found if it ran here.
// Its result is what the background's executeScript call receives.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../lib/page/article-meta';
import { handoff } from '../lib/page/handoff';

export default defineUnlistedScript(() =>
  extractArticle(document, location.href, handoff().session?.procedures().map((p) => p.id) ?? []),
);
