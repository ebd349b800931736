// What the library page and the reader read besides the list itself: the values to filter by, the
// trash, and an article's readable copy with its notes.
import type { ArticleRecord, NoteRecord, ReadableCopy, TrashSummary } from '../model';
import type { LibraryDB } from './database';
import { findArticle, savedProcedures } from './records';

export interface LibraryFacets {
  procedures: string[];
  tags: { tag: string; count: number }[];
  sites: { site: string; count: number }[];
  trash: number;
}

/**
 * Each distinct key of an index with how many records hold it: a walk over the distinct keys
 * only, and a count for each (a library has far fewer tags than articles).
 */
async function keyCounts(db: LibraryDB, index: 'tag' | 'site'): Promise<Map<string, number>> {
  const keys: string[] = [];
  const store = db.transaction('articles').store.index(index);
  for (let cursor = await store.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) keys.push(cursor.key);
  const tx = db.transaction('articles');
  const counts = await Promise.all(keys.map((key) => tx.store.index(index).count(key)));
  return new Map(keys.map((key, i) => [key, counts[i]!]));
}

/** Values to filter by: procedures and tags always, sites when asked (the library page). */
export async function libraryFacets(db: LibraryDB, { sites: withSites = false } = {}): Promise<LibraryFacets> {
  const [procedures, tags, sites, trash] = await Promise.all([
    savedProcedures(db),
    keyCounts(db, 'tag'),
    withSites ? keyCounts(db, 'site') : new Map<string, number>(),
    db.count('trash'),
  ]);
  const byName = <T,>(list: T[], name: (t: T) => string) => list.sort((a, b) => name(a).localeCompare(name(b)));
  return {
    procedures,
    tags: byName([...tags].map(([tag, count]) => ({ tag, count })), (t) => t.tag),
    sites: byName([...sites].filter(([site]) => site).map(([site, count]) => ({ site, count })), (s) => s.site),
    trash,
  };
}

/** The trash, most recent first: its summaries only (an entry may hold a copy of megabytes). */
export async function listTrash(db: LibraryDB): Promise<TrashSummary[]> {
  return (await db.getAllFromIndex('trash', 'deletedAt')).reverse();
}

/** What the reader page shows: the article, its copy (if one was kept) and its notes in order. */
export interface ReaderView {
  article: ArticleRecord;
  copy: ReadableCopy | null;
  notes: NoteRecord[];
}

export async function readableCopyOf(db: LibraryDB, url: string): Promise<ReaderView | null> {
  const article = await findArticle(db, url);
  if (!article) return null;
  const tx = db.transaction(['copies', 'notes']);
  const [copy, notes] = await Promise.all([tx.objectStore('copies').get(article.key), tx.objectStore('notes').index('articleKey').getAll(article.key)]);
  // The word list is for the index, not for the reader: it stays in the background.
  return { article, copy: copy ? { ...copy, words: [] } : null, notes: notes.sort((a, b) => a.createdAt - b.createdAt) };
}

/** How many readable copies there are and what they take, from their sizes' index (no copy is read). */
export async function copiesSize(db: LibraryDB): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  const index = db.transaction('copies').store.index('size');
  for (let cursor = await index.openKeyCursor(); cursor; cursor = await cursor.continue()) {
    count++;
    bytes += cursor.key;
  }
  return { count, bytes };
}
