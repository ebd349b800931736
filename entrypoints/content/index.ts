// Runs on every web page. A first look at the headline and opening lets most pages go at once;
// only a page that might be about skin gets the lexicon, a scan of its main content and, if it
// is a skincare article, highlights and (injected by the background) the in-page control.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../../lib/article-meta';
import { detectSkincareArticle, firstLook, looksUnrendered, scanAddedNodes, type Detection } from '../../lib/detector';
import { watchAddedContent } from '../../lib/dom/watch';
import {
  HIGHLIGHT_CSS,
  clearHighlights,
  mentionRanges,
  registerHighlights,
  stillInPage,
  type HighlightedMention,
} from '../../lib/highlighter';
import { matcherFrom, type Matcher } from '../../lib/lexicon/matcher';
import { publishPageSession, type ProcedureSummary } from '../../lib/page-session';
import { COLLECT_ARTICLE, request } from '../../lib/protocol';
import { SETTINGS_KEY, isBlocked, parseSettings, type Settings } from '../../lib/settings';
import { contentTimings, timed } from '../../lib/timings';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** How long a page that was an empty shell at first may take to fill in before we stop waiting. */
const HYDRATION_WAIT_MS = 15_000;
const UI_HOST = 'skinmark-page-control';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    if (isBlocked(location.hostname, settings.blockedSites)) return;

    let detection: Detection | undefined;
    // The popup's "Save this page" works on any page: describe it when the background asks.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown })?.type !== COLLECT_ARTICLE) return;
      return Promise.resolve(extractArticle(document, location.href, detection?.procedures ?? []));
    });

    let teardown = () => {};
    const run = async () => {
      if (detection?.isSkincare) {
        // The route changed away from a skincare article: blank its badge.
        request(send, { type: 'page/detected', skincare: false, procedures: [] }).catch(() => undefined);
      }
      teardown();
      detection = undefined;
      hydrationDeadline = performance.now() + HYDRATION_WAIT_MS;
      teardown = await examine(ctx, settings, (found) => (detection = found));
    };
    // A single-page app changing route is a new page: decide again.
    ctx.addEventListener(window, 'wxt:locationchange', () => void run());
    ctx.onInvalidated(() => teardown());
    await run();
    contentTimings().done = true;
  },
});

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
async function examine(
  ctx: ContentScriptContext,
  settings: Settings,
  onDetected: (detection: Detection) => void,
): Promise<() => void> {
  if (!timed('firstLook', () => firstLook(document).candidate)) return waitForContent(ctx, settings, onDetected);
  const lexicon = await loadLexicon();
  const detection = timed('detect', () => detectSkincareArticle(document, lexicon.matcher, settings));
  onDetected(detection);
  if (!detection.isSkincare) return waitForContent(ctx, settings, onDetected);
  return timed('highlight', () => decorate(detection, lexicon, settings));
}

/**
 * A page that was still an empty shell (client-side rendering) gets another look once its
 * content arrives; any other page that failed the first look is left alone.
 */
function waitForContent(ctx: ContentScriptContext, settings: Settings, onDetected: (d: Detection) => void): () => void {
  const left = hydrationDeadline - performance.now();
  if (left <= 0 || !looksUnrendered(document)) return () => {};
  let undo = () => {};
  const watcher = watchAddedContent(document.body ?? document.documentElement, async () => {
    if (looksUnrendered(document)) return;
    watcher.stop();
    undo = await examine(ctx, settings, onDetected);
  });
  const timeout = ctx.setTimeout(() => watcher.stop(), left);
  return () => {
    clearTimeout(timeout);
    watcher.stop();
    undo();
  };
}

/** Until when a page that is still an empty shell is watched for its content to arrive. */
let hydrationDeadline = 0;

function decorate(detection: Detection, { matcher, names }: Lexicon, settings: Settings): () => void {
  let highlighted: HighlightedMention[] = mentionRanges(detection.mentions);
  registerHighlights(window, highlighted);
  const style = document.createElement('style');
  style.dataset.skinmark = 'highlight';
  style.textContent = HIGHLIGHT_CSS;
  (document.head ?? document.documentElement).append(style);

  const listeners = new Set<() => void>();
  const procedures = (): ProcedureSummary[] => {
    const counts = new Map<string, number>();
    for (const { mention } of highlighted) {
      if (mention.kind === 'procedure') counts.set(mention.id, (counts.get(mention.id) ?? 0) + 1);
    }
    return [...counts].map(([id, count]) => ({ id, name: names.get(id) ?? id, count }));
  };
  const article = () => extractArticle(document, location.href, procedures().map((p) => p.id));
  const report = () =>
    request(send, { type: 'page/detected', skincare: true, procedures: procedures().map((p) => p.id) }).catch(() => undefined);

  // Content added later (infinite scroll, "load more", hydration): scan only the added nodes.
  const watcher = watchAddedContent(
    document.body,
    (nodes) => {
      const before = procedures().length;
      const added = mentionRanges(scanAddedNodes(nodes, matcher).filter((m) => settings.highlightIngredients || m.kind !== 'ingredient'));
      highlighted = [...stillInPage(highlighted), ...added];
      registerHighlights(window, highlighted);
      if (procedures().length !== before) void report();
      for (const listener of listeners) listener();
    },
    { ignore: (node) => node === style || (node as Element).localName === UI_HOST || !!(node as Element).closest?.(UI_HOST) },
  );

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    watcher.stop();
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
    dismiss: remove,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  // The background sets the badge and injects the in-page control.
  void report();
  return remove;
}
