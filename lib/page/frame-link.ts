// The line between Skinmark's script in an article and its control's frame (an extension page).
//
// Nothing on it passes through the page's window. The frame's `src` never shows the page an
// address that marks this reader: Chrome names an extension by its key (the manifest's, in
// wxt.config.ts), one id for everyone who installs Skinmark, which tells a page no more than the
// control's own element does, so there the frame is created with its address; Firefox's address
// holds an id made at install, which would follow the reader from site to site, so there the frame
// starts blank and is navigated to its address once it is in the document. Its ticket goes in a
// postMessage that only the extension's origin can receive, and with it a MessagePort that is then
// the only way either side speaks. A page can post to the frame, but not on that port; it cannot
// read what goes over it.
//
// The frame writes only while it can be seen: when the reader is about to act in it (a press, a
// key), it asks, and this script answers at once whether the frame is drawn as Skinmark drew it (not
// transparent, filtered, shrunk or covered), so that a page cannot put it invisibly under the
// reader's click (the frame adds the browser's own visibility tracking where there is one). Asked
// only then: a look costs a layout of the page, which no page should pay while nobody acts.
import type { FromFrame, ToFrame } from '../shared/control-frame-protocol';
import { readFromFrame } from '../shared/control-frame-protocol';

/** How long a frame has to say it is connected before it is loaded again with a new ticket. */
const CONNECT_MS = 5_000;

export interface FrameLink {
  send(message: ToFrame): void;
}

export interface FrameLinkOptions {
  /** The frame's address: what its `src` holds when the frame was created with it. */
  frameUrl: string;
  /** A new ticket from the background, or null when there are no more to have. */
  newTicket(): Promise<string | null>;
  onMessage(message: FromFrame): void;
  /** The element that holds the frame (the control's host), which must be what the page shows there. */
  host: Element;
  /** The size the frame asked for, to tell a frame shrunk or stretched by the page. */
  expectedSize(): { width: number; height: number };
  signal: AbortSignal;
}

export function linkFrame(frame: HTMLIFrameElement, options: FrameLinkOptions): FrameLink {
  const { frameUrl, signal } = options;
  const origin = new URL(frameUrl).origin;
  let port: MessagePort | undefined;
  let connected = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const send = (message: ToFrame) => {
    if (connected) port?.postMessage(message);
  };

  // Bumped whenever the frame holds a new document: a ticket asked for by an older one is dropped.
  let generation = 0;
  /** The frame's document is going or gone: whatever link it had goes with it. */
  const unlink = () => {
    generation++;
    clearTimeout(watchdog);
    port?.close();
    port = undefined;
    connected = false;
  };

  const load = () => {
    unlink();
    // A blank document is the page's own: navigating it from here loads the extension page
    // without its address becoming an attribute the page can read.
    frame.contentWindow?.location.replace(frameUrl);
  };

  const connect = async () => {
    const asked = generation;
    const ticket = await options.newTicket();
    // No ticket, the control gone, or the frame loaded again while this one was on its way.
    if (!ticket || signal.aborted || asked !== generation) return;
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (event) => {
      const message = readFromFrame(event.data);
      if (!message) return;
      if (message.skinmark === 'connected') {
        connected = true;
        clearTimeout(watchdog);
      }
      if (message.skinmark === 'check-visible') return report();
      options.onMessage(message);
    };
    frame.contentWindow?.postMessage({ skinmark: 'connect', ticket }, origin, [channel.port2]);
    clearTimeout(watchdog);
    // No word from the frame (its ticket expired, a page's messages got in first): load it again.
    watchdog = setTimeout(() => !connected && !signal.aborted && load(), CONNECT_MS);
  };

  frame.addEventListener(
    'load',
    () => {
      // Every load is a new document (the page moved the frame, or the watchdog reloaded it): the
      // link to the old one is gone. A frame that started blank (Firefox) reloads blank, having no
      // address of its own: it is sent to the extension page again. Any other load is the
      // extension page, whose address this script cannot read (another origin).
      unlink();
      let blank = false;
      try {
        blank = frame.contentWindow?.location.href === 'about:blank';
      } catch {
        blank = false;
      }
      if (blank) return load();
      void connect();
    },
    { signal },
  );

  const report = () => {
    if (!connected) return;
    send({ skinmark: 'visible', visible: document.visibilityState === 'visible' && isShownAsDrawn(frame, options.host, options.expectedSize()) });
  };

  signal.addEventListener('abort', unlink, { once: true });

  // A frame created with its address is already on its way there: a second navigation would only
  // cost the page another document.
  if (!frame.hasAttribute('src')) load();
  return { send };
}

/** The element an element is drawn inside: its parent, or the host of its shadow root. */
function drawnInside(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
}

/**
 * Whether the frame is drawn as Skinmark drew it: displayed, opaque, unfiltered, at its own size,
 * and the topmost thing where it is. A page that hides it under the reader's click fails one of these.
 */
export function isShownAsDrawn(frame: HTMLIFrameElement, host: Element, expected: { width: number; height: number }): boolean {
  let opacity = 1;
  for (let element: Element | null = frame; element; element = drawnInside(element)) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility !== 'visible') return false;
    opacity *= Number(style.opacity);
    if (style.filter !== 'none' || style.clipPath !== 'none' || style.mixBlendMode !== 'normal') return false;
    if (element === document.documentElement) break;
  }
  if (opacity < 0.95) return false;
  const box = frame.getBoundingClientRect();
  if (Math.abs(box.width - expected.width) > 2 || Math.abs(box.height - expected.height) > 2) return false;
  if (box.right <= 0 || box.bottom <= 0 || box.left >= window.innerWidth || box.top >= window.innerHeight) return false;
  // What the viewport shows at the bar (the frame's bottom, where its buttons are) is Skinmark's.
  const x = Math.min(window.innerWidth - 1, Math.max(0, box.left + box.width / 2));
  const y = Math.min(window.innerHeight - 1, Math.max(0, box.bottom - 24));
  return document.elementFromPoint(x, y) === host;
}
