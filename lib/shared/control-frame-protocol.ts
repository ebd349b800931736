// What Skinmark's script in an article and the control's frame (entrypoints/control-frame) say to
// each other (see lib/page/frame-link.ts): one "connect" postMessage to the frame's origin, with a
// ticket (which the background checks) and a MessagePort; everything else goes over that port, which
// no page can read or post on. Nothing here is a write: writes go from the frame to the background.

/** The frame's page, listed in the manifest's web_accessible_resources. */
export const CONTROL_FRAME_PATH = '/control-frame.html';

/** The first message, to the frame's window: its ticket (the port comes with it). */
export interface ConnectMessage {
  skinmark: 'connect';
  ticket: string;
}

/** Parent → frame, over the port. */
export type ToFrame =
  | { skinmark: 'layout'; compact: boolean; count: number; listOpen: boolean }
  | { skinmark: 'focus-procedures' }
  /** Whether the frame is drawn as Skinmark drew it (the answer to "check-visible"): it writes only while it is. */
  | { skinmark: 'visible'; visible: boolean }
  /** The note whose passage the pointer is on (null: none), to show its text. */
  | { skinmark: 'show-note'; id: string | null }
  /** The reader chose a passage: open the note form with it. */
  | { skinmark: 'note-passage' };

/** Frame → parent, over the port. */
export type FromFrame =
  | { skinmark: 'connected' }
  /** The reader is about to act in the frame: is it drawn as Skinmark drew it? */
  | { skinmark: 'check-visible' }
  | { skinmark: 'size'; width: number; height: number }
  | { skinmark: 'toggle-procedures' }
  /** The note form opened from a passage closed: the reader goes back to where they were in the page. */
  | { skinmark: 'passage-closed' }
  | { skinmark: 'dismiss' };

const isRecord = (data: unknown): data is Record<string, unknown> => !!data && typeof data === 'object';
const finite = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max;

export function readConnect(data: unknown): ConnectMessage | undefined {
  if (!isRecord(data) || data.skinmark !== 'connect') return undefined;
  return typeof data.ticket === 'string' && /^[0-9a-f]{32}$/.test(data.ticket) ? { skinmark: 'connect', ticket: data.ticket } : undefined;
}

export function readToFrame(data: unknown): ToFrame | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.skinmark) {
    case 'visible':
      return typeof data.visible === 'boolean' ? { skinmark: 'visible', visible: data.visible } : undefined;
    case 'show-note':
      return data.id === null || (typeof data.id === 'string' && data.id.length <= 64) ? { skinmark: 'show-note', id: data.id } : undefined;
    case 'note-passage':
      return { skinmark: 'note-passage' };
    case 'layout':
      return typeof data.compact === 'boolean' && finite(data.count, 10_000) && typeof data.listOpen === 'boolean'
        ? { skinmark: 'layout', compact: data.compact, count: Math.floor(data.count), listOpen: data.listOpen }
        : undefined;
    case 'focus-procedures':
      return { skinmark: 'focus-procedures' };
    default:
      return undefined;
  }
}

export function readFromFrame(data: unknown): FromFrame | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.skinmark) {
    case 'connected':
    case 'check-visible':
    case 'passage-closed':
    case 'toggle-procedures':
    case 'dismiss':
      return { skinmark: data.skinmark };
    case 'size':
      return finite(data.width, 2_000) && finite(data.height, 2_000) ? { skinmark: 'size', width: data.width, height: data.height } : undefined;
    default:
      return undefined;
  }
}
