// The reader's library: articles and their notes, read and written in single transactions.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ArticleInput } from '../messages';
import { normalizeUrl, trustedCanonical } from '../url';
import { DB_NAME, DB_VERSION, MIGRATIONS, type ArticleRecord, type NoteQuote, type NoteRecord, type SkinmarkDB } from './schema';

export type LibraryDB = IDBPDatabase<SkinmarkDB>;

export interface ArticleSummary extends ArticleRecord {
  latestNote?: string;
  noteCount: number;
}

/**
 * `onClosed` hears when the connection goes (a newer version wants the database, or it failed).
 * `migrations` are the schema's own, but for tests of a failing step.
 */
export async function openLibrary(
  name = DB_NAME,
  onClosed: () => void = () => {},
  migrations: typeof MIGRATIONS = MIGRATIONS,
): Promise<LibraryDB> {
  if (typeof indexedDB === 'undefined' || !indexedDB) {
    throw new Error('IndexedDB is not available in this browser window; Skinmark cannot store anything.');
  }
  try {
    return await openDB<SkinmarkDB>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // Steps run in order inside the one upgrade transaction: a failing step aborts it, and the
        // library stays as it was, at its old version.
        tx.done.catch(() => undefined); // the open itself reports the failure
        let steps = Promise.resolve();
        for (const migrate of migrations.slice(oldVersion, DB_VERSION)) steps = steps.then(() => migrate(db, tx));
        steps.catch(() => {
          try {
            tx.abort();
          } catch {
            // Already over.
          }
        });
      },
      blocking(_current, _next, event) {
        // A newer Skinmark wants to upgrade: step aside rather than block it.
        (event.target as IDBDatabase).close();
        onClosed();
      },
      terminated: onClosed,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new Error('This library was written by a newer Skinmark; update the extension to open it.');
    }
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw new Error('Skinmark could not bring your library up to date, so it left it as it was. Try again later.');
    }
    throw error;
  }
}

/** The keys an article is known by: its page URL and, when trustworthy, its canonical URL. */
export function articleKeys(input: Pick<ArticleInput, 'url' | 'canonicalUrl'>): { key: string; aliases: string[] } {
  const page = normalizeUrl(input.url);
  const canonical = trustedCanonical(input.url, input.canonicalUrl);
  const key = canonical ?? page;
  return { key, aliases: canonical && canonical !== page ? [canonical, page] : [page] };
}

export type ArticlesAndNotes = IDBPTransaction<SkinmarkDB, ('articles' | 'notes')[], 'readwrite'>;

/** Every record that stands for the article known by `key` or any of `addresses`, each once. */
export async function recordsFor(tx: ArticlesAndNotes, key: string, addresses: readonly string[]): Promise<ArticleRecord[]> {
  const store = tx.objectStore('articles');
  const found = await Promise.all([store.get(key), ...addresses.map((a) => store.index('alias').get(a))]);
  return [...new Map(found.filter((r): r is ArticleRecord => !!r).map((r) => [r.key, r])).values()];
}

/**
 * Writes `record` in place of the `previous` records of the same article. Notes filed under their
 * keys follow it (an article re-filed under its canonical URL, or two records found to be one).
 */
export async function fileArticle(tx: ArticlesAndNotes, record: ArticleRecord, previous: readonly ArticleRecord[]): Promise<void> {
  const store = tx.objectStore('articles');
  const notes = tx.objectStore('notes');
  const moved = previous.map((r) => r.key).filter((old) => old !== record.key);
  const orphans = await Promise.all(moved.map((old) => notes.index('articleKey').getAll(old)));
  for (const old of moved) void store.delete(old);
  for (const note of orphans.flat()) void notes.put({ ...note, articleKey: record.key });
  await store.put(record);
}

/**
 * Queues the write of `input` over whatever records already stand for the same article (by key
 * or any alias), merging them into one. Reads first, then writes without awaiting: the caller's
 * transaction stays open and commits both or neither.
 */
async function putArticle(tx: ArticlesAndNotes, input: ArticleInput, now: number): Promise<ArticleRecord> {
  const { key, aliases } = articleKeys(input);
  const previous = await recordsFor(tx, key, aliases);
  const last = previous[0];
  // A save with less to say (the popup's fallback on a page without Skinmark's script) keeps
  // what an earlier, fuller save knew.
  const record: ArticleRecord = {
    key,
    url: input.url,
    canonicalUrl: input.canonicalUrl ?? last?.canonicalUrl,
    aliases: [...new Set([...aliases, ...previous.flatMap((r) => r.aliases)])],
    title: input.title,
    siteName: input.siteName,
    author: input.author ?? last?.author,
    publishedAt: input.publishedAt ?? last?.publishedAt,
    excerpt: input.excerpt || last?.excerpt || '',
    readingMinutes: input.readingMinutes || last?.readingMinutes || 0,
    procedures: [...new Set(input.procedures.length ? input.procedures : previous.flatMap((r) => r.procedures))],
    tags: [...new Set(previous.flatMap((r) => r.tags ?? []))],
    savedAt: Math.min(now, ...previous.map((r) => r.savedAt)),
    updatedAt: now,
  };
  await fileArticle(tx, record, previous);
  return record;
}

/** Saves or updates an article; the same article saved twice stays one record. */
export async function saveArticle(db: LibraryDB, input: ArticleInput, now = Date.now()): Promise<ArticleRecord> {
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  const record = await putArticle(tx, input, now);
  await tx.done;
  return record;
}

