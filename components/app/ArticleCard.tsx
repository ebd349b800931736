// One article in a list: title, site, date, reading time, at most three procedure chips, its tags,
// and the start of its latest note (or the note a search matched), with the words found marked.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FoundArticle } from '../../lib/model';
import { Marked, type SearchMarks } from './Marked';
import { ProcedureChips } from './ProcedureChips';
import { TagEditor, Tags } from './TagEditor';

const NOTE_PREVIEW_CHARS = 120;

const FIELD_NAMES: Record<string, string> = {
  notes: 'a note',
  quotes: 'a quoted passage',
  copy: 'the saved text',
  tags: 'a tag',
  procedures: 'a procedure',
  author: 'the author',
  excerpt: 'the summary',
};

function savedOn(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export const readerUrl = (url: string) => browser.runtime.getURL(`/reader.html?article=${encodeURIComponent(url)}` as '/reader.html');

export interface ArticleCardProps {
  article: FoundArticle;
  marks?: SearchMarks;
  knownTags?: readonly string[];
  /** The card the arrow keys are on. */
  active: boolean;
  onFocusCard(): void;
  onDelete(): void;
  onPickTag?(tag: string): void;
}

export function ArticleCard({ article, marks, knownTags, active, onFocusCard, onDelete, onPickTag }: ArticleCardProps) {
  const [editingTags, setEditingTags] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const where = article.matchedIn.filter((f) => FIELD_NAMES[f] && !['title', 'siteName'].includes(f));
  const note = article.snippet ?? article.latestNote;
  const notes = article.noteCount ? ` and its ${article.noteCount} note${article.noteCount === 1 ? '' : 's'}` : '';
  return (
    <li
      class={`reading-list__item${active ? ' is-active' : ''}`}
      data-testid="reading-list-item"
      data-key={article.key}
      onFocusIn={onFocusCard}
      onKeyDown={(event) => {
        const target = event.target as HTMLElement;
        if (event.key === 'Delete' && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
          event.preventDefault();
          setConfirming(true);
        }
      }}
    >
      <a class="reading-list__title" href={article.url} target="_blank" rel="noopener noreferrer" tabIndex={active ? 0 : -1} data-card-link>
        <Marked text={article.title} marks={marks} />
      </a>
      <p class="reading-list__meta muted">
        <Marked text={article.siteName} marks={marks} />
        {` · ${savedOn(article.savedAt)}`}
        {article.readingMinutes ? ` · ${article.readingMinutes} min read` : ''}
        {article.noteCount ? ` · ${article.noteCount} note${article.noteCount === 1 ? '' : 's'}` : ''}
      </p>
      <ProcedureChips ids={article.procedures} limit={3} />
      {!editingTags && <Tags tags={article.tags} onPick={onPickTag} />}
      {note && (
        <p class="reading-list__note" data-testid="reading-list-note">
          <Marked text={note.length > NOTE_PREVIEW_CHARS + 40 ? `${note.slice(0, NOTE_PREVIEW_CHARS)}…` : note} marks={marks} />
        </p>
      )}
      {where.length > 0 && <p class="reading-list__where muted">Found in {where.map((f) => FIELD_NAMES[f]).join(', ')}</p>}
      {editingTags && (
        <TagEditor articleKey={article.key} title={article.title} tags={article.tags} known={knownTags} onDone={() => setEditingTags(false)} />
      )}
      {confirming ? (
        <div class="reading-list__confirm" role="alertdialog" aria-label="Delete this article?">
          <span>Delete “{article.title}”{notes}?</span>
          <button
            type="button"
            class="danger"
            ref={(button) => button?.focus()}
            onClick={() => {
              setConfirming(false);
              onDelete();
            }}
            onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
            data-testid="confirm-delete"
          >
            Delete
          </button>
          <button type="button" class="quiet" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <div class="reading-list__actions">
          {article.hasCopy && (
            <a class="reading-list__action" href={readerUrl(article.url)} target="_blank" rel="noopener" data-testid="open-reader" tabIndex={active ? 0 : -1}>
              Read saved copy
            </a>
          )}
          <button type="button" class="quiet small" onClick={() => setEditingTags(!editingTags)} aria-expanded={editingTags} data-testid="edit-tags" tabIndex={active ? 0 : -1}>
            Tags
          </button>
          <button type="button" class="danger small reading-list__delete" aria-label={`Delete “${article.title}”${notes}`} onClick={onDelete} tabIndex={active ? 0 : -1}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
