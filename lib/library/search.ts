// Full-text search over the library, in the background (the library's one reader and writer).
//
// Two indexes, each where it costs least:
// - MiniSearch (small, incremental add and remove, prefix and typo-tolerant, ranked) over what is
//   short and shown: titles, sites, authors, excerpts, tags, procedure names, notes and quotes. It
//   lives in memory and is saved in the `search` store, so a view never waits for it to be built:
//   only a missing index (a new library, a new index format) is built from the records. Every write
//   marks its articles "dirty" in its own transaction (lib/library/records.ts), so an index saved
//   before a write reads exactly those articles again, whenever it next loads.
// - Readable copies are long (tens of KB each, thousands of articles): their distinct words are an
//   IndexedDB multi-entry index on the `copies` store, on disk and current by construction, matched
//   by prefix from four letters on, by whole word below (no typos: a copy's words are not the reader's own).
import MiniSearch, { type SearchResult } from 'minisearch';
import { procedureName } from '../lexicon/index';
import type { ArticleRecord, FindQuery, FindResult, FoundArticle, ListSort, NoteRecord } from '../model';
import { quoteOf } from '../model';
import { matchedSpans, searchWords } from '../shared/words';
import type { LibraryDB } from './database';
import { articleSummaries, allArticles, listArticles } from './records';
import { DB_VERSION, type SearchDirtyRecord, type SearchIndexRecord } from './schema';

/** Bumped whenever the indexed fields or their processing change: an index of another format is rebuilt. */
export const INDEX_FORMAT = 1;
/** How long after the last change the index is saved: one save for a burst of writes. */
const SAVE_DELAY_MS = 20_000;
/**
 * The index is saved this long after the last change, or at once past SAVE_AFTER_CHANGES articles
 * read again: saving serialises all of it (seconds at 10,000 articles and 50,000 notes), and until it
 * is saved the dirty marks keep every result right (an index loaded later reads those articles again).
 */
const SAVE_AFTER_CHANGES = 500;

interface ArticleDocument {
  id: string;
  title: string;
  siteName: string;
  author: string;
  excerpt: string;
  tags: string;
  procedures: string;
  notes: string;
  quotes: string;
}

const FIELDS = ['title', 'siteName', 'author', 'excerpt', 'tags', 'procedures', 'notes', 'quotes'] as const;

const OPTIONS = {
  fields: [...FIELDS],
  tokenize: (text: string) => searchWords(text),
  // Words arrive folded from the tokenizer; nothing more to do with them.
  processTerm: (term: string) => term,
};

function documentOf(article: ArticleRecord, notes: readonly NoteRecord[]): ArticleDocument {
  return {
    id: article.key,
    title: article.title,
    siteName: article.siteName,
    author: article.author ?? '',
    excerpt: article.excerpt,
    tags: article.tags.join(' \n '),
    procedures: article.procedures.map(procedureName).join(' \n '),
    notes: notes.map((n) => n.text).join(' \n '),
    quotes: notes.map((n) => quoteOf(n)?.exact ?? '').join(' \n '),
  };
}

/** A word of the query: every word is a prefix, and long enough words forgive a typo. */
const termOptions = (term: string) => ({
  prefix: term.length >= 2,
  fuzzy: term.length >= 4 ? 0.2 : false,
  boost: { title: 3, tags: 2.5, procedures: 2, siteName: 1.5, author: 1.5, notes: 1.5, quotes: 1.2, excerpt: 1 },
});

export interface LibrarySearch {
  /** Articles that hold every word of the query (in any field, or in their copy), best first. */
  search(query: string): Promise<{ hits: { key: string; score: number; fields: string[] }[]; terms: string[] }>;
  /** Loads (or builds) the index now, so the first keystroke doesn't wait. */
  warm(): Promise<void>;
  /** Reads the articles a committed write touched again; the background calls it for every change. */
  refresh(keys: readonly string[]): void;
}