export async function findArticle(db: LibraryDB, url: string): Promise<ArticleRecord | undefined> {
  const key = normalizeUrl(url);
  const tx = db.transaction('articles');
  const [direct, alias] = await Promise.all([tx.store.get(key), tx.store.index('alias').get(key)]);
  return direct ?? alias;
}

/** How much of a note the reading list shows: a note can be a megabyte long. */
const NOTE_PREVIEW_CHARS = 200;

export interface ListOptions {
  /** Only articles that mention this procedure. */
  procedure?: string;
  /** At most this many, newest first: the popup's first screen needs a page, not the library. */
  limit?: number;
}

/** Newest first, each with the start of its latest note and its note count. */
export async function listArticles(db: LibraryDB, { procedure, limit = Infinity }: ListOptions = {}): Promise<ArticleSummary[]> {
  const tx = db.transaction(['articles', 'notes']);
  const articleStore = tx.objectStore('articles');
  const noteStore = tx.objectStore('notes');
  let articles: ArticleRecord[];
  if (procedure) {
    articles = (await articleStore.index('procedure').getAll(procedure)).sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
  } else if (Number.isFinite(limit)) {
    articles = [];
    for (let cursor = await articleStore.index('savedAt').openCursor(null, 'prev'); cursor && articles.length < limit; cursor = await cursor.continue()) {
      articles.push(cursor.value);
    }
  } else {
    articles = (await articleStore.index('savedAt').getAll()).reverse();
  }
  // A page of articles reads its own notes; the whole library reads all notes at once.
  const notes = Number.isFinite(limit) || procedure
    ? (await Promise.all(articles.map((a) => noteStore.index('articleKey').getAll(a.key)))).flat()
    : await noteStore.getAll();
  const latest = new Map<string, NoteRecord>();
  const counts = new Map<string, number>();
  for (const note of notes) {
    counts.set(note.articleKey, (counts.get(note.articleKey) ?? 0) + 1);
    const current = latest.get(note.articleKey);
    if (!current || note.updatedAt > current.updatedAt) latest.set(note.articleKey, note);
  }
  return articles.map((article) => ({
    ...article,
    tags: article.tags ?? [],
    latestNote: latest.get(article.key)?.text.slice(0, NOTE_PREVIEW_CHARS),
    noteCount: counts.get(article.key) ?? 0,
  }));
}

/** How many articles and notes the library holds. */
export async function libraryCounts(db: LibraryDB): Promise<{ articles: number; notes: number }> {
  const tx = db.transaction(['articles', 'notes']);
  const [articles, notes] = await Promise.all([tx.objectStore('articles').count(), tx.objectStore('notes').count()]);
  return { articles, notes };
}

/** Every procedure some saved article mentions, read from the index without reading the articles. */
export async function savedProcedures(db: LibraryDB): Promise<string[]> {
  const ids: string[] = [];
  const index = db.transaction('articles').store.index('procedure');
  for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) ids.push(cursor.key);
  return ids;
}

/** Deletes an article and its notes together. */
export async function deleteArticle(db: LibraryDB, key: string): Promise<boolean> {
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  const articles = tx.objectStore('articles');
  const notes = tx.objectStore('notes');
  const [existing, noteKeys] = await Promise.all([articles.get(key), notes.index('articleKey').getAllKeys(key)]);
  if (existing) articles.delete(key);
  for (const id of noteKeys) notes.delete(id);
  await tx.done;
  return !!existing;
}

export async function listNotes(db: LibraryDB, url: string): Promise<NoteRecord[]> {
  const article = await findArticle(db, url);
  const key = article?.key ?? normalizeUrl(url);
  const notes = await db.getAllFromIndex('notes', 'articleKey', key);
  return notes.sort((a, b) => a.createdAt - b.createdAt);
}

export interface NewNote {
  /** What the page says about itself, saved with the note when the article is not saved yet. */
  article?: ArticleInput;
  /** The passage the note is about. */
  quote?: NoteQuote;
  now?: number;
  id?: string;
}

/**
 * Adds a note to the article at `url`. A note needs its article in the reading list: when it
 * isn't there yet, `article` is saved in the same transaction.
 */
export async function addNote(
  db: LibraryDB,
  url: string,
  text: string,
  { article, quote, now = Date.now(), id = crypto.randomUUID() }: NewNote = {},
): Promise<NoteRecord> {
  const key = normalizeUrl(url);
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  const articles = tx.objectStore('articles');
  const [direct, alias] = await Promise.all([articles.get(key), articles.index('alias').get(key)]);
  let articleKey = (direct ?? alias)?.key;
  if (!articleKey && article) articleKey = (await putArticle(tx, article, now)).key;
  if (!articleKey) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('Save the article before adding a note to it.');
  }
  const note: NoteRecord = { id, articleKey, text, ...(quote ? { quote } : {}), createdAt: now, updatedAt: now };
  tx.objectStore('notes').add(note);
  await tx.done;
  return note;
}

export async function updateNote(db: LibraryDB, id: string, text: string, now = Date.now()): Promise<NoteRecord> {
  const tx = db.transaction('notes', 'readwrite');
  const note = await tx.store.get(id);
  if (!note) throw new Error('That note no longer exists.');
  const updated = { ...note, text, updatedAt: now };
  tx.store.put(updated);
  await tx.done;
  return updated;
}

export async function deleteNote(db: LibraryDB, id: string): Promise<boolean> {
  const tx = db.transaction('notes', 'readwrite');
  const existed = (await tx.store.count(id)) > 0;
  tx.store.delete(id);
  await tx.done;
  return existed;
}
