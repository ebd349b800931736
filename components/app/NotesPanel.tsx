// The side panel: notes of one article, following the active tab unless given a URL.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { NoteRecord } from '../../lib/library/schema';
import { isPassagePending, type PageAnchors, type PageCommand } from '../../lib/messaging/events';
import { quoteOf, type PassageSelector } from '../../lib/model';
import { articleOrder } from '../../lib/shared/note-order';
import { ask, useLiveQuery } from './extension-api';
import { ProcedureChips } from './ProcedureChips';
import { TagEditor, Tags } from './TagEditor';
import { useUndo } from './undo';
import './reading-list.css';
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
  const anchors = usePageAnchors(target?.tabId, data.state === 'ready' ? data.value[1] : undefined);
  const passage = usePendingPassage(target?.tabId, url);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editingTags, setEditingTags] = useState(false);
  const { offer, bar } = useUndo(() => document.querySelector<HTMLElement>('[data-testid="note-input"]')?.focus());
  const deleted = (trashId: string) => offer({ message: 'Note deleted.', trashId });

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
      await ask({ type: 'note/add', url, text, article: fallback, selectors: passage.value ?? undefined });
      passage.clear();
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
  const [article, listed] = data.state === 'ready' ? data.value : [null, [] as NoteRecord[]];
  // In the article's order; quotes the open page does not have (now) go under a heading of their own.
  // The page's own order where the open page found the passages; the saved places otherwise.
  const found = anchors?.found ?? [];
  const ordered = [...listed].sort((a, b) => {
    const [ia, ib] = [found.indexOf(a.id), found.indexOf(b.id)];
    return ia !== -1 && ib !== -1 ? ia - ib : articleOrder(a, b);
  });
  const isOrphan = (note: NoteRecord) => !!quoteOf(note) && !!anchors?.orphans.includes(note.id);
  const notes = ordered.filter((n) => !isOrphan(n));
  const orphans = ordered.filter(isOrphan);
  const revealer = (note: NoteRecord) => () => void revealPassage(note, target?.tabId, url);
  return (
    <main>
      <Header />
      <section class="article-head">
        <h2 class="article-head__title">{article?.title ?? target?.title ?? url}</h2>
        {article ? (
          <>
            <p class="muted article-head__meta">{article.siteName}</p>
            <ProcedureChips ids={article.procedures} />
            {editingTags ? (
              <TagEditor articleKey={article.key} title={article.title} tags={article.tags} onDone={() => setEditingTags(false)} />
            ) : (
              <div class="article-head__tags">
                <Tags tags={article.tags} />
                <button type="button" class="quiet small" onClick={() => setEditingTags(true)} data-testid="edit-tags">
                  {article.tags.length ? 'Edit tags' : 'Add tags'}
                </button>
              </div>
            )}
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
      {bar}
      <ol class="notes" aria-label="Notes">
        {notes.map((note) => (
          <NoteItem key={note.id} note={note} onError={setError} onDeleted={deleted} reveal={revealer(note)} />
        ))}
      </ol>
      {data.state === 'ready' && listed.length === 0 && <p class="empty">No notes yet.</p>}
      {orphans.length > 0 && (
        <section class="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title" class="orphans__title">
            Not found on this page
          </h3>
          <p class="muted orphans__why">The page changed since these passages were quoted; the notes and their quotes are kept.</p>
          <ol class="notes" aria-label="Notes whose passage is not on this page">
            {orphans.map((note) => (
              <NoteItem key={note.id} note={note} onError={setError} onDeleted={deleted} orphan />
            ))}
          </ol>
        </section>
      )}
      <form class="note-form" onSubmit={addNote}>
        <label for="note-input" class="note-form__label">
          {passage.value ? 'Note on this passage' : 'New note'}
        </label>
        {passage.value && (
          <blockquote class="note__quote note-form__quote">{quoteOf({ selectors: passage.value })?.exact}</blockquote>
        )}
        <textarea
          id="note-input"
          rows={4}
          value={draft}
          placeholder="What do you want to remember about this article?"
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void addNote(e);
            else if (e.key === 'Escape' && (draft || passage.value)) {
              e.preventDefault();
              setDraft('');
              passage.clear();
            }
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

/**
 * The passage the reader chose in the tab from the context menu or a keyboard command, held by the
 * background until this panel takes it for the next note.
 */
function usePendingPassage(tabId: number | undefined, url: string | undefined): { value: PassageSelector[] | null; clear(): void } {
  const [value, setValue] = useState<PassageSelector[] | null>(null);
  useEffect(() => {
    // Another tab or another page: a passage chosen before is not about it.
    setValue(null);
    if (tabId === undefined || !url) return;
    const take = () =>
      ask({ type: 'tab/passage', tabId }).then(
        (passage) => {
          if (!passage) return;
          setValue(passage);
          document.getElementById('note-input')?.focus();
        },
        () => undefined,
      );
    void take();
    const onMessage = (message: unknown) => {
      if (isPassagePending(message) && message.tabId === tabId) void take();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, url]);
  return { value, clear: () => setValue(null) };
}

/** Which quoted notes the article open in the tab has found, asked of Skinmark's script there. */
function usePageAnchors(tabId: number | undefined, notes: readonly NoteRecord[] | undefined): PageAnchors | undefined {
  const [anchors, setAnchors] = useState<PageAnchors | undefined>();
  useEffect(() => {
    setAnchors(undefined);
    if (tabId === undefined || !notes?.some((n) => quoteOf(n))) return;
    let current = true;
    const askTab = () =>
      browser.tabs.sendMessage(tabId, { type: 'skinmark/anchors' } satisfies PageCommand).then(
        (answer) => current && setAnchors(answer as PageAnchors | undefined),
        () => current && setAnchors(undefined),
      );
    // The page finds passages as it loads and as content arrives: ask again for a little while.
    void askTab();
    const timer = setInterval(askTab, 1_500);
    const stop = setTimeout(() => clearInterval(timer), 15_000);
    return () => {
      current = false;
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [tabId, notes]);
  return anchors;
}

/** Shows a note's passage: in the tab if it shows the article, else the article opened at the passage. */
async function revealPassage(note: NoteRecord, tabId: number | undefined, url: string | undefined): Promise<void> {
  if (tabId !== undefined) {
    const shown = await browser.tabs.sendMessage(tabId, { type: 'skinmark/reveal-passage', id: note.id } satisfies PageCommand).catch(() => false);
    if (shown) return;
  }
  const quote = quoteOf(note);
  if (!url || !quote) return;
  // A text fragment: browsers that support it scroll to the passage and mark it.
  // Whole words only (a fragment matches at word boundaries): a long passage by its first and last five.
  const words = quote.exact.replace(/\s+/g, ' ').trim().split(' ');
  const part = (list: string[]) => encodeURIComponent(list.join(' ')).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const fragment = words.length > 12 ? `${part(words.slice(0, 5))},${part(words.slice(-5))}` : part(words);
  await browser.tabs.create({ url: `${url.replace(/#.*$/, '')}#:~:text=${fragment}` });
}

function NoteItem({
  note,
  onError,
  onDeleted,
  reveal,
  orphan,
}: {
  note: NoteRecord;
  onError(message: string): void;
  onDeleted(trashId: string): void;
  reveal?: () => void;
  orphan?: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const quote = quoteOf(note)?.exact;
  const act = (work: Promise<unknown>) =>
    work.then(
      () => setEditing(false),
      (e: Error) => onError(e.message),
    );
  const save = () => void act(ask({ type: 'note/update', id: note.id, text }));
  const cancel = () => (setText(note.text), setEditing(false));
  return (
    <li class="note" data-testid="note" data-orphan={orphan ? 'true' : undefined}>
      {quote &&
        (reveal ? (
          <button type="button" class="note__quote note__quote--link" onClick={reveal} title="Show this passage in the article" data-testid="note-quote">
            {quote}
          </button>
        ) : (
          <blockquote class="note__quote" data-testid="note-quote">
            {quote}
          </blockquote>
        ))}
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <textarea
            rows={4}
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                save();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancel();
              }
            }}
            data-testid="note-edit-input"
          />
          <div class="note__actions">
            <button type="button" class="quiet" onClick={cancel}>
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
              <button
                type="button"
                class="danger"
                onClick={() =>
                  void act(
                    ask({ type: 'note/delete', id: note.id }).then((trashed) => {
                      if (trashed) onDeleted(trashed.trashId);
                    }),
                  )
                }
                data-testid="note-delete"
              >
                Delete
              </button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}
