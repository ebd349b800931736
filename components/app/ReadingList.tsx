// The popup: the reading list, newest first, and a button to save the page in the active tab.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ArticleSummary } from '../../lib/model';
import { ask, useLiveQuery } from './extension-api';
import { ProcedureChips } from './ProcedureChips';
import { procedureName } from '../../lib/lexicon/index';
import './reading-list.css';

const NOTE_PREVIEW_CHARS = 120;
/** Articles on the first screen, and added by each "Show more". */
const PAGE_SIZE = 50;

async function activeTabId(explicit?: number): Promise<number | undefined> {
  if (explicit !== undefined) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type SidePanelApi = { open(options: { tabId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * Opens the notes beside the page. Both browsers accept this only straight from a click, so it
 * is called synchronously in the handler, with the tab id looked up beforehand.
 */
function openNotes(tabId: number | undefined): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidebarAction) return api.sidebarAction.open();
  if (api.sidePanel && tabId !== undefined) return api.sidePanel.open({ tabId });
  return Promise.reject(new Error('This browser has no side panel for Skinmark.'));
}

export function ReadingList({ tabId }: { tabId?: number }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [procedure, setProcedure] = useState('');
  // One more than shown, to know whether there is more.
  const [list] = useLiveQuery(
    () => ask({ type: 'article/list', limit: limit + 1, ...(procedure ? { procedure } : {}) }),
    [limit, procedure],
  );
  const [procedures] = useLiveQuery(() => ask({ type: 'library/procedures' }), []);
  // The last article of the chosen procedure was deleted: back to the whole list.
  useEffect(() => {
    if (procedure && procedures.state === 'ready' && !procedures.value.includes(procedure)) setProcedure('');
  }, [procedures, procedure]);
  useEffect(() => {
    // For the benchmark (npm run bench:db): when the reading list is on screen.
    if (list.state === 'ready') performance.mark('skinmark:list-shown', { detail: { procedure, shown: list.value.length } });
  }, [list]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [currentTab, setCurrentTab] = useState<number | undefined>(tabId);
  useEffect(() => {
    activeTabId(tabId).then(setCurrentTab, () => undefined);
  }, [tabId]);

  const saveThisPage = async () => {
    setBusy(true);
    setError(null);
    try {
      const id = currentTab ?? (await activeTabId(tabId));
      if (id === undefined) throw new Error('There is no page to save in this window.');
      const saved = await ask({ type: 'tab/save', tabId: id });
      setStatus(`Saved “${saved.title}”`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (article: ArticleSummary) => {
    try {
      await ask({ type: 'article/delete', key: article.key });
      setStatus(`Deleted “${article.title}”`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main>
      <header class="topbar">
        <h1>
          <span class="logo" aria-hidden="true">
            ✦
          </span>
          Skinmark
        </h1>
        <div class="actions">
          <button type="button" class="quiet" onClick={() => openNotes(currentTab).catch((e: Error) => setError(e.message))}>
            Notes
          </button>
          <button type="button" class="primary" onClick={saveThisPage} disabled={busy} data-testid="save-this-page">
            Save this page
          </button>
        </div>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="status" role="status" hidden={!status}>
        {status}
      </p>
      {procedures.state === 'ready' && procedures.value.length > 0 && (
        <label class="reading-list__filter">
          Procedure{' '}
          <select
            value={procedure}
            onChange={(e) => {
              setProcedure((e.target as HTMLSelectElement).value);
              setLimit(PAGE_SIZE);
            }}
            data-testid="procedure-filter"
          >
            <option value="">All articles</option>
            {procedures.value
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
      {list.state === 'loading' && <p class="empty">Loading your reading list…</p>}
      {list.state === 'error' && (
        <p class="error" role="alert">
          {list.error}
        </p>
      )}
      {list.state === 'ready' && list.value.length === 0 && procedure && <p class="empty">No saved article mentions it.</p>}
      {list.state === 'ready' && list.value.length === 0 && !procedure && (
        <p class="empty">
          Nothing saved yet. Open a skincare article and press <strong>Save</strong>, or save any page from here.
        </p>
      )}
      {list.state === 'ready' && list.value.length > 0 && (
        <ol class="reading-list" aria-label="Reading list">
          {list.value.slice(0, limit).map((article) => (
            <li key={article.key} class="reading-list__item" data-testid="reading-list-item">
              <a class="reading-list__title" href={article.url} target="_blank" rel="noopener noreferrer">
                {article.title}
              </a>
              <p class="reading-list__meta muted">
                {article.siteName}
                {article.readingMinutes ? ` · ${article.readingMinutes} min read` : ''}
                {article.noteCount ? ` · ${article.noteCount} note${article.noteCount === 1 ? '' : 's'}` : ''}
              </p>
              <ProcedureChips ids={article.procedures} limit={3} />
              {article.latestNote && (
                <p class="reading-list__note" data-testid="reading-list-note">
                  {article.latestNote.length > NOTE_PREVIEW_CHARS
                    ? `${article.latestNote.slice(0, NOTE_PREVIEW_CHARS)}…`
                    : article.latestNote}
                </p>
              )}
              <button
                type="button"
                class="danger reading-list__delete"
                aria-label={`Delete “${article.title}”`}
                onClick={() => remove(article)}
              >
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
      {list.state === 'ready' && list.value.length > limit && (
        <button type="button" class="quiet reading-list__more" onClick={() => setLimit(limit + PAGE_SIZE)} data-testid="show-more">
          Show more
        </button>
      )}
    </main>
  );
}
