// Taking the library out and bringing it back: the complete JSON export, and imports merged into
// the library in one transaction, so a file that fails half-way writes nothing.
import * as v from 'valibot';
import { selectorsFromLegacyQuote, type ArticleRecord, type ErrorCode, type NoteRecord, type ReadableCopy } from '../model';
import { MAX_COPY_WORDS } from '../shared/words';
import { MAX_COPY_HTML_CHARS } from './limits';
import { SkinmarkError } from '../shared/errors';
import type { LibraryDB } from './database';
import { LegacyNoteQuoteSchema, MAX_TIME, PassageSelectorsSchema, httpUrl, noteId, shortText } from './fields';
import { DB_VERSION } from './schema';
import { isKnownProcedure } from '../lexicon/index';

export const EXPORT_FORMAT = 'skinmark-library';
/** The export file's own version, bumped only when its shape changes in a way older readers can't take. */
// 2: notes carry their passage as W3C selectors (version 1 files, with quotes, are read as well).
// 3: readable copies come along (files without them are read as well).
export const EXPORT_VERSION = 3;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** The database schema version the records were read at (for the curious; readers ignore it). */
  schemaVersion: number;
  exportedAt: string;
  articles: ArticleRecord[];
  notes: NoteRecord[];
  /**
   * Readable copies (since version 3), without their word lists: an import makes those again from
   * the HTML, cleaning it again on the way. The trash is not exported: it is what the reader deleted.
   */
  copies?: ExportedCopy[];
}

export type ExportedCopy = Omit<ReadableCopy, 'words'>;

/**
 * The export as text, in parts for a Blob: articles and notes indented for people, copies one per
 * line, so a library of ten thousand copies never has to be one string (V8 stops near 512 MB).
 */
export function exportJsonParts(library: LibraryExport): string[] {
  const { copies = [], ...records } = library;
  const head = JSON.stringify({ ...records, copies: [] }, null, 2);
  if (!copies.length) return [head];
  const open = head.lastIndexOf('"copies": []');
  return [head.slice(0, open), '"copies": [\n', ...copies.map((c, i) => `${i ? ',\n' : ''}    ${JSON.stringify(c)}`), '\n  ]', head.slice(open + '"copies": []'.length)];
}

/** Everything in the library, read in one transaction so articles, notes and copies agree. */
export async function exportLibrary(db: LibraryDB, now = new Date(), { copies: withCopies = true } = {}): Promise<LibraryExport> {
  const tx = db.transaction(['articles', 'notes', 'copies']);
  const [articles, notes, copies] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('notes').getAll(),
    withCopies ? tx.objectStore('copies').getAll() : Promise.resolve([]),
  ]);
  await tx.done;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: DB_VERSION,
    exportedAt: now.toISOString(),
    articles: articles.map((a) => ({ ...a, tags: a.tags ?? [] })),
    notes,
    ...(withCopies ? { copies: copies.map(({ words: _words, ...copy }) => copy) } : {}),
  };
}

// Imports hold to the limits of the messages that write the library one record at a time, so
// anything imported can be shown, filtered and deleted like anything saved. Notes are the one
// exception: an export may carry notes of a megabyte, and the reading list sends only their start.

/** Milliseconds since 1970, within what a Date can hold. */
const time = v.pipe(v.number(), v.finite(), v.minValue(0, 'is a negative time'), v.maxValue(MAX_TIME, 'is not a real date'));
const MAX_IMPORTED_NOTE_CHARS = 4 * 1024 * 1024;
const words = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(1_000));

const ArticleRecordSchema = v.object({
  key: httpUrl,
  url: httpUrl,
  canonicalUrl: v.optional(httpUrl),
  aliases: v.pipe(v.array(httpUrl), v.minLength(1, 'needs at least one address'), v.maxLength(1_000)),
  title: shortText,
  siteName: shortText,
  author: v.optional(shortText),
  publishedAt: v.optional(shortText),
  excerpt: shortText,
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  procedures: words,
  tags: v.optional(words, []),
  savedAt: time,
  updatedAt: time,
});

/** A readable copy an import brings, made and cleaned by the options page (lib/library/readable.ts). */
export const ReadableCopySchema = v.object({
  key: httpUrl,
  html: v.pipe(v.string(), v.maxLength(MAX_COPY_HTML_CHARS, 'is a readable copy larger than 2 MB')),
  words: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(MAX_COPY_WORDS)),
  title: shortText,
  byline: v.optional(shortText),
  length: v.pipe(v.number(), v.integer(), v.minValue(0)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  savedAt: time,
}) satisfies v.GenericSchema<unknown, ReadableCopy>;

/** A copy as the export file holds it: its word list is made again on import. */
const ExportedCopySchema = v.object({
  key: httpUrl,
  html: v.pipe(v.string(), v.maxLength(MAX_COPY_HTML_CHARS, 'is a readable copy larger than 2 MB')),
  title: shortText,
  byline: v.optional(shortText),
  length: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  savedAt: time,
});

