// The in-page control on a skincare article: procedures found, save, a quick note, dismiss.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ProcedureSummary } from '../../lib/model';
import type { CardData } from './ProcedureCardView';
import { ProcedureCardView } from './ProcedureCardView';
import { useReaderIntent } from './reader-intent';

export interface PageControlProps {
  procedures: ProcedureSummary[];
  savedInLibrary: boolean;
  /** Where the card comes from: the background serves card facts on demand. */
  loadCard(id: string): Promise<CardData>;
  save(): Promise<void>;
  addNote(text: string): Promise<void>;
  /** Brings the first mention of a procedure into view. */
  reveal(id: string): void;
  dismiss(): void;
  /** The card the pointer is over (set from outside by the hover tracker). */
  hoverCard?: { id: string; x: number; y: number } | null;
  compact: boolean;
  /** Widest the dock may grow without reaching the article's text. */
  dockWidth: number;
}

type Panel = 'none' | 'procedures' | 'note';



export function PageControl(props: PageControlProps) {
  const [saved, setSaved] = useState(props.savedInLibrary);
  // The library changed elsewhere (another tab, the popup): show what it says now.
  useEffect(() => setSaved(props.savedInLibrary), [props.savedInLibrary]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const [active, setActive] = useState(0);
  const [cardId, setCardId] = useState<string | null>(null);
  const [card, setCard] = useState<CardData | null>(null);
  const [noteText, setNoteText] = useState('');
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const shownCardId = props.hoverCard?.id ?? cardId;
  useEffect(() => {
    if (!shownCardId) return setCard(null);
    let current = true;
    props
      .loadCard(shownCardId)
      .then((c) => current && setCard(c))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [shownCardId]);

  // Layout effect: focus must move before the next key press reaches the toggle button again.
  useLayoutEffect(() => {
    if (panel === 'procedures') listRef.current?.focus();
    if (panel === 'note') noteRef.current?.focus();
  }, [panel]);

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

  // Only the reader's own clicks and key presses act: page scripts can reach this open shadow root.
  const intent = useReaderIntent();
  const byReader = (event: Event) => intent.byReader(event, event.currentTarget);

  const onSave = (event: Event) =>
    byReader(event) &&
    run(async () => {
      await props.save();
      setSaved(true);
    }, 'Saved to your reading list');

  const onAddNote = (event: Event) => {
    event.preventDefault();
    const text = noteText.trim();
    if (!text || !byReader(event)) return;
    void run(async () => {
      await props.addNote(text);
      setSaved(true);
      setNoteText('');
      setPanel('none');
    }, 'Note added');
  };

  const chooseProcedure = (index: number) => {
    const procedure = props.procedures[index];
    if (!procedure) return;
    setCardId(procedure.id);
    props.reveal(procedure.id);
  };

  const onListKey = (event: KeyboardEvent) => {
    const last = props.procedures.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => Math.min(last, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(last);
    else if (event.key === 'Enter' || event.key === ' ') chooseProcedure(active);
    else if (event.key === 'Escape') setPanel('none');
    else return;
    event.preventDefault();
  };

  const hover = props.hoverCard;
  const distinct = props.procedures.length;
  return (
    <div
      class={`sm-root${props.compact ? ' sm-root--compact' : ''}`}
      {...intent.rootHandlers}
    >
      {hover && card && card.id === hover.id && (
        <div class="sm-hover" style={{ left: `${hover.x}px`, top: `${hover.y}px` }}>
          <ProcedureCardView card={card} />
        </div>
      )}
      <div class="sm-dock" style={{ width: `${props.dockWidth}px` }}>
        {!hover && cardId && card && card.id === cardId && (
          <ProcedureCardView card={card} onClose={() => setCardId(null)} />
        )}
        {panel === 'procedures' && distinct > 0 && (
          <ul
            class="sm-list"
            role="listbox"
            tabIndex={0}
            ref={listRef}
            aria-label="Procedures in this article"
            aria-activedescendant={`sm-proc-${active}`}
            onKeyDown={onListKey}
          >
            {props.procedures.map((p, index) => (
              <li
                key={p.id}
                id={`sm-proc-${index}`}
                role="option"
                aria-selected={index === active}
                class={index === active ? 'sm-list__item sm-list__item--active' : 'sm-list__item'}
                onClick={() => {
                  setActive(index);
                  chooseProcedure(index);
                }}
              >
                <span>{p.name}</span>
                <span class="sm-count" aria-label={`${p.count} mentions`}>
                  {p.count}
                </span>
              </li>
            ))}
          </ul>
        )}
        {panel === 'note' && (
          <form class="sm-note" onSubmit={onAddNote}>
            <label class="sm-note__label" for="sm-note-text">
              Note on this article
            </label>
            <textarea
              id="sm-note-text"
              ref={noteRef}
              rows={4}
              value={noteText}
              onInput={(e) => setNoteText((e.target as HTMLTextAreaElement).value)}
              onKeyDown={(e) => e.key === 'Escape' && setPanel('none')}
              data-testid="skinmark-note-input"
            />
            <div class="sm-note__actions">
              <button type="button" class="sm-button sm-button--quiet" onClick={() => setPanel('none')}>
                Cancel
              </button>
              <button type="submit" class="sm-button" disabled={busy || !noteText.trim()} data-testid="skinmark-note-add">
                Add note
              </button>
            </div>
          </form>
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
              class="sm-button sm-button--quiet sm-brand"
              aria-expanded={panel === 'procedures'}
              onClick={() => setPanel(panel === 'procedures' ? 'none' : 'procedures')}
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
            disabled={busy}
            onClick={onSave}
            title={saved ? 'Saved: save again to refresh' : 'Save to your reading list'}
          >
            {saved ? '★' : '☆'}
            <span class="sm-label">{saved ? ' Saved' : ' Save'}</span>
          </button>
          <button
            type="button"
            class="sm-button sm-button--quiet"
            aria-expanded={panel === 'note'}
            onClick={(event) => byReader(event) && setPanel(panel === 'note' ? 'none' : 'note')}
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
            onClick={(event) => byReader(event) && props.dismiss()}
            data-testid="skinmark-dismiss"
          >
            ×
          </button>
        </div>
      </div>
    </div>
  );
}
