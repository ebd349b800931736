// The library's one writer. Every write (a save, a note, a delete, an import) runs here in a single
// transaction whose every request is awaited, commits or fails whole, and is announced, once
// committed, as a typed change: which articles it touched and every address they are known by.
// The background owns the only writer; views and pages ask it through messages.
import type { ArticleInput, ArticleRecord, LibraryChange, NoteRecord, PassageSelector } from '../model';
import { SkinmarkError } from '../shared/errors';
import { normalizeUrl } from '../shared/url';
import type { LibraryDB } from './database';
import { fileArticle, putArticle, recordsFor } from './records';
import { ImportError, mergeArticle, sameRecord, unionOf, type ImportBatch, type ImportCounts } from './transfer';

export interface NewNote {
  /** What the page says about itself, saved with the note when the article is not saved yet. */
  article?: ArticleInput;
  /** The passage the note is about, as W3C selectors. */
  selectors?: PassageSelector[];
  now?: number;
  id?: string;
}

export interface LibraryWriter {
  /** Saves or updates an article; the same article saved twice stays one record. */
  saveArticle(input: ArticleInput, now?: number): Promise<ArticleRecord>;
  /** Deletes an article and its notes together; false when there was no such article. */
  deleteArticle(key: string): Promise<boolean>;
  /**
   * Adds a note to the article at `url`. A note needs its article in the reading list: when it
   * isn't there yet, `article` is saved in the same transaction.
   */
  addNote(url: string, text: string, options?: NewNote): Promise<NoteRecord>;
  updateNote(id: string, text: string, now?: number): Promise<NoteRecord>;
  deleteNote(id: string): Promise<boolean>;
  /**
   * Merges an import into the library in one transaction: all of it, or on any failure (a full
   * disk, a conflict) none of it. `onProgress` hears after each record.
   */
  importBatch(batch: ImportBatch, onProgress?: (done: number, total: number) => void): Promise<ImportCounts>;
}

const changeOf = (kind: LibraryChange['kind'], records: readonly ArticleRecord[]): LibraryChange => ({
  kind,
  keys: [...new Set(records.map((r) => r.key))],
  addresses: [...new Set(records.flatMap((r) => [r.key, ...r.aliases]))],
});

export function createLibraryWriter(db: () => Promise<LibraryDB>, announce: (change: LibraryChange) => void): LibraryWriter {
  /** Runs a write, then announces its change: only once the transaction has committed. */
  const write = async <T>(run: (db: LibraryDB) => Promise<{ value: T; change?: LibraryChange }>): Promise<T> => {
    const { value, change } = await run(await db());
    if (change && (change.keys.length || change.kind === 'import')) announce(change);
    return value;
  };

  return {
    saveArticle: (input, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction(['articles', 'notes'], 'readwrite');
        const { record, previous } = await putArticle(tx, input, now);
        await tx.done;
        return { value: record, change: changeOf('articles', [record, ...previous]) };
      }),

    deleteArticle: (key) =>
      write(async (library) => {
        const tx = library.transaction(['articles', 'notes'], 'readwrite');
        const articles = tx.objectStore('articles');
        const notes = tx.objectStore('notes');
        const [existing, noteKeys] = await Promise.all([articles.get(key), notes.index('articleKey').getAllKeys(key)]);
        await Promise.all([...(existing ? [articles.delete(key)] : []), ...noteKeys.map((id) => notes.delete(id))]);
        await tx.done;
        return { value: !!existing, change: existing ? changeOf('articles', [existing]) : undefined };
      }),

    addNote: (url, text, { article, selectors, now = Date.now(), id = crypto.randomUUID() } = {}) =>
      write(async (library) => {
        const key = normalizeUrl(url);
        const tx = library.transaction(['articles', 'notes'], 'readwrite');
        const articles = tx.objectStore('articles');
        const [direct, alias] = await Promise.all([articles.get(key), articles.index('alias').get(key)]);
        let record = direct ?? alias;
        if (!record && article) record = (await putArticle(tx, article, now)).record;
        if (!record) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new SkinmarkError('not-found', 'Save the article before adding a note to it.');
        }
        const note: NoteRecord = { id, articleKey: record.key, text, ...(selectors ? { selectors } : {}), createdAt: now, updatedAt: now };
        try {
          await tx.objectStore('notes').add(note);
          await tx.done;
        } catch (error) {
          await tx.done.catch(() => undefined);
          throw error;
        }
        return { value: note, change: changeOf('notes', [record]) };
      }),

    updateNote: (id, text, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction(['articles', 'notes'], 'readwrite');
        const note = await tx.objectStore('notes').get(id);
        if (!note) throw new SkinmarkError('not-found', 'That note no longer exists.');
        const updated = { ...note, text, updatedAt: now };
        const [article] = await Promise.all([tx.objectStore('articles').get(note.articleKey), tx.objectStore('notes').put(updated)]);
        await tx.done;
        return { value: updated, change: changeOf('notes', article ? [article] : []) };
      }),

    deleteNote: (id) =>
      write(async (library) => {
        const tx = library.transaction(['articles', 'notes'], 'readwrite');
        const note = await tx.objectStore('notes').get(id);
        const article = note ? await tx.objectStore('articles').get(note.articleKey) : undefined;
        if (note) await tx.objectStore('notes').delete(id);
        await tx.done;
        return { value: !!note, change: changeOf('notes', article ? [article] : []) };
      }),

    importBatch: (batch, onProgress = () => {}) =>
      write(async (library) => {
        const { counts, records } = await importInto(library, batch, onProgress);
        return { value: counts, change: changeOf('import', records) };
      }),
  };
}

