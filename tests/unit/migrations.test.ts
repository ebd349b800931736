// Every earlier version of the library, populated as that version wrote it, opened by this build.
import 'fake-indexeddb/auto';
import { openLibrary } from '../../lib/library/database';
import { openDB } from 'idb';
import { writerFor } from './library-fixtures';
import { describe, expect, it } from 'vitest';
import { listArticles, listNotes } from '../../lib/library/records';
import { DB_VERSION, MIGRATIONS, type SkinmarkDB } from '../../lib/library/schema';
import { createLibrarySearch, findArticles } from '../../lib/library/search';

/**
 * Records exactly as each version stored them (version 1: no tags, notes without quotes; version 2:
 * quotes, not selectors; version 3: selectors, no copies, trash or search index).
 */
const WRITTEN_BY: Record<number, { articles: Record<string, unknown>[]; notes: Record<string, unknown>[] }> = {
  1: {
    articles: [
      {
        key: 'https://glownotes.example/microneedling/',
        url: 'https://glownotes.example/microneedling/?utm_source=x',
        aliases: ['https://glownotes.example/microneedling/'],
        title: 'Three rounds of microneedling',
        siteName: 'Glow Notes',
        excerpt: 'What it did for my scars.',
        readingMinutes: 4,
        procedures: ['microneedling'],
        savedAt: 1_700_000_000_000,
        updatedAt: 1_700_000_500_000,
      },
      {
        key: 'https://derm.example/peels',
        url: 'https://derm.example/peels',
        canonicalUrl: 'https://derm.example/peels',
        aliases: ['https://derm.example/peels', 'https://derm.example/peels?page=1'],
        title: 'Chemical peels, explained — ñ 漢字',
        siteName: 'Derm',
        author: 'A. Writer',
        publishedAt: '2024-05-01',
        excerpt: '',
        readingMinutes: 0,
        procedures: [],
        savedAt: 1_600_000_000_000,
        updatedAt: 1_600_000_000_000,
      },
    ],
    notes: [
      { id: 'n1', articleKey: 'https://glownotes.example/microneedling/', text: 'Ask about numbing cream', createdAt: 1, updatedAt: 2 },
      { id: 'n2', articleKey: 'https://derm.example/peels', text: 'x'.repeat(100_000), createdAt: 3, updatedAt: 3 },
    ],
  },
  2: {
    articles: [
      {
        key: 'https://glownotes.example/microneedling/',
        url: 'https://glownotes.example/microneedling/',
        aliases: ['https://glownotes.example/microneedling/'],
        title: 'Three rounds of microneedling',
        siteName: 'Glow Notes',
        excerpt: '',
        readingMinutes: 4,
        procedures: ['microneedling'],
        tags: ['scars', 'to-try'],
        savedAt: 1_700_000_000_000,
        updatedAt: 1_700_000_500_000,
      },
    ],
    notes: [
      {
        id: 'q1',
        articleKey: 'https://glownotes.example/microneedling/',
        text: 'Ask about this',
        quote: { text: 'not during an active breakout', prefix: 'She said ', suffix: '.', start: 812 },
        createdAt: 5,
        updatedAt: 6,
      },
      { id: 'q2', articleKey: 'https://glownotes.example/microneedling/', text: 'No place kept', quote: { text: '3–4 sessions' }, createdAt: 7, updatedAt: 7 },
      { id: 'q3', articleKey: 'https://glownotes.example/microneedling/', text: 'No quote', createdAt: 8, updatedAt: 8 },
    ],
  },
  3: {
    articles: [
      {
        key: 'https://glownotes.example/microneedling/',
        url: 'https://glownotes.example/microneedling/',
        aliases: ['https://glownotes.example/microneedling/'],
        title: 'Three rounds of microneedling',
        siteName: 'Glow Notes',
        excerpt: 'Scars, three sessions later.',
        readingMinutes: 4,
        procedures: ['microneedling'],
        tags: ['scars'],
        savedAt: 1_700_000_000_000,
        updatedAt: 1_700_000_500_000,
      },
    ],
    notes: [
      {
        id: 's1',
        articleKey: 'https://glownotes.example/microneedling/',
        text: 'Ask about numbing cream',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'not during an active breakout', prefix: 'She said ', suffix: '.' },
          { type: 'TextPositionSelector', start: 812, end: 841 },
        ],
        createdAt: 9,
        updatedAt: 9,
      },
    ],
  },
};

