// Which framed copies of the control may write, and for which article.
//
// The in-page control's writing half (Save, the note form) is an extension page framed into the
// article (entrypoints/control-frame): a page's scripts can neither read, fill, focus into nor
// click a frame of another origin. But any page may frame that page too, hidden under its own
// content, to catch a click. So a frame writes only once it has claimed a ticket: the background
// gives the ticket to Skinmark's own script in the article (a runtime message, which no page can
// read), that script hands it to its frame (a postMessage to the frame's origin, which no page can
// read either), and the frame claims it. A ticket is good once, for one frame of the same tab, for
// a minute. Claims live in session storage, so a service worker that stops and starts again (every
// 30 seconds idle, in Chrome) keeps them; they go with the browser session.
import type { PassageSelector } from '../model';
import { normalizeUrl } from '../shared/url';

/** How long Skinmark's script in the page has to hand a ticket to its frame. */
const TICKET_MS = 60_000;
/** Claims kept at most: one per open article with a control, and some to spare. */
const MAX_CLAIMS = 500;
/** Tickets waiting at once in one tab: a page that makes its control reload again and again gets no more. */
const MAX_TICKETS_PER_TAB = 20;
const STORAGE_KEY = 'control-frames';

/** A control frame allowed to write: the tab and frame it is, and the article frame it serves. */
export interface ControlClaim {
  tabId: number;
  frameId: number;
  /** The frame of the tab that holds the article (and Skinmark's script in it). */
  articleFrameId: number;
  /** The article's address (as the library keys it) when the control was put in. */
  pageUrl: string;
  claimedAt: number;
  /** The passage the reader chose for the next note (from a selection), until that note is written. */
  passage?: PassageSelector[];
}

interface Ticket {
  tabId: number;
  articleFrameId: number;
  pageUrl: string;
  issuedAt: number;
}

interface State {
  tickets: Record<string, Ticket>;
  claims: Record<string, ControlClaim>;
  /** Passages chosen from the context menu or a command, by tab (with the page's key), for the side panel's next note. */
  pending?: Record<string, { url: string; passage: PassageSelector[] }>;
}

export interface ControlFrames {
  /** A new ticket for the control Skinmark's script is putting into this frame of this tab. */
  issue(tabId: number, articleFrameId: number, pageUrl: string): Promise<string>;
  /** The claim of a frame presenting a ticket, or undefined when the ticket is not good for it. */
  claim(ticket: string, tabId: number, frameId: number): Promise<ControlClaim | undefined>;
  /** The claim this frame made, if any. */
  claimOf(tabId: number, frameId: number): Promise<ControlClaim | undefined>;
  /** The passage the reader chose in an article frame, for its control's next note (undefined: none). */
  setPassage(tabId: number, articleFrameId: number, passage: PassageSelector[] | undefined): Promise<boolean>;
  /** The passage chosen in a tab's page from the context menu or a command, for the side panel. */
  holdTabPassage(tabId: number, pageUrl: string, passage: PassageSelector[]): Promise<void>;
  /** The passage held for a tab, taken (it is given once), if the tab still shows the page it was chosen in. */
  takeTabPassage(tabId: number, pageUrl: string): Promise<PassageSelector[] | null>;
  /** A tab closed: its tickets and claims go with it. */
  forgetTab(tabId: number): Promise<void>;
}

/** What is used of a storage area (the browser's session storage has more). */
interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const frameKey = (tabId: number, frameId: number) => `${tabId}:${frameId}`;

function randomTicket(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Control frames kept in `area` (the browser's session storage, or memory where it has none). */
export function createControlFrames(area: SessionArea | undefined, now: () => number = Date.now): ControlFrames {
  let memory: State = { tickets: {}, claims: {} };
  const read = async (): Promise<State> => {
    if (!area) return memory;
    const stored = (await area.get(STORAGE_KEY))[STORAGE_KEY] as State | undefined;
    return stored ?? { tickets: {}, claims: {} };
  };
  const write = async (state: State) => {
    if (area) await area.set({ [STORAGE_KEY]: state });
    else memory = state;
  };
  // One change at a time: two tickets issued at once must not overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  const change = <T>(step: (state: State) => T): Promise<T> => {
    const run = queue.then(async () => {
      const state = await read();
      const at = now();
      for (const [ticket, t] of Object.entries(state.tickets)) if (at - t.issuedAt > TICKET_MS) delete state.tickets[ticket];
      const result = step(state);
      const claims = Object.entries(state.claims);
      if (claims.length > MAX_CLAIMS) {
        claims.sort((a, b) => a[1].claimedAt - b[1].claimedAt);
        for (const [key] of claims.slice(0, claims.length - MAX_CLAIMS)) delete state.claims[key];
      }
      await write(state);
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    issue: (tabId, articleFrameId, pageUrl) =>
      change((state) => {
        const waiting = Object.entries(state.tickets).filter(([, t]) => t.tabId === tabId);
        if (waiting.length >= MAX_TICKETS_PER_TAB) {
          waiting.sort((a, b) => a[1].issuedAt - b[1].issuedAt);
          delete state.tickets[waiting[0]![0]];
        }
        const ticket = randomTicket();
        // The address's key, not the address: a page's address can be megabytes long.
        state.tickets[ticket] = { tabId, articleFrameId, pageUrl: normalizeUrl(pageUrl), issuedAt: now() };
        return ticket;
      }),
    claim: (ticket, tabId, frameId) =>
      change((state) => {
        const found = Object.hasOwn(state.tickets, ticket) ? state.tickets[ticket] : undefined;
        if (!found || found.tabId !== tabId) return undefined;
        delete state.tickets[ticket];
        const claim: ControlClaim = { tabId, frameId, articleFrameId: found.articleFrameId, pageUrl: found.pageUrl, claimedAt: now() };
        state.claims[frameKey(tabId, frameId)] = claim;
        return claim;
      }),
    setPassage: (tabId, articleFrameId, passage) =>
      change((state) => {
        const claims = Object.values(state.claims).filter((c) => c.tabId === tabId && c.articleFrameId === articleFrameId);
        for (const claim of claims) {
          if (passage) claim.passage = passage;
          else delete claim.passage;
        }
        return claims.length > 0;
      }),
    holdTabPassage: (tabId, pageUrl, passage) =>
      change((state) => {
        state.pending = { ...state.pending, [tabId]: { url: normalizeUrl(pageUrl), passage } };
      }),
    takeTabPassage: (tabId, pageUrl) =>
      change((state) => {
        const held = state.pending?.[tabId];
        if (state.pending) delete state.pending[tabId];
        return held && held.url === normalizeUrl(pageUrl) ? held.passage : null;
      }),
    forgetTab: (tabId) =>
      change((state) => {
        if (state.pending) delete state.pending[tabId];
        for (const [ticket, t] of Object.entries(state.tickets)) if (t.tabId === tabId) delete state.tickets[ticket];
        for (const [key, claim] of Object.entries(state.claims)) if (claim.tabId === tabId) delete state.claims[key];
      }),
    claimOf: async (tabId, frameId) => {
      await queue;
      const state = await read();
      return state.claims[frameKey(tabId, frameId)];
    },
  };
}
