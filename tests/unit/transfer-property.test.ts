// Property: any library, exported and imported into an empty one, comes back identical; imported
// again, nothing changes. Articles and notes are arbitrary: any Unicode, long notes, odd URLs.
import 'fake-indexeddb/auto';
import { openLibrary } from '../../lib/library/database';
import fc from 'fast-check';
import { writerFor } from './library-fixtures';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, NoteRecord } from '../../lib/library/schema';
import type { PassageSelector } from '../../lib/model';
import { exportLibrary, parseLibraryExport } from '../../lib/library/transfer';
import { PROCEDURES } from '../../lib/lexicon/index';
import { MAX_URL_CHARS } from '../../lib/library/fields';
import { normalizeUrl } from '../../lib/shared/url';

let counter = 0;

/** Web addresses as the library keeps them (normalized), long and odd ones included. */
const webAddress = fc
  .tuple(
    fc.webUrl({ withQueryParameters: true, withFragments: true, size: 'large' }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    // Past 4,096 characters the key is bounded: its start and a digest.
    fc.nat({ max: 6000 }),
  )
  .map(([url, extra, padding]) => normalizeUrl(`${url}${url.includes('?') ? '&' : '?'}q=${encodeURIComponent(extra)}${'x'.repeat(padding)}`))
  // As long as the library takes them.
  .filter((url) => url.length <= MAX_URL_CHARS);

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = fc.string({ unit: 'binary', maxLength: 200 });

const articleRecord = (key: string): fc.Arbitrary<ArticleRecord> =>
  fc.record(
    {
      key: fc.constant(key),
      url: fc.constant(key),
      canonicalUrl: fc.constant(key),
      aliases: fc.constant([key]),
      title: text,
      siteName: text,
      author: text,
      publishedAt: text,
      excerpt: text,
      readingMinutes: fc.nat({ max: 10_000 }),
      procedures: fc.subarray(PROCEDURES.map((p) => p.id), { maxLength: 5 }),
      tags: fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { maxLength: 5 }),
      savedAt: time,
      updatedAt: time,
    },
    { requiredKeys: ['key', 'url', 'aliases', 'title', 'siteName', 'excerpt', 'readingMinutes', 'procedures', 'tags', 'savedAt', 'updatedAt'] },
  );

/**
 * A note's passage as W3C selectors: a quote with up to 32 characters of context (none at the very
 * start or end of a page), and its place when known.
 */
const passage: fc.Arbitrary<PassageSelector[]> = fc
  .record({
    // Some quotes are the same words in several notes (a phrase a page repeats).
    exact: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), fc.constantFrom('not during an active breakout', 'a month apart')),
    prefix: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 32 })),
    suffix: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 32 })),
    start: fc.option(fc.nat({ max: 1_000_000 }), { nil: undefined }),
  })
  .map(({ exact, prefix, suffix, start }) => [
    { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
    ...(start === undefined ? [] : [{ type: 'TextPositionSelector' as const, start, end: start + exact.length }]),
  ]);

const library = fc.uniqueArray(webAddress, { minLength: 1, maxLength: 8 }).chain((keys) =>
  fc.tuple(
    fc.tuple(...keys.map(articleRecord)),
    fc.array(
      fc.record({
        id: fc.uuid(),
        articleKey: fc.constantFrom(...keys),
        text: fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 2000 })),
        selectors: fc.option(passage, { nil: undefined }),
        createdAt: time,
        updatedAt: time,
      }),
      { maxLength: 10 },
    ),
  ),
);

async function filled(articles: ArticleRecord[], notes: NoteRecord[]) {
  const db = await openLibrary(`skinmark-property-${++counter}`);
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  for (const article of articles) void tx.objectStore('articles').put(article);
  for (const note of notes) void tx.objectStore('notes').put(note.selectors ? note : (({ selectors: _, ...rest }) => rest)(note));
  await tx.done;
  return db;
}

const byKey = <T extends { key?: string; id?: string }>(records: T[]) =>
  [...records].sort((a, b) => ((a.key ?? a.id)! < (b.key ?? b.id)! ? -1 : 1));

describe('export then import', () => {
  it('gives back identical data in an empty library, and changes nothing when repeated', async () => {
    await fc.assert(
      fc.asyncProperty(library, async ([articles, rawNotes]) => {
        const notes = [...new Map(rawNotes.map((n) => [n.id, n])).values()];
        const source = await filled(articles, notes);
        const file = JSON.stringify(await exportLibrary(source));
        const target = await openLibrary(`skinmark-property-${++counter}`);
        await writerFor(target).importBatch(parseLibraryExport(file));
        const [before, after] = [JSON.parse(file), await exportLibrary(target)];
        expect(byKey(after.articles)).toEqual(byKey(before.articles));
        expect(byKey(after.notes)).toEqual(byKey(before.notes));
        const again = await writerFor(target).importBatch(parseLibraryExport(file));
        expect(again).toMatchObject({ articlesAdded: 0, articlesUpdated: 0, notesAdded: 0, notesUpdated: 0 });
        source.close();
        target.close();
      }),
      { numRuns: 60 },
    );
  });

  it('carries a note of a megabyte', async () => {
    const key = normalizeUrl('https://long.example/a');
    const article = fc.sample(articleRecord(key), 1)[0]!;
    const note: NoteRecord = { id: 'big', articleKey: key, text: '💧é漢'.repeat(350_000), createdAt: 1, updatedAt: 2 };
    const file = JSON.stringify(await exportLibrary(await filled([article], [note])));
    const target = await openLibrary(`skinmark-property-${++counter}`);
    await writerFor(target).importBatch(parseLibraryExport(file));
    expect((await exportLibrary(target)).notes[0]!.text).toBe(note.text);
  });
});
