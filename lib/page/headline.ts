// What a page says it is about, apart from what its site is called. A clinic's name ("… Skin
// Clinic", "… Aesthetics") is in every title and logo of its site and says nothing about one page;
// the page's own part of the title and its own heading do.
import { foldText } from '../lexicon/fold';
import { metaTags } from './page-meta';
import { isNotContent } from './dom/main-content';

export interface Headline {
  /** Names the site goes by: og:site_name, the logo's text, the title's site part. Lower case. */
  siteNames: string[];
  /** The title without the site's name. */
  title: string;
  /** The page's own heading element: its first h1 that is not the site's name, else the h2 the title names. */
  heading: Element | null;
  headingText: string;
}

/** What separates a page's part of a title from the site's: "Peels | Skin by Oksana", "Botox – Clinic". */
const TITLE_SEPARATOR = /\s+[|\-\u2013\u2014\u00b7\u2022\u00bb/:]{1,2}\s+/;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const words = (text: string) => foldText(text)?.match(/[0-9a-z\u00df-\u024f]{3,}/g) ?? [];
const squeeze = (text: string) => words(text).join('');

/** Whether two names share most of their words ("Skin by Oksana" and "Oksana Skin Esthetics"). */
function sameName(a: string, b: string): boolean {
  const aw = words(a);
  const bw = new Set(words(b));
  if (!aw.length || !bw.size) return false;
  const shared = aw.filter((w) => bw.has(w)).length;
  return shared / aw.length >= 0.6 || (squeeze(a).length >= 4 && squeeze(b).includes(squeeze(a)));
}

/** The host's own name: "skinbyoksana" for www.skinbyoksana.com. */
function hostName(url: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? '';
  const labels = host.replace(/^www\d?\./, '').split('.');
  return (labels.length > 1 ? labels.slice(0, -1) : labels).join('').toLowerCase();
}

/** Text of the site's logo: an image or link marked as the logo, in the masthead or linking home. */
function logoNames(doc: Document): string[] {
  const names: string[] = [];
  const candidates = doc.querySelectorAll(
    '[class*="logo" i] img, img[class*="logo" i], img[id*="logo" i], img[alt*="logo" i], img[src*="logo" i], a[class*="logo" i], a[class*="brand" i], [class*="site-title" i], [class*="site-name" i]',
  );
  for (const element of candidates) {
    if (names.length >= 3) break;
    const home = element.closest('a[href]');
    const linksHome = !!home && /^(\/|\.\/|index\.[a-z]+|\/index\.[a-z]+|https?:\/\/[^/]+\/?)$/i.test(home.getAttribute('href') ?? '');
    const inMasthead = !!element.closest('header, [class*="header" i], [id*="header" i], [class*="masthead" i]');
    if (!linksHome && !inMasthead) continue;
    const text = clean(element.getAttribute('alt') || element.getAttribute('title') || element.textContent).replace(/\blogo\b[,:]?\s*/gi, '');
    if (text.length >= 3 && text.length <= 80) names.push(text);
  }
  return names;
}

/** Whether an element sits in page chrome (a menu, a footer, a sidebar), by its own tag and its ancestors'. */
function inChrome(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (isNotContent(e)) return true;
  return false;
}

export function readHeadline(doc: Document, meta = metaTags(doc)): Headline {
  const named = (selector: string) => doc.querySelector(selector)?.getAttribute('content');
  const known = [named('meta[property="og:site_name" i]'), named('meta[name="application-name" i]'), ...logoNames(doc)]
    .map(clean)
    .filter(Boolean) as string[];
  const host = hostName(doc.URL);
  const isSiteName = (text: string) => {
    const squeezed = squeeze(text);
    if (!squeezed) return false;
    if (known.some((name) => sameName(text, name) || sameName(name, text))) return true;
    return host.length >= 4 && (host.includes(squeezed) || (squeezed.includes(host) && squeezed.length - host.length < 12));
  };

  const rawTitle = clean(doc.title) || clean(meta.get('og:title'));
  const segments = rawTitle.split(TITLE_SEPARATOR).map(clean).filter(Boolean);

  // The heading: the first h1 outside menus and footers that is not the site's name.
  let heading: Element | null = null;
  for (const h1 of doc.getElementsByTagName('h1')) {
    const text = clean(h1.textContent);
    if (text.length >= 2 && !isSiteName(text) && !inChrome(h1)) {
      heading = h1;
      break;
    }
  }
  // The title's own part: the segment the heading repeats, else the first that is not the site's
  // name ("Botox - Aesthetic Clinic - Clinic Name" is about Botox). The rest is the site's.
  const headingText = clean(heading?.textContent);
  const own =
    (headingText && segments.find((s) => sameName(s, headingText) || sameName(headingText, s))) ||
    segments.find((s) => !isSiteName(s)) ||
    '';
  const siteParts = segments.filter((s) => s !== own);
  const title = own;
  if (!heading) {
    // No h1 of its own (a theme that puts the page's name in an h2): the h2 the title names.
    const h2s = [...doc.getElementsByTagName('h2')].filter((h) => clean(h.textContent).length >= 2 && !inChrome(h));
    // Only an h2 the title names: on a listing, the first h2 is a teaser's.
    heading = (title && h2s.find((h) => sameName(title, clean(h.textContent)) || sameName(clean(h.textContent), title))) || null;
    if (heading && isSiteName(clean(heading.textContent))) heading = null;
  }
  // Only what is known to be the site's name is masked in the page's text; the title's other
  // segments ("Hair loss" in "Mesotherapy - Hair loss - Clinic") are left out of the title only.
  const siteNames = [...new Set([...known, ...siteParts.filter(isSiteName)].map((n) => n.toLowerCase()))];
  return { siteNames, title, heading, headingText: clean(heading?.textContent) };
}

/** `text` (an og:title, a headline) without the segments that are the site's name. */
export function withoutSiteName(text: string, siteNames: readonly string[]): string {
  const segments = clean(text).split(TITLE_SEPARATOR).map(clean).filter(Boolean);
  const own = segments.filter((s) => !siteNames.some((name) => sameName(s, name) && sameName(name, s)));
  return own.join(' – ');
}
