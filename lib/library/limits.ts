// Sizes a readable copy keeps to, known by the code that makes copies and the code that checks them.

/** Pages larger than this are not kept: no article is near it, and a message must carry it. */
export const MAX_PAGE_HTML_CHARS = 8 * 1024 * 1024;
/** A copy whose clean HTML is larger is not kept either. */
export const MAX_COPY_HTML_CHARS = 2 * 1024 * 1024;
