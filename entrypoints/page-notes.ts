// Injected by the background into a saved article that has quoted notes, when the page finished
// loading: most such pages are skincare articles, which Skinmark's scanner takes in hand (and its
// control finds the passages); any other page saved with quoted notes (a news story noted from the
// context menu) gets a session of its own here, so that the control comes and finds its passages.
// Pages that are not saved articles never see this script.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findMainContent } from '../lib/page/dom/main-content';
import { handoff, type PageSession } from '../lib/page/handoff';

/** Long enough for the scanner, if this page has one coming, to decide first. */
const SCANNER_FIRST_MS = 2_000;

export default defineUnlistedScript(() => void start());

async function start(): Promise<void> {
  const shared = handoff();
  if (shared.session || shared.notesOnly) return;
  shared.notesOnly = true;
  await new Promise((done) => setTimeout(done, SCANNER_FIRST_MS));
  // A skincare article: the scanner's session has the control and its passages already.
  if (shared.session) return;
  const life = new AbortController();
  const session: PageSession = Object.assign(new EventTarget(), {
    signal: life.signal,
    root: findMainContent(document) ?? document.body,
    procedures: () => [],
    procedureMentions: () => [],
    dismiss: () => life.abort(),
    notesOnly: true,
  });
  shared.session = session;
  life.signal.addEventListener('abort', () => {
    if (shared.session === session) shared.session = undefined;
  });
  await browser.runtime.sendMessage({ type: 'page/notes-ready' }).catch(() => undefined);
}
