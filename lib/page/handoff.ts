// What Skinmark's scripts in one frame of a page hand each other. They share the extension's
// isolated world (the page cannot see it), and this one object, under one symbol, is all they
// share:
//
//   first look (every page)  → scanner (pages whose first look passed):
//       `start`: whether a route change brought the page, and the background's answer (the lexicon
//       and the reader's settings) as it arrives.
//   background               → the page's script (first look, then the scanner once it runs):
//       `followRoute`: called when a single-page app changes route (the background learns of it
//       from the tab; a page cannot call into this world).
//   scanner                  → in-page control and collector (skincare articles):
//       `session`: the page as read, and what the control may do with it.
import type { HighlightedMention } from './highlighter';
import type { CompiledLexicon } from '../lexicon/matcher';
import type { ProcedureSummary, Settings } from '../model';

export type { ProcedureSummary };

/** What the background answers a first look that passed: what the scanner needs, or false on a blocked site. */
export type CandidateAnswer = { lexicon: CompiledLexicon; settings: Settings } | false;

export interface ScanStart {
  /** The page came by a client-side route change: its content may still be arriving. */
  routeChanged: boolean;
  answer: Promise<CandidateAnswer>;
}

/** A skincare article as the scanner read it, for the in-page control. */
export interface PageSession extends EventTarget {
  /** Aborted when the session ends: dismissed, the route changed, or Skinmark went away. */
  readonly signal: AbortSignal;
  /** The article's main content, to keep the control beside it rather than on it. */
  readonly root: Element | null;
  /** Procedures found so far, in order of first mention. A "change" event says when they change. */
  procedures(): ProcedureSummary[];
  /** Mentions of procedures Skinmark knows (a treatment only the page names has no card), with their ranges, for hover cards and "show me where". */
  procedureMentions(): readonly HighlightedMention[];
  /** Set by the in-page control once it is put in: one control per session, whatever the DOM holds. */
  controlMounted?: boolean;
  /** A session for a saved article's notes only (entrypoints/page-notes.ts): the scanner's replaces it. */
  notesOnly?: boolean;
  /** Removes every trace of Skinmark from this page until it is reloaded. */
  dismiss(): void;
}

export interface Handoff {
  /**
   * The elements Skinmark put into the page (the highlight style, the control's host), known by
   * identity: an attribute would be the page's to copy, and hide its own content from the scan.
   */
  own?: WeakSet<Node>;
  start?: ScanStart;
  /** The scanner runs in this frame: it follows the page itself from now on. */
  scanning?: boolean;
  followRoute?: () => void;
  session?: PageSession;
  /** A saved article's notes-only script runs here (entrypoints/page-notes.ts). */
  notesOnly?: boolean;
}

/** Also named, as a string, by the background's route-change call (lib/background/injection.ts). */
export const ROUTE_FOLLOWER_KEY = 'skinmark.page';
const KEY = Symbol.for(ROUTE_FOLLOWER_KEY);

export function handoff(): Handoff {
  const holder = globalThis as { [KEY]?: Handoff };
  holder[KEY] ??= {};
  return holder[KEY];
}

/** Marks an element as Skinmark's own: never read as the page's content. */
export function markOwn(node: Node): void {
  (handoff().own ??= new WeakSet()).add(node);
}

/** Whether a node is, or is inside, an element Skinmark put into the page. */
export function isOwnNode(node: Node): boolean {
  const own = handoff().own;
  if (!own) return false;
  for (let at: Node | null = node; at; at = at.parentNode) if (own.has(at)) return true;
  return false;
}

/** The page a URL shows: the same page whatever its fragment (a table-of-contents jump is no new page). */
export const pageOf = (url: string): string => url.replace(/#.*$/, '');

/** Run in a tab by the background (so it names the key itself): tells the page's script its route changed. */
export function notifyRouteChanged(key: string): void {
  (globalThis as { [key: symbol]: { followRoute?: () => void } | undefined })[Symbol.for(key)]?.followRoute?.();
}
