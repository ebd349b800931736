// The first look at a page, taken on every page the reader opens: does its headline or opening use
// any word that might be about skin? It reads the title, a few meta tags, the URL and the first
// paragraphs, never the whole document, so most pages are let go for far less than one pass over
// their text. Kept apart from the detector so the script that runs everywhere bundles only this.
//
// Which words might be about skin is the caller's to say: the every-page script asks the small list
// of stems (lib/lexicon/first-look), the page controller, which holds the full lexicon by then,
// asks that, so the scanner does not carry the stems too.
import { NOT_CONTENT_SELECTOR } from './dom/main-content';
import { leadingText } from './dom/text-nodes';
import { metaTags } from './page-meta';

/** Whether a text uses any word that might be about skin. */
export type SkinWordTest = (text: string) => boolean;

/** How much of the page's opening prose the first look reads. */
const OPENING_CHARS = 1500;
/** Less paragraph text than this, and the page is probably still being drawn by its scripts. */
const RENDERED_CHARS = 200;

/**
 * The path of a page's address, as words. Read from the document's own URL: the first touch of
 * `location` in a content script's world costs more than the rest of the headline.
 */
function pathWords(url: string): string {
  return (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '').replace(/[-_/.]+/g, ' ');
}

/**
 * What the author says the page is about: title, description, keywords, section, URL. Not its
 * heading (finding it can mean walking the whole of a large page; the title and the opening say
 * the same) nor its JSON-LD (which can be large).
 */
function headlineText(doc: Document): string {
  const path = pathWords(doc.URL);
  const meta = metaTags(doc);
  const title = doc.title;
  const description = meta.get('description');
  return [
    title,
    description,
    // Social tags mostly repeat the title and description: read them only where they differ.
    meta.get('og:title') === title ? '' : meta.get('og:title'),
    meta.get('og:description') === description ? '' : meta.get('og:description'),
    meta.get('keywords'),
    meta.get('article:section'),
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
export function firstLook(doc: Document, mayBeAboutSkin: SkinWordTest): FirstLook {
  if (mayBeAboutSkin(headlineText(doc))) return { candidate: true };
  const opening = openingText(doc);
  return { candidate: mayBeAboutSkin(opening.text), sparse: opening.paragraphChars < RENDERED_CHARS };
}
