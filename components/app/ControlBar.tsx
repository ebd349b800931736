// The in-page control's bar and note form, drawn inside an extension-origin frame in the article
// (entrypoints/control-frame): Save, Note and the note's text live where the page's scripts cannot
// read, fill, focus or click them. The procedure list and cards stay in the page's shadow root and
// are opened from here by a message to Skinmark's script in the page.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ControlState } from '../../lib/messaging/requests';

export interface ControlBarProps {
  /** The background's view of the article, once the frame has claimed its ticket; null before. */
  state: ControlState | null;
  compact: boolean;
  /** Distinct procedures in the article, as Skinmark's script in the page counts them. */
  count: number;
  listOpen: boolean;
  /** Whether the frame is drawn as Skinmark drew it, now: Save and Add act only while it is. */
  checkVisible(): Promise<boolean>;
  /** Bumped when the reader chose a passage in the page: the form opens with its quote. */
  passageOpen: number;
  /** The note whose passage the pointer is on in the page. */
  shownNote: { id: string; text: string } | null;
  save(): Promise<void>;
  addNote(text: string, withPassage: boolean): Promise<void>;
  toggleProcedures(): void;
  /** The form opened from a passage in the page closed: focus goes back there. */
  passageClosed(): void;
  dismiss(): void;
  /** Set by the parent's "focus-procedures" message: focus the procedures button (after the list closes). */
  focusBrand: number;
}

export function ControlBar(props: ControlBarProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [noteOpen, setNoteOpen] = useState(false);
  /** The form is about the passage the reader chose (its quote shown above the text). */
  const [withPassage, setWithPassage] = useState(false);
  const [noteText, setNoteText] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const noteButtonRef = useRef<HTMLButtonElement>(null);
  const brandRef = useRef<HTMLButtonElement>(null);
  const saved = !!props.state?.saved;
  const ready = !!props.state;

  useLayoutEffect(() => {
    if (noteOpen) noteRef.current?.focus();
  }, [noteOpen]);
  useEffect(() => {
    if (props.focusBrand) brandRef.current?.focus();
  }, [props.focusBrand]);
  useEffect(() => {
    if (!props.passageOpen || !props.state?.passage) return;
    setWithPassage(true);
    setNoteOpen(true);
    noteRef.current?.focus();
  }, [props.passageOpen]);

  /** A click or key that writes counts only while the frame can be seen as drawn. */
  const whileVisible = (work: () => void) => async () => {
    if (!(await props.checkVisible())) {
      setError('Skinmark’s control is covered or hidden here: scroll, or close what covers it, and try again.');
      return;
    }
    work();
  };

  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setStatus(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const closeNote = () => {
    setNoteOpen(false);
    setWithPassage(false);
    // Opened from the page (a passage the reader selected): back to the page, where they were.
    if (withPassage) return props.passageClosed();
    // Focus goes back where the reader was: the button that opened the form.
    noteButtonRef.current?.focus();
  };

  const submitNote = () => {
    const text = noteText.trim();
    if (!text || busy) return;
    void whileVisible(
      () =>
        void run(async () => {
          await props.addNote(text, withPassage);
          setNoteText('');
          closeNote();
        }, 'Note added'),
    )();
  };

  const distinct = props.count;
  return (
    <div class={`sm-root sm-frame${props.compact ? ' sm-root--compact' : ''}`}>
      {noteOpen && (
        <form
          class="sm-note"
          onSubmit={(event) => {
            event.preventDefault();
            submitNote();
          }}
        >
          <label class="sm-note__label" for="sm-note-text">
            {withPassage ? 'Note on this passage' : 'Note on this article'}
          </label>
          {withPassage && props.state?.passage && (
            <blockquote class="sm-note__quote" data-testid="note-quote">
              {props.state.passage.length > 280 ? `${props.state.passage.slice(0, 279)}…` : props.state.passage}
            </blockquote>
          )}
          <textarea
            id="sm-note-text"
            ref={noteRef}
            rows={4}
            value={noteText}
            onInput={(e) => setNoteText((e.target as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                closeNote();
              } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submitNote();
              }
            }}
            // A note on a passage uses the side panel's test ids; a note on the article keeps its own.
            data-testid={withPassage ? 'note-input' : 'skinmark-note-input'}
          />
          <div class="sm-note__actions">
            <button type="button" class="sm-button sm-button--quiet" onClick={closeNote}>
              Cancel
            </button>
            <button
              type="submit"
              class="sm-button"
              disabled={busy || !ready || !noteText.trim()}
              data-testid={withPassage ? 'note-add' : 'skinmark-note-add'}
            >
              Add note
            </button>
          </div>
        </form>
      )}
      {props.shownNote && !noteOpen && (
        <div class="sm-shown-note" role="note" aria-label="Your note on this passage" data-testid="skinmark-shown-note">
          {props.shownNote.text}
        </div>
      )}
      {error && (
        <p class="sm-error" role="alert">
          {error}
        </p>
      )}
      <p class="sm-visually-hidden" role="status">
        {status}
      </p>
      <div class="sm-bar" role="toolbar" aria-label="Skinmark">
        {distinct > 0 ? (
          <button
            type="button"
            ref={brandRef}
            class="sm-button sm-button--quiet sm-brand"
            aria-expanded={props.listOpen}
            onClick={props.toggleProcedures}
            title="Procedures in this article"
            aria-label={`${distinct} procedure${distinct === 1 ? '' : 's'} in this article`}
          >
            <span class="sm-logo" aria-hidden="true">
              ✦
            </span>
            <span class="sm-count-badge" aria-hidden="true">
              {distinct}
            </span>
          </button>
        ) : (
          // An article about ingredients or routines names no procedure: no "0" and no empty list.
          <span class="sm-brand sm-brand--plain" title="Skinmark" aria-label="Skinmark" role="img">
            <span class="sm-logo" aria-hidden="true">
              ✦
            </span>
          </span>
        )}
        <button
          type="button"
          class="sm-button"
          data-testid="skinmark-save"
          aria-pressed={saved}
          disabled={busy || !ready}
          onClick={() => void whileVisible(() => void run(props.save, 'Saved to your reading list'))()}
          title={saved ? 'Saved: save again to refresh' : 'Save to your reading list'}
        >
          {saved ? '★' : '☆'}
          <span class="sm-label">{saved ? ' Saved' : ' Save'}</span>
        </button>
        <button
          type="button"
          ref={noteButtonRef}
          class="sm-button sm-button--quiet"
          aria-expanded={noteOpen}
          disabled={!ready}
          onClick={() => (noteOpen ? closeNote() : setNoteOpen(true))}
          data-testid="skinmark-note"
          title="Add a note"
        >
          ✎<span class="sm-label"> Note</span>
        </button>
        <button
          type="button"
          class="sm-icon-button"
          aria-label="Hide Skinmark on this page"
          title="Hide Skinmark on this page"
          onClick={props.dismiss}
          data-testid="skinmark-dismiss"
        >
          ×
        </button>
      </div>
    </div>
  );
}
