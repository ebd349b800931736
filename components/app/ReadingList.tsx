// The popup: a button to save the page in the active tab, and the reading list with its search.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask, useLiveQuery } from './extension-api';
import { LibraryView, NO_FILTERS, type Filters } from './LibraryView';

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
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The filters' values are asked once the list is on screen: the list comes first.
  const [listed, setListed] = useState(false);
  const [facets] = useLiveQuery(() => (listed ? ask({ type: 'library/facets' }) : new Promise<never>(() => undefined)), [listed]);
  // The last article of the chosen procedure or tag was deleted: back to the whole list.
  useEffect(() => {
    if (facets.state !== 'ready') return;
    if (filters.procedure && !facets.value.procedures.includes(filters.procedure)) setFilters({ ...filters, procedure: '' });
    if (filters.tag && !facets.value.tags.some((t) => t.tag === filters.tag)) setFilters({ ...filters, tag: '' });
  }, [facets, filters]);
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
      <nav class="popup-links" aria-label="Skinmark pages">
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener" data-testid="open-library">
          Open the library
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener" data-testid="open-options">
          Options
        </a>
      </nav>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="status" role="status" hidden={!status}>
        {status}
      </p>
      <LibraryView
        full={false}
        filters={filters}
        setFilters={setFilters}
        facets={facets.state === 'ready' ? facets.value : undefined}
        onShown={() => setListed(true)}
        emptyHint={
          <p>
            Nothing saved yet. Open a skincare article and press <strong>Save</strong>, or save any page from here.
          </p>
        }
      />
    </main>
  );
}
