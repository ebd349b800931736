// The in-page controller: it owns a page's life once its first look passed. It reads the page,
// decides, highlights a skincare article and publishes it to the in-page control; it follows
// content added later, client-side route changes and the reader's settings; and it leaves no
// trace when the page is no longer one. Every listener, watcher, highlight and element it adds is
// tied to an AbortSignal: the visit's (one page of a single-page app) or the controller's own
// (the document's). Aborting one undoes all it started.
import type { Matcher } from '../lexicon/matcher';
import type { Settings } from '../model';
import { NAMED_TREATMENT } from '../lexicon/types';
import { detectSkincareArticle, scanAddedNodes, type Detection } from './detector';
import { watchAddedContent, whenQuiet } from './dom/watch';
import { firstLook, looksUnrendered } from './first-look';
import { HIGHLIGHT_CSS, clearHighlights, mentionRanges, registerHighlights, stillInPage, withinCap, type HighlightedMention } from './highlighter';
import type { NodeMention } from './detector';
import { handoff, isOwnNode, markOwn, pageOf, type PageSession, type ProcedureSummary } from './handoff';
import { isBlocked } from '../shared/settings';
import { timed } from './timings';

/** How long a page that is still filling in (an app shell, a new route) is watched for its content. */
const HYDRATION_WAIT_MS = 15_000;

/** What the controller needs from the extension, passed in so the controller runs in unit tests. */
export interface PageEnvironment {
  window: Window & typeof globalThis;
  matcher: Matcher;
  /** Procedure and ingredient names, by id. */
  names: ReadonlyMap<string, string>;
  settings: Settings;
  /** runtime.sendMessage; rejects once the extension is gone. */
  send(message: unknown): Promise<unknown>;
  /** Calls `listener` with the settings whenever they change, until `signal` aborts. */
  watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void;
}

export interface PageController {
  /** Aborted when Skinmark is done with this document (the extension went away). */
  readonly signal: AbortSignal;
  /** The current page's detection, once read. */
  detection(): Detection | undefined;
  stop(): void;
}


