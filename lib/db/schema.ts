// The shape of the reader's library in IndexedDB, and how each version of it came to be.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export const DB_NAME = 'skinmark';
export const DB_VERSION = 1;

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
  savedAt: number;
  updatedAt: number;
}

export interface NoteRecord {
  id: string;
  articleKey: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface SkinmarkDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { savedAt: number; alias: string; procedure: string };
  };
  notes: {
    key: string;
    value: NoteRecord;
    indexes: { articleKey: string };
  };
}

type UpgradeTx = IDBPTransaction<SkinmarkDB, StoreNames<SkinmarkDB>[], 'versionchange'>;

/** Each step takes the database from version i to i + 1; steps are never edited once shipped. */
export const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<SkinmarkDB>, tx: UpgradeTx) => void> = [
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'key' });
    articles.createIndex('savedAt', 'savedAt');
    articles.createIndex('alias', 'aliases', { multiEntry: true, unique: true });
    articles.createIndex('procedure', 'procedures', { multiEntry: true });
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('articleKey', 'articleKey');
  },
];
