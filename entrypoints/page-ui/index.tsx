// The in-page control, injected by the background into skincare articles only: Preact, the
// procedure card and their styles never load on other pages. It lives in a shadow root of its own
// host element, and everything it adds (listeners, the host, the rendering) ends with the page
// session's signal: a dismiss, a route change or Skinmark going away removes it whole.
import { createRef, render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageControl, type PageControlProps } from '../../components/page/PageControl';
import { request, type ResponseOf } from '../../lib/messaging/client';
import { CONTROL_HOST } from '../../lib/page/controller';
import { handoff, markOwn, type PageSession } from '../../lib/page/handoff';
import { indexByNode, mentionAtPoint, type HighlightedMention } from '../../lib/page/highlighter';
import { CONTROL_FRAME_PATH, readFromFrame, type ToFrame } from '../../lib/shared/control-frame-protocol';
import css from '../../components/page/control.css?inline';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** Room the full control needs beside the article; with less it shrinks to icons. */
const FULL_CONTROL_WIDTH = 280;
/** Keys and text input stay inside the control: the page's shortcuts never see the reader typing. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend'];
/** Tickets one control asks for at most: a page that keeps moving the control (reloading its frame) gets no more. */
const MAX_TICKETS = 10;
/** The frame's size before it says its own: the bar alone. */
const FIRST_FRAME_SIZE = { width: 220, height: 52 };

export default defineUnlistedScript(() => {
  const session = handoff().session;
  // Injected twice (a second report after a route change), or after a dismiss: nothing to do. The
  // mark is in this script's own world: an element a page put in the DOM cannot stop the control.
  if (!session || session.signal.aborted || session.controlMounted) return;
  session.controlMounted = true;
  void mount(session);
});

/**
 * The control's host element, with its shadow root. A page may have defined Skinmark's element
 * name itself (its constructor attaching a shadow root first, or doing anything else): then the
 * host is a plain element, which no page definition reaches. The root is attached before the host
 * is in the document, so no page script can attach one first.
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  try {
    const host = document.createElement(CONTROL_HOST);
    if (host.shadowRoot === null) return { host, shadow: host.attachShadow({ mode: 'open' }) };
  } catch {
    // The page's definition threw, or took the shadow root: fall through.
  }
  const host = document.createElement('div');
  return { host, shadow: host.attachShadow({ mode: 'open' }) };
}

async function mount(session: PageSession) {
  const { signal } = session;
  // A ticket for the control's frame, asked for now so it is at hand when the frame is ready. A
  // ticket is good once: a frame loaded again (the page moved the control) needs a new one.
  let asked = 0;
  const newTicket = async () => (++asked > MAX_TICKETS ? null : request(send, { type: 'control/ticket' }).catch(() => null));
  let ticket: Promise<string | null> | undefined = newTicket();
  await ticket;
  // The page may have moved on (a route change, a dismiss) while we waited.
  if (signal.aborted) return;

  const { host, shadow } = createHost();
  host.dataset.skinmark = 'control';
  markOwn(host);
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  (document.body ?? document.documentElement).append(host);
  keepInPage(host, signal);

  const frameUrl = browser.runtime.getURL(CONTROL_FRAME_PATH);
  const frameOrigin = new URL(frameUrl).origin;
  const frameRef = createRef<HTMLIFrameElement>();
  // Only once the frame said it is ready: before, its window is a blank page of the page's origin.
  let frameReady = false;
  const toFrame = (message: ToFrame) => frameReady && frameRef.current?.contentWindow?.postMessage(message, frameOrigin);

  const cards = new Map<string, Promise<ResponseOf<'card/get'>>>();
  const props: PageControlProps = {
    procedures: session.procedures(),
    // Compact until the first layout says how much margin the article leaves (read then, when
    // reading it forces no extra layout of the page).
    compact: true,
    dockWidth: Math.min(340, window.innerWidth - 32),
    listOpen: false,
    closeList() {
      props.listOpen = false;
      draw();
      toFrame({ skinmark: 'focus-procedures' });
    },
    frame: { src: frameUrl, ...FIRST_FRAME_SIZE, ref: frameRef },
    loadCard(id) {
      if (!cards.has(id)) {
        const card = request(send, { type: 'card/get', procedureId: id });
        // A card that failed to load is asked for again next time.
        card.catch(() => cards.delete(id));
        cards.set(id, card);
      }
      return cards.get(id)!;
    },
    reveal(id) {
      const first = session.procedureMentions().find((h) => h.mention.id === id);
      if (!first) return;
      const rect = first.range.getBoundingClientRect();
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'smooth' });
    },
    hoverCard: null,
  };
  const layout = () =>
    toFrame({ skinmark: 'layout', compact: props.compact, count: props.procedures.length, listOpen: props.listOpen });
  const draw = () => {
    render(<PageControl {...props} />, container);
    layout();
  };
  draw();

  // Only Skinmark's own frame speaks here: its window and its origin, which no page can take.
  window.addEventListener(
    'message',
    (event) => {
      if (event.origin !== frameOrigin || !frameRef.current || event.source !== frameRef.current.contentWindow) return;
      const message = readFromFrame(event.data);
      if (!message) return;
      if (message.skinmark === 'ready') {
        frameReady = true;
        const next = ticket ?? newTicket();
        ticket = undefined;
        void next.then((value) => value && toFrame({ skinmark: 'ticket', ticket: value }));
        layout();
      } else if (message.skinmark === 'size') {
        props.frame = { ...props.frame, width: message.width, height: message.height };
        draw();
      } else if (message.skinmark === 'toggle-procedures') {
        props.listOpen = !props.listOpen;
        draw();
      } else {
        session.dismiss();
      }
    },
    { signal },
  );

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
  const resize = new ResizeObserver(() => {
    const next = dockLayout(session.root);
    if (next.compact === props.compact && next.dockWidth === props.dockWidth) return;
    Object.assign(props, next);
    draw();
  });
  resize.observe(document.documentElement);
  if (session.root) resize.observe(session.root);
  signal.addEventListener('abort', () => resize.disconnect(), { once: true });
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
  signal.addEventListener(
    'abort',
    () => {
      render(null, container);
      host.remove();
    },
    { once: true },
  );
}

/** How often a control that the page took out is put back, before Skinmark lets the page have its way. */
const MAX_RESTORES = 5;

/**
 * Puts the control back when the page takes it out (a framework re-rendering the body, or a page
 * that wants it gone): only the reader's dismiss, or the blocked-sites option, turns it off.
 */
function keepInPage(host: HTMLElement, signal: AbortSignal): void {
  let restores = 0;
  const watcher = new MutationObserver(() => {
    if (host.isConnected || signal.aborted) return;
    if (++restores > MAX_RESTORES) return watcher.disconnect();
    (document.body ?? document.documentElement).append(host);
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => watcher.disconnect(), { once: true });
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
