// A readable copy of an article: its main content as @mozilla/readability extracts it from the
// page's HTML, then cleaned by DOMPurify so that showing it again can do nothing but show text and
// pictures: no scripts, event handlers, forms, frames, styles or remote loads. Images keep their
// address in `data-skinmark-src` and load only where the reader allowed them (entrypoints/reader).
//
// Runs wherever there is a DOM in the extension's own origin: Chrome's offscreen document, Firefox's
// background page, the options page (imports) and the tests. Never in a web page.
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { ReadableCopy } from '../model';
import { distinctWords } from '../shared/words';

import { MAX_COPY_HTML_CHARS, MAX_PAGE_HTML_CHARS, copyPurifyConfig } from './limits';


/**
 * Cleans HTML for showing in an extension page: what DOMPurify keeps by default, less everything
 * that loads, runs or asks, with links made to open outside and images held back.
 */
export function sanitizeCopyHtml(html: string, baseUrl: string): string {
  const purify = DOMPurify(window);
  // Where DOMPurify cannot work it returns its input as it was: nothing is kept rather than that.
  if (!purify.isSupported) throw new Error('This window cannot clean HTML, so no readable copy is kept.');
  // Addresses are made absolute (against the page) before DOMPurify checks them, so that a
  // relative link or image is kept and anything but http(s) is not.
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href' || data.attrName === 'src' || data.attrName === 'data-skinmark-src') data.attrValue = absolute(data.attrValue, baseUrl) ?? '';
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (node.tagName === 'A') {
      if (!node.getAttribute('href')) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') || node.getAttribute('data-skinmark-src');
      node.removeAttribute('src');
      if (src) node.setAttribute('data-skinmark-src', src);
      else node.remove();
    }
  });
  try {
    return purify.sanitize(html, copyPurifyConfig());
  } finally {
    purify.removeAllHooks();
  }
}

function absolute(value: string | null, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The readable copy of a page, from its HTML as the browser serialised it, or null when
 * Readability finds no article in it (a menu, a search page) or the page is too large.
 */
export function extractReadableCopy(html: string, url: string, key: string, now = Date.now()): ReadableCopy | null {
  if (html.length > MAX_PAGE_HTML_CHARS) return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Relative links and images resolve against the page, not the extension.
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  const parsed = new Readability(doc, { charThreshold: 300, keepClasses: false }).parse();
  if (!parsed?.content || !parsed.textContent?.trim()) return null;
  return copyFromHtml(parsed.content, url, key, { title: parsed.title ?? '', byline: parsed.byline ?? undefined, now });
}

/** A readable copy from article HTML already extracted elsewhere (an import's saved content). */
export function copyFromHtml(
  html: string,
  url: string,
  key: string,
  { title = '', byline, now = Date.now() }: { title?: string; byline?: string; now?: number } = {},
): ReadableCopy | null {
  const clean = sanitizeCopyHtml(html, url);
  if (!clean.trim() || clean.length > MAX_COPY_HTML_CHARS) return null;
  const text = new DOMParser().parseFromString(clean, 'text/html').body.textContent ?? '';
  if (!text.trim()) return null;
  const words = distinctWords(text);
  const size = clean.length * 2 + words.reduce((sum, w) => sum + w.length * 2, 0);
  return { key, html: clean, words, title, ...(byline ? { byline } : {}), length: text.length, size, savedAt: now };
}