/** A note as this build keeps it: a version 2 quote becomes W3C selectors. */
function upgraded(note: Record<string, unknown>): Record<string, unknown> {
  const { quote, ...rest } = note as { quote?: { text: string; prefix?: string; suffix?: string; start?: number } };
  if (!quote) return rest;
  const selectors: unknown[] = [{ type: 'TextQuoteSelector', exact: quote.text, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }];
  if (quote.start !== undefined) selectors.push({ type: 'TextPositionSelector', start: quote.start, end: quote.start + quote.text.length });
  return { ...rest, selectors };
}

let counter = 0;

async function libraryAtVersion(version: number): Promise<string> {
  const name = `skinmark-v${version}-${++counter}`;
  const db = await openDB<SkinmarkDB>(name, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (const migrate of MIGRATIONS.slice(oldVersion, version)) await migrate(db, tx);
    },
  });
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  for (const record of WRITTEN_BY[version]!.articles) void tx.objectStore('articles').put(record as never);
  for (const record of WRITTEN_BY[version]!.notes) void tx.objectStore('notes').put(record as never);
  await tx.done;
  db.close();
  return name;
}

describe('library migrations', () => {
  it('has a populated fixture for every earlier version', () => {
    for (let version = 1; version < DB_VERSION; version++) expect(WRITTEN_BY[version], `version ${version}`).toBeDefined();
  });

  for (let version = 1; version < DB_VERSION; version++) {
    it(`upgrades a library written by version ${version} with nothing lost`, async () => {
      const db = await openLibrary(await libraryAtVersion(version));
      expect(db.version).toBe(DB_VERSION);
      const written = WRITTEN_BY[version]!;
      const articles = await db.getAll('articles');
      expect(articles).toHaveLength(written.articles.length);
      for (const before of written.articles) {
        expect(articles.find((a) => a.key === before.key)).toEqual({ tags: [], ...before });
      }
      const notes = await db.getAll('notes');
      expect(notes).toEqual(expect.arrayContaining(written.notes.map((n) => upgraded(n))));
      expect(notes.some((n) => 'quote' in n)).toBe(false);
      expect(notes).toHaveLength(written.notes.length);
      // The new indexes answer for the old records.
      expect(await db.countFromIndex('articles', 'updatedAt')).toBe(written.articles.length);
      expect(await listNotes(db, 'https://glownotes.example/microneedling/')).toHaveLength(written.notes.filter((n) => n.articleKey === 'https://glownotes.example/microneedling/').length);
      expect((await listArticles(db)).map((a) => a.key)).toEqual(written.articles.map((a) => a.key));
      // Search finds the old records (its index is built on first use), and a delete goes to the trash.
      const search = createLibrarySearch(async () => db, { saveDelayMs: 0 });
      expect((await findArticles(db, search, { query: 'microneedling' })).items.map((a) => a.key)).toEqual(['https://glownotes.example/microneedling/']);
      const trashed = await writerFor(db).deleteArticle('https://glownotes.example/microneedling/');
      expect(await db.count('trash')).toBe(1);
      await writerFor(db).restore(trashed!.trashId);
      // And the upgraded library takes new writes.
      await writerFor(db).saveArticle({ url: 'https://new.example/a', title: 'New', siteName: 'new', excerpt: '', readingMinutes: 1, procedures: [] });
      expect(await db.count('articles')).toBe(written.articles.length + 1);
      db.close();
    });
  }

  it('leaves the library as it was when a step fails', async () => {
    const name = await libraryAtVersion(1);
    // Storage trouble in the middle of the last step, after it has written some of its changes.
    const failingLast = [
      ...MIGRATIONS.slice(0, -1),
      async (...args: Parameters<(typeof MIGRATIONS)[number]>) => {
        await MIGRATIONS.at(-1)!(...args);
        throw new Error('disk full');
      },
    ];
    await expect(openLibrary(name, () => {}, failingLast)).rejects.toThrow(/left it as it was/);
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.count('articles')).toBe(WRITTEN_BY[1]!.articles.length);
    raw.close();
  });
});
