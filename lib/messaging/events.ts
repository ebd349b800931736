// What the background announces to the views and pages a change concerns: typed events, never
// requests (nobody answers them).
import type { LibraryChange } from '../model';

export const LIBRARY_CHANGED = 'skinmark/library-changed';

export interface LibraryChangedEvent {
  type: typeof LIBRARY_CHANGED;
  change: LibraryChange;
}

export const libraryChanged = (change: LibraryChange): LibraryChangedEvent => ({ type: LIBRARY_CHANGED, change });

export function isLibraryChanged(message: unknown): message is LibraryChangedEvent {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as { type?: unknown }).type === LIBRARY_CHANGED &&
    typeof (message as { change?: unknown }).change === 'object'
  );
}

/** Whether a change touches the article at `address` (normalized). */
export const concerns = (change: LibraryChange, address: string): boolean => change.addresses.includes(address);

/** How far an import is, for the options page's progress bar. */
export const IMPORT_PROGRESS = 'skinmark/import-progress';

export interface ImportProgressEvent {
  type: typeof IMPORT_PROGRESS;
  importId: string;
  done: number;
  total: number;
}

/** A passage was chosen in a tab (context menu, command): the notes panel takes it for a note. */
export const PASSAGE_PENDING = 'skinmark/passage-pending';

export function isPassagePending(message: unknown): message is { type: typeof PASSAGE_PENDING; tabId: number } {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === PASSAGE_PENDING && typeof (message as { tabId?: unknown }).tabId === 'number';
}

/** What an extension page (the side panel) asks Skinmark's script in a tab. No web page can send these. */
export type PageCommand =
  /** Which quoted notes were found on the page, and which were not. */
  | { type: 'skinmark/anchors' }
  /** Scroll to a note's passage and flash it. */
  | { type: 'skinmark/reveal-passage'; id: string };

export function isPageCommand<T extends PageCommand['type']>(message: unknown, type: T): message is Extract<PageCommand, { type: T }> {
  if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== type) return false;
  return type !== 'skinmark/reveal-passage' || typeof (message as { id?: unknown }).id === 'string';
}

/** What a tab answers `skinmark/anchors` with. */
export interface PageAnchors {
  found: string[];
  orphans: string[];
}
