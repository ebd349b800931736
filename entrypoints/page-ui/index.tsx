// The in-page control, injected by the background into skincare articles only: Preact, the
// procedure card and their styles never load on other pages. It lives in a shadow root of its own
// host element, and everything it adds (listeners, the host, the rendering) ends with the page
// session's signal: a dismiss, a route change or Skinmark going away removes it whole.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageControl, type PageControlProps } from '../../components/page/PageControl';
import { request, type ResponseOf } from '../../lib/messaging/client';
import { concerns, isLibraryChanged } from '../../lib/messaging/events';
import { CONTROL_HOST } from '../../lib/page/controller';
import { handoff, type PageSession } from '../../lib/page/handoff';
import { indexByNode, mentionAtPoint, type HighlightedMention } from '../../lib/page/highlighter';
import { normalizeUrl } from '../../lib/shared/url';
import css from './style.css?inline';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** Room the full control needs beside the article; with less it shrinks to icons. */
const FULL_CONTROL_WIDTH = 280;
/** Keys and text input stay inside the control: the page's shortcuts never see the reader typing a note. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend'];

export default defineUnlistedScript(() => {
  const session = handoff().session;
  // Injected twice (a second report after a route change), or after a dismiss: nothing to do.
  if (!session || session.signal.aborted || document.querySelector(CONTROL_HOST)) return;
  void mount(session);
});

async function mount(session: PageSession) {
  const { signal } = session;
  const address = normalizeUrl(location.href);
  const saved = await request(send, { type: 'article/get', url: location.href }).catch(() => null);
  // The page may have moved on (a route change, a dismiss) while we waited.
  if (signal.aborted || document.querySelector(CONTROL_HOST)) return;

  const host = document.createElement(CONTROL_HOST);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  (document.body ?? document.documentElement).append(host);

  const cards = new Map<string, Promise<ResponseOf<'card/get'>>>();
  const props: PageControlProps = {
    procedures: session.procedures(),
    savedInLibrary: !!saved,
    // Compact until the first layout says how much margin the article leaves (read then, when
    // reading it forces no extra layout of the page).
    compact: true,
    dockWidth: Math.min(340, window.innerWidth - 32),
    loadCard(id) {
      if (!cards.has(id)) {
        const card = request(send, { type: 'card/get', procedureId: id });
        // A card that failed to load is asked for again next time.
        card.catch(() => cards.delete(id));
        cards.set(id, card);
      }
      return cards.get(id)!;
    },
    save: session.save,
    addNote: session.addNote,
    reveal(id) {
      const first = session.procedureMentions().find((h) => h.mention.id === id);
      if (!first) return;
      const rect = first.range.getBoundingClientRect();
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'smooth' });
    },
    dismiss: () => session.dismiss(),
    hoverCard: null,
  };
  const draw = () => render(<PageControl {...props} />, container);
  draw();

  let byNode = indexByNode(session.procedureMentions());
  session.addEventListener(
    'change',
    () => {
      props.procedures = session.procedures();
      byNode = indexByNode(session.procedureMentions());
      draw();
    },
    { signal },
  );
  const layout = new ResizeObserver(() => {
    const next = dockLayout(session.root);
    if (next.compact === props.compact && next.dockWidth === props.dockWidth) return;
    Object.assign(props, next);
    draw();
  });
  layout.observe(document.documentElement);
  if (session.root) layout.observe(session.root);
  signal.addEventListener('abort', () => layout.disconnect(), { once: true });
  trackHover(
    () => byNode,
    (hover) => {
      if (hover?.id === props.hoverCard?.id) return;
      props.hoverCard = hover;
      draw();
    },
    host,
    signal,
  );
  // Saved or deleted in another tab, the popup or the side panel: the button follows.
  const onLibraryChanged = (message: unknown) => {
    if (!isLibraryChanged(message) || !concerns(message.change, address)) return;
    request(send, { type: 'article/get', url: location.href }).then((article) => {
      props.savedInLibrary = !!article;
      draw();
    }, () => undefined);
  };
  browser.runtime.onMessage.addListener(onLibraryChanged);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(onLibraryChanged);
      render(null, container);
      host.remove();
    },
    { once: true },
  );
}

/**
 * Fits the control into the margin at the right of the article, so it never sits on the text
 * being read; where the margin is too narrow it shrinks to icons in the corner.
 */
function dockLayout(root: Element | null): { compact: boolean; dockWidth: number } {
  const margin = root ? window.innerWidth - root.getBoundingClientRect().right : 0;
  if (margin < FULL_CONTROL_WIDTH) return { compact: true, dockWidth: Math.min(340, window.innerWidth - 32) };
  return { compact: false, dockWidth: Math.min(340, margin - 32) };
}

/** Shows the card of the mention under the pointer; the card stays while the pointer is on it. */
function trackHover(
  byNode: () => ReadonlyMap<Text, readonly HighlightedMention[]>,
  onChange: (hover: { id: string; x: number; y: number } | null) => void,
  host: HTMLElement,
  signal: AbortSignal,
): void {
  let frame = 0;
  let hiding: ReturnType<typeof setTimeout> | undefined;
  let last: MouseEvent | undefined;
  const update = () => {
    frame = 0;
    if (!last) return;
    if (last.composedPath().includes(host)) {
      clearTimeout(hiding);
      return;
    }
    const found = mentionAtPoint(document, last.clientX, last.clientY, byNode());
    // A moment's grace, so the pointer can travel from the word to the card (and its source link).
    if (!found) {
      clearTimeout(hiding);
      hiding = setTimeout(() => onChange(null), 300);
      return;
    }
    clearTimeout(hiding);
    const rect = found.range.getBoundingClientRect();
    const cardHeight = 340;
    const below = rect.bottom + 8;
    const y = below + cardHeight > window.innerHeight ? Math.max(8, rect.top - cardHeight - 8) : below;
    const x = Math.min(Math.max(8, rect.left), window.innerWidth - 340);
    onChange({ id: found.mention.id, x, y });
  };
  document.addEventListener(
    'mousemove',
    (event) => {
      last = event;
      frame ||= requestAnimationFrame(update);
    },
    { passive: true, signal },
  );
  window.addEventListener('scroll', () => onChange(null), { passive: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(hiding);
    },
    { once: true },
  );
}