async function importInto(
  db: LibraryDB,
  batch: ImportBatch,
  onProgress: (done: number, total: number) => void,
): Promise<{ counts: ImportCounts; records: ArticleRecord[] }> {
  const counts: ImportCounts = { articlesAdded: 0, articlesUpdated: 0, notesAdded: 0, notesUpdated: 0, unchanged: 0 };
  const written: ArticleRecord[] = [];
  const total = batch.articles.length + batch.notes.length;
  let done = 0;
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  const notes = tx.objectStore('notes');
  /** Where each address of the file now lives in the library. */
  const filedUnder = new Map<string, string>();
  try {
    for (const incoming of batch.articles) {
      const key = normalizeUrl(incoming.key);
      const addresses = unionOf(incoming.aliases.map(normalizeUrl), [key]);
      const existing = await recordsFor(tx, key, addresses);
      const host = new URL(key).hostname.replace(/^www\./, '');
      const link = batch.bareLinks
        ? existing.length
          ? { ...incoming, url: existing[0]!.url, updatedAt: Number.NEGATIVE_INFINITY }
          : { ...incoming, title: incoming.title || host, siteName: incoming.siteName || host }
        : incoming;
      const merged = mergeArticle(key, existing, { ...link, key, aliases: addresses, tags: incoming.tags ?? [] });
      // The library's own record keeps its key when it already stands for this article.
      const home = existing.find((r) => r.key === key) ?? existing[0];
      const record = home ? { ...merged, key: home.key } : merged;
      for (const address of [incoming.key, ...incoming.aliases, ...addresses]) filedUnder.set(address, record.key);
      if (home && existing.length === 1 && sameRecord(home, record)) {
        counts.unchanged++;
      } else {
        // Other records for the same article fold into this one, their notes with them, and so do
        // the addresses of the file already filed under them.
        for (const [address, filed] of filedUnder) if (existing.some((r) => r.key === filed)) filedUnder.set(address, record.key);
        await fileArticle(tx, record, existing);
        written.push(record, ...existing);
        counts[home ? 'articlesUpdated' : 'articlesAdded']++;
      }
      onProgress(++done, total);
    }
    for (const incoming of batch.notes) {
      const articleKey = filedUnder.get(incoming.articleKey);
      if (!articleKey) throw new ImportError(`Note ${incoming.id} belongs to no article in the file.`);
      const note: NoteRecord = { ...incoming, articleKey };
      const current = await notes.get(note.id);
      if (current && (sameRecord(current, note) || current.updatedAt > note.updatedAt)) {
        counts.unchanged++;
      } else {
        await notes.put(note);
        counts[current ? 'notesUpdated' : 'notesAdded']++;
      }
      onProgress(++done, total);
    }
    await tx.done;
    return { counts, records: written };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already over: the failure was the transaction's own.
    }
    await tx.done.catch(() => undefined);
    if (error instanceof ImportError) throw error;
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'QuotaExceededError') throw new ImportError('The browser has no room left for this import.', 'quota');
    throw new ImportError(`The import failed: ${(error as Error).message ?? String(error)}.`);
  }
}
