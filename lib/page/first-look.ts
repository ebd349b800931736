// The first look at a page, taken on every page the reader opens: does its headline or opening use
// any word that might be about skin? It reads the title, a few meta tags, the URL and the first
// paragraphs, never the whole document, so most pages are let go for far less than one pass over
// their text. Kept apart from the detector so the script that runs everywhere bundles only this.
import { mayBeAboutSkin } from '../lexicon/first-look';
import { NOT_CONTENT_SELECTOR } from './dom/main-content';
import { leadingText } from './dom/text-nodes';

/** How much of the page's opening prose the first look reads. */
const OPENING_CHARS = 1500;
/** Less paragraph text than this, and the page is probably still being drawn by its scripts. */
const RENDERED_CHARS = 200;

/** Only the meta tags wanted, found by the browser in one native pass over the head. */
const META_SELECTOR = ['description', 'og:title', 'og:description', 'keywords', 'article:section', 'og:type']
  .map((name) => `meta[name="${name}" i],meta[property="${name}" i]`)
  .join(',');

/**
 * The page's meta tags by name or property. A large page's head can hold a hundred meta tags;
 * reading each from script would cost more than the rest of the first look.
 */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of (doc.head ?? doc).querySelectorAll(META_SELECTOR)) {
    const name = (element.getAttribute('name') ?? element.getAttribute('property'))?.toLowerCase();
    if (name && !tags.has(name)) tags.set(name, element.getAttribute('content') ?? '');
  }
  return tags;
}

/** JSON-LD types, sections and keywords: what the publisher says the page is. */
export function structuredData(doc: Document): { types: string; topics: string } {
  let types = '';
  let topics = '';
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // The article's own block comes first; a huge one (a whole product catalogue) is not read through.
    const text = (script.textContent ?? '').slice(0, 20_000);
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) types += ` ${m[1]}`;
    for (const m of text.matchAll(/"(?:articleSection|keywords|about|headline)"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) topics += ` ${m[1]}`;
  }
  return { types, topics };
}

/**
 * The path of a page's address, as words. Read from the document's own URL: the first touch of
 * `location` in a content script's world costs more than the rest of the headline.
 */
function pathWords(url: string): string {
  return (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '').replace(/[-_/.]+/g, ' ');
}

/** What the author says the page is about: title, headings, description, keywords, sections, URL. */
export function headlineText(doc: Document, full = true): string {
  const path = pathWords(doc.URL);
  const meta = metaTags(doc);
  const title = doc.title;
  const description = meta.get('description');
  return [
    title,
    // The first look skips the heading (finding it can mean walking the whole of a large page;
    // the title and the opening say the same) and the JSON-LD (which can be large).
    full ? (doc.getElementsByTagName('h1')[0]?.textContent ?? '') : '',
    description,
    // Social tags mostly repeat the title and description: read them only where they differ.
    meta.get('og:title') === title ? '' : meta.get('og:title'),
    meta.get('og:description') === description ? '' : meta.get('og:description'),
    meta.get('keywords'),
    meta.get('article:section'),
    full ? structuredData(doc).topics : '',
    path,
  ].join(' \n ');
}

/** The first few paragraphs of the page, read without walking the whole document. */
function openingText(doc: Document): { text: string; paragraphChars: number } {
  let text = '';
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0, paragraph = paragraphs[0]; paragraph && text.length < OPENING_CHARS; paragraph = paragraphs[++i]) {
    // Cookie notices and menus are not the opening of the article.
    if (!paragraph.closest(NOT_CONTENT_SELECTOR)) text += ` ${paragraph.textContent ?? ''}`;
  }
  const paragraphChars = text.length;
  if (paragraphChars < RENDERED_CHARS && doc.body) text += leadingText(doc.body, OPENING_CHARS);
  return { text, paragraphChars };
}

/** A page with almost no paragraph text yet: likely a client-rendered shell still filling in. */
export function looksUnrendered(doc: Document): boolean {
  let text = 0;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0, paragraph = paragraphs[0]; paragraph && text < RENDERED_CHARS; paragraph = paragraphs[++i]) {
    text += paragraph.textContent?.length ?? 0;
  }
  return text < RENDERED_CHARS;
}

export interface FirstLook {
  /** Some word of the headline or opening might be about skin: worth the full detector. */
  candidate: boolean;
  /** Almost no paragraph text yet: the page may still be filling in, worth watching. */
  sparse?: boolean;
}

/** The first look: most pages leave here, having cost a few element lookups and two small scans. */
export function firstLook(doc: Document): FirstLook {
  if (mayBeAboutSkin(headlineText(doc, false))) return { candidate: true };
  const opening = openingText(doc);
  return { candidate: mayBeAboutSkin(opening.text), sparse: opening.paragraphChars < RENDERED_CHARS };
}
