// How the first-look script, which runs on every page, hands a candidate page to the scanner the
// background injects into it. Both run in the extension's isolated world of the same frame, so
// they share globals the page itself cannot see.

/** The page a URL shows: the same page whatever its fragment (a table-of-contents jump is no new page). */
export const pageOf = (url: string): string => url.replace(/#.*$/, '');

export interface ScanStart {
  /** The page came by a client-side route change: its content may still be arriving. */
  routeChanged: boolean;
}

const START = Symbol.for('skinmark.scan-start');
const SCANNER = Symbol.for('skinmark.scanner');
/** Also named, as a string, by the background's route-change call (entrypoints/background.ts). */
export const ROUTE_FOLLOWER_KEY = 'skinmark.route-changed';
const ROUTE_FOLLOWER = Symbol.for(ROUTE_FOLLOWER_KEY);
type Holder = { [START]?: ScanStart; [SCANNER]?: true; [ROUTE_FOLLOWER]?: () => void };

/** Left by the first look for the scanner it asks for. */
export function leaveScanStart(start: ScanStart): void {
  (globalThis as Holder)[START] = start;
}

export function takeScanStart(): ScanStart {
  const start = (globalThis as Holder)[START] ?? { routeChanged: false };
  delete (globalThis as Holder)[START];
  return start;
}

/** Once the scanner runs in a frame it follows the page itself, route changes included. */
export function markScannerRunning(): boolean {
  if ((globalThis as Holder)[SCANNER]) return false;
  (globalThis as Holder)[SCANNER] = true;
  return true;
}

export function scannerRunning(): boolean {
  return !!(globalThis as Holder)[SCANNER];
}

/**
 * What the first-look script does when its page's address changes without a new document (a
 * single-page app's route). The background calls it: watching for that in every page would cost
 * each page more than its first look.
 */
export function setRouteFollower(follow: () => void): void {
  (globalThis as Holder)[ROUTE_FOLLOWER] = follow;
}

/** Run in a tab by the background (so it names the key itself): tells the page's first look its route changed. */
export function notifyRouteChanged(key: string): void {
  (globalThis as { [key: symbol]: (() => void) | undefined })[Symbol.for(key)]?.();
}
