// The shape of the reader's library in IndexedDB, and how each version of it came to be.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export const DB_NAME = 'skinmark';
export const DB_VERSION = 2;

export interface ArticleRecord {
  /** Normalized canonical URL (or page URL): one record per article. */
  key: string;
  url: string;
  canonicalUrl?: string;
  /** Every normalized URL the article is known by, so any of them finds it. */
  aliases: string[];
  title: string;
  siteName: string;
  author?: string;
  publishedAt?: string;
  excerpt: string;
  readingMinutes: number;
  procedures: string[];
  /** The reader's own labels (from imports so far). Since version 2. */
  tags: string[];
  savedAt: number;
  updatedAt: number;
}

/** The passage of the article a note is about: its text, a little context, and where it starts. */
export interface NoteQuote {
  text: string;
  prefix?: string;
  suffix?: string;
  /** Offset of the quote in the article's text, a hint for finding it again. */
  start?: number;
}

export interface NoteRecord {
  id: string;
  articleKey: string;
  text: string;
  /** Since version 2. */
  quote?: NoteQuote;
  createdAt: number;
  updatedAt: number;
}

export interface SkinmarkDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { savedAt: number; updatedAt: number; alias: string; procedure: string; tag: string };
  };
  notes: {
    key: string;
    value: NoteRecord;
    indexes: { articleKey: string; updatedAt: number };
  };
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
];
