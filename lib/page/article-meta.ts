// What a page says about itself, for the reading list: read from meta tags, JSON-LD and the text.
import type { ArticleInput } from '../model';
import { findMainContent } from './dom/main-content';
import { articleTextNodes, walkArticleText } from './dom/text-nodes';
import { readHeadline, withoutSiteName } from './headline';

const WORDS_PER_MINUTE = 230;
const EXCERPT_CHARS = 280;

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** A hostile page's JSON-LD can be megabytes deep or wide: only this much of it is ever looked at. */
const JSON_LD_CHARS = 200_000;
const JSON_LD_DEPTH = 16;
const JSON_LD_OBJECTS = 500;

/**
 * JSON-LD objects of the page, flattened through arrays and @graph; a broken block is skipped.
 * Walked with a stack of its own, depth- and count-limited, so no nesting can overflow the call stack.
 */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const pending: { value: unknown; depth: number }[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > JSON_LD_CHARS) continue;
    try {
      pending.push({ value: JSON.parse(source), depth: 0 });
    } catch {
      // A page's malformed JSON-LD (or JSON nested past the parser's own limit) is the page's
      // problem, not a reason to fail saving.
    }
    while (pending.length && out.length < JSON_LD_OBJECTS) {
      const { value, depth } = pending.pop()!;
      if (depth > JSON_LD_DEPTH) continue;
      if (Array.isArray(value)) {
        for (let i = Math.min(value.length, JSON_LD_OBJECTS) - 1; i >= 0; i--) pending.push({ value: value[i], depth: depth + 1 });
      } else if (value && typeof value === 'object') {
        out.push(value as Record<string, unknown>);
        pending.push({ value: (value as Record<string, unknown>)['@graph'], depth: depth + 1 });
      }
    }
    pending.length = 0;
  }
  return out;
}

function jsonLdArticle(doc: Document): Record<string, unknown> | undefined {
  return jsonLdObjects(doc).find((o) => {
    // A type is a name or a list of names; anything else (an array thousands deep) is no type.
    const type = o['@type'];
    const names = typeof type === 'string' ? [type] : Array.isArray(type) ? type.slice(0, 10).filter((t): t is string => typeof t === 'string') : [];
    return names.some((name) => /Article|BlogPosting|NewsArticle|Report|MedicalWebPage/.test(name));
  });
}

/** A name, or names: a person or organisation written as a string, an object with a name, or a list of them (not lists of lists). */
function nameOf(value: unknown, nested = false): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && !nested) {
    return value.slice(0, 20).map((item) => nameOf(item, true)).filter(Boolean).join(', ') || undefined;
  }
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name;
  }
  return undefined;
}

const NON_SPACE_RUN = /\S+/g;

/** `mainContent`: the article's main block when the caller knows it already (the scanner found it). */
export function extractArticle(doc: Document, pageUrl: string, procedures: string[] = [], mainContent?: Element | null): ArticleInput {
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() || undefined;
  const ld = jsonLdArticle(doc);
  const root = mainContent ?? findMainContent(doc) ?? doc.body;
  // Words counted node by node, without joining the article into one string (a save runs on the
  // page's main thread; the whole text is needed only for a page with no paragraph to quote).
  let words = 0;
  if (root) for (const node of walkArticleText(root)) words += node.data.match(NON_SPACE_RUN)?.length ?? 0;
  let firstParagraph: string | undefined;
  for (const p of root?.getElementsByTagName('p') ?? []) {
    const text = p.textContent ?? '';
    if (text.trim().length > 80) {
      firstParagraph = text;
      break;
    }
  }
  const wholeText = () => (root ? articleTextNodes(root).map((n) => n.data).join(' ') : '');
  const canonicalHref = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href');
  let canonicalUrl: string | undefined;
  try {
    canonicalUrl = canonicalHref ? new URL(canonicalHref, pageUrl).toString() : undefined;
  } catch {
    canonicalUrl = undefined;
  }
  if (canonicalUrl && !/^https?:/.test(canonicalUrl)) canonicalUrl = undefined;
  // The article's own title, not the site's: a title or og:title that is only the site's name
  // ("Skin Clinic") gives way to the page's own heading.
  const headline = readHeadline(doc);
  const own = (text: string | null | undefined) => (text ? withoutSiteName(text, headline.siteNames) : '');
  const title =
    own(meta('meta[property="og:title"]')) ||
    own(typeof ld?.headline === 'string' ? ld.headline : undefined) ||
    headline.headingText ||
    // No heading of its own (a home page): its first h1, the site's name, says what it is.
    doc.querySelector('h1')?.textContent?.trim() ||
    headline.title ||
    doc.title;
  const author =
    meta('meta[name="author"]') ??
    nameOf(ld?.author) ??
    doc.querySelector('[rel="author"], .byline .author, .author-name, .entry-author')?.textContent ??
    undefined;
  const publishedAt =
    meta('meta[property="article:published_time"]') ??
    (typeof ld?.datePublished === 'string' ? ld.datePublished : undefined) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  return {
    url: pageUrl.replace(/#.*$/, ''),
    canonicalUrl,
    title: clip(title || new URL(pageUrl).hostname, 300),
    siteName: clip(
      meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? new URL(pageUrl).hostname.replace(/^www\./, ''),
      120,
    ),
    author: author ? clip(author, 120) : undefined,
    publishedAt: publishedAt ? clip(publishedAt, 40) : undefined,
    excerpt: clip(meta('meta[name="description"]') ?? meta('meta[property="og:description"]') ?? firstParagraph ?? wholeText(), EXCERPT_CHARS),
    readingMinutes: words ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 0,
    procedures,
  };
}
