// Injected by the background right after the reader saves an article, when readable copies are
// on: the page's HTML as the browser has it now (rendered, logged in, after the reader's clicks),
// for the background to extract the copy from, away from this page's main thread. Serialising is
// the only work done here.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** Mirrors MAX_PAGE_HTML_CHARS (lib/library/readable.ts): a larger page is not kept, so not sent. */
const MAX_CHARS = 8 * 1024 * 1024;

export default defineUnlistedScript(() => {
  // Read, never written: the rule is about page text becoming markup, which this is not.
  // eslint-disable-next-line no-restricted-properties
  const html = document.documentElement.outerHTML;
  return html.length > MAX_CHARS ? null : { html, url: location.href };
});
