// What the detecting content script hands to the in-page UI script, which the background injects
// only into skincare articles. Both run in the extension's isolated world of the same frame.
import type { HighlightedMention } from './highlighter';

export interface ProcedureSummary {
  id: string;
  name: string;
  count: number;
}

export interface PageSession {
  /** Procedures found so far, in order of first mention. */
  procedures(): ProcedureSummary[];
  /** Procedure mentions with their ranges, for hover cards and "show me where". */
  procedureMentions(): readonly HighlightedMention[];
  /** The article's main content, to keep the UI beside it rather than on it. */
  root: Element | null;
  save(): Promise<void>;
  addNote(text: string): Promise<void>;
  /** Removes every trace of Skinmark from this page until it is reloaded. */
  dismiss(): void;
  /** Calls `listener` when content added later brings new mentions; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Calls `listener` when this page session ends (dismissed, or the route changed). */
  onEnd(listener: () => void): () => void;
}

const KEY = Symbol.for('skinmark.page-session');
type Holder = { [KEY]?: PageSession };

export function publishPageSession(session: PageSession | undefined): void {
  (globalThis as Holder)[KEY] = session;
}

export function currentPageSession(): PageSession | undefined {
  return (globalThis as Holder)[KEY];
}
