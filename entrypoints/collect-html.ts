// Injected by the background right after the reader saves an article, when readable copies are
// on: the article's main content as the browser has it now (rendered, logged in, after the
// reader's clicks), for the background to extract the copy from, away from this page's main
// thread. Only the main block the collector just read is serialised, not the whole page: a
// serialisation of the whole of a large page cost the page more than Skinmark's scan of it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findMainContent } from '../lib/page/dom/main-content';
import { handoff } from '../lib/page/handoff';

/** Mirrors MAX_PAGE_HTML_CHARS (lib/library/limits.ts): a larger article is not kept, so not sent. */
const MAX_CHARS = 8 * 1024 * 1024;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export default defineUnlistedScript(() => {
  const shared = handoff();
  const collected = shared.collectedRoot?.deref();
  const root = (collected?.isConnected ? collected : null) ?? (shared.session?.root?.isConnected ? shared.session.root : null) ?? findMainContent(document) ?? document.body;
  if (!root) return null;
  // Read, never written: the rule is about page text becoming markup, which this is not.
  // eslint-disable-next-line no-restricted-properties
  const body = root.outerHTML;
  const lang = document.documentElement.lang.replace(/[^\w-]/g, '');
  const html = `<!doctype html><html lang="${lang}"><head><title>${escapeText(document.title)}</title></head><body>${body}</body></html>`;
  return html.length > MAX_CHARS ? null : { html, url: location.href };
});
