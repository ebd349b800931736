// The scanner, injected by the background into a page whose first look (./first-look) found words
// that might be about skin: it fetches the lexicon, decides whether the page is a skincare
// article and, if so, highlights it and reports it (the background then injects the in-page
// control). From then on it follows the page: content added later, and client-side route changes.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../lib/article-meta';
import { detectSkincareArticle, scanAddedNodes, type Detection } from '../lib/detector';
import { watchAddedContent, whenQuiet } from '../lib/dom/watch';
import { firstLook, looksUnrendered, type FirstLook } from '../lib/first-look';
import {
  HIGHLIGHT_CSS,
  clearHighlights,
  mentionRanges,
  registerHighlights,
  stillInPage,
  type HighlightedMention,
} from '../lib/highlighter';
import { matcherFrom, type Matcher } from '../lib/lexicon/matcher';
import { markScannerRunning, takeScanStart, pageOf } from '../lib/page-handoff';
import { publishPageSession, type ProcedureSummary } from '../lib/page-session';
import { request } from '../lib/protocol';
import { SETTINGS_KEY, isBlocked, parseSettings, type Settings } from '../lib/settings';
import { contentTimings, timed } from '../lib/timings';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** How long a page that is still filling in (an app shell, a new route) is watched for its content. */
const HYDRATION_WAIT_MS = 15_000;
const UI_HOST = 'skinmark-page-control';

export default defineUnlistedScript(async () => {
  // Injected once per page; a second request (two candidates in quick succession) finds it running.
  if (!markScannerRunning()) return;
  const start = takeScanStart();
  // Loaded here, not at the top: WXT evaluates an unlisted script's module while building, where
  // this module's load-time setup has no entrypoint environment.
  const { ContentScriptContext } = await import('wxt/utils/content-script-context');
  const ctx = timed('setup', () => new ContentScriptContext('skinmark-scan', { noScriptStartedPostMessage: true }));
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const settings = timed('setup', () => parseSettings(stored[SETTINGS_KEY]));
  if (isBlocked(location.hostname, settings.blockedSites)) return;

  let detection: Detection | undefined;
  const dismissed = new Set<string>();
  let page = pageOf(location.href);
  let generation = 0;
  let teardown = () => {};
  const run = async (routeChanged: boolean, { firstLookPassed = false, settled = false } = {}) => {
    const mine = ++generation;
    const current = () => mine === generation && !ctx.isInvalid;
    if (detection?.isSkincare) {
      // The route moved away from a skincare article: blank its badge.
      request(send, { type: 'page/detected', skincare: false, procedures: [] }).catch(() => undefined);
    }
    teardown();
    teardown = () => {};
    detection = undefined;
    if (dismissed.has(page)) return;
    const run: Run = {
      ctx,
      settings,
      current,
      routeChanged,
      firstLookPassed,
      waitUntil: performance.now() + HYDRATION_WAIT_MS,
      onDetected: (found) => (detection = found),
      onDismiss: () => dismissed.add(page),
    };
    // A new route is drawn a moment after its URL changes: decide on the new content.
    if (routeChanged && !settled) await whenQuiet(document.body ?? document.documentElement);
    if (!current()) return;
    const undo = await examine(run);
    if (current()) teardown = undo;
    else undo();
  };
  // A single-page app showing another page (not just another fragment of this one) is decided again.
  timed('setup', () => {
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      const next = pageOf(event.newUrl.href);
      if (next === page) return;
      page = next;
      void run(true);
    });
    ctx.onInvalidated(() => teardown());
  });
  // The first look that brought the scanner here passed, after the new route (if any) settled.
  await run(start.routeChanged, { firstLookPassed: true, settled: true });
  contentTimings().done = true;
});

interface Run {
  ctx: ContentScriptContext;
  settings: Settings;
  /** False once a newer run (a route change) has taken over, or the extension went away. */
  current(): boolean;
  /** A client-side route change brought this page: its content may still be arriving. */
  routeChanged: boolean;
  /** The first look at this content was taken already, and passed. */
  firstLookPassed?: boolean;
  /** Until when a page still filling in is watched for its content. */
  waitUntil: number;
  /** Set on the looks taken while watching, which must not start watchers of their own. */
  watching?: boolean;
  onDetected(detection: Detection): void;
  onDismiss(): void;
}

interface Lexicon {
  matcher: Matcher;
  names: ReadonlyMap<string, string>;
}

let lexiconPromise: Promise<Lexicon> | undefined;
/** The full lexicon lives in the background; it is fetched once, for pages that pass the first look. */
function loadLexicon(): Promise<Lexicon> {
  lexiconPromise ??= request(send, { type: 'lexicon/get' }).then(
    (compiled) =>
      timed('detect', () => ({ matcher: matcherFrom(compiled), names: new Map(compiled.entries.map((e) => [e.id, e.name])) })),
    (error) => {
      lexiconPromise = undefined;
      throw error;
    },
  );
  return lexiconPromise;
}

