// Zip exports of the read-it-later services that closed, read in the options page:
// - Pocket (closed 2025): `part_NNNNNN.csv` files (title, url, time_added, tags separated by |,
//   status; columns found by their header names) and `annotations/part_*.json`, whose highlights
//   become quoted notes.
// - Omnivore (closed 2024): `metadata_*.json` (title, url, labels, dates…), `content/<slug>.html`
//   (kept as readable copies) and `highlights/<slug>.md` (each quote, with the reader's own words
//   under it, a quoted note).
// Duplicate entries (a zip written twice over) are read once, the last one winning, as unzip tools do.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { strFromU8, unzipSync } from 'fflate';
import type { ArticleRecord, NoteRecord, ReadableCopy } from '../model';
import { normalizeUrl } from '../shared/url';
import { MAX_TEXT_CHARS, MAX_URL_CHARS } from './fields';
import { linksFromCsv, batchFromLinks, timeFrom } from './import-formats';
import { ImportError, type ImportBatch } from './transfer';

export type ArchiveFormat = 'pocket-zip' | 'omnivore-zip';

/** Whether the bytes are a zip archive (its local file header's signature). */
export const isZip = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** What the options page lends: a readable copy made from saved HTML (DOMPurify needs its DOM). */
export type MakeCopy = (html: string, url: string, key: string, title: string) => ReadableCopy | null;

/** A stable note id for a highlight, so that importing the same file twice adds nothing. */
function highlightId(prefix: string, url: string, quote: string): string {
  return `${prefix}-${bytesToHex(sha256(utf8ToBytes(`${url}\u0000${quote}`))).slice(0, 32)}`;
}

function quotedNote(prefix: string, articleKey: string, url: string, quote: string, text: string, at: number): NoteRecord {
  return {
    id: highlightId(prefix, url, quote),
    articleKey,
    text,
    selectors: [{ type: 'TextQuoteSelector', exact: quote.slice(0, 10_000), prefix: '', suffix: '' }],
    createdAt: at,
    updatedAt: at,
  };
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new ImportError(`This zip file could not be opened (${(error as Error).message}).`);
  }
}

const byName = (files: Record<string, Uint8Array>, pattern: RegExp) =>
  Object.keys(files)
    .filter((name) => pattern.test(name))
    .sort();

function parseJson(name: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(`${name} in this zip is not valid JSON (${(error as Error).message}).`);
  }
}

const webKey = (url: unknown): string | undefined => {
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url) || url.length > MAX_URL_CHARS) return undefined;
  try {
    return normalizeUrl(url);
  } catch {
    return undefined;
  }
};

/** Pocket's zip: its CSV parts as links, and its annotations as quoted notes on them. */
function readPocket(files: Record<string, Uint8Array>, now: number): { batch: ImportBatch; skipped: number } {
  const parts = byName(files, /(^|\/)part_\d+\.csv$/);
  const links = parts.flatMap((name) => linksFromCsv(strFromU8(files[name]!)));
  const { batch, skipped } = batchFromLinks(links, now);
  const keys = new Map(batch.articles.map((a) => [a.key, a]));
  const notes: NoteRecord[] = [];
  for (const name of byName(files, /(^|\/)annotations\/part_\d+\.json$/)) {
    const entries = parseJson(name, files[name]!);
    if (!Array.isArray(entries)) throw new ImportError(`${name} in this zip is not a list of annotated articles.`);
    for (const entry of entries as { url?: unknown; highlights?: unknown }[]) {
      const key = webKey(entry?.url);
      const article = key ? keys.get(key) : undefined;
      if (!article || !Array.isArray(entry.highlights)) continue;
      for (const highlight of entry.highlights as { quote?: unknown; created_at?: unknown }[]) {
        if (typeof highlight?.quote !== 'string' || !highlight.quote.trim()) continue;
        const at = timeFrom(String(highlight.created_at ?? '')) ?? article.savedAt;
        notes.push(quotedNote('pocket', article.key, article.url, highlight.quote.trim(), 'Highlighted in Pocket.', at));
      }
    }
  }
  return { batch: { ...batch, notes }, skipped };
}

interface OmnivoreItem {
  slug?: unknown;
  title?: unknown;
  description?: unknown;
  author?: unknown;
  url?: unknown;
  labels?: unknown;
  savedAt?: unknown;
  updatedAt?: unknown;
  publishedAt?: unknown;
  wordsCount?: unknown;
}

const dateOf = (value: unknown): number | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) && ms > 0 && ms < 8.64e15 ? ms : undefined;
};

const text = (value: unknown, max = MAX_TEXT_CHARS) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '');