export function startPageController(env: PageEnvironment, { routeChanged = false } = {}): PageController {
  const doc = env.window.document;
  // The first look again (a new route, content that arrived later), with the full lexicon now at
  // hand: any name or skin word of it, rather than the every-page script's stems.
  const mayBeAboutSkin = (text: string) => env.matcher.find(text).some((m) => m.kind !== 'offtopic' && m.kind !== 'pagekind');
  const life = new AbortController();
  let settings = env.settings;
  let visit: AbortController | undefined;
  let detection: Detection | undefined;
  let page = pageOf(doc.URL);
  const dismissed = new Set<string>();

  const report = (skincare: boolean, procedures: string[] = [], update = false) =>
    env.send({ type: 'page/detected', skincare, update, procedures }).catch(() => undefined);

  /** Reads the page again from scratch: a new route, or settings that change what counts. */
  const begin = (cause: { routeChanged: boolean; firstLookPassed: boolean; settled?: boolean }) => {
    const wasSkincare = detection?.isSkincare;
    visit?.abort();
    detection = undefined;
    // The route moved away from a skincare article: blank its badge.
    if (wasSkincare) void report(false);
    if (life.signal.aborted || dismissed.has(page) || isBlocked(env.window.location.hostname, settings.blockedSites)) return;
    const current = new AbortController();
    visit = current;
    life.signal.addEventListener('abort', () => current.abort(), { once: true, signal: current.signal });
    void read(current.signal, cause);
  };

  const read = async (signal: AbortSignal, cause: { routeChanged: boolean; firstLookPassed: boolean; settled?: boolean }) => {
    // A new route is drawn a moment after its URL changes: decide on the new content.
    if (cause.routeChanged && !cause.settled) await whenQuiet(doc.body ?? doc.documentElement, { signal });
    if (signal.aborted) return;
    const found = examine(signal, cause.firstLookPassed);
    if (found?.isSkincare) timed('highlight', () => decorate(found, signal));
    else if (!signal.aborted) waitForContent(signal, cause.routeChanged, found === undefined);
  };

  /** The first look (unless passed already), then the full read. Undefined when the first look fails. */
  const examine = (signal: AbortSignal, firstLookPassed: boolean): Detection | undefined => {
    if (!firstLookPassed && !timed('firstLook', () => firstLook(doc, mayBeAboutSkin).candidate)) return undefined;
    if (signal.aborted) return undefined;
    detection = timed('detect', () => detectSkincareArticle(doc, env.matcher, settings));
    return detection;
  };

  /**
   * A page still filling in (an app shell at load, or a route just changed) gets another look each
   * time content arrives, until it is a skincare article or the wait is over.
   */
  const waitForContent = (signal: AbortSignal, routeChanged: boolean, failedFirstLook: boolean) => {
    if (!routeChanged && !(failedFirstLook && timed('firstLook', () => looksUnrendered(doc)))) return;
    const watching = new AbortController();
    signal.addEventListener('abort', () => watching.abort(), { once: true, signal: watching.signal });
    const timeout = env.window.setTimeout(() => watching.abort(), HYDRATION_WAIT_MS);
    watching.signal.addEventListener('abort', () => env.window.clearTimeout(timeout), { once: true });
    watchAddedContent(
      doc.body ?? doc.documentElement,
      () => {
        if (looksUnrendered(doc)) return;
        const found = examine(signal, false);
        if (!found?.isSkincare) return;
        watching.abort();
        timed('highlight', () => decorate(found, signal));
      },
      { ignore: isOwnNode, signal: watching.signal },
    );
  };

  /** Highlights a skincare article, publishes its session and reports it; all undone when `signal` aborts. */
  const decorate = (found: Detection, signal: AbortSignal) => {
    const names = env.names;
    // Every mention, for the counts; ranges for those painted (a hostile page's 100,000 mentions are not).
    let mentions: NodeMention[] = found.mentions;
    let highlighted: HighlightedMention[] = mentionRanges(withinCap(mentions));
    const shown = () => highlighted.filter((h) => settings.highlightIngredients || h.mention.kind !== 'ingredient');
    registerHighlights(env.window, shown());
    const style = doc.createElement('style');
    style.dataset.skinmark = 'highlight';
    markOwn(style);
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);

    const procedures = (): ProcedureSummary[] => {
      const counts = new Map<string, number>();
      for (const mention of mentions) {
        // A treatment only the page names is highlighted, but is none of the procedures Skinmark knows.
        if (mention.kind === 'procedure' && mention.id !== NAMED_TREATMENT) counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
      }
      return [...counts].map(([id, count]) => ({ id, name: names.get(id) ?? id, count }));
    };
    const session = Object.assign(new EventTarget(), {
      signal,
      root: found.root,
      procedures,
      procedureMentions: () => highlighted.filter((h) => h.mention.kind === 'procedure' && h.mention.id !== NAMED_TREATMENT),
      dismiss() {
        dismissed.add(page);
        visit?.abort();
        void report(false);
      },
    }) satisfies PageSession;

    // Content added later (infinite scroll, "load more", hydration): read only the added nodes, near
    // the article, and never a text node already read (a node moved elsewhere is reported as added).
    const scanned = new WeakSet<Text>(mentions.map((m) => m.node));
    watchAddedContent(
      found.root?.parentElement ?? doc.body,
      (nodes) => {
        const before = procedures().length;
        const fresh = scanAddedNodes(nodes, env.matcher, found.lang).filter((m) => !scanned.has(m.node));
        for (const m of fresh) scanned.add(m.node);
        mentions = [...mentions.filter((m) => m.node.isConnected && m.node.data.length >= m.end), ...fresh];
        const kept = stillInPage(highlighted);
        highlighted = [...kept, ...mentionRanges(withinCap(fresh, kept))];
        registerHighlights(env.window, shown());
        if (procedures().length !== before) void report(true, procedures().map((p) => p.id), true);
        session.dispatchEvent(new Event('change'));
      },
      { ignore: isOwnNode, signal },
    );
    // The reader turned ingredient highlights on or off: repaint, nothing else changes.
    const repaint = () => registerHighlights(env.window, shown());
    session.addEventListener('settings', repaint, { signal });

    // A saved article's notes-only session (the scanner decided late): this one, with the
    // procedures, takes its place and its control.
    if (handoff().session?.notesOnly) handoff().session!.dismiss();
    handoff().session = session;
    signal.addEventListener(
      'abort',
      () => {
        clearHighlights(env.window);
        style.remove();
        if (handoff().session === session) handoff().session = undefined;
      },
      { once: true },
    );
    // The background sets the badge and injects the in-page control.
    void report(true, procedures().map((p) => p.id));
  };

  // The reader's settings follow at once: a site newly blocked is left, a change to what counts
  // is a new read, a change to what is painted is a repaint.
  env.watchSettings((next) => {
    const previous = settings;
    settings = next;
    if (isBlocked(env.window.location.hostname, next.blockedSites)) {
      const wasSkincare = detection?.isSkincare;
      visit?.abort();
      detection = undefined;
      if (wasSkincare) void report(false);
      return;
    }
    if (previous.useConditions !== next.useConditions || isBlocked(env.window.location.hostname, previous.blockedSites)) {
      begin({ routeChanged: false, firstLookPassed: false });
    } else if (previous.highlightIngredients !== next.highlightIngredients) {
      handoff().session?.dispatchEvent(new Event('settings'));
    }
  }, life.signal);

  // A single-page app showing another page (not just another fragment of this one) is read again.
  handoff().followRoute = () => {
    const next = pageOf(doc.URL);
    if (next === page || life.signal.aborted) return;
    page = next;
    begin({ routeChanged: true, firstLookPassed: false });
  };
  life.signal.addEventListener('abort', () => visit?.abort(), { once: true });

  // The first look that brought the scanner here passed, after the new route (if any) settled.
  begin({ routeChanged, firstLookPassed: true, settled: true });

  return {
    signal: life.signal,
    detection: () => detection,
    stop: () => life.abort(),
  };
}
