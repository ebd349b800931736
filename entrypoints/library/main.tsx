// The library page: the whole reading list with search, every filter and order, the reader's tags
// (to filter by and rename), and the trash.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask, useLiveQuery } from '../../components/app/extension-api';
import { LibraryView, NO_FILTERS, type Filters } from '../../components/app/LibraryView';
import { TrashList } from '../../components/app/TrashList';
import '../../components/app/app.css';
import './library.css';

function TagList({ tags, current, pick }: { tags: { tag: string; count: number }[]; current: string; pick(tag: string): void }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!tags.length) return <p class="muted small-print">No tags yet. Add them from an article’s “Tags” button.</p>;
  const rename = async (event: Event) => {
    event.preventDefault();
    if (!renaming) return;
    setError(null);
    try {
      await ask({ type: 'tag/rename', from: renaming, to: draft });
      if (current === renaming) pick(draft.trim());
      setRenaming(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <ul class="tag-list">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            {renaming === tag ? (
              <form onSubmit={rename} class="tag-list__rename">
                <input
                  value={draft}
                  maxLength={60}
                  aria-label={`New name for the tag “${tag}”`}
                  ref={(input) => input?.focus()}
                  onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
                  onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                  data-testid="tag-rename-input"
                />
                <button type="submit" class="quiet small">
                  Rename
                </button>
              </form>
            ) : (
              <>
                <button type="button" class={`tag-list__tag${current === tag ? ' is-current' : ''}`} aria-pressed={current === tag} onClick={() => pick(current === tag ? '' : tag)}>
                  #{tag} <span class="muted">{count}</span>
                </button>
                <button
                  type="button"
                  class="quiet small"
                  aria-label={`Rename the tag “${tag}”`}
                  onClick={() => {
                    setRenaming(tag);
                    setDraft(tag);
                  }}
                  data-testid="tag-rename"
                >
                  Rename
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function Library() {
  const [view, setView] = useState<'articles' | 'trash'>(new URLSearchParams(location.search).get('view') === 'trash' ? 'trash' : 'articles');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [facets] = useLiveQuery(() => ask({ type: 'library/facets', sites: true }), []);
  const [counts] = useLiveQuery(() => ask({ type: 'library/counts' }), []);
  useEffect(() => {
    if (facets.state !== 'ready') return;
    if (filters.tag && !facets.value.tags.some((t) => t.tag === filters.tag)) setFilters({ ...filters, tag: '' });
  }, [facets]);
  const trash = facets.state === 'ready' ? facets.value.trash : 0;
  return (
    <div class="library">
      <header class="topbar">
        <h1>
          <span class="logo" aria-hidden="true">
            ✦
          </span>
          Skinmark library
        </h1>
        <p class="muted library__counts">
          {counts.state === 'ready'
            ? `${counts.value.articles} article${counts.value.articles === 1 ? '' : 's'} · ${counts.value.notes} note${counts.value.notes === 1 ? '' : 's'}`
            : ''}
        </p>
        <a href={browser.runtime.getURL('/options.html')} class="library__options">
          Options
        </a>
      </header>
      <div class="library__body">
        <nav class="library__side" aria-label="Library">
          <div role="tablist" aria-label="Show">
            <button type="button" role="tab" aria-selected={view === 'articles'} class={view === 'articles' ? 'is-current' : ''} onClick={() => setView('articles')}>
              Articles
            </button>
            <button type="button" role="tab" aria-selected={view === 'trash'} class={view === 'trash' ? 'is-current' : ''} onClick={() => setView('trash')} data-testid="show-trash">
              Trash{trash ? ` (${trash})` : ''}
            </button>
          </div>
          {view === 'articles' && (
            <>
              <h2>Tags</h2>
              <TagList
                tags={facets.state === 'ready' ? facets.value.tags : []}
                current={filters.tag}
                pick={(tag) => setFilters({ ...filters, tag })}
              />
            </>
          )}
        </nav>
        <main class="library__main">
          {view === 'articles' ? (
            <LibraryView
              full
              filters={filters}
              setFilters={setFilters}
              facets={facets.state === 'ready' ? facets.value : undefined}
              emptyHint={
                <p>
                  Your library is empty. Save a skincare article from its page, or import a Pocket, Omnivore or Skinmark export from the{' '}
                  <a href={browser.runtime.getURL('/options.html')}>options</a>.
                </p>
              }
            />
          ) : (
            <TrashList />
          )}
        </main>
      </div>
    </div>
  );
}

render(<Library />, document.getElementById('app')!);
