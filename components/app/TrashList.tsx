// The trash: what deletes took out, most recent first, each restorable until the reader empties it.
import { useState } from 'preact/hooks';
import { ask, useLiveQuery } from './extension-api';

function when(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Empties exactly the entries shown (not one deleted since), in parts a request takes. */
async function emptyShown(ids: string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += 10_000) await ask({ type: 'trash/empty', ids: ids.slice(start, start + 10_000) });
}

export function TrashList() {
  const [trash] = useLiveQuery(() => ask({ type: 'library/trash' }), []);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (work: Promise<unknown>) => {
    setError(null);
    try {
      await work;
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (trash.state === 'loading') return <p class="empty">Opening the trash…</p>;
  if (trash.state === 'error') {
    return (
      <p class="error" role="alert">
        {trash.error}
      </p>
    );
  }
  const entries = trash.value;
  return (
    <section class="trash" aria-label="Trash">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p class="empty">The trash is empty. Deleted articles and notes wait here until you empty it.</p>
      ) : (
        <>
          <div class="trash__bar">
            <p class="muted">
              {entries.length} deleted item{entries.length === 1 ? '' : 's'}, kept until you empty the trash.
            </p>
            {confirming ? (
              <span role="alertdialog" aria-label="Empty the trash?">
                Delete {entries.length} item{entries.length === 1 ? '' : 's'} for good?{' '}
                <button type="button" class="danger" ref={(b) => b?.focus()} onClick={() => void act(emptyShown(entries.map((e) => e.id))).then(() => setConfirming(false))} data-testid="confirm-empty-trash">
                  Empty the trash
                </button>{' '}
                <button type="button" class="quiet" onClick={() => setConfirming(false)}>
                  Keep
                </button>
              </span>
            ) : (
              <button type="button" class="danger" onClick={() => setConfirming(true)} data-testid="empty-trash">
                Empty the trash…
              </button>
            )}
          </div>
          <ol class="reading-list">
            {entries.map((entry) => (
              <li key={entry.id} class="reading-list__item" data-testid="trash-item">
                <p class="reading-list__title">{entry.kind === 'article' ? entry.title : `Note on “${entry.title}”`}</p>
                <p class="reading-list__meta muted">
                  Deleted {when(entry.deletedAt)}
                  {entry.kind === 'article' && entry.noteCount ? ` · with its ${entry.noteCount} note${entry.noteCount === 1 ? '' : 's'}` : ''}
                </p>
                {entry.preview && <p class="reading-list__note">{entry.preview}</p>}
                <div class="reading-list__actions">
                  <button type="button" class="quiet small" onClick={() => void act(ask({ type: 'trash/restore', id: entry.id }))} data-testid="restore">
                    Restore
                  </button>
                  <button type="button" class="danger small" onClick={() => void act(ask({ type: 'trash/empty', ids: [entry.id] }))} aria-label={`Delete “${entry.title}” for good`}>
                    Delete for good
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
