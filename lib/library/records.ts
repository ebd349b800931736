// Reading the library, and the steps a write takes inside its transaction. Writes themselves go
// through ./writer, the library's one writer, which commits them and announces what changed.
import type { IDBPTransaction } from 'idb';
import type { ArticleInput, ArticleRecord, ArticleSummary, NoteRecord } from '../model';
import { normalizeUrl, samePath, trustedCanonical } from '../shared/url';
import type { LibraryDB } from './database';
import type { SkinmarkDB } from './schema';

/** The keys an article is known by: its page URL and, when trustworthy, its canonical URL. */
export function articleKeys(input: Pick<ArticleInput, 'url' | 'canonicalUrl'>): { key: string; aliases: string[] } {
  const page = normalizeUrl(input.url);
  const canonical = trustedCanonical(input.url, input.canonicalUrl);
  const key = canonical ?? page;
  return { key, aliases: canonical && canonical !== page ? [canonical, page] : [page] };
}

export type ArticlesAndNotes = IDBPTransaction<SkinmarkDB, ('articles' | 'notes')[], 'readwrite'>;

/**
 * The keys a save files under. A canonical link is the page's own word. One that names the same
 * path (an AMP, print or tracking variant) is the same page. One from a short link ("/?p=42") may
 * name any path, so it may bring the page to an article the reader saved only when that record
 * already knows this address (the reader saved it from here before): it never moves a page onto an
 * article saved from somewhere else, whose title and notes it would take over.
 */
async function trustedKeys(tx: ArticlesAndNotes, input: Pick<ArticleInput, 'url' | 'canonicalUrl'>): Promise<{ key: string; aliases: string[] }> {
  const keys = articleKeys(input);
  const page = normalizeUrl(input.url);
  if (keys.key === page || samePath(keys.key, page)) return keys;
  const store = tx.objectStore('articles');
  const holder = (await store.get(keys.key)) ?? (await store.index('alias').get(keys.key));
  if (holder && !holder.aliases.includes(page)) return { key: page, aliases: [page] };
  return keys;
}

/** Every record that stands for the article known by `key` or any of `addresses`, each once. */
export async function recordsFor(tx: ArticlesAndNotes, key: string, addresses: readonly string[]): Promise<ArticleRecord[]> {
  const store = tx.objectStore('articles');
  const found = await Promise.all([store.get(key), ...addresses.map((a) => store.index('alias').get(a))]);
  return [...new Map(found.filter((r): r is ArticleRecord => !!r).map((r) => [r.key, r])).values()];
}

/**
 * Writes `record` in place of the `previous` records of the same article. Notes filed under their
 * keys follow it (an article re-filed under its canonical URL, or two records found to be one).
 * Every request is awaited: a failure rejects here, with its own error, not as a stray rejection.
 */
export async function fileArticle(tx: ArticlesAndNotes, record: ArticleRecord, previous: readonly ArticleRecord[]): Promise<void> {
  const store = tx.objectStore('articles');
  const notes = tx.objectStore('notes');
  const moved = previous.map((r) => r.key).filter((old) => old !== record.key);
  const orphans = (await Promise.all(moved.map((old) => notes.index('articleKey').getAll(old)))).flat();
  await Promise.all(moved.map((old) => store.delete(old)));
  await Promise.all(orphans.map((note) => notes.put({ ...note, articleKey: record.key })));
  await store.put(record);
}

/**
 * Writes `input` over whatever records already stand for the same article (by key or any alias),
 * merging them into one, inside the caller's transaction.
 */
export async function putArticle(
  tx: ArticlesAndNotes,
  input: ArticleInput,
  now: number,
): Promise<{ record: ArticleRecord; previous: ArticleRecord[] }> {
  const { key, aliases } = await trustedKeys(tx, input);
  const previous = await recordsFor(tx, key, aliases);
  const last = previous[0];
  // A save with less to say (the popup's fallback on a page without Skinmark's script) keeps
  // what an earlier, fuller save knew.
  const record: ArticleRecord = {
    key,
    url: input.url,
    canonicalUrl: (aliases.length > 1 ? input.canonicalUrl : undefined) ?? last?.canonicalUrl,
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
  return { record, previous };
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

export async function listNotes(db: LibraryDB, url: string): Promise<NoteRecord[]> {
  const article = await findArticle(db, url);
  const key = article?.key ?? normalizeUrl(url);
  const notes = await db.getAllFromIndex('notes', 'articleKey', key);
  return notes.sort((a, b) => a.createdAt - b.createdAt);
}