/** Looks at the page and, on a skincare article, decorates it. Returns what undoes that. */
async function examine(run: Run): Promise<() => void> {
  const look: FirstLook = run.firstLookPassed ? { candidate: true } : timed('firstLook', () => firstLook(document));
  if (!look.candidate) return waitForContent(run, look.sparse);
  const lexicon = await loadLexicon();
  if (!run.current()) return () => {};
  const detection = timed('detect', () =>
    detectSkincareArticle(document, lexicon.matcher, { ...run.settings, firstLookPassed: true }),
  );
  run.onDetected(detection);
  if (!detection.isSkincare) return waitForContent(run);
  return timed('highlight', () => decorate(detection, lexicon, run));
}

/**
 * A page still filling in (an app shell at load, or a route just changed) gets another look each
 * time content arrives, until it is a skincare article or the wait is over. Any other page that
 * failed is left alone.
 */
function waitForContent(run: Run, sparse?: boolean): () => void {
  if (run.watching || !(run.routeChanged || (sparse ?? timed('firstLook', () => looksUnrendered(document))))) return () => {};
  const left = run.waitUntil - performance.now();
  if (left <= 0) return () => {};
  let undo = () => {};
  let ended = false;
  let busy = false;
  let skincare = false;
  const again: Run = {
    ...run,
    watching: true,
    firstLookPassed: false,
    onDetected(detection) {
      skincare = detection.isSkincare;
      run.onDetected(detection);
    },
  };
  const watcher = watchAddedContent(
    document.body ?? document.documentElement,
    async () => {
      if (busy || ended || looksUnrendered(document)) return;
      busy = true;
      const found = await examine(again);
      busy = false;
      if (ended || !run.current()) return found();
      undo = found;
      if (skincare) stop();
    },
    { ignore: isOwnNode },
  );
  const timeout = run.ctx.setTimeout(() => watcher.stop(), left);
  function stop() {
    clearTimeout(timeout);
    watcher.stop();
  }
  return () => {
    ended = true;
    stop();
    undo();
  };
}

function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element && (element.localName === UI_HOST || !!element.closest(UI_HOST) || (element as HTMLElement).dataset?.skinmark !== undefined);
}

function decorate(detection: Detection, { matcher, names }: Lexicon, run: Run): () => void {
  let highlighted: HighlightedMention[] = mentionRanges(detection.mentions);
  registerHighlights(window, highlighted);
  const style = document.createElement('style');
  style.dataset.skinmark = 'highlight';
  style.textContent = HIGHLIGHT_CSS;
  (document.head ?? document.documentElement).append(style);

  const changeListeners = new Set<() => void>();
  const endListeners = new Set<() => void>();
  const procedures = (): ProcedureSummary[] => {
    const counts = new Map<string, number>();
    for (const { mention } of highlighted) {
      if (mention.kind === 'procedure') counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
    }
    return [...counts].map(([id, count]) => ({ id, name: names.get(id) ?? id, count }));
  };
  const article = () => extractArticle(document, location.href, procedures().map((p) => p.id));
  const report = (update: boolean) =>
    request(send, { type: 'page/detected', skincare: true, update, procedures: procedures().map((p) => p.id) }).catch(() => undefined);

  // Content added later (infinite scroll, "load more", hydration): scan only the added nodes, near
  // the article, and never a text node already read (a node moved elsewhere is reported as added).
  const scanned = new WeakSet<Text>(highlighted.map((h) => h.mention.node));
  const area = detection.root?.parentElement ?? document.body;
  const watcher = watchAddedContent(
    area,
    (nodes) => {
      const before = procedures().length;
      const fresh = scanAddedNodes(nodes, matcher).filter(
        (m) => !scanned.has(m.node) && (run.settings.highlightIngredients || m.kind !== 'ingredient'),
      );
      for (const m of fresh) scanned.add(m.node);
      highlighted = [...stillInPage(highlighted), ...mentionRanges(fresh)];
      registerHighlights(window, highlighted);
      if (procedures().length !== before) void report(true);
      for (const listener of changeListeners) listener();
    },
    { ignore: isOwnNode },
  );

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    watcher.stop();
    for (const listener of endListeners) listener();
    clearHighlights(window);
    style.remove();
    document.querySelector(UI_HOST)?.remove();
    publishPageSession(undefined);
  };
  publishPageSession({
    root: detection.root,
    procedures,
    procedureMentions: () => highlighted.filter((h) => h.mention.kind === 'procedure'),
    save: async () => void (await request(send, { type: 'article/save', article: article() })),
    addNote: async (text) => void (await request(send, { type: 'note/add', url: location.href, text, article: article() })),
    dismiss() {
      run.onDismiss();
      remove();
      request(send, { type: 'page/detected', skincare: false, procedures: [] }).catch(() => undefined);
    },
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onEnd(listener) {
      endListeners.add(listener);
      return () => endListeners.delete(listener);
    },
  });
  // The background sets the badge and injects the in-page control.
  void report(false);
  return remove;
}
