// "Deleted … Undo": a delete goes to the trash, and for a few seconds the view that did it offers
// to put it back (the library page's trash keeps it until emptied).
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from './extension-api';

/** How long the Undo button stays. */
export const UNDO_MS = 10_000;

export interface Undoable {
  message: string;
  trashId: string;
}

/** `returnFocus` takes focus back when the bar goes while it had it (after Undo, or its time ran out). */
export function useUndo(returnFocus?: () => void): { offer(undoable: Undoable): void; bar: preact.JSX.Element | null } {
  const [current, setCurrent] = useState<Undoable | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  /** Hides the bar, first handing focus back if it was in it. */
  const hide = () => {
    if (barRef.current?.contains(document.activeElement)) returnFocus?.();
    setCurrent(null);
  };
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const focusNext = useRef(false);
  useEffect(() => () => clearTimeout(timer.current), []);
  const offer = (undoable: Undoable) => {
    clearTimeout(timer.current);
    setError(null);
    focusNext.current = true;
    setCurrent(undoable);
    timer.current = setTimeout(hide, UNDO_MS);
  };
  const focusWhenOffered = (button: HTMLButtonElement | null) => {
    if (!button || !focusNext.current) return;
    focusNext.current = false;
    button.focus();
  };
  const undo = async () => {
    if (!current) return;
    clearTimeout(timer.current);
    try {
      await ask({ type: 'trash/restore', id: current.trashId });
      hide();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const bar = current ? (
    <div class="undo-bar" role="status" data-testid="undo-bar" ref={barRef}>
      <span>{current.message}</span>
      {/* Focus goes here: the element that had it (the deleted card's button) is gone. */}
      <button type="button" class="quiet" onClick={undo} data-testid="undo" ref={focusWhenOffered}>
        Undo
      </button>
      {error && <span class="error">{error}</span>}
    </div>
  ) : null;
  return { offer, bar };
}

/** What deleting an article says: its notes go with it, and how many. */
export function deletedMessage(title: string, notes: number): string {
  return `Deleted “${title}”${notes ? ` and its ${notes} note${notes === 1 ? '' : 's'}` : ''}.`;
}
