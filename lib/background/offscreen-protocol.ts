// The one request the background sends Chrome's offscreen document (entrypoints/offscreen), over
// a port of its own: a page's HTML (megabytes) goes to that document only, not to every extension
// page as a runtime message would.
export const EXTRACT_COPY = 'skinmark/extract-copy';
/** The port's name: only the offscreen document listens for it. */
export const EXTRACT_PORT = 'skinmark-extract-copy';

export interface ExtractCopyRequest {
  type: typeof EXTRACT_COPY;
  html: string;
  url: string;
  key: string;
}

export function isExtractCopyRequest(message: unknown): message is ExtractCopyRequest {
  const m = message as Partial<ExtractCopyRequest> | null;
  return !!m && m.type === EXTRACT_COPY && typeof m.html === 'string' && typeof m.url === 'string' && typeof m.key === 'string';
}
