// The side panel: notes of one article, following the active tab unless given a URL.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { NoteRecord } from '../../lib/library/schema';
import { ask, useLiveQuery } from './extension-api';
import { ProcedureChips } from './ProcedureChips';
import './notes-panel.css';

interface Target {
  url: string;
  tabId?: number;
  /** The tab's own title: the heading until the article is saved. */
  title?: string;
}

/** The active tab's article, kept current as the reader switches tabs or navigates. */
function useActiveTarget(fixedUrl?: string): Target | null | undefined {
  const [target, setTarget] = useState<Target | null | undefined>(fixedUrl ? { url: fixedUrl } : undefined);
  useEffect(() => {
    if (fixedUrl) return;
    // The panel belongs to one window: it follows that window's active tab, not another window's.
    let latest = 0;
    let windowId: number | undefined;
    const refresh = async () => {
      const asked = ++latest;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      const url = await ask({ type: 'tab/article-url', tabId: tab?.id }).catch(() => null);
      // An older look that finishes late must not replace a newer one.
      if (asked === latest) setTarget(url ? { url, tabId: tab?.id, title: tab?.title || undefined } : null);
    };
    void refresh();
    const onActivated = (info: { windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) void refresh();
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }, tab: { windowId?: number; active?: boolean }) => {
      if ((change.url || change.status === 'complete') && tab.active && (windowId === undefined || tab.windowId === windowId)) {
        void refresh();
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [fixedUrl]);
  return target;
}

function formatDate(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function NotesPanel({ fixedUrl }: { fixedUrl?: string }) {
  const target = useActiveTarget(fixedUrl);
  const url = target?.url;
  const [data] = useLiveQuery(
    async () =>
      url
        ? Promise.all([ask({ type: 'article/get', url }), ask({ type: 'notes/list', url })])
        : ([null, []] as const),
    [url],
  );
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const addNote = async (event: Event) => {
    event.preventDefault();
    if (!url || !draft.trim() || busy) return;
    const text = draft;
    setBusy(true);
    setError(null);
    try {
      const saved = data.state === 'ready' && data.value[0];
      if (!saved && target?.tabId !== undefined) await ask({ type: 'tab/save', tabId: target.tabId });
      const fallback = saved || target?.tabId !== undefined ? undefined : bareArticle(url);
      await ask({ type: 'note/add', url, text, article: fallback });
      // Keep anything typed while the note was being saved.
      setDraft((current) => (current === text ? '' : current));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (target === undefined) return <p class="empty">Looking for the article…</p>;
  if (target === null) {
    return (
      <main>
        <Header />
        <p class="empty">Open an article in this window to see and write its notes.</p>
      </main>
    );
  }
  const [article, notes] = data.state === 'ready' ? data.value : [null, [] as NoteRecord[]];
  return (
    <main>
      <Header />
      <section class="article-head">
        <h2 class="article-head__title">{article?.title ?? target?.title ?? url}</h2>
        {article ? (
          <>
            <p class="muted article-head__meta">{article.siteName}</p>
            <ProcedureChips ids={article.procedures} />
          </>
        ) : (
          <p class="muted article-head__meta">Not in your reading list yet: adding a note saves it.</p>
        )}
      </section>
      {data.state === 'error' && (
        <p class="error" role="alert">
          {data.error}
        </p>
      )}
      <ol class="notes" aria-label="Notes">
        {notes.map((note) => (
          <NoteItem key={note.id} note={note} onError={setError} />
        ))}
      </ol>
      {data.state === 'ready' && notes.length === 0 && <p class="empty">No notes yet.</p>}
      <form class="note-form" onSubmit={addNote}>
        <label for="note-input" class="note-form__label">
          New note
        </label>
        <textarea
          id="note-input"
          rows={4}
          value={draft}
          placeholder="What do you want to remember about this article?"
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void addNote(e);
          }}
          data-testid="note-input"
        />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy || !draft.trim()} data-testid="note-add">
          Add note
        </button>
      </form>
    </main>
  );
}

function bareArticle(url: string) {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return { url, title: url, siteName: host, excerpt: '', readingMinutes: 0, procedures: [] };
}

function Header() {
  return (
    <header class="topbar">
      <h1>
        <span class="logo" aria-hidden="true">
          ✦
        </span>
        Skinmark notes
      </h1>
    </header>
  );
}

function NoteItem({ note, onError }: { note: NoteRecord; onError(message: string): void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const act = (work: Promise<unknown>) =>
    work.then(
      () => setEditing(false),
      (e: Error) => onError(e.message),
    );
  return (
    <li class="note" data-testid="note">
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(ask({ type: 'note/update', id: note.id, text }));
          }}
        >
          <textarea rows={4} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} data-testid="note-edit-input" />
          <div class="note__actions">
            <button type="button" class="quiet" onClick={() => (setText(note.text), setEditing(false))}>
              Cancel
            </button>
            <button type="submit" class="primary" disabled={!text.trim()} data-testid="note-save">
              Save
            </button>
          </div>
        </form>
      ) : (
        <>
          <p class="note__text" data-testid="note-text">
            {note.text}
          </p>
          <div class="note__footer">
            <span class="muted">{formatDate(note.updatedAt)}</span>
            <span class="note__actions">
              <button type="button" class="quiet" onClick={() => setEditing(true)} data-testid="note-edit">
                Edit
              </button>
              <button type="button" class="danger" onClick={() => void act(ask({ type: 'note/delete', id: note.id }))} data-testid="note-delete">
                Delete
              </button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}
