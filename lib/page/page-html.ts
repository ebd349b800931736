// The article's main block as HTML, for its readable copy: serialised in the page (nothing more is
// done here), extracted by the background away from the page's main thread. Only the main block is
// serialised, not the whole page: a serialisation of the whole of a large page cost the page more
// than Skinmark's scan of it.

/** Mirrors MAX_PAGE_HTML_CHARS (lib/library/limits.ts): a larger article is not kept, so not sent. */
const MAX_CHARS = 8 * 1024 * 1024;

export interface PageHtml {
  html: string;
  url: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function mainContentHtml(doc: Document, root: Element, url: string): PageHtml | null {
  // Read, never written: the rule is about page text becoming markup, which this is not.
  // eslint-disable-next-line no-restricted-properties
  const body = root.outerHTML;
  const lang = doc.documentElement.lang.replace(/[^\w-]/g, '');
  const html = `<!doctype html><html lang="${lang}"><head><title>${escapeText(doc.title)}</title></head><body>${body}</body></html>`;
  return html.length > MAX_CHARS ? null : { html, url };
}
