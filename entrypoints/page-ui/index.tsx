// The in-page control, injected by the background into skincare articles only: Preact, the
// procedure card and their styles never load on other pages. It lives in a shadow root of its own
// host element, and everything it adds (listeners, the host, the rendering) ends with the page
// session's signal: a dismiss, a route change or Skinmark going away removes it whole.
import { createRef, render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageControl, type PageControlProps } from '../../components/page/PageControl';
import { request, type ResponseOf } from '../../lib/messaging/client';
import { handoff, markOwn, type PageSession } from '../../lib/page/handoff';
import { FLASH_HIGHLIGHT, indexByNode, mentionAtPoint, rangeAtPoint, registerNoteHighlights, type HighlightedMention } from '../../lib/page/highlighter';
import { linkFrame, type FrameLink } from '../../lib/page/frame-link';
import { contentTimings, timed } from '../../lib/page/timings';
import { anchorPassagesInSteps, selectionSelectors, type AnchoredPassages, type NotePassage } from '../../lib/page/passages';
import { isLibraryChanged, isPageCommand } from '../../lib/messaging/events';
import { CONTROL_FRAME_PATH, type ToFrame } from '../../lib/shared/control-frame-protocol';
import { mayBeKeyOf, normalizedAddress } from '../../lib/shared/url';
import { placeCard, type CardPlacement } from '../../lib/page/placement';
import css from '../../components/page/control.css?inline';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** Room the full control needs beside the article; with less it shrinks to icons. */
const FULL_CONTROL_WIDTH = 280;
/** Keys and text input stay inside the control: the page's shortcuts never see the reader typing. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend'];
/** Tickets one control asks for at most: a page that keeps moving the control (reloading its frame) gets no more. */
const MAX_TICKETS = 10;
/** The control's host element's name (a plain element stands in where a page took it). */
const CONTROL_HOST = 'skinmark-page-control';
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

  const frameRef = createRef<HTMLIFrameElement>();
  const frameUrl = browser.runtime.getURL(CONTROL_FRAME_PATH);
  // Created with its address where that address is the same for every reader (Chrome's, from the
  // extension's key): a blank frame navigated afterwards costs the page one more document, some
  // 15 ms of its main thread on a large article (CPU profiles, README "Measured"). Firefox's
  // address carries the install's own id, which never goes in the page's DOM.
  const frameSrc = frameUrl.startsWith('chrome-extension://') ? frameUrl : undefined;
  let returnTo: { range: Range; focused: Element | null } | undefined;
  // Linked once the frame is in the document (below); until then there is nobody to tell.
  const linked: { to?: FrameLink } = {};
  const toFrame = (message: ToFrame) => linked.to?.send(message);

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
    frame: { ...FIRST_FRAME_SIZE, ref: frameRef, src: frameSrc },
    selection: null,
    noteSelection() {
      // Where the reader was, to go back to when the note is written or cancelled.
      returnTo = selection ? { range: selection.cloneRange(), focused: document.activeElement } : undefined;
      const selectors = selection && session.root ? selectionSelectors(session.root, selection) : undefined;
      props.selection = null;
      draw();
      if (!selectors) return;
      request(send, { type: 'control/passage', selectors }).then(
        (held) => held && toFrame({ skinmark: 'note-passage' }),
        () => undefined,
      );
    },
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
      if (first) scrollToRange(first.range);
    },
    hoverCard: null,
  };
  const layout = () => toFrame({ skinmark: 'layout', compact: props.compact, count: props.procedures.length, listOpen: props.listOpen });
  const draw = () => {
    render(<PageControl {...props} />, container);
    layout();
  };
  draw();

  // A ticket is good once, and a frame loaded again (the page moved the control) needs a new one.
  let asked = 0;
  linked.to = linkFrame(frameRef.current!, {
    frameUrl,
    newTicket: async () => (++asked > MAX_TICKETS ? null : request(send, { type: 'control/ticket' }).catch(() => null)),
    host,
    expectedSize: () => props.frame,
    signal,
    onMessage(message) {
      if (message.skinmark === 'connected') layout();
      else if (message.skinmark === 'size') {
        props.frame = { ...props.frame, width: message.width, height: message.height };
        draw();
      } else if (message.skinmark === 'toggle-procedures') {
        props.listOpen = !props.listOpen;
        draw();
      } else if (message.skinmark === 'passage-closed' && returnTo) {
        const { range, focused } = returnTo;
        returnTo = undefined;
        if (focused instanceof HTMLElement && focused.isConnected && focused !== host) focused.focus({ preventScroll: true });
        else window.focus();
        const selection = document.getSelection();
        if (selection && range.startContainer.isConnected) {
          selection.removeAllRanges();
          selection.addRange(range);
        }
      } else if (message.skinmark === 'dismiss') {
        // A moment after the click that asked: the frame goes with the control, and the browser is
        // still finishing that click's input in it.
        setTimeout(() => session.dismiss(), 100);
      }
    },
  });

  // The reader's quoted notes, found again in the article, and again when content arrives.
  let passages: NotePassage[] = [];
  let anchored: AnchoredPassages = { ranges: new Map(), orphans: [] };
  let anchoring = 0;
  const anchor = async () => {
    if (signal.aborted) return;
    const run = ++anchoring;
    // No article text to look in: every quoted note is listed as not found, none is placed.
    if (!session.root) {
      anchored = { ranges: new Map(), orphans: passages.map((p) => p.id) };
      return;
    }
    // No quoted notes (most articles): nothing to read the page for.
    if (!passages.length && !anchored.ranges.size && !anchored.orphans.length) return;
    const found = await anchorPassagesInSteps(session.root, passages, { signal, run: (step) => timed('anchor', step) });
    // A newer look (the notes changed, content arrived) replaced this one.
    if (!found || run !== anchoring) return;
    anchored = found;
    timed('anchor', () => registerNoteHighlights(window, [...anchored.ranges.values()]));
    Object.assign(contentTimings(), { passages: passages.length, anchored: anchored.ranges.size });
  };
  let loads = 0;
  const loadPassages = () => {
    const load = ++loads;
    return request(send, { type: 'page/passages' }).then(
      (found) => {
        // An older answer that arrives after a newer one is not the library as it is.
        if (load !== loads) return;
        passages = found;
        void anchor();
      },
      () => undefined,
    );
  };
  void loadPassages();
  signal.addEventListener('abort', () => registerNoteHighlights(window, []), { once: true });

  let byNode = indexByNode(session.procedureMentions());
  session.addEventListener(
    'change',
    () => {
      props.procedures = session.procedures();
      byNode = indexByNode(session.procedureMentions());
      // New content may hold a passage not found yet, or may have replaced one found before.
      const lost = [...anchored.ranges.values()].some((range) => !range.startContainer.isConnected || !range.endContainer.isConnected);
      if (anchored.orphans.length || lost) void anchor();
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
  // A note's passage under the pointer shows the note, in the frame (its text never enters this page).
  let shownNote: string | null = null;
  let pointer: MouseEvent | undefined;
  let lookPending = 0;
  // Once a frame at most, and not at all on an article without quoted notes.
  const lookUnderPointer = () => {
    lookPending = 0;
    if (!pointer) return;
    let id: string | null = null;
    for (const [noteId, range] of anchored.ranges) if (rangeAtPoint(range, pointer.clientX, pointer.clientY)) id = noteId;
    if (id === shownNote) return;
    shownNote = id;
    toFrame({ skinmark: 'show-note', id });
  };
  document.addEventListener(
    'mousemove',
    (event) => {
      if (!anchored.ranges.size && shownNote === null) return;
      pointer = event;
      lookPending ||= requestAnimationFrame(lookUnderPointer);
    },
    { passive: true, signal },
  );

  // A selection in the article offers a note on it, beside the selection's end (never on it).
  let selection: Range | null = null;
  let pending = 0;
  const followSelection = () => {
    pending = 0;
    const current = document.getSelection();
    const range = current && current.rangeCount && !current.isCollapsed ? current.getRangeAt(0) : null;
    if (!range || !session.root?.contains(range.commonAncestorContainer) || !range.toString().trim()) {
      if (props.selection) {
        selection = null;
        props.selection = null;
        draw();
      }
      return;
    }
    selection = range.cloneRange();
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    props.selection = {
      x: Math.min(window.innerWidth - 90, Math.max(8, last.right - 40)),
      y: last.bottom + 40 > window.innerHeight ? Math.max(8, last.top - 40) : last.bottom + 6,
    };
    draw();
  };
  document.addEventListener('selectionchange', () => (pending ||= requestAnimationFrame(followSelection)), { signal });

  // Asked by the side panel (an extension page; no web page can send these).
  const onCommand = (message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
    if (isPageCommand(message, 'skinmark/anchors')) {
      respond({ found: [...anchored.ranges.keys()], orphans: anchored.orphans });
      return;
    }
    if (isPageCommand(message, 'skinmark/reveal-passage')) {
      const range = anchored.ranges.get(message.id);
      if (range) {
        scrollToRange(range);
        flash(range);
        // Chosen in the side panel (by keyboard too): the note shows beside its passage for a while.
        toFrame({ skinmark: 'show-note', id: message.id });
        setTimeout(() => shownNote === null && toFrame({ skinmark: 'show-note', id: null }), 5_000);
      }
      respond(!!range);
      return;
    }
    // The library changed for this article (a note added, edited or deleted): find the passages again.
    // (Matched without the key's digest: its hashing library stays out of every article.)
    if (isLibraryChanged(message)) {
      const here = normalizedAddress(location.href);
      if (message.change.addresses.some((key) => mayBeKeyOf(key, here))) void loadPassages();
    }
  };
  browser.runtime.onMessage.addListener(onCommand);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(onCommand);
      render(null, container);
      host.remove();
    },
    { once: true },
  );
}

function scrollToRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'smooth' });
}

/** Draws the eye to a passage for a moment, with a highlight of its own. */
function flash(range: Range): void {
  if (!('highlights' in CSS)) return;
  CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
  setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), 1_500);
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
  onChange: (hover: ({ id: string } & CardPlacement) | null) => void,
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
    onChange({ id: found.mention.id, ...placeCard(rect, { width: window.innerWidth, height: window.innerHeight }) });
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
