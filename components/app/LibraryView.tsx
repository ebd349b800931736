// The reading list with its search: one box over everything saved (titles, sites, tags, procedures,
// notes, quoted passages and the readable copies' text), filters and orders, in the popup (compact)
// and on the library page (with every filter). Keyboard first: "/" goes to the box, the arrow keys
// move from card to card, Enter opens, Delete asks.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { procedureName } from '../../lib/lexicon/index';
import type { FindQuery, FoundArticle, ListSort } from '../../lib/model';
import { searchWords } from '../../lib/shared/words';
import { ArticleCard } from './ArticleCard';
import { ask, useLiveQuery } from './extension-api';
import type { SearchMarks } from './Marked';
import { deletedMessage, useUndo } from './undo';
import './reading-list.css';

/**
 * Articles drawn at first, and added by each "Show more": the popup shows four or five at once, so
 * it draws a short page (drawing fifty cards no one sees would slow its opening); the library page more.
 */
const PAGE_SIZE = { popup: 20, page: 50 };

const SORTS: { value: ListSort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'saved', label: 'Recently saved' },
  { value: 'updated', label: 'Recently updated' },
  { value: 'title', label: 'Title' },
  { value: 'reading', label: 'Reading time' },
];

export interface Filters {
  procedure: string;
  tag: string;
  site: string;
  hasNotes: boolean;
  sort: ListSort | '';
}

export const NO_FILTERS: Filters = { procedure: '', tag: '', site: '', hasNotes: false, sort: '' };

/** The filters the library page shows beside the list (the popup shows only the procedure). */
export interface Facets {
  procedures: string[];
  tags: { tag: string; count: number }[];
  sites: { site: string; count: number }[];
}

