// The link between Skinmark's script in an article and its control's frame (lib/page/frame-link.ts),
// with a stand-in frame: which document it holds, which tickets reach it, and what the watchdog does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkFrame } from '../../lib/page/frame-link';
import type { FromFrame } from '../../lib/shared/control-frame-protocol';

const FRAME_URL = 'chrome-extension://hjofaemkahmkcgcjmllfmmoacnhdbpce/control-frame.html';

/** A frame as the script sees it: blank (the page's own document) or the extension page (another origin). */
function standInFrame({ src }: { src?: string }) {
  const listeners: (() => void)[] = [];
  const navigations: string[] = [];
  const connects: { ticket: string; port: MessagePort }[] = [];
  let blank = !src;
  const frame = {
    hasAttribute: (name: string) => name === 'src' && !!src,
    addEventListener: (type: string, listener: () => void) => type === 'load' && listeners.push(listener),
    contentWindow: {
      location: {
        get href() {
          if (!blank) throw new DOMException('Blocked a frame with another origin', 'SecurityError');
          return 'about:blank';
        },
        replace: (url: string) => navigations.push(url),
      },
      postMessage: (message: { ticket: string }, _origin: string, [port]: MessagePort[]) => connects.push({ ticket: message.ticket, port: port! }),
    },
  };
  return {
    frame: frame as unknown as HTMLIFrameElement,
    navigations,
    connects,
    /** The frame finished loading a document: blank, or the extension page. */
    load(document: 'blank' | 'extension') {
      blank = document === 'blank';
      for (const listener of listeners) listener();
    },
  };
}

/** What the frame says over the port it was handed, as the extension page would. */
const reply = (port: MessagePort, message: FromFrame) => port.postMessage(message);
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the link to the control frame', () => {
  let tickets: number;
  const options = (signal: AbortSignal, heard: FromFrame[] = []) => ({
    frameUrl: FRAME_URL,
    newTicket: async () => `ticket-${++tickets}`,
    onMessage: (message: FromFrame) => heard.push(message),
    host: document.createElement('div'),
    expectedSize: () => ({ width: 220, height: 52 }),
    signal,
  });
  beforeEach(() => {
    tickets = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a blank frame to its address, and a frame created with it nowhere: each load of the extension page gets a ticket', async () => {
    const blank = standInFrame({});
    linkFrame(blank.frame, options(new AbortController().signal));
    expect(blank.navigations).toEqual([FRAME_URL]);
    blank.load('extension');
    await settle();
    expect(blank.connects.map((c) => c.ticket)).toEqual(['ticket-1']);

    const addressed = standInFrame({ src: FRAME_URL });
    linkFrame(addressed.frame, options(new AbortController().signal));
    expect(addressed.navigations).toEqual([]);
    addressed.load('extension');
    await settle();
    expect(addressed.connects.map((c) => c.ticket)).toEqual(['ticket-2']);
  });

  it('drops the old link when the frame loads again (the page moved it), and reloads a frame that never answers', async () => {
    const stand = standInFrame({ src: FRAME_URL });
    const heard: FromFrame[] = [];
    const link = linkFrame(stand.frame, options(new AbortController().signal, heard));
    stand.load('extension');
    await settle();
    const first = stand.connects[0]!.port;
    const toFrame: unknown[] = [];
    first.onmessage = (event) => toFrame.push(event.data);
    reply(first, { skinmark: 'connected' });
    await settle();
    link.send({ skinmark: 'focus-procedures' });
    await settle();
    expect(toFrame).toEqual([{ skinmark: 'focus-procedures' }]);
    expect(heard).toEqual([{ skinmark: 'connected' }]);

    // The page moves the frame: a new document, which has not said it is connected.
    vi.useFakeTimers();
    stand.load('extension');
    await vi.advanceTimersByTimeAsync(0);
    expect(stand.connects.map((c) => c.ticket)).toEqual(['ticket-1', 'ticket-2']);
    link.send({ skinmark: 'focus-procedures' });
    await vi.advanceTimersByTimeAsync(0);
    expect(toFrame).toHaveLength(1);
    // Its ticket was taken by someone else, say: no word from it, so it is loaded again.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stand.navigations).toEqual([FRAME_URL]);
  });

  it('drops a ticket that arrives after the frame loaded again', async () => {
    const stand = standInFrame({ src: FRAME_URL });
    const waiting: ((ticket: string) => void)[] = [];
    linkFrame(stand.frame, { ...options(new AbortController().signal), newTicket: () => new Promise<string>((done) => waiting.push(done)) });
    stand.load('extension');
    stand.load('extension');
    waiting[0]!('late');
    waiting[1]!('current');
    await settle();
    expect(stand.connects.map((c) => c.ticket)).toEqual(['current']);
  });

  it('sends a frame that reloads blank (Firefox, moved by the page) to its address again, and stops with its signal', async () => {
    const stand = standInFrame({});
    const life = new AbortController();
    linkFrame(stand.frame, options(life.signal));
    stand.load('extension');
    await settle();
    stand.load('blank');
    expect(stand.navigations).toEqual([FRAME_URL, FRAME_URL]);
    life.abort();
    await settle();
    stand.load('extension');
    await settle();
    expect(stand.connects.map((c) => c.ticket)).toEqual(['ticket-1']);
  });
});
