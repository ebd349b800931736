// The shape of the reader's library in IndexedDB, and how each version of it came to be.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { selectorsFromLegacyQuote, type ArticleRecord, type LegacyNoteQuote, type NoteRecord, type ReadableCopy, type TrashEntry, type TrashSummary } from '../model';

export type { ArticleRecord, NoteRecord } from '../model';

export const DB_NAME = 'skinmark';
export const DB_VERSION = 4;

export interface SkinmarkDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { savedAt: number; updatedAt: number; alias: string; procedure: string; tag: string; site: string };
  };
  notes: {
    key: string;
    value: NoteRecord;
    indexes: { articleKey: string; updatedAt: number };
  };
  /** Readable copies, by article key; `word` finds the copies that hold a word (since version 4). */
  copies: {
    key: string;
    value: ReadableCopy;
    indexes: { word: string; size: number };
  };
  /** What deletes took out, until restored or emptied, as the trash lists it (since version 4). */
  trash: {
    key: string;
    value: TrashSummary;
    indexes: { deletedAt: number };
  };
  /** The records each trash entry holds, by the entry's id (since version 4). */
  trashItems: {
    key: string;
    value: TrashEntry;
  };
  /** The search index as last saved, and the articles changed since (lib/library/search.ts; since version 4). */
  search: {
    key: string;
    value: SearchIndexRecord | SearchDirtyRecord;
  };
}

/** The full-text index, as MiniSearch serialises it, with the format it was built in. */
export interface SearchIndexRecord {
  id: 'index';
  format: number;
  /** The schema version it was built at: after an upgrade it is built again. */
  schema: number;
  json: string;
}

/**
 * Articles written since the index was saved, each with the number of the write that last touched
 * it: every write marks its articles here in its own transaction, so an index saved before a
 * write (or never saved after it) knows exactly what to read again.
 */
export interface SearchDirtyRecord {
  id: 'dirty';
  seq: number;
  keys: Record<string, number>;
}

type UpgradeTx = IDBPTransaction<SkinmarkDB, StoreNames<SkinmarkDB>[], 'versionchange'>;

/**
 * Each step takes the database from version i to i + 1; steps are never edited once shipped. A
 * step may read and rewrite records, awaiting only the upgrade transaction's own requests.
 */
export const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<SkinmarkDB>, tx: UpgradeTx) => void | Promise<void>> = [
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'key' });
    articles.createIndex('savedAt', 'savedAt');
    articles.createIndex('alias', 'aliases', { multiEntry: true, unique: true });
    articles.createIndex('procedure', 'procedures', { multiEntry: true });
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('articleKey', 'articleKey');
  },
  // 2: tags, and the indexes the reading list sorts and filters by.
  async (_db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('updatedAt', 'updatedAt');
    articles.createIndex('tag', 'tags', { multiEntry: true });
    tx.objectStore('notes').createIndex('updatedAt', 'updatedAt');
    for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
      if (!Array.isArray(cursor.value.tags)) void cursor.update({ ...cursor.value, tags: [] });
    }
  },
  // 3: a note's quote becomes W3C selectors (a TextQuoteSelector, and a TextPositionSelector where
  // the quote's start was kept), so that it can be found again on the page.
  async (_db, tx) => {
    const notes = tx.objectStore('notes');
    for (let cursor = await notes.openCursor(); cursor; cursor = await cursor.continue()) {
      const { quote, ...rest } = cursor.value as NoteRecord & { quote?: LegacyNoteQuote };
      if (!quote) continue;
      void cursor.update(quote.text ? { ...rest, selectors: selectorsFromLegacyQuote(quote) } : rest);
    }
  },
  // 4: readable copies, the trash, the search index, and sites to filter by. The index is built on
  // first use from the records (no index record: everything is read).
  (db, tx) => {
    const copies = db.createObjectStore('copies', { keyPath: 'key' });
    copies.createIndex('word', 'words', { multiEntry: true });
    copies.createIndex('size', 'size');
    db.createObjectStore('trash', { keyPath: 'id' }).createIndex('deletedAt', 'deletedAt');
    db.createObjectStore('trashItems', { keyPath: 'id' });
    db.createObjectStore('search', { keyPath: 'id' });
    tx.objectStore('articles').createIndex('site', 'siteName');
  },
];
