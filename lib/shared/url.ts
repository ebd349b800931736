// One key per article, whatever tracking junk or fragment its URL carries, and however long it is.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref_src|spm)$/i;

/**
 * The longest key the library files an address under. Browsers show addresses of megabytes (a
 * page can `replaceState` any length); past this, the key is the address's start and a SHA-256 of
 * the whole of it, and the record keeps the full address. Every key ever stored (addresses were
 * capped at this length before) is its own address: no migration.
 */
export const MAX_KEY_CHARS = 4_096;

/**
 * A bounded key: the address's start, a space and its digest. A serialised address never holds a
 * raw space (the URL standard encodes it), so no page's address can pass for a key, and a key
 * normalised again stays itself.
 */
const BOUNDED_KEY = /^https?:\/\/\S+ sha256:[0-9a-f]{64}$/;

/** What a long address's bounded key starts with, before its digest. */
const boundedKeyStart = (address: string) => `${address.slice(0, MAX_KEY_CHARS - 80)} sha256:`;

/** The start of a long address, then a digest of all of it: bounded, and still unique per address. */
function boundedKey(address: string): string {
  // Synchronous (crypto.subtle is not), and a vetted implementation rather than a hash of our own.
  return `${boundedKeyStart(address)}${bytesToHex(sha256(utf8ToBytes(address)))}`;
}

/**
 * The key of a web page's address: lower-case host, no fragment, no tracking parameters, no
 * default port, and at most MAX_KEY_CHARS long. Throws on a non-http(s) URL.
 */
export function normalizeUrl(input: string): string {
  if (input.length <= MAX_KEY_CHARS && BOUNDED_KEY.test(input)) return input;
  const address = normalizedAddress(input);
  return address.length <= MAX_KEY_CHARS ? address : boundedKey(address);
}

/**
 * The address normalizeUrl keys, before it is bounded: lower-case host, no fragment, no tracking
 * parameters, no default port. Throws on a non-http(s) URL.
 */
export function normalizedAddress(input: string): string {
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
  // Serialised URLs are ASCII (the host in punycode, the rest percent-encoded): slicing is safe.
  return url.toString();
}

/**
 * Whether `key` may be the key of the page at `address` (a normalizedAddress), without hashing:
 * the key itself, or a bounded key that starts the same way. A page's script uses it to tell
 * whether a library change may concern it, which the digest's library need not be loaded for
 * (the background only tells a tab of changes to the article it shows).
 */
export function mayBeKeyOf(key: string, address: string): boolean {
  if (address.length <= MAX_KEY_CHARS) return key === address;
  return key.startsWith(boundedKeyStart(address));
}

/**
 * The canonical URL worth trusting: same site (ignoring www), the same page by another address
 * (the same path but for a trailing slash or an AMP or print marker, or a short link that is only a
 * query, "/?p=42"), and not a site's home page standing in for an article (a common
 * misconfiguration). On a shared host (one origin, many authors) any page could name any other as
 * its canonical: a different path is never trusted.
 */
export function trustedCanonical(pageUrl: string, canonical: string | undefined): string | undefined {
  if (!canonical) return undefined;
  try {
    const page = new URL(pageUrl);
    const canon = new URL(canonical, pageUrl);
    const site = (host: string) => host.toLowerCase().replace(/^www\./, '');
    if (site(page.hostname) !== site(canon.hostname)) return undefined;
    if (canon.pathname === '/' && page.pathname !== '/') return undefined;
    const shortLink = page.pathname === '/' && page.search !== '';
    if (!shortLink && pathOf(page) !== pathOf(canon)) return undefined;
    return normalizeUrl(canon.toString());
  } catch {
    return undefined;
  }
}

/** Whether two addresses are one page's path (but for what alternate versions add), whatever their queries. */
export function samePath(a: string, b: string): boolean {
  try {
    return pathOf(new URL(a)) === pathOf(new URL(b));
  } catch {
    return false;
  }
}

/** A page's path without what alternate versions of it add: a trailing slash, "/amp" or "/print". */
function pathOf(url: URL): string {
  return url.pathname
    .replace(/^\/amp\//i, '/')
    .replace(/\/(amp|print)\/?$/i, '')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/+$/, '');
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
