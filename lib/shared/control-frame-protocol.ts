// What Skinmark's script in an article and the control's frame (entrypoints/control-frame) say to
// each other with postMessage. Neither side can tell the other's messages from a page's by their
// content, so nothing here is trusted for a write: the script checks that a message comes from its
// own frame's window and origin; the frame takes from its parent only a ticket (which the
// background checks) and how to draw itself. Writes go from the frame to the background alone.

/** The frame's page, listed in the manifest's web_accessible_resources. */
export const CONTROL_FRAME_PATH = '/control-frame.html';

/** Parent → frame. */
export type ToFrame =
  | { skinmark: 'ticket'; ticket: string }
  | { skinmark: 'layout'; compact: boolean; count: number; listOpen: boolean }
  | { skinmark: 'focus-procedures' };

/** Frame → parent. */
export type FromFrame =
  | { skinmark: 'ready' }
  | { skinmark: 'size'; width: number; height: number }
  | { skinmark: 'toggle-procedures' }
  | { skinmark: 'dismiss' };

const isRecord = (data: unknown): data is Record<string, unknown> => !!data && typeof data === 'object';
const finite = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max;

export function readToFrame(data: unknown): ToFrame | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.skinmark) {
    case 'ticket':
      return typeof data.ticket === 'string' && /^[0-9a-f]{32}$/.test(data.ticket) ? { skinmark: 'ticket', ticket: data.ticket } : undefined;
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
    case 'ready':
    case 'toggle-procedures':
    case 'dismiss':
      return { skinmark: data.skinmark };
    case 'size':
      return finite(data.width, 2_000) && finite(data.height, 2_000) ? { skinmark: 'size', width: data.width, height: data.height } : undefined;
    default:
      return undefined;
  }
}