export function LibraryView({
  full,
  filters,
  setFilters,
  facets,
  emptyHint,
  onShown,
}: {
  /** The library page: every filter and order. The popup: the box and the procedure. */
  full: boolean;
  filters: Filters;
  setFilters(filters: Filters): void;
  facets?: Facets;
  emptyHint: preact.ComponentChildren;
  /** Called each time a list or a search's results are on screen. */
  onShown?(): void;
}) {
  const pageSize = full ? PAGE_SIZE.page : PAGE_SIZE.popup;
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const { offer, bar } = useUndo(() => {
    // Back to the card the arrows were on, or to the search box when the list is empty.
    const link = list.current?.querySelectorAll<HTMLElement>('[data-card-link]')[active];
    (link ?? box.current)?.focus();
  });
  const [error, setError] = useState<string | null>(null);

  const request: FindQuery = {
    ...(query.trim() ? { query } : {}),
    ...(filters.procedure ? { procedure: filters.procedure } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.site ? { site: filters.site } : {}),
    ...(filters.hasNotes ? { hasNotes: true } : {}),
    ...(filters.sort && (filters.sort !== 'relevance' || query.trim()) ? { sort: filters.sort } : {}),
    limit,
  };
  const [found] = useLiveQuery(() => ask({ type: 'library/find', ...request }), [JSON.stringify(request)]);
  useEffect(() => {
    // For the benchmark (npm run bench:db): when the list, or a search's results, are on screen.
    if (found.state !== 'ready') return;
    performance.mark('skinmark:list-shown', { detail: { query, shown: found.value.items.length } });
    onShown?.();
  }, [found]);
  useEffect(() => setActive(0), [query, JSON.stringify(filters)]);

  const marks: SearchMarks | undefined = useMemo(
    () => (found.state === 'ready' && query.trim() ? { prefixes: searchWords(query), terms: found.value.terms } : undefined),
    [found, query],
  );

  // "/" anywhere but in a field goes to the search box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      box.current?.focus();
      box.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const items: FoundArticle[] = found.state === 'ready' ? found.value.items : [];
  // The card the arrows were on went (deleted, filtered out): the nearest one takes its place.
  useEffect(() => {
    if (active > 0 && active >= items.length) setActive(Math.max(0, items.length - 1));
  }, [items.length]);
  const focusCard = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    const link = list.current?.querySelectorAll<HTMLElement>('[data-card-link]')[next];
    link?.focus();
    link?.scrollIntoView({ block: 'nearest' });
  };
  const onListKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusCard(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (active === 0) box.current?.focus();
      else focusCard(active - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusCard(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusCard(items.length - 1);
    }
  };

  const remove = async (article: FoundArticle) => {
    setError(null);
    try {
      const trashed = await ask({ type: 'article/delete', key: article.key });
      if (trashed) offer({ message: deletedMessage(article.title, trashed.notes), trashId: trashed.trashId });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const set = (change: Partial<Filters>) => {
    setFilters({ ...filters, ...change });
    setLimit(pageSize);
  };
  const filtered = !!(filters.procedure || filters.tag || filters.site || filters.hasNotes);
  const knownTags = facets?.tags.map((t) => t.tag);

  return (
    <section class="library-view" aria-label="Saved articles">
      <div class="search">
        <input
          ref={box}
          type="search"
          class="search__box"
          placeholder="Search titles, notes, tags, saved text…  ( / )"
          aria-label="Search your library"
          aria-keyshortcuts="/"
          value={query}
          maxLength={500}
          data-testid="library-search"
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setLimit(pageSize);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && items.length) {
              e.preventDefault();
              focusCard(0);
            } else if (e.key === 'Enter' && items.length) {
              e.preventDefault();
              window.open(items[0]!.url, '_blank', 'noopener');
            } else if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
      </div>
      <div class="filters">
        {(facets?.procedures.length ?? 0) > 0 && (
          <label>
            Procedure{' '}
            <select value={filters.procedure} onChange={(e) => set({ procedure: (e.target as HTMLSelectElement).value })} data-testid="procedure-filter">
              <option value="">All articles</option>
              {facets!.procedures
                .map((id) => ({ id, name: procedureName(id) }))
                .sort((a, b) => a.name.localeCompare(b.name))
                .map(({ id, name }) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
            </select>
          </label>
        )}
        {(facets?.tags.length ?? 0) > 0 && (
          <label>
            Tag{' '}
            <select value={filters.tag} onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value })} data-testid="tag-filter">
              <option value="">All tags</option>
              {facets!.tags.map(({ tag, count }) => (
                <option key={tag} value={tag}>
                  {tag} ({count})
                </option>
              ))}
            </select>
          </label>
        )}
        {full && (facets?.sites.length ?? 0) > 1 && (
          <label>
            Site{' '}
            <select value={filters.site} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value })} data-testid="site-filter">
              <option value="">All sites</option>
              {facets!.sites.map(({ site, count }) => (
                <option key={site} value={site}>
                  {site} ({count})
                </option>
              ))}
            </select>
          </label>
        )}
        {full && (
          <label class="filters__check">
            <input type="checkbox" checked={filters.hasNotes} onChange={(e) => set({ hasNotes: (e.target as HTMLInputElement).checked })} data-testid="has-notes-filter" />
            With notes
          </label>
        )}
        {full && (
          <label>
            Order{' '}
            <select
              value={filters.sort || (query.trim() ? 'relevance' : 'saved')}
              onChange={(e) => set({ sort: (e.target as HTMLSelectElement).value as ListSort })}
              data-testid="sort"
            >
              {SORTS.filter((s) => s.value !== 'relevance' || query.trim()).map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {bar}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {found.state === 'ready' && (query.trim() || filtered) ? `${found.value.total} article${found.value.total === 1 ? '' : 's'} found` : ''}
      </p>
      {found.state === 'loading' && <p class="empty">Loading your reading list…</p>}
      {found.state === 'error' && (
        <p class="error" role="alert">
          {found.error}
        </p>
      )}
      {found.state === 'ready' && items.length === 0 && (query.trim() || filtered) && (
        <p class="empty" data-testid="no-results">
          Nothing matches {query.trim() ? <>“{query.trim()}”</> : 'these filters'}.{' '}
          <button
            type="button"
            class="quiet small"
            onClick={() => {
              setQuery('');
              setFilters({ ...NO_FILTERS, sort: filters.sort });
            }}
          >
            Clear the search
          </button>
        </p>
      )}
      {found.state === 'ready' && items.length === 0 && !query.trim() && !filtered && <div class="empty">{emptyHint}</div>}
      {items.length > 0 && (
        <ol class="reading-list" aria-label={query.trim() ? 'Search results' : 'Reading list'} ref={list} onKeyDown={onListKey}>
          {items.map((article, index) => (
            <ArticleCard
              key={article.key}
              article={article}
              marks={marks}
              knownTags={knownTags}
              active={index === active}
              onFocusCard={() => setActive(index)}
              onDelete={() => void remove(article)}
              onPickTag={full ? (tag) => set({ tag }) : undefined}
            />
          ))}
        </ol>
      )}
      {found.state === 'ready' && found.value.total > items.length && (
        <button type="button" class="quiet reading-list__more" onClick={() => setLimit(limit + pageSize)} data-testid="show-more">
          Show more ({found.value.total - items.length} more)
        </button>
      )}
    </section>
  );
}
