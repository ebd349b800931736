// Reading the library, and the steps a write takes inside its transaction. Writes themselves go
// through ./writer, the library's one writer, which commits them and announces what changed.
import type { IDBPTransaction } from 'idb';
import type { ArticleInput, ArticleRecord, ArticleSummary, NoteRecord } from '../model';
import { normalizeUrl, samePath, trustedCanonical } from '../shared/url';
import type { LibraryDB } from './database';
import type { SearchDirtyRecord, SkinmarkDB } from './schema';

/** The keys an article is known by: its page URL and, when trustworthy, its canonical URL. */
export function articleKeys(input: Pick<ArticleInput, 'url' | 'canonicalUrl'>): { key: string; aliases: string[] } {
  const page = normalizeUrl(input.url);
  const canonical = trustedCanonical(input.url, input.canonicalUrl);
  const key = canonical ?? page;
  return { key, aliases: canonical && canonical !== page ? [canonical, page] : [page] };
}

/** Every store a write may touch: one transaction spans them all, so writes never interleave. */
export const WRITE_STORES = ['articles', 'notes', 'copies', 'trash', 'trashItems', 'search'] as const;
export type ArticlesAndNotes = IDBPTransaction<SkinmarkDB, (typeof WRITE_STORES)[number][], 'readwrite'>;

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
  const copies = tx.objectStore('copies');
  const movedCopies = (await Promise.all(moved.map((old) => copies.get(old)))).filter((c) => !!c);
  await Promise.all(moved.map((old) => store.delete(old)));
  await Promise.all(orphans.map((note) => notes.put({ ...note, articleKey: record.key })));
  // A copy follows its article too, unless the article already has one of its own.
  await Promise.all(moved.map((old) => copies.delete(old)));
  if (movedCopies.length && !(await copies.getKey(record.key))) await copies.put({ ...movedCopies[0]!, key: record.key });
  await store.put(record);
}

/**
 * Marks articles as written for the search index (lib/library/search.ts), in the write's own
 * transaction: an index saved before this write reads them again, whenever it next loads.
 */
export async function markDirty(tx: ArticlesAndNotes, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const store = tx.objectStore('search');
  const dirty = ((await store.get('dirty')) as SearchDirtyRecord | undefined) ?? { id: 'dirty', seq: 0, keys: {} };
  for (const key of keys) dirty.keys[key] = ++dirty.seq;
  await store.put(dirty);
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
  const tx = db.transaction('articles');
  let articles: ArticleRecord[];
  if (procedure) {
    articles = (await tx.store.index('procedure').getAll(procedure)).sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
  } else if (Number.isFinite(limit)) {
    articles = [];
    for (let cursor = await tx.store.index('savedAt').openCursor(null, 'prev'); cursor && articles.length < limit; cursor = await cursor.continue()) {
      articles.push(cursor.value);
    }
  } else {
    articles = (await tx.store.index('savedAt').getAll()).reverse();
  }
  return (await articleSummaries(db, articles, { allNotes: !Number.isFinite(limit) && !procedure })).map((s) => s.summary);
}

/** Every article, in no particular order. */
export const allArticles = (db: LibraryDB): Promise<ArticleRecord[]> => db.getAll('articles');

/**
 * The reading list's view of `articles`: each with the start of its latest note and its note
 * count, its notes, and whether it has a readable copy. `allNotes` reads every note at once (the
 * whole library); otherwise each article reads its own.
 */
export async function articleSummaries(
  db: LibraryDB,
  articles: readonly ArticleRecord[],
  { allNotes = false, withCopies = false } = {},
): Promise<{ summary: ArticleSummary; notes: NoteRecord[]; hasCopy: boolean }[]> {
  const tx = db.transaction(['notes', 'copies']);
  const noteStore = tx.objectStore('notes');
  const [notes, copies] = await Promise.all([
    allNotes ? noteStore.getAll() : Promise.all(articles.map((a) => noteStore.index('articleKey').getAll(a.key))).then((n) => n.flat()),
    withCopies ? Promise.all(articles.map((a) => tx.objectStore('copies').getKey(a.key))) : Promise.resolve([]),
  ]);
  const byArticle = new Map<string, NoteRecord[]>();
  for (const note of notes) {
    const list = byArticle.get(note.articleKey);
    if (list) list.push(note);
    else byArticle.set(note.articleKey, [note]);
  }
  return articles.map((article, i) => {
    const own = byArticle.get(article.key) ?? [];
    let latest: NoteRecord | undefined;
    for (const note of own) if (!latest || note.updatedAt > latest.updatedAt) latest = note;
    return {
      summary: { ...article, tags: article.tags ?? [], latestNote: latest?.text.slice(0, NOTE_PREVIEW_CHARS), noteCount: own.length },
      notes: own,
      hasCopy: !!copies[i],
    };
  });
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
