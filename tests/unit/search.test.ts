// Full-text search over the library: what it finds and how, that it follows every write, and that
// its saved index is used (not rebuilt) and caught up after writes it did not see.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryDB } from '../../lib/library/database';
import { copyFromHtml } from '../../lib/library/readable';
import { createLibrarySearch, findArticles, type LibrarySearch } from '../../lib/library/search';
import type { SearchIndexRecord } from '../../lib/library/schema';
import { createLibraryWriter, type LibraryWriter } from '../../lib/library/writer';
import { searchWords } from '../../lib/shared/words';
import { article, freshLibrary } from './library-fixtures';

/** A library with its writer wired to its search, as the background wires them. */
async function searchable(): Promise<{ db: LibraryDB; writer: LibraryWriter; search: LibrarySearch }> {
  const db = await freshLibrary('skinmark-search');
  const search = createLibrarySearch(async () => db, { saveDelayMs: 0 });
  const writer = createLibraryWriter(async () => db, (change) => search.refresh(change.keys));
  return { db, writer, search };
}

const titles = async (db: LibraryDB, search: LibrarySearch, query: string, extra = {}) =>
  (await findArticles(db, search, { query, ...extra })).items.map((i) => i.title);

describe('search', () => {
  it('finds articles by words and prefixes of their title, site, tags, procedures, notes and quotes', async () => {
    const { db, writer, search } = await searchable();
    const first = await writer.saveArticle(article({ url: 'https://a.example/1', title: 'Three rounds of microneedling', siteName: 'Glow Notes', procedures: ['microneedling'] }));
    await writer.saveArticle(article({ url: 'https://b.example/2', title: 'My first chemical peel', siteName: 'Peel Diaries', excerpt: 'A first peel.', procedures: ['chemical-peel'] }));
    await writer.addNote(first.url, 'Ask the dermatologist about numbing cream', {
      selectors: [{ type: 'TextQuoteSelector', exact: 'redness faded after two days', prefix: '', suffix: '' }],
    });
    await writer.setTags(first.key, ['Before wedding']);
    await search.warm();
    expect(await titles(db, search, 'microneedling')).toEqual(['Three rounds of microneedling']);
    expect(await titles(db, search, 'micro')).toEqual(['Three rounds of microneedling']);
    expect(await titles(db, search, 'peel diaries')).toEqual(['My first chemical peel']);
    expect(await titles(db, search, 'numbing')).toEqual(['Three rounds of microneedling']);
    expect(await titles(db, search, 'redness')).toEqual(['Three rounds of microneedling']);
    expect(await titles(db, search, 'wedding')).toEqual(['Three rounds of microneedling']);
    // Every word must match; case and accents do not matter.
    expect(await titles(db, search, 'CHÉMICAL first')).toEqual(['My first chemical peel']);
    expect(await titles(db, search, 'chemical numbing')).toEqual([]);
  });

  it('forgives a typo in a longer word, and ranks title matches above note matches', async () => {
    const { db, writer, search } = await searchable();
    await writer.saveArticle(article({ url: 'https://a.example/1', title: 'Dermaplaning at home', procedures: [] }), 1);
    const other = await writer.saveArticle(article({ url: 'https://a.example/2', title: 'A salon visit', procedures: [] }), 2);
    await writer.addNote(other.url, 'They offered dermaplaning too');
    expect(await titles(db, search, 'dermaplanning')).toEqual(['Dermaplaning at home', 'A salon visit']);
  });

  it('says where each article matched, the note that holds the word, and the words to mark', async () => {
    const { db, writer, search } = await searchable();
    const saved = await writer.saveArticle(article({ url: 'https://a.example/1', title: 'A visit', procedures: [] }));
    await writer.addNote(saved.url, 'An older note');
    await writer.addNote(saved.url, 'The nurse said retinoids must stop a week before');
    const found = await findArticles(db, search, { query: 'retin' });
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ matchedIn: ['notes'], snippet: 'The nurse said retinoids must stop a week before' });
    expect(found.terms).toEqual(expect.arrayContaining(['retin', 'retinoids']));
  });

  it('searches readable copies by whole words and prefixes', async () => {
    const { db, writer, search } = await searchable();
    const saved = await writer.saveArticle(article({ url: 'https://a.example/1', title: 'A visit', procedures: [] }));
    const copy = copyFromHtml('<p>The hyaluronic serum came after the treatment.</p>', saved.url, saved.key);
    expect(await writer.saveCopy(copy!)).toBe(true);
    expect(await titles(db, search, 'hyaluronic')).toEqual(['A visit']);
    expect(await titles(db, search, 'hyal')).toEqual(['A visit']);
    const [item] = (await findArticles(db, search, { query: 'serum visit' })).items;
    expect(item).toMatchObject({ hasCopy: true, matchedIn: expect.arrayContaining(['copy', 'title']) });
  });

  it('follows deletes, restores and edits, and filters and sorts what it finds', async () => {
    const { db, writer, search } = await searchable();
    const a = await writer.saveArticle(article({ url: 'https://a.example/1', title: 'Peel one', siteName: 'A', readingMinutes: 9, procedures: ['chemical-peel'] }), 1);
    const b = await writer.saveArticle(article({ url: 'https://b.example/2', title: 'Peel two', siteName: 'B', readingMinutes: 2, procedures: [] }), 2);
    await writer.addNote(b.url, 'noted');
    expect(await titles(db, search, 'peel', { sort: 'reading' })).toEqual(['Peel two', 'Peel one']);
    expect(await titles(db, search, 'peel', { site: 'A' })).toEqual(['Peel one']);
    expect(await titles(db, search, 'peel', { hasNotes: true })).toEqual(['Peel two']);
    expect(await titles(db, search, 'peel', { procedure: 'chemical-peel' })).toEqual(['Peel one']);
    const trashed = await writer.deleteArticle(a.key);
    expect(await titles(db, search, 'peel')).toEqual(['Peel two']);
    await writer.restore(trashed!.trashId);
    expect(await titles(db, search, 'one')).toEqual(['Peel one']);
    await writer.saveArticle(article({ url: 'https://a.example/1', title: 'Glycolic evening', procedures: [] }), 5);
    expect(await titles(db, search, 'glycolic')).toEqual(['Glycolic evening']);
    expect(await titles(db, search, 'one')).toEqual([]);
  });

  it('loads its saved index instead of building it, and catches up on writes made while it was not loaded', async () => {
    const { db, writer, search } = await searchable();
    await writer.saveArticle(article({ url: 'https://a.example/1', title: 'Saved before', procedures: [] }));
    await search.warm();
    const saved = (await db.get('search', 'index')) as SearchIndexRecord;
    expect(saved.json.length).toBeGreaterThan(10);
    // Another background (a restarted service worker): a write it never heard about.
    const unaware = createLibraryWriter(async () => db, () => undefined);
    await unaware.saveArticle(article({ url: 'https://a.example/2', title: 'Written while asleep', procedures: [] }));
    const restarted = createLibrarySearch(async () => db, { saveDelayMs: 0 });
    expect(await titles(db, restarted, 'asleep')).toEqual(['Written while asleep']);
    expect(await titles(db, restarted, 'before')).toEqual(['Saved before']);
    // A saved index of an older format, or from an older schema, is rebuilt from the records.
    await db.put('search', { ...saved, format: 0, json: 'not an index' });
    expect(await titles(db, createLibrarySearch(async () => db), 'asleep')).toEqual(['Written while asleep']);
    await db.put('search', { ...saved, schema: 3, json: 'not an index' });
    expect(await titles(db, createLibrarySearch(async () => db), 'asleep')).toEqual(['Written while asleep']);
  });

  it('finds at once a note an import put on an article that did not otherwise change', async () => {
    const { db, writer, search } = await searchable();
    const saved = await writer.saveArticle(article({ url: 'https://a.example/1', title: 'Unchanged', procedures: [] }));
    await search.warm();
    await writer.importBatch({ articles: [], notes: [] });
    const exported = { articles: [saved], notes: [{ id: 'n1', articleKey: saved.key, text: 'hyperpigmentation follow-up', createdAt: 1, updatedAt: 1 }] };
    await writer.importBatch(exported);
    expect(await titles(db, search, 'hyperpigmentation')).toEqual(['Unchanged']);
  });

  it('counts and filters every match, however many there are', async () => {
    const { db, writer, search } = await searchable();
    for (let i = 0; i < 40; i++) await writer.saveArticle(article({ url: `https://a.example/${i}`, title: `Serum number ${i}`, procedures: [] }));
    await writer.setTags('https://a.example/39', ['rare']);
    expect((await findArticles(db, search, { query: 'serum', limit: 5 })).total).toBe(40);
    expect(await titles(db, search, 'serum', { tag: 'rare' })).toEqual(['Serum number 39']);
    expect((await findArticles(db, search, { query: 'serum', tag: 'rare' })).total).toBe(1);
  });

  it('finds every saved article by any word of its title and any word of its notes', async () => {
    const word = fc.stringMatching(/^[a-zà-ÿ]{3,12}$/);
    const library = fc.array(fc.record({ title: fc.array(word, { minLength: 1, maxLength: 6 }), notes: fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { maxLength: 3 }) }), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(library, fc.nat(), async (entries, pick) => {
        const { db, writer, search } = await searchable();
        const keys: string[] = [];
        for (const [i, entry] of entries.entries()) {
          const saved = await writer.saveArticle(article({ url: `https://p.example/${i}`, title: entry.title.join(' '), procedures: [] }));
          keys.push(saved.key);
          for (const note of entry.notes) await writer.addNote(saved.url, note.join(' '));
        }
        for (const [i, entry] of entries.entries()) {
          const words = [...entry.title, ...entry.notes.flat()];
          const query = words[pick % words.length]!;
          const found = await findArticles(db, search, { query, limit: 100 });
          expect(found.items.map((item) => item.key), `"${query}" finds article ${i}`).toContain(keys[i]);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('splits words the same way for the index and the query', () => {
    expect(searchWords("L'Acné, c'est fini — Peeling TCA 35%")).toEqual(["l'acne", "c'est", 'fini', 'peeling', 'tca', '35']);
  });
});