export function createLibrarySearch(db: () => Promise<LibraryDB>, { saveDelayMs = SAVE_DELAY_MS } = {}): LibrarySearch {
  let index: Promise<MiniSearch<ArticleDocument>> | undefined;
  /** The dirty mark each article had when it was last read into the index, to clear once saved. */
  const applied = new Map<string, number>();
  let pending = new Set<string>();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let refreshing: Promise<void> = Promise.resolve();

  /** Reads `keys` into the index: their articles and notes as they are now, with their dirty marks. */
  const reindex = async (miniSearch: MiniSearch<ArticleDocument>, keys: readonly string[]) => {
    if (!keys.length) return;
    const library = await db();
    const tx = library.transaction(['articles', 'notes', 'search']);
    const [dirty, ...entries] = await Promise.all([
      tx.objectStore('search').get('dirty') as Promise<SearchDirtyRecord | undefined>,
      ...keys.map(async (key) => [await tx.objectStore('articles').get(key), await tx.objectStore('notes').index('articleKey').getAll(key)] as const),
    ]);
    keys.forEach((key, i) => {
      if (miniSearch.has(key)) miniSearch.discard(key);
      const [article, notes] = entries[i]!;
      if (article) miniSearch.add(documentOf(article, notes));
      applied.set(key, dirty?.keys[key] ?? 0);
    });
  };

  const build = async (): Promise<MiniSearch<ArticleDocument>> => {
    const library = await db();
    const tx = library.transaction('search');
    const [saved, dirty] = (await Promise.all([tx.store.get('index'), tx.store.get('dirty')])) as [
      SearchIndexRecord | undefined,
      SearchDirtyRecord | undefined,
    ];
    // Another index format, or a library whose schema changed since: read again from the records.
    if (saved?.format === INDEX_FORMAT && saved.schema === DB_VERSION) {
      try {
        const miniSearch = await MiniSearch.loadJSONAsync<ArticleDocument>(saved.json, OPTIONS);
        await reindex(miniSearch, Object.keys(dirty?.keys ?? {}));
        if (applied.size) scheduleSave();
        return miniSearch;
      } catch {
        // A damaged saved index: built again below.
      }
    }
    const miniSearch = new MiniSearch<ArticleDocument>(OPTIONS);
    const read = library.transaction(['articles', 'notes', 'search']);
    const [articles, notes, current] = await Promise.all([
      read.objectStore('articles').getAll(),
      read.objectStore('notes').getAll(),
      read.objectStore('search').get('dirty') as Promise<SearchDirtyRecord | undefined>,
    ]);
    const byArticle = new Map<string, NoteRecord[]>();
    for (const note of notes) byArticle.set(note.articleKey, [...(byArticle.get(note.articleKey) ?? []), note]);
    miniSearch.addAll(articles.map((a) => documentOf(a, byArticle.get(a.key) ?? [])));
    for (const [key, seq] of Object.entries(current?.keys ?? {})) applied.set(key, seq);
    // Saved at once: the next view to open finds it.
    await save(miniSearch);
    return miniSearch;
  };

  const loaded = () => {
    index ??= build().catch((error: unknown) => {
      index = undefined;
      throw error;
    });
    return index;
  };

  /** Saves the index, and clears the dirty marks it has read (not those written since). */
  const save = async (miniSearch: MiniSearch<ArticleDocument>) => {
    const json = JSON.stringify(miniSearch);
    const done = new Map(applied);
    const library = await db();
    const tx = library.transaction('search', 'readwrite');
    const dirty = ((await tx.store.get('dirty')) as SearchDirtyRecord | undefined) ?? { id: 'dirty', seq: 0, keys: {} };
    for (const [key, seq] of done) {
      if (dirty.keys[key] === seq) delete dirty.keys[key];
      if (applied.get(key) === seq) applied.delete(key);
    }
    await Promise.all([tx.store.put({ id: 'index', format: INDEX_FORMAT, schema: DB_VERSION, json } satisfies SearchIndexRecord), tx.store.put(dirty)]);
    await tx.done;
  };

  function scheduleSave(delay = saveDelayMs) {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      void loaded()
        .then(save)
        .catch(() => undefined);
    }, delay);
  }

  return {
    async search(query) {
      await refreshing;
      const miniSearch = await loaded();
      const words = [...new Set(searchWords(query))].slice(0, 12);
      if (!words.length) return { hits: [], terms: [] };
      const library = await db();
      const perWord = await Promise.all(
        words.map(async (word) => {
          const found = new Map<string, SearchResult>(miniSearch.search(word, termOptions(word)).map((r) => [r.id as string, r]));
          const inCopies = await copiesWith(library, word);
          return { found, inCopies };
        }),
      );
      // Every word must match somewhere: in the index's fields or in the copy.
      let keys: Set<string> | undefined;
      for (const { found, inCopies } of perWord) {
        const here = new Set([...found.keys(), ...inCopies]);
        keys = keys ? new Set([...keys].filter((k) => here.has(k))) : here;
      }
      const terms = new Set<string>(words);
      const hits = [...(keys ?? [])].map((key) => {
        let score = 0;
        const fields = new Set<string>();
        for (const { found, inCopies } of perWord) {
          const result = found.get(key);
          if (result) {
            score += result.score;
            for (const term of result.terms) terms.add(term);
            for (const matched of Object.values(result.match)) for (const field of matched) fields.add(field);
          }
          if (inCopies.has(key)) {
            score += result ? 0.2 : 1;
            fields.add('copy');
          }
        }
        return { key, score, fields: [...fields] };
      });
      hits.sort((a, b) => b.score - a.score);
      return { hits, terms: [...terms] };
    },

    warm: () => loaded().then(() => undefined),

    refresh(keys) {
      // Not loaded: nothing to update; the dirty marks bring these articles in when it loads.
      if (!index) return;
      for (const key of keys) pending.add(key);
      refreshing = refreshing
        .then(async () => {
          const batch = [...pending];
          pending = new Set();
          await reindex(await loaded(), batch);
          scheduleSave(applied.size >= SAVE_AFTER_CHANGES ? 0 : saveDelayMs);
        })
        .catch(() => undefined);
    },
  };
}

