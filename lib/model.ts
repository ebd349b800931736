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

/**
 * The passage a note is about, as the W3C Web Annotation model describes one: the quoted text with
 * about 32 characters on either side, and where it lies in the text of the article's main content.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type PassageSelector = TextQuoteSelector | TextPositionSelector;

/** A quote as schema version 2 stored it, before selectors: read only by the upgrade to version 3. */
export interface LegacyNoteQuote {
  text: string;
  prefix?: string;
  suffix?: string;
  start?: number;
}

export interface NoteRecord {
  id: string;
  articleKey: string;
  text: string;
  /** The passage the note is about (since schema version 3): a TextQuoteSelector, and a TextPositionSelector when known. */
  selectors?: PassageSelector[];
  createdAt: number;
  updatedAt: number;
}

/** An article as the reading list shows it. */
export interface ArticleSummary extends ArticleRecord {
  latestNote?: string;
  noteCount: number;
}

/**
 * An article's readable copy: its main content as Readability extracted it and DOMPurify cleaned
 * it (no scripts, handlers, forms, frames or remote loads), kept so it can be read and searched
 * when the page changes or disappears. In a store of its own (schema version 4), by article key.
 */
export interface ReadableCopy {
  key: string;
  /** Sanitised HTML; images keep their address in `data-skinmark-src`, loaded only if the reader allows. */
  html: string;
  /** The copy's distinct words, folded (lib/shared/words.ts), for search: an index of its own. */
  words: string[];
  title: string;
  byline?: string;
  /** Characters of text, and bytes stored (HTML and words). */
  length: number;
  size: number;
  savedAt: number;
}

/**
 * What a delete took out of the library, kept until the reader restores it or empties the trash:
 * an article with all its notes (and its copy), or one note. Kept apart from its summary, so the
 * trash is listed without reading copies of megabytes.
 */
export interface TrashEntry {
  id: string;
  article?: ArticleRecord;
  notes: NoteRecord[];
  copy?: ReadableCopy;
}

/** A trash entry as the library page lists it (stored as such, beside its entry). */
export interface TrashSummary {
  id: string;
  kind: 'article' | 'note';
  deletedAt: number;
  /** The article's title (for a note, the title of its article when it still exists). */
  title: string;
  noteCount: number;
  /** A deleted note's start. */
  preview?: string;
}

/** How the reading list is ordered. Relevance applies to a search only. */
export type ListSort = 'relevance' | 'saved' | 'updated' | 'title' | 'reading';

/** A search over the library, and the filters that narrow it. */
export interface FindQuery {
  query?: string;
  procedure?: string;
  tag?: string;
  site?: string;
  hasNotes?: boolean;
  sort?: ListSort;
  limit?: number;
}

/** An article found, with where and by which words. */
export interface FoundArticle extends ArticleSummary {
  /** The fields that matched: title, site, author, excerpt, tags, procedures, notes, quotes, copy. */
  matchedIn: string[];
  /** A note or quote that holds a matched word, when the match was there. */
  snippet?: string;
  hasCopy: boolean;
}

export interface FindResult {
  total: number;
  items: FoundArticle[];
  /** Folded words of the library that the query matched (exactly, by prefix or by a typo), for marking. */
  terms: string[];
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
  /** Keep a readable copy of each saved article (since settings version 2). */
  keepCopies: boolean;
  /** Load a readable copy's images from their sites (off: a copy makes no network request). */
  readerImages: boolean;
}

/**
 * What a write changed, announced once it is committed. `addresses` are every address of the
 * articles concerned (keys and aliases), so a tab can tell whether the change is about its page.
 */
export interface LibraryChange {
  kind: 'articles' | 'notes' | 'import' | 'trash' | 'copies';
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

/** A note's quote selector, if it has one. */
export const quoteOf = (note: Pick<NoteRecord, 'selectors'>): TextQuoteSelector | undefined =>
  note.selectors?.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');

/** A note's position selector, if it has one. */
export const positionOf = (note: Pick<NoteRecord, 'selectors'>): TextPositionSelector | undefined =>
  note.selectors?.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');

/** Selectors for a version 2 quote: its text and context, and its place when it was known. */
export function selectorsFromLegacyQuote(quote: LegacyNoteQuote): PassageSelector[] {
  const selectors: PassageSelector[] = [{ type: 'TextQuoteSelector', exact: quote.text, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }];
  if (typeof quote.start === 'number') selectors.push({ type: 'TextPositionSelector', start: quote.start, end: quote.start + quote.text.length });
  return selectors;
}
