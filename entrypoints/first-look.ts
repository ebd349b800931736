// The one script that runs on every web page (wxt.config.ts lists it as a content script). It
// takes the first look and, only on a page that might be about skin, asks the background for the
// scanner (./page-scan), which detects, highlights and decorates. Everywhere else it leaves no
// listener behind, not even a route watcher: the background calls it when a single-page app
// changes route. Only a page still filling in is watched, for 15 seconds at most.
//
// It is plain on purpose: no WXT content-script runtime and no webextension-polyfill. Measured in
// Chromium traces, those two cost some 5 ms of evaluation on every page before any work of its own,
// more than the whole first look; one runtime.sendMessage needs neither, as both browsers' native
// namespaces return promises.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mayBeAboutSkin } from '../lib/lexicon/first-look';
import { watchAddedContent, whenQuiet, type AddedContentWatcher } from '../lib/page/dom/watch';
import { firstLook, looksUnrendered } from '../lib/page/first-look';
import { handoff, pageOf, type CandidateAnswer } from '../lib/page/handoff';
import { contentTimings, timed } from '../lib/page/timings';

/** How long a page that is still filling in (an app shell, a new route) is watched for its content. */
const HYDRATION_WAIT_MS = 15_000;

interface NativeRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}
type ExtensionGlobals = { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };

function extensionRuntime(): NativeRuntime | undefined {
  const globals = globalThis as ExtensionGlobals;
  // Firefox's `browser`, or Chrome's `chrome` (promise-based in Manifest V3).
  const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
  // No id: the extension was updated or removed since this page loaded.
  return runtime?.id ? runtime : undefined;
}

export default defineUnlistedScript(() => {
  const shared = handoff();
  // The document's URL, not `location`: touching `location` first costs this world a Location binding.
  let page = pageOf(document.URL);
  let watcher: AddedContentWatcher | undefined;
  let watchTimer: ReturnType<typeof setTimeout> | undefined;

  const stopWatching = () => {
    watcher?.stop();
    clearTimeout(watchTimer);
    watcher = undefined;
  };

  const askForScanner = (routeChanged: boolean) => {
    stopWatching();
    const runtime = extensionRuntime();
    if (!runtime) return;
    // The background checks the reader's blocked sites, injects the scanner, and answers with the
    // lexicon and settings it needs, which wait here for it. The extension API is touched only
    // here: its first use costs more than the whole first look.
    const answer = runtime.sendMessage({ type: 'page/candidate' }).then(
      (result) => ((result as { ok?: boolean; value?: CandidateAnswer } | undefined)?.ok ? (result as { value: CandidateAnswer }).value : false),
      () => false as const,
    );
    shared.start = { routeChanged, answer };
  };

  /** A page still filling in gets another look each time content arrives, until the wait is over. */
  const watchForContent = (routeChanged: boolean) => {
    stopWatching();
    watcher = watchAddedContent(document.body ?? document.documentElement, () => {
      if (shared.scanning) return stopWatching();
      if (looksUnrendered(document)) return;
      if (firstLook(document, mayBeAboutSkin).candidate) askForScanner(routeChanged);
    });
    watchTimer = setTimeout(stopWatching, HYDRATION_WAIT_MS);
  };

  const look = (routeChanged: boolean) => {
    // Once the scanner runs here, it follows the page itself.
    if (shared.scanning) return;
    const seen = firstLook(document, mayBeAboutSkin);
    if (seen.candidate) return askForScanner(routeChanged);
    if (routeChanged || seen.sparse) watchForContent(routeChanged);
    contentTimings().done = true;
  };

  // A single-page app showing another page (not just another fragment of this one) gets a new look,
  // once the new route has been drawn.
  shared.followRoute = () => {
    const next = pageOf(document.URL);
    if (next === page) return;
    page = next;
    if (shared.scanning) return;
    stopWatching();
    void whenQuiet(document.body ?? document.documentElement).then(() => timed('firstLook', () => look(true)));
  };

  look(false);
});
