// One key per article, whatever tracking junk or fragment its URL carries.

const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref_src|spm)$/i;

/** Lower-case host, no fragment, no tracking parameters, no default port. Throws on a non-http(s) URL. */
export function normalizeUrl(input: string): string {
  const url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Only web pages can be saved, not ${url.protocol} URLs`);
  }
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  // The names are read from the query string itself: in a Firefox content script a page's
  // URLSearchParams cannot be iterated (its iterator lives on the other side of an Xray wrapper).
  for (const name of queryNames(url.search)) {
    if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  }
  if (url.search === '?') url.search = '';
  return url.toString();
}

/**
 * The canonical URL worth trusting: same site (ignoring www), and not a site's home page standing
 * in for an article (a common misconfiguration).
 */
export function trustedCanonical(pageUrl: string, canonical: string | undefined): string | undefined {
  if (!canonical) return undefined;
  try {
    const page = new URL(pageUrl);
    const canon = new URL(canonical, pageUrl);
    const site = (host: string) => host.toLowerCase().replace(/^www\./, '');
    if (site(page.hostname) !== site(canon.hostname)) return undefined;
    if (canon.pathname === '/' && page.pathname !== '/') return undefined;
    return normalizeUrl(canon.toString());
  } catch {
    return undefined;
  }
}

/** The parameter names of a query string ("?a=1&b=2" → a, b), decoded. */
function queryNames(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const name = pair.split('=')[0]!.replace(/\+/g, ' ');
      try {
        return decodeURIComponent(name);
      } catch {
        return name;
      }
    });
}