/**
 * Article keys whose copy holds `word`: as a prefix from four letters on, as a whole word of two or
 * three (a two-letter prefix would match most of every copy). One key per word form it matched, so
 * made distinct here.
 */
async function copiesWith(library: LibraryDB, word: string): Promise<Set<string>> {
  if (word.length < 2) return new Set();
  const range = word.length >= 4 ? IDBKeyRange.bound(word, `${word}\uffff`) : IDBKeyRange.only(word);
  return new Set(await library.getAllKeysFromIndex('copies', 'word', range));
}

/**
 * A search with its filters and order, as the views ask it: a page of articles, each with where it
 * matched and the note or quote that holds a matched word.
 */
export async function findArticles(library: LibraryDB, search: LibrarySearch, query: FindQuery): Promise<FindResult> {
  const text = query.query?.trim() ?? '';
  const limit = query.limit ?? 50;
  const found = text ? await search.search(text) : undefined;
  const sort = query.sort ?? (found ? 'relevance' : 'saved');
  // The popup's first screen (newest first, a procedure at most): a page read from the index, so
  // that it costs the same with ten articles or ten thousand.
  if (!found && sort === 'saved' && !query.tag && query.site === undefined && !query.hasNotes) {
    const [page, total] = await Promise.all([
      listArticles(library, { procedure: query.procedure, limit }),
      query.procedure ? library.countFromIndex('articles', 'procedure', query.procedure) : library.count('articles'),
    ]);
    const copies = library.transaction('copies').store;
    const hasCopy = await Promise.all(page.map((a) => copies.getKey(a.key)));
    return { total, items: page.map((a, i) => ({ ...a, matchedIn: [], hasCopy: !!hasCopy[i] })), terms: [] };
  }
  let withNotes: Set<string> | undefined;
  if (query.hasNotes) {
    withNotes = new Set();
    const index = library.transaction('notes').store.index('articleKey');
    for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) withNotes.add(cursor.key);
  }
  let page: ArticleRecord[];
  let total: number;
  if (found && sort === 'relevance') {
    // Best match first: the filters are read from the indexes' keys, and only the page shown is
    // read whole (a word common to the library may match thousands of articles).
    const allowed = await Promise.all([
      query.procedure ? library.getAllKeysFromIndex('articles', 'procedure', query.procedure) : undefined,
      query.tag ? library.getAllKeysFromIndex('articles', 'tag', query.tag) : undefined,
      query.site !== undefined ? library.getAllKeysFromIndex('articles', 'site', query.site) : undefined,
    ]);
    const sets = [...allowed.filter((keys): keys is string[] => !!keys).map((keys) => new Set(keys)), ...(withNotes ? [withNotes] : [])];
    const keys = found.hits.map((h) => h.key).filter((key) => sets.every((set) => set.has(key)));
    const tx = library.transaction('articles');
    // A hit whose article is gone (the index not caught up yet) is left out; the next page fills in.
    page = (await Promise.all(keys.slice(0, limit).map((key) => tx.store.get(key)))).filter((a): a is ArticleRecord => !!a);
    total = keys.length;
  } else {
    let candidates: ArticleRecord[];
    if (found) {
      const tx = library.transaction('articles');
      candidates = (await Promise.all(found.hits.map((h) => tx.store.get(h.key)))).filter((a): a is ArticleRecord => !!a);
    } else if (query.procedure) {
      candidates = await library.getAllFromIndex('articles', 'procedure', query.procedure);
    } else if (query.tag) {
      candidates = await library.getAllFromIndex('articles', 'tag', query.tag);
    } else if (query.site !== undefined) {
      candidates = await library.getAllFromIndex('articles', 'site', query.site);
    } else {
      candidates = await allArticles(library);
    }
    const filtered = candidates.filter(
      (a) =>
        (!query.procedure || a.procedures.includes(query.procedure)) &&
        (!query.tag || a.tags.includes(query.tag)) &&
        (query.site === undefined || a.siteName === query.site) &&
        (!withNotes || withNotes.has(a.key)),
    );
    const order: Record<Exclude<ListSort, 'relevance'>, (a: ArticleRecord, b: ArticleRecord) => number> = {
      saved: (a, b) => b.savedAt - a.savedAt,
      updated: (a, b) => b.updatedAt - a.updatedAt,
      title: (a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
      reading: (a, b) => a.readingMinutes - b.readingMinutes || b.savedAt - a.savedAt,
    };
    filtered.sort(order[sort === 'relevance' ? 'saved' : sort]);
    page = filtered.slice(0, limit);
    total = filtered.length;
  }
  const summaries = await articleSummaries(library, page, { withCopies: true });
  const fields = new Map(found?.hits.map((h) => [h.key, h.fields]));
  const words = text ? searchWords(text) : [];
  const terms = found?.terms ?? [];
  const items: FoundArticle[] = summaries.map(({ summary, notes, hasCopy }) => {
    const matchedIn = fields.get(summary.key) ?? [];
    // The note or quote where a matched word is, when the match was in the notes.
    let snippet: string | undefined;
    if (matchedIn.includes('notes') || matchedIn.includes('quotes')) {
      for (const note of [...notes].sort((a, b) => b.updatedAt - a.updatedAt)) {
        for (const part of [note.text, quoteOf(note)?.exact ?? '']) {
          const spans = matchedSpans(part, words, terms);
          if (spans.length) {
            snippet ??= around(part, spans[0]!.start);
            break;
          }
        }
        if (snippet) break;
      }
    }
    return { ...summary, matchedIn, hasCopy, ...(snippet ? { snippet } : {}) };
  });
  return { total, items, terms };
}

/** About 160 characters of `text` around `at`, cut at spaces. */
function around(text: string, at: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 50)));
  const end = Math.min(text.length, start + 160);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
