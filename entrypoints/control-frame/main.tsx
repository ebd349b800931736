// The in-page control's writing half, an extension page that Skinmark's script frames into a
// skincare article (see lib/background/control-frames.ts for why, and how it proves itself). It
// takes from its parent only its ticket and how to draw itself, and tells the parent its size and
// the reader's clicks on the procedures button and the dismiss button. Saves and notes go from
// here to the background, which reads the article from Skinmark's own script in the page.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ControlBar, type ControlBarProps } from '../../components/app/ControlBar';
import { ask } from '../../components/app/extension-api';
import { concerns, isLibraryChanged } from '../../lib/messaging/events';
import { readToFrame, type FromFrame } from '../../lib/shared/control-frame-protocol';
import './frame.css';

/** Tickets tried at most: a page can post fake ones to this frame before the real one arrives. */
const MAX_TICKETS = 8;

const tellParent = (message: FromFrame) => window.parent.postMessage(message, '*');

const props: ControlBarProps = {
  state: null,
  compact: true,
  count: 0,
  listOpen: false,
  focusBrand: 0,
  async save() {
    await ask({ type: 'control/save' });
    props.state = props.state && { ...props.state, saved: true };
    draw();
  },
  async addNote(text) {
    await ask({ type: 'control/note', text });
    props.state = props.state && { ...props.state, saved: true };
    draw();
  },
  toggleProcedures: () => tellParent({ skinmark: 'toggle-procedures' }),
  dismiss: () => tellParent({ skinmark: 'dismiss' }),
};
const app = document.getElementById('app')!;
const draw = () => render(<ControlBar {...props} />, app);

let tickets = 0;
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const message = readToFrame(event.data);
  if (!message) return;
  if (message.skinmark === 'ticket') {
    if (props.state || ++tickets > MAX_TICKETS) return;
    ask({ type: 'control/claim', ticket: message.ticket }).then(
      (state) => {
        props.state = state;
        draw();
      },
      () => undefined,
    );
  } else if (message.skinmark === 'layout') {
    Object.assign(props, { compact: message.compact, count: message.count, listOpen: message.listOpen });
    draw();
  } else {
    props.focusBrand++;
    draw();
  }
});

// Focus that left this frame does not come back to a button by a page's script: a page can focus
// the frame itself, and the reader's next Enter would press whatever was focused here before.
window.addEventListener('blur', () => (document.activeElement as HTMLElement | null)?.blur?.());

// Saved or deleted elsewhere (the popup, another tab): the Save button follows.
browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isLibraryChanged(message) || !props.state || !concerns(message.change, props.state.address)) return;
  ask({ type: 'control/state' }).then(
    (state) => {
      props.state = state;
      draw();
    },
    () => undefined,
  );
});

draw();
// The bar's root element stays the same across renders: its size is the frame's.
const root = app.firstElementChild!;
new ResizeObserver(() => {
  const { width, height } = root.getBoundingClientRect();
  tellParent({ skinmark: 'size', width: Math.ceil(width), height: Math.ceil(height) });
}).observe(root, { box: 'border-box' });
tellParent({ skinmark: 'ready' });
