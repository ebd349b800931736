// Chrome's offscreen document: a page with a DOM for the background's service worker, which has
// none. It extracts readable copies (lib/library/readable.ts) and answers nothing else.
import { browser } from 'wxt/browser';
import { isExtractCopyRequest } from '../../lib/background/offscreen-protocol';
import { extractReadableCopy } from '../../lib/library/readable';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isExtractCopyRequest(message)) return undefined;
  try {
    return Promise.resolve({ ok: true, copy: extractReadableCopy(message.html, message.url, message.key) });
  } catch (error) {
    return Promise.resolve({ ok: false, error: (error as Error).message });
  }
});
