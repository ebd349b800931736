// Whether an action in the in-page control is the reader's own. The control lives in an open
// shadow root that the page's scripts can reach: they can click its buttons (untrusted events),
// submit its form (the submit event is then trusted), and move focus onto a button so that the
// reader's next Space or Enter lands on it. An action counts only when the reader's own pointer or
// key was on that very element a moment before, and, for a key, when focus got there by the
// reader's own Tab or pointer, not by a script.
import { useEffect, useRef } from 'preact/hooks';

/** How long after the reader's pointer or key press an action still counts as theirs. */
const ACTION_MS = 3_000;

export interface ReaderIntent {
  /** Handlers for the control's root element. */
  rootHandlers: {
    onPointerDownCapture(event: Event): void;
    onKeyDownCapture(event: Event): void;
    onFocusInCapture(event: Event): void;
  };
  /** Whether `event`, acting on `element`, comes from the reader. */
  byReader(event: Event, element: EventTarget | null): boolean;
}

export function useReaderIntent(): ReaderIntent {
  const last = useRef<{ target: EventTarget | null; at: number; key: boolean }>({ target: null, at: -Infinity, key: false });
  /** The reader's Tab or pointer press being handled right now: focus moves within its task. */
  const navigating = useRef<{ target: EventTarget | null; key: boolean } | null>(null);
  const focusedByReader = useRef<EventTarget | null>(null);

  useEffect(() => {
    // The reader's Tab or pointer anywhere on the page may bring focus into the control, in the
    // same task; focus a script moves later is not the reader's.
    const onNavigate = (event: Event) => {
      const key = event.type === 'keydown';
      if (!event.isTrusted || (key && (event as KeyboardEvent).key !== 'Tab')) return;
      navigating.current = { target: event.composedPath()[0] ?? null, key };
      setTimeout(() => (navigating.current = null));
    };
    window.addEventListener('mousedown', onNavigate, true);
    window.addEventListener('keydown', onNavigate, true);
    return () => {
      window.removeEventListener('mousedown', onNavigate, true);
      window.removeEventListener('keydown', onNavigate, true);
    };
  }, []);

  const remember = (event: Event, key: boolean) => {
    if (!event.isTrusted) return;
    last.current = { target: event.composedPath()[0] ?? event.target, at: performance.now(), key };
  };

  return {
    rootHandlers: {
      onPointerDownCapture: (event) => remember(event, false),
      onKeyDownCapture: (event) => remember(event, true),
      onFocusInCapture: (event) => {
        const focused = event.composedPath()[0] ?? event.target;
        const by = navigating.current;
        // A Tab may land anywhere; a pointer focuses what it pressed (or what holds it).
        const pressed = by?.target instanceof Node && focused instanceof Node && (focused.contains(by.target) || by.target.contains(focused));
        focusedByReader.current = by && (by.key || pressed) ? focused : null;
      },
    },
    byReader(event, element) {
      const { target, at, key } = last.current;
      if (!event.isTrusted || !(element instanceof Node) || !(target instanceof Node)) return false;
      if (performance.now() - at > ACTION_MS || !element.contains(target)) return false;
      return !key || focusedByReader.current === target;
    },
  };
}
