// The in-page control's writing half, an extension page that Skinmark's script frames into a
// skincare article (lib/background/control-frames.ts says why, lib/page/frame-link.ts how the two
// talk). It takes from its parent a ticket and a port, and over the port only how to draw itself;
// saves and notes go from here to the background, which reads the article from Skinmark's own
// script in the page. It writes only while it can be seen as drawn.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ControlBar, type ControlBarProps } from '../../components/app/ControlBar';
import { ask } from '../../components/app/extension-api';
import { concerns, isLibraryChanged } from '../../lib/messaging/events';
import { readConnect, readToFrame, type FromFrame } from '../../lib/shared/control-frame-protocol';
import './frame.css';

/** Claims tried at once at most: a page can post fake tickets to this frame too. */
const MAX_CLAIMS_IN_FLIGHT = 4;

let port: MessagePort | undefined;
const tellParent = (message: FromFrame) => port?.postMessage(message);

/** What the browser's own visibility tracking says, where there is one (Chromium). */
let seenByBrowser: boolean | undefined;
/** Answers to "check-visible", in order. */
const answers: ((visible: boolean) => void)[] = [];

/**
 * Whether the frame is drawn as Skinmark drew it, asked of the parent at the moment the reader acts
 * (a page can change its styles at any time): no answer within a moment counts as no.
 */
function checkVisible(): Promise<boolean> {
  if (!port || seenByBrowser === false) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 500);
    answers.push((visible) => {
      clearTimeout(timer);
      resolve(visible);
    });
    tellParent({ skinmark: 'check-visible' });
  });
}

const props: ControlBarProps = {
  state: null,
  compact: true,
  count: 0,
  listOpen: false,
  focusBrand: 0,
  checkVisible,
  passageOpen: 0,
  shownNote: null,
  async save() {
    await ask({ type: 'control/save' });
    props.state = props.state && { ...props.state, saved: true };
    draw();
  },
  async addNote(text, withPassage) {
    await ask({ type: 'control/note', text, withPassage });
    props.state = props.state && { ...props.state, saved: true, passage: undefined };
    draw();
  },
  toggleProcedures: () => tellParent({ skinmark: 'toggle-procedures' }),
  passageClosed: () => tellParent({ skinmark: 'passage-closed' }),
  dismiss: () => tellParent({ skinmark: 'dismiss' }),
};
const app = document.getElementById('app')!;
const draw = () => render(<ControlBar {...props} />, app);

const refreshState = () =>
  ask({ type: 'control/state' }).then(
    (state) => {
      props.state = state;
      draw();
    },
    () => undefined,
  );

let notes: Promise<{ id: string; text: string }[]> | undefined;
const noteText = async (id: string) => (await (notes ??= ask({ type: 'control/notes' }).catch(() => []))).find((n) => n.id === id)?.text;

const onPortMessage = (event: MessageEvent) => {
  const message = readToFrame(event.data);
  if (!message) return;
  if (message.skinmark === 'layout') {
    Object.assign(props, { compact: message.compact, count: message.count, listOpen: message.listOpen });
  } else if (message.skinmark === 'visible') {
    answers.shift()?.(message.visible);
    return;
  } else if (message.skinmark === 'focus-procedures') {
    props.focusBrand++;
  } else if (message.skinmark === 'note-passage') {
    void refreshState().then(() => {
      props.passageOpen++;
      draw();
    });
    return;
  } else {
    const id = message.id;
    if (!id) props.shownNote = null;
    else
      void noteText(id).then((text) => {
        props.shownNote = text ? { id, text } : null;
        draw();
      });
  }
  draw();
};

let inFlight = 0;
window.addEventListener('message', (event) => {
  // Once connected, only the port speaks; before, only a "connect" with a ticket and a port.
  if (port || event.source !== window.parent || inFlight >= MAX_CLAIMS_IN_FLIGHT) return;
  const message = readConnect(event.data);
  const candidate = event.ports[0];
  if (!message || !candidate) return;
  inFlight++;
  ask({ type: 'control/claim', ticket: message.ticket }).then(
    (state) => {
      if (port) return candidate.close();
      port = candidate;
      port.onmessage = onPortMessage;
      props.state = state;
      draw();
      tellParent({ skinmark: 'connected' });
      reportSize();
    },
    () => candidate.close(),
  ).finally(() => inFlight--);
});

// Focus that left this frame does not come back to a button by a page's script: a page can focus
// the frame itself, and the reader's next Enter would press whatever was focused here before.
window.addEventListener('blur', () => (document.activeElement as HTMLElement | null)?.blur?.());

// Saved, deleted or noted elsewhere (the popup, another tab): the bar follows.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isLibraryChanged(message) || !props.state || !concerns(message.change, props.state.address)) return;
  notes = undefined;
  void refreshState();
});

draw();
// The bar's root element stays the same across renders: its size is the frame's.
const root = app.firstElementChild!;
const reportSize = () => {
  const { width, height } = root.getBoundingClientRect();
  tellParent({ skinmark: 'size', width: Math.ceil(width), height: Math.ceil(height) });
};
new ResizeObserver(reportSize).observe(root, { box: 'border-box' });

// Where the browser tracks visibility itself (Chromium's IntersectionObserver v2), it is asked too:
// it sees what no script can, such as a page's element laid over the frame that lets clicks through.
try {
  const tracking = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1) as IntersectionObserverEntry & { isVisible?: boolean };
      if (typeof entry.isVisible !== 'boolean') return;
      seenByBrowser = entry.isVisible;
    },
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  tracking.observe(root);
} catch {
  // No visibility tracking here (Firefox): the parent's checks stand alone.
}
