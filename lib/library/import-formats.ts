// Files a reader may bring: Skinmark's own JSON export, a Pocket export (HTML or CSV), or a
// browser's bookmarks file. Each becomes one batch of records, checked whole before anything is
// written, or a sentence that says what is wrong with the file.
import Papa from 'papaparse';
import type { ArticleRecord } from './schema';
import { ImportError, parseLibraryExport, type ImportBatch } from './transfer';
import { MAX_TEXT_CHARS, MAX_TIME, MAX_URL_CHARS } from './fields';
import { normalizeUrl } from '../shared/url';

export type ImportFormat = 'skinmark-json' | 'pocket-csv' | 'links-html';

/** Larger than this, a file is refused before it is read: no reading list is near it. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

/** A saved link from another tool: what Pocket and bookmarks files say about a page. */
export interface ForeignLink {
  url: string;
  title: string;
  /** Milliseconds since 1970, when the file says. */
  addedAt?: number;
  tags: string[];
}

export function detectFormat(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'skinmark-json';
  if (/^<!DOCTYPE NETSCAPE-Bookmark-file/i.test(start) || (/^</.test(start) && /<a\s[^>]*href=/i.test(text))) return 'links-html';
  const header = start.slice(0, start.search(/\r?\n|$/)).toLowerCase();
  if (/(^|,)"?url"?(,|$)/.test(header)) return 'pocket-csv';
  throw new ImportError(
    'Skinmark imports its own JSON export, a Pocket export (HTML or CSV) or a bookmarks HTML file; this file is none of those.',
  );
}

/** Seconds or milliseconds since 1970, as the files write them; nothing when absent or absurd. */
export function timeFrom(value: string | null | undefined): number | undefined {
  const n = Number(value);
  if (!value || !Number.isFinite(n) || n <= 0) return undefined;
  const ms = n < 1e11 ? n * 1000 : n;
  return ms <= MAX_TIME ? ms : undefined;
}

const tagsFrom = (value: string | null | undefined, separator: RegExp) =>
  [...new Set((value ?? '').split(separator).map((t) => t.trim()).filter(Boolean))].slice(0, 1000);

/** Every web link of a Pocket HTML export or a bookmarks file (the same Netscape-style list). */
function linksFromHtml(doc: Document): ForeignLink[] {
  return [...doc.querySelectorAll('a[href]')].map((a) => ({
    url: a.getAttribute('href') ?? '',
    title: (a.textContent ?? '').trim(),
    addedAt: timeFrom(a.getAttribute('time_added') ?? a.getAttribute('add_date')),
    tags: tagsFrom(a.getAttribute('tags'), /,/),
  }));
}

/** Pocket's CSV: title, url, time_added, tags (separated by |), status. */
export function linksFromCsv(text: string): ForeignLink[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw new ImportError(`This CSV file is damaged near row ${(broken.row ?? 0) + 2}: ${broken.message}.`);
  return parsed.data.map((row) => ({
    url: (row.url ?? '').trim(),
    title: (row.title ?? '').trim(),
    addedAt: timeFrom(row.time_added),
    tags: tagsFrom(row.tags, /[|,]/),
  }));
}

/** Links become reading-list entries; ones that are not web pages (javascript:, place:, file:) are skipped. */
export function batchFromLinks(links: ForeignLink[], now: number): { batch: ImportBatch; skipped: number } {
  const articles = new Map<string, ArticleRecord>();
  let skipped = 0;
  for (const link of links) {
    let key: string;
    try {
      if (!/^https?:\/\//i.test(link.url) || link.url.length > MAX_URL_CHARS) throw new Error('not a web page');
      key = normalizeUrl(link.url);
    } catch {
      skipped++;
      continue;
    }
    const savedAt = link.addedAt ?? now;
    const earlier = articles.get(key);
    articles.set(key, {
      key,
      url: link.url,
      aliases: [key],
      // Left blank: a link says less than a saved article, and importBatch fills blanks for new ones.
      title: (earlier?.title || link.title).slice(0, MAX_TEXT_CHARS),
      siteName: '',
      excerpt: '',
      readingMinutes: 0,
      procedures: [],
      tags: [...new Set([...(earlier?.tags ?? []), ...link.tags])],
      savedAt: Math.min(savedAt, earlier?.savedAt ?? savedAt),
      updatedAt: Math.min(savedAt, earlier?.updatedAt ?? savedAt),
    });
  }
  if (!articles.size) throw new ImportError('This file holds no web addresses to import.');
  return { batch: { articles: [...articles.values()], notes: [], bareLinks: true }, skipped };
}

/**
 * Reads an import file. `parseHtml` is the page's DOMParser, passed in so this stays free of
 * browser globals.
 */
export function readImportFile(
  text: string,
  parseHtml: (html: string) => Document,
  now = Date.now(),
  makeCopy?: Parameters<typeof parseLibraryExport>[1],
): { format: ImportFormat; batch: ImportBatch; skipped: number } {
  const format = detectFormat(text);
  if (format === 'skinmark-json') return { format, batch: parseLibraryExport(text, makeCopy), skipped: 0 };
  const links = format === 'links-html' ? linksFromHtml(parseHtml(text)) : linksFromCsv(text);
  return { format, ...batchFromLinks(links, now) };
}
