// The library's one writer. Every write (a save, a note, a delete, an import) runs here in a single
// transaction whose every request is awaited, commits or fails whole, and is announced, once
// committed, as a typed change: which articles it touched and every address they are known by.
// The background owns the only writer; views and pages ask it through messages.
import type { ArticleInput, ArticleRecord, LibraryChange, NoteRecord, PassageSelector, ReadableCopy, TrashEntry, TrashSummary } from '../model';
import { SkinmarkError } from '../shared/errors';
import { normalizeUrl } from '../shared/url';
import type { LibraryDB } from './database';
import { WRITE_STORES, fileArticle, markDirty, putArticle, recordsFor } from './records';
import { ImportError, mergeArticle, sameRecord, unionOf, type ImportBatch, type ImportCounts } from './transfer';

export interface NewNote {
  /** What the page says about itself, saved with the note when the article is not saved yet. */
  article?: ArticleInput;
  /** The passage the note is about, as W3C selectors. */
  selectors?: PassageSelector[];
  now?: number;
  id?: string;
}

/** What a delete put in the trash: its entry (to undo it) and how many notes went with it. */
export interface Trashed {
  trashId: string;
  notes: number;
}

export interface LibraryWriter {
  /** Saves or updates an article; the same article saved twice stays one record. */
  saveArticle(input: ArticleInput, now?: number): Promise<ArticleRecord>;
  /**
   * Moves an article, its notes and its copy to the trash together; null when there was no such
   * article. Nothing is gone until the trash is emptied.
   */
  deleteArticle(key: string, now?: number): Promise<Trashed | null>;
  /**
   * Adds a note to the article at `url`. A note needs its article in the reading list: when it
   * isn't there yet, `article` is saved in the same transaction.
   */
  addNote(url: string, text: string, options?: NewNote): Promise<NoteRecord>;
  updateNote(id: string, text: string, now?: number): Promise<NoteRecord>;
  /** Moves a note to the trash; null when there was no such note. */
  deleteNote(id: string, now?: number): Promise<Trashed | null>;
  /**
   * Puts back what a trash entry holds. An article saved again since keeps its new record (and
   * gains the old one's tags); notes come back under it; a copy only where there is none.
   */
  restore(trashId: string): Promise<boolean>;
  /** Deletes trash entries for good: the listed ones, or all of them. */
  emptyTrash(ids?: readonly string[]): Promise<number>;
  /** Sets an article's tags. */
  setTags(key: string, tags: readonly string[], now?: number): Promise<ArticleRecord>;
  /**
   * Adds and removes tags on an article, applied to its tags as they are when the write runs: two
   * quick changes from two views never undo each other.
   */
  changeTags(key: string, change: { add?: readonly string[]; remove?: readonly string[] }, now?: number): Promise<ArticleRecord>;
  /** Renames a tag on every article that has it (merging into the new name where both are present). */
  renameTag(from: string, to: string, now?: number): Promise<number>;
  /** Keeps a readable copy of a saved article (replacing an older one); false when the article is gone. */
  saveCopy(copy: ReadableCopy): Promise<boolean>;
  /**
   * Copies an import brings, sent apart from its records (they can be hundreds of megabytes): each
   * goes to the article its key or an alias names, where that article has no copy yet. How many were kept.
   */
  importCopies(copies: readonly ReadableCopy[]): Promise<number>;
  /**
   * Merges an import into the library in one transaction: all of it, or on any failure (a full
   * disk, a conflict) none of it. `onProgress` hears after each record.
   */
  importBatch(batch: ImportBatch, onProgress?: (done: number, total: number) => void): Promise<ImportCounts>;
}

const MAX_TAGS = 50;

/** Tags trimmed, one space between words, each once (whatever its case). */
function distinctTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = tag.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
  }
  return [...seen.values()];
}

/** Tags as the library keeps them: distinct, at most 50 an article. */
export const cleanTags = (tags: readonly string[]): string[] => distinctTags(tags).slice(0, MAX_TAGS);

const changeOf = (kind: LibraryChange['kind'], records: readonly ArticleRecord[]): LibraryChange => ({
  kind,
  keys: [...new Set(records.map((r) => r.key))],
  addresses: [...new Set(records.flatMap((r) => [r.key, ...r.aliases]))],
});

