// What a page's head says about it: its meta tags and its JSON-LD. Read by the first look and the
// detector both, and kept apart from either so neither bundles the other's word lists.

/** Only the meta tags wanted, found by the browser in one native pass over the head. */
const META_SELECTOR = ['description', 'og:title', 'og:description', 'keywords', 'article:section', 'og:type']
  .map((name) => `meta[name="${name}" i],meta[property="${name}" i]`)
  .join(',');

/** How much of each JSON-LD block is read: the article's own block comes first, a whole product catalogue is not read through. */
const STRUCTURED_DATA_CHARS = 20_000;

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

export interface StructuredData {
  /** Every "@type" named, as written. */
  types: string;
  /** Sections, keywords, subjects and headlines. */
  topics: string;
}

/** JSON-LD types, sections and keywords: what the publisher says the page is. */
export function structuredData(doc: Document): StructuredData {
  let types = '';
  let topics = '';
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = (script.textContent ?? '').slice(0, STRUCTURED_DATA_CHARS);
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) types += ` ${m[1]}`;
    for (const m of text.matchAll(/"(?:articleSection|keywords|about|headline)"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) topics += ` ${m[1]}`;
  }
  return { types, topics };
}
