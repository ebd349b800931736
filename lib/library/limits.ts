// What a readable copy keeps to, known by the code that makes copies, the code that checks them
// and the reader that shows them (which cleans them again with the same lists).

/** Pages larger than this are not kept: no article is near it, and a message must carry it. */
export const MAX_PAGE_HTML_CHARS = 8 * 1024 * 1024;
/** A copy whose clean HTML is larger is not kept either. */
export const MAX_COPY_HTML_CHARS = 2 * 1024 * 1024;

/** Elements a copy never holds: nothing that runs, styles, asks, frames, plays or loads. */
export const COPY_FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'svg', 'math', 'template', 'video', 'audio', 'source', 'track', 'picture', 'noscript',
] as const;
/** Attributes a copy never holds: styles, names a page's scripts or styles use, and anything that loads or pings. */
export const COPY_FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'sizes', 'action', 'formaction', 'background', 'poster', 'ping', 'loading', 'decoding'] as const;

/** DOMPurify's settings for a copy, the same where it is kept and where it is shown. */
export const copyPurifyConfig = () => ({
  FORBID_TAGS: [...COPY_FORBID_TAGS],
  FORBID_ATTR: [...COPY_FORBID_ATTR],
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: ['target', 'data-skinmark-src'],
  ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
});