export function createLibraryWriter(db: () => Promise<LibraryDB>, announce: (change: LibraryChange) => void): LibraryWriter {
  /** Runs a write, then announces its change: only once the transaction has committed. */
  const write = async <T>(run: (db: LibraryDB) => Promise<{ value: T; change?: LibraryChange }>): Promise<T> => {
    const { value, change } = await run(await db());
    if (change && (change.keys.length || change.kind === 'import' || change.kind === 'trash')) announce(change);
    return value;
  };

  return {
    saveArticle: (input, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const { record, previous } = await putArticle(tx, input, now);
        await markDirty(tx, [record.key, ...previous.map((r) => r.key)]);
        await tx.done;
        return { value: record, change: changeOf('articles', [record, ...previous]) };
      }),

    deleteArticle: (key, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const articles = tx.objectStore('articles');
        const notes = tx.objectStore('notes');
        const [existing, articleNotes, copy] = await Promise.all([
          articles.get(key),
          notes.index('articleKey').getAll(key),
          tx.objectStore('copies').get(key),
        ]);
        if (!existing) {
          await tx.done;
          return { value: null };
        }
        const entry: TrashEntry = { id: crypto.randomUUID(), article: existing, notes: articleNotes, ...(copy ? { copy } : {}) };
        const summary: TrashSummary = { id: entry.id, kind: 'article', deletedAt: now, title: existing.title, noteCount: articleNotes.length };
        await Promise.all([
          articles.delete(key),
          ...articleNotes.map((n) => notes.delete(n.id)),
          ...(copy ? [tx.objectStore('copies').delete(key)] : []),
          tx.objectStore('trash').add(summary),
          tx.objectStore('trashItems').add(entry),
        ]);
        await markDirty(tx, [key]);
        await tx.done;
        return { value: { trashId: entry.id, notes: articleNotes.length }, change: changeOf('articles', [existing]) };
      }),

    addNote: (url, text, { article, selectors, now = Date.now(), id = crypto.randomUUID() } = {}) =>
      write(async (library) => {
        const key = normalizeUrl(url);
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
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
          await markDirty(tx, [record.key]);
          await tx.done;
        } catch (error) {
          await tx.done.catch(() => undefined);
          throw error;
        }
        return { value: note, change: changeOf('notes', [record]) };
      }),

    updateNote: (id, text, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const note = await tx.objectStore('notes').get(id);
        if (!note) throw new SkinmarkError('not-found', 'That note no longer exists.');
        const updated = { ...note, text, updatedAt: now };
        const [article] = await Promise.all([tx.objectStore('articles').get(note.articleKey), tx.objectStore('notes').put(updated)]);
        await markDirty(tx, [note.articleKey]);
        await tx.done;
        return { value: updated, change: changeOf('notes', article ? [article] : []) };
      }),

    deleteNote: (id, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const note = await tx.objectStore('notes').get(id);
        if (!note) {
          await tx.done;
          return { value: null };
        }
        const article = await tx.objectStore('articles').get(note.articleKey);
        const entry: TrashEntry = { id: crypto.randomUUID(), notes: [note] };
        const summary: TrashSummary = {
          id: entry.id,
          kind: 'note',
          deletedAt: now,
          title: article?.title ?? 'An article no longer in the library',
          noteCount: 1,
          preview: note.text.slice(0, 160),
        };
        await Promise.all([tx.objectStore('notes').delete(id), tx.objectStore('trash').add(summary), tx.objectStore('trashItems').add(entry)]);
        await markDirty(tx, [note.articleKey]);
        await tx.done;
        return { value: { trashId: entry.id, notes: 1 }, change: changeOf('notes', article ? [article] : []) };
      }),

    restore: (trashId) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const entry = await tx.objectStore('trashItems').get(trashId);
        if (!entry) {
          await tx.done;
          return { value: false };
        }
        const articles = tx.objectStore('articles');
        const touched: ArticleRecord[] = [];
        let home: ArticleRecord | undefined;
        if (entry.article) {
          const current = await recordsFor(tx, entry.article.key, entry.article.aliases);
          if (current.length) {
            // Saved again since: the new record stays, with the old tags added.
            home = { ...current[0]!, tags: cleanTags([...current[0]!.tags, ...entry.article.tags]) };
            await articles.put(home);
          } else {
            home = entry.article;
            await articles.add(home);
          }
          touched.push(home);
        }
        const notes = tx.objectStore('notes');
        for (const note of entry.notes) {
          const articleKey = home?.key ?? note.articleKey;
          const owner = home ?? (await articles.get(articleKey)) ?? (await articles.index('alias').get(articleKey));
          // A note whose article is gone for good cannot come back on its own.
          if (!owner) throw new SkinmarkError('not-found', 'The article this note belonged to is no longer in the library; restore the article first.');
          if (!(await notes.getKey(note.id))) await notes.add({ ...note, articleKey: owner.key });
          if (!touched.includes(owner)) touched.push(owner);
        }
        if (entry.copy && home && !(await tx.objectStore('copies').getKey(home.key))) {
          await tx.objectStore('copies').put({ ...entry.copy, key: home.key });
        }
        await Promise.all([tx.objectStore('trash').delete(trashId), tx.objectStore('trashItems').delete(trashId)]);
        await markDirty(tx, touched.map((r) => r.key));
        await tx.done;
        return { value: true, change: changeOf(entry.article ? 'articles' : 'notes', touched) };
      }),

    emptyTrash: (ids) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const trash = tx.objectStore('trash');
        const keys = ids ? ids : await trash.getAllKeys();
        const present = await Promise.all(keys.map((id) => trash.getKey(id)));
        await Promise.all(present.filter((id): id is string => !!id).flatMap((id) => [trash.delete(id), tx.objectStore('trashItems').delete(id)]));
        await tx.done;
        const count = present.filter(Boolean).length;
        return { value: count, change: count ? { kind: 'trash', keys: [], addresses: [] } : undefined };
      }),

    setTags: (key, tags, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const article = await tx.objectStore('articles').get(key);
        if (!article) throw new SkinmarkError('not-found', 'That article is no longer in the library.');
        const updated = { ...article, tags: cleanTags(tags), updatedAt: now };
        await tx.objectStore('articles').put(updated);
        await markDirty(tx, [key]);
        await tx.done;
        return { value: updated, change: changeOf('articles', [updated]) };
      }),

    changeTags: (key, { add = [], remove = [] }, now = Date.now()) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const article = await tx.objectStore('articles').get(key);
        if (!article) throw new SkinmarkError('not-found', 'That article is no longer in the library.');
        const removed = new Set(remove.map((t) => t.toLowerCase()));
        const kept = article.tags.filter((t) => !removed.has(t.toLowerCase()));
        const tags = distinctTags([...kept, ...add]);
        if (tags.length > MAX_TAGS) throw new SkinmarkError('invalid-request', `An article has at most ${MAX_TAGS} tags; remove one first.`);
        const updated = { ...article, tags, updatedAt: now };
        await tx.objectStore('articles').put(updated);
        await markDirty(tx, [key]);
        await tx.done;
        return { value: updated, change: changeOf('articles', [updated]) };
      }),

    renameTag: (from, to, now = Date.now()) =>
      write(async (library) => {
        const [target] = cleanTags([to]);
        if (!target) throw new SkinmarkError('invalid-request', 'A tag needs a name.');
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const articles = tx.objectStore('articles');
        const tagged = await articles.index('tag').getAll(from);
        const updated = tagged.map((a) => ({ ...a, tags: cleanTags(a.tags.map((t) => (t === from ? target : t))), updatedAt: now }));
        await Promise.all(updated.map((a) => articles.put(a)));
        await markDirty(tx, updated.map((a) => a.key));
        await tx.done;
        return { value: updated.length, change: changeOf('articles', updated) };
      }),

    importCopies: (incoming) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const copies = tx.objectStore('copies');
        const kept: ArticleRecord[] = [];
        for (const copy of incoming) {
          const key = normalizeUrl(copy.key);
          const [article] = await recordsFor(tx, key, [key]);
          if (!article || (await copies.getKey(article.key))) continue;
          await copies.put({ ...copy, key: article.key });
          kept.push(article);
        }
        await tx.done;
        return { value: kept.length, change: kept.length ? changeOf('copies', kept) : undefined };
      }),

    saveCopy: (copy) =>
      write(async (library) => {
        const tx = library.transaction([...WRITE_STORES], 'readwrite');
        const article = await tx.objectStore('articles').get(copy.key);
        if (article) await tx.objectStore('copies').put(copy);
        await tx.done;
        return { value: !!article, change: article ? changeOf('copies', [article]) : undefined };
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
  /** Articles already in `written`, by key. */
  const announced = new Set<string>();
  const total = batch.articles.length + batch.notes.length;
  let done = 0;
  const tx = db.transaction([...WRITE_STORES], 'readwrite');
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
        announced.add(record.key);
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
        // An article whose notes changed is announced too, though its record did not change.
        if (!announced.has(articleKey)) {
          announced.add(articleKey);
          const owner = await tx.objectStore('articles').get(articleKey);
          if (owner) written.push(owner);
        }
      }
      onProgress(++done, total);
    }
    // Copies the file brings go to their article, where it has none yet.
    const copies = tx.objectStore('copies');
    for (const copy of batch.copies ?? []) {
      const key = filedUnder.get(copy.key) ?? filedUnder.get(normalizeUrl(copy.key));
      if (!key || (await copies.getKey(key))) continue;
      await copies.put({ ...copy, key });
      counts.copiesAdded = (counts.copiesAdded ?? 0) + 1;
    }
    await markDirty(tx, [...new Set([...written.map((r) => r.key), ...filedUnder.values()])]);
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