/** The quotes of an Omnivore highlights file: each "> " block, with the reader's words after it. */
export function omnivoreHighlights(markdown: string): { quote: string; note: string }[] {
  const found: { quote: string; note: string }[] = [];
  let quote: string[] = [];
  let note: string[] = [];
  const flush = () => {
    const q = quote.join(' ').replace(/\s+/g, ' ').trim();
    if (q) found.push({ quote: q, note: note.join('\n').trim() });
    quote = [];
    note = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*>/.test(line)) {
      // A new quote after the words of the last one.
      if (note.length) flush();
      quote.push(line.replace(/^\s*>\s?/, ''));
    } else if (/^\s*#/.test(line)) {
      flush();
    } else if (quote.length && line.trim()) {
      note.push(line.trim());
    }
  }
  flush();
  // "[⤴️](https://omnivore.app/…)" links back to the service are not the reader's words.
  return found.map(({ quote: q, note: n }) => ({ quote: q.replace(/\s*\[[^\]]*\]\(https?:\/\/omnivore\.app[^)]*\)/g, ''), note: n }));
}

function readOmnivore(files: Record<string, Uint8Array>, now: number, makeCopy: MakeCopy): { batch: ImportBatch; skipped: number } {
  const articles = new Map<string, ArticleRecord>();
  const notes: NoteRecord[] = [];
  const copies: ReadableCopy[] = [];
  let skipped = 0;
  for (const name of byName(files, /(^|\/)metadata_[\d_to]+\.json$/)) {
    const items = parseJson(name, files[name]!);
    if (!Array.isArray(items)) throw new ImportError(`${name} in this zip is not a list of saved articles.`);
    for (const item of items as OmnivoreItem[]) {
      const key = webKey(item?.url);
      if (!key) {
        skipped++;
        continue;
      }
      const url = item.url as string;
      const savedAt = dateOf(item.savedAt) ?? now;
      const labels = Array.isArray(item.labels) ? item.labels.map((l) => (typeof l === 'string' ? l : text((l as { name?: unknown })?.name, 60))).filter(Boolean) : [];
      const words = typeof item.wordsCount === 'number' ? item.wordsCount : 0;
      const host = new URL(key).hostname.replace(/^www\./, '');
      articles.set(key, {
        key,
        url,
        aliases: [key],
        title: text(item.title) || host,
        siteName: host,
        ...(text(item.author) ? { author: text(item.author) } : {}),
        ...(dateOf(item.publishedAt) ? { publishedAt: new Date(dateOf(item.publishedAt)!).toISOString().slice(0, 10) } : {}),
        excerpt: text(item.description),
        readingMinutes: Math.min(10_000, Math.round(words / 230)),
        procedures: [],
        tags: [...new Set(labels as string[])].slice(0, 50),
        savedAt,
        updatedAt: Math.max(savedAt, dateOf(item.updatedAt) ?? savedAt),
      });
      const slug = typeof item.slug === 'string' ? item.slug : '';
      const content = slug && files[`content/${slug}.html`];
      if (content) {
        const copy = makeCopy(strFromU8(content), url, key, text(item.title));
        if (copy) copies.push(copy);
      }
      const highlights = slug && files[`highlights/${slug}.md`];
      if (highlights) {
        for (const { quote, note } of omnivoreHighlights(strFromU8(highlights))) {
          notes.push(quotedNote('omnivore', key, url, quote, note || 'Highlighted in Omnivore.', savedAt));
        }
      }
    }
  }
  if (!articles.size) throw new ImportError('This Omnivore export holds no saved web pages.');
  // What another tool says about a page adds to an article already saved (its tags, an earlier
  // date, a blank filled) and never replaces what Skinmark read from the page itself.
  return { batch: { articles: [...articles.values()], notes, copies, bareLinks: true }, skipped };
}

/** Reads a zip export: Pocket's or Omnivore's, or a sentence that says what is wrong with it. */
export function readImportArchive(
  bytes: Uint8Array,
  makeCopy: MakeCopy,
  now = Date.now(),
): { format: ArchiveFormat; batch: ImportBatch; skipped: number } {
  const files = unzip(bytes);
  const names = Object.keys(files);
  if (names.some((n) => /(^|\/)metadata_[\d_to]+\.json$/.test(n))) return { format: 'omnivore-zip', ...readOmnivore(files, now, makeCopy) };
  if (names.some((n) => /(^|\/)part_\d+\.csv$/.test(n))) return { format: 'pocket-zip', ...readPocket(files, now) };
  throw new ImportError('This zip is neither a Pocket export (part_000000.csv) nor an Omnivore export (metadata_0_to_20.json).');
}
