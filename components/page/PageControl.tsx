// The in-page control's reading half, in Skinmark's shadow root on a skincare article: the
// procedures found, their cards, and the frame that holds the writing half (Save, Note: see
// components/app/ControlBar.tsx). Nothing here writes, so nothing a page's script does here can
// act in the reader's name.
import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ProcedureSummary } from '../../lib/model';
import type { CardPlacement } from '../../lib/page/placement';
import type { CardData } from './ProcedureCardView';
import { ProcedureCardView } from './ProcedureCardView';

export interface PageControlProps {
  procedures: ProcedureSummary[];
  /** Where the card comes from: the background serves card facts on demand. */
  loadCard(id: string): Promise<CardData>;
  /** Brings the first mention of a procedure into view. */
  reveal(id: string): void;
  /** The card the pointer is over (set from outside by the hover tracker). */
  hoverCard?: ({ id: string } & CardPlacement) | null;
  /** Whether the procedure list is open (the frame's procedures button toggles it). */
  listOpen: boolean;
  /** The list was closed from the keyboard: focus goes back to the button that opened it. */
  closeList(): void;
  /**
   * The writing half's frame: its size, a ref for the script that loads it and talks to it, and
   * its address when it may be created with it (lib/page/frame-link.ts).
   */
  frame: { width: number; height: number; ref: Ref<HTMLIFrameElement>; src?: string };
  /** Where to offer a note on the reader's selection (beside its end), or null. */
  selection: { x: number; y: number } | null;
  /** The reader asked for a note on the selection. */
  noteSelection(): void;
  compact: boolean;
  /** Widest the dock may grow without reaching the article's text. */
  dockWidth: number;
}

export function PageControl(props: PageControlProps) {
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [cardId, setCardId] = useState<string | null>(null);
  const [card, setCard] = useState<CardData | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

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
    if (props.listOpen) listRef.current?.focus();
  }, [props.listOpen]);

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
    else if (event.key === 'Escape') props.closeList();
    else return;
    event.preventDefault();
  };

  const hover = props.hoverCard;
  return (
    <div class={`sm-root${props.compact ? ' sm-root--compact' : ''}`}>
      {hover && card && card.id === hover.id && (
        <div class="sm-hover" style={{ left: `${hover.x}px`, top: `${hover.y}px`, width: `${hover.width}px`, '--sm-card-max-height': `${hover.maxHeight}px` }}>
          <ProcedureCardView card={card} />
        </div>
      )}
      {props.selection && (
        <button
          type="button"
          class="sm-button sm-selection-note"
          style={{ left: `${props.selection.x}px`, top: `${props.selection.y}px` }}
          // Keeps the selection: a press here must not collapse what it is about.
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => event.isTrusted && props.noteSelection()}
          data-testid="skinmark-note-selection"
          title="Write a note on this passage"
        >
          ✎ Note
        </button>
      )}
      <div class="sm-dock" style={{ width: `${props.dockWidth}px` }}>
        {!hover && cardId && card && card.id === cardId && <ProcedureCardView card={card} onClose={() => setCardId(null)} />}
        {props.listOpen && props.procedures.length > 0 && (
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
        {error && (
          <p class="sm-error" role="alert">
            {error}
          </p>
        )}
        <iframe
          ref={props.frame.ref}
          class="sm-frame-host"
          title="Skinmark: save and notes"
          data-skinmark-frame=""
          src={props.frame.src}
          style={{ width: `${props.frame.width}px`, height: `${props.frame.height}px` }}
        />
      </div>
    </div>
  );
}
