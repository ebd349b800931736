// The domain's types, in one module that imports nothing: the library, the messages, the pages and
// the views all speak of the same articles, notes and changes, and no module needs another just
// for a type (which is how import cycles start).

/** What a page says about itself when it is saved; the library adds the keys and dates. */
export interface ArticleInput {
  url: string;
  canonicalUrl?: string;
  title: string;
  siteName: string;
  author?: string;
  publishedAt?: string;
  excerpt: string;
  readingMinutes: number;
  procedures: string[];
}

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
  /** The reader's own labels (from imports so far). Since schema version 2. */
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
  /** Since schema version 2. */
  quote?: NoteQuote;
  createdAt: number;
  updatedAt: number;
}

/** An article as the reading list shows it. */
export interface ArticleSummary extends ArticleRecord {
  latestNote?: string;
  noteCount: number;
}

/** A procedure named on the page, and how often. */
export interface ProcedureSummary {
  id: string;
  name: string;
  count: number;
}

/** The reader's choices: what Skinmark highlights, what counts as evidence, and where it never runs. */
export interface Settings {
  /** Highlight active ingredients (in a quieter style than procedures). */
  highlightIngredients: boolean;
  /** Count skin conditions (acne, rosacea…) as evidence that a page is about skin care. */
  useConditions: boolean;
  /** Sites (host names) where Skinmark does nothing at all; subdomains included. */
  blockedSites: string[];
}

/**
 * What a write changed, announced once it is committed. `addresses` are every address of the
 * articles concerned (keys and aliases), so a tab can tell whether the change is about its page.
 */
export interface LibraryChange {
  kind: 'articles' | 'notes' | 'import';
  keys: string[];
  addresses: string[];
}

/** What a failure is, for the code that shows it (a sentence comes with it, for the reader). */
export type ErrorCode =
  | 'invalid-request'
  | 'not-allowed'
  | 'out-of-scope'
  | 'not-found'
  | 'conflict'
  | 'quota'
  | 'storage-unavailable'
  | 'newer-library'
  | 'bad-file'
  | 'unreachable'
  | 'internal';

export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; error: string };
