// Chrome's offscreen document: a page with a DOM for the background's service worker, which has
// none. It extracts readable copies (lib/library/readable.ts) and answers nothing else.
import { browser } from 'wxt/browser';
import { EXTRACT_PORT, isExtractCopyRequest } from '../../lib/background/offscreen-protocol';
import { extractReadableCopy } from '../../lib/library/readable';

browser.runtime.onConnect.addListener((port) => {
  if (port.name !== EXTRACT_PORT) return;
  // Only the background asks: a script in a tab (Skinmark's own, in a page's process) gets nothing.
  if (port.sender?.tab || port.sender?.url !== browser.runtime.getURL('/background.js')) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((message: unknown) => {
    if (!isExtractCopyRequest(message)) return;
    try {
      port.postMessage({ ok: true, copy: extractReadableCopy(message.html, message.url, message.key) });
    } catch (error) {
      port.postMessage({ ok: false, error: (error as Error).message });
    }
  });
});