/** A note as exported: its passage as W3C selectors, or (files from schema version 2) as a quote, read as selectors. */
const NoteRecordSchema = v.pipe(
  v.object({
    id: noteId,
    articleKey: httpUrl,
    text: v.pipe(v.string(), v.maxLength(MAX_IMPORTED_NOTE_CHARS, 'is a note longer than 4 million characters')),
    selectors: v.optional(PassageSelectorsSchema),
    quote: v.optional(LegacyNoteQuoteSchema),
    createdAt: time,
    updatedAt: time,
  }),
  v.transform(({ quote, selectors, ...note }): NoteRecord => {
    const passage = selectors ?? (quote ? selectorsFromLegacyQuote(quote) : undefined);
    return passage ? { ...note, selectors: passage } : note;
  }),
);

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  schemaVersion: v.optional(v.number()),
  exportedAt: v.optional(v.string()),
  articles: v.array(ArticleRecordSchema),
  notes: v.array(NoteRecordSchema),
  copies: v.optional(v.array(ExportedCopySchema)),
});

/** What an import brings: whole records (a Skinmark export) or bare links (Pocket, bookmarks). */
export interface ImportBatch {
  articles: ArticleRecord[];
  notes: NoteRecord[];
  /**
   * Links from another tool (Pocket, bookmarks): they add to an article already saved (its tags,
   * an earlier save date) but never replace what Skinmark read from the page.
   */
  bareLinks?: boolean;
  /** Readable copies the file brings (an Omnivore export's saved content), by the key of their article in the file. */
  copies?: ReadableCopy[];
}

/** A file that cannot be imported, with the sentence that says why; nothing was written. */
/** An import as the options page sends it to the background, checked again there, whole. */
export const ImportBatchSchema = v.object({
  articles: v.array(ArticleRecordSchema),
  notes: v.array(NoteRecordSchema),
  bareLinks: v.optional(v.boolean()),
  copies: v.optional(v.array(ReadableCopySchema)),
}) satisfies v.GenericSchema<unknown, ImportBatch>;

export class ImportError extends SkinmarkError {
  constructor(message: string, code: ErrorCode = 'bad-file') {
    super(code, message);
    this.name = 'ImportError';
  }
}

/**
 * A Skinmark JSON export, checked from top to bottom before anything is written. Its copies come
 * back through `makeCopy` (the options page's DOMPurify and word list); without it they are left out.
 */
export function parseLibraryExport(
  text: string,
  makeCopy?: (html: string, url: string, key: string, fields: { title: string; byline?: string; now: number }) => ReadableCopy | null,
): ImportBatch {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`This file is not valid JSON (${(error as Error).message}).`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError(`This JSON file is not a Skinmark export: it has no "format": "${EXPORT_FORMAT}".`);
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw new ImportError('This export was made by a newer Skinmark; update the extension to import it.');
  }
  const parsed = v.safeParse(ExportSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    throw new ImportError(`This Skinmark export is damaged${path ? ` at ${path}` : ''}: ${issue.message}.`);
  }
  // Procedures Skinmark does not know (an export from a later lexicon) could be neither named nor filtered.
  const articles = parsed.output.articles.map((a) => ({ ...a, procedures: a.procedures.filter(isKnownProcedure) }));
  const { notes, copies } = parsed.output;
  const keys = new Set(articles.flatMap((a) => [a.key, ...a.aliases]));
  const stray = notes.find((note) => !keys.has(note.articleKey));
  if (stray) throw new ImportError(`This Skinmark export is damaged: note ${stray.id} belongs to no article in the file.`);
  const kept = makeCopy
    ? (copies ?? []).filter((c) => keys.has(c.key)).flatMap((c) => makeCopy(c.html, c.key, c.key, { title: c.title, byline: c.byline, now: c.savedAt }) ?? [])
    : [];
  return { articles, notes, ...(kept.length ? { copies: kept } : {}) };
}

export interface ImportCounts {
  articlesAdded: number;
  articlesUpdated: number;
  notesAdded: number;
  notesUpdated: number;
  /** Records the library already had, as they are in the file. */
  unchanged: number;
  /** Readable copies kept from the file. */
  copiesAdded?: number;
}

export const unionOf = (...lists: (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((list) => list ?? []))];

/**
 * One article from what the library has under its addresses and what the file brings: addresses,
 * procedures and tags add up, the earliest save is kept, and the fields of whichever was updated
 * last win, except where it has nothing to say (a bookmark has no excerpt). Merging the same
 * record in twice gives the same record.
 */
export function mergeArticle(key: string, existing: ArticleRecord[], incoming: ArticleRecord): ArticleRecord {
  const all = [...existing, incoming];
  const newestFirst = [...all].sort((a, b) => b.updatedAt - a.updatedAt);
  const newest = newestFirst[0]!;
  const first = <K extends keyof ArticleRecord>(field: K): ArticleRecord[K] =>
    newestFirst.map((r) => r[field]).find((value) => value !== undefined && value !== '' && value !== 0) ?? newest[field];
  const merged: ArticleRecord = {
    ...newest,
    key,
    canonicalUrl: first('canonicalUrl'),
    aliases: unionOf(...all.map((r) => r.aliases)),
    title: first('title'),
    siteName: first('siteName'),
    author: first('author'),
    publishedAt: first('publishedAt'),
    excerpt: first('excerpt'),
    readingMinutes: first('readingMinutes'),
    procedures: unionOf(...all.map((r) => r.procedures)),
    tags: unionOf(...all.map((r) => r.tags)),
    savedAt: Math.min(...all.map((r) => r.savedAt)),
    updatedAt: newest.updatedAt,
  };
  // Optional fields nobody knows are left out rather than stored as undefined.
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as unknown as ArticleRecord;
}

/** Same content, whatever the order of object keys. */
export function sameRecord(a: object, b: object): boolean {
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}
