import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addNote,
  deleteArticle,
  deleteNote,
  findArticle,
  libraryCounts,
  savedProcedures,
  listArticles,
  listNotes,
  openLibrary,
  saveArticle,
  updateNote,
} from '../../lib/db/library';
import { article, freshLibrary as newLibrary } from './library-fixtures';

let counter = 0;
const freshLibrary = () => newLibrary();


describe('the library', () => {
  it('saves an article once, however often and under whichever URL it is saved', async () => {
    const db = await freshLibrary();
    const first = await saveArticle(db, article(), 1000);
    await saveArticle(db, article({ url: 'https://GlowNotes.example/microneedling/#comments', title: 'New title' }), 2000);
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: first.key, title: 'New title', savedAt: 1000, updatedAt: 2000 });
  });

  it('merges a page saved before its canonical URL was known', async () => {
    const db = await freshLibrary();
    await saveArticle(db, article({ url: 'https://glownotes.example/?p=42' }), 1000);
    await saveArticle(db, article({ url: 'https://glownotes.example/?p=42', canonicalUrl: 'https://glownotes.example/microneedling/' }), 2000);
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]!.key).toBe('https://glownotes.example/microneedling/');
    expect((await findArticle(db, 'https://glownotes.example/?p=42'))?.key).toBe('https://glownotes.example/microneedling/');
  });

  it('lists newest first with the start of the latest note', async () => {
    const db = await freshLibrary();
    await saveArticle(db, article({ url: 'https://a.example/1', title: 'Older' }), 1000);
    await saveArticle(db, article({ url: 'https://a.example/2', title: 'Newer' }), 2000);
    await addNote(db, 'https://a.example/1', 'first', { now: 3000 });
    await addNote(db, 'https://a.example/1', 'latest', { now: 4000 });
    const list = await listArticles(db);
    expect(list.map((a) => a.title)).toEqual(['Newer', 'Older']);
    expect(list[1]).toMatchObject({ latestNote: 'latest', noteCount: 2 });
  });

  it('adds, edits and deletes notes; deleting an article deletes its notes', async () => {
    const db = await freshLibrary();
    const saved = await saveArticle(db, article());
    const note = await addNote(db, saved.url, 'Ask about numbing cream');
    await updateNote(db, note.id, 'Ask about numbing cream and downtime', note.createdAt + 5);
    expect((await listNotes(db, saved.url)).map((n) => n.text)).toEqual(['Ask about numbing cream and downtime']);
    expect(await deleteNote(db, note.id)).toBe(true);
    await addNote(db, saved.url, 'another');
    expect(await deleteArticle(db, saved.key)).toBe(true);
    expect(await listNotes(db, saved.url)).toEqual([]);
    expect(await listArticles(db)).toEqual([]);
  });

  it('saves the article together with a first note, and refuses a note with no article', async () => {
    const db = await freshLibrary();
    await expect(addNote(db, 'https://a.example/x', 'orphan')).rejects.toThrow(/Save the article/);
    expect(await listArticles(db)).toEqual([]);
    await addNote(db, article().url, 'first note', { article: article() });
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]!.latestNote).toBe('first note');
  });

  it('says clearly when a note to edit is gone', async () => {
    const db = await freshLibrary();
    await expect(updateNote(db, 'missing', 'x')).rejects.toThrow(/no longer exists/);
  });

  it('keeps what was written across a reopen', async () => {
    const name = `skinmark-reopen-${++counter}`;
    const db = await openLibrary(name);
    await saveArticle(db, article());
    db.close();
    const again = await openLibrary(name);
    expect(await listArticles(again)).toHaveLength(1);
  });

  it('refuses to open a library written by a newer Skinmark, and writes nothing', async () => {
    const name = `skinmark-newer-${++counter}`;
    await new Promise<void>((done, fail) => {
      const req = indexedDB.open(name, 99);
      req.onsuccess = () => (req.result.close(), done());
      req.onerror = () => fail(req.error);
    });
    await expect(openLibrary(name)).rejects.toThrow(/newer Skinmark/);
  });
});

describe('re-filing and fuller saves', () => {
  it('keeps notes with their article when it moves to its canonical URL', async () => {
    const db = await freshLibrary();
    await saveArticle(db, article({ url: 'https://glownotes.example/?p=42' }), 1000);
    await addNote(db, 'https://glownotes.example/?p=42', 'kept', { now: 1500 });
    await saveArticle(db, article({ url: 'https://glownotes.example/?p=42', canonicalUrl: 'https://glownotes.example/microneedling/' }), 2000);
    const [only] = await listArticles(db);
    expect(only).toMatchObject({ key: 'https://glownotes.example/microneedling/', noteCount: 1, latestNote: 'kept' });
    expect((await listNotes(db, 'https://glownotes.example/microneedling/')).map((n) => n.text)).toEqual(['kept']);
  });

  it('does not let a bare save wipe what a fuller one knew', async () => {
    const db = await freshLibrary();
    await saveArticle(db, article({ author: 'Dana', excerpt: 'Rich excerpt', readingMinutes: 6 }), 1000);
    await saveArticle(db, article({ excerpt: '', readingMinutes: 0, procedures: [] }), 2000);
    const [only] = await listArticles(db);
    expect(only).toMatchObject({ author: 'Dana', excerpt: 'Rich excerpt', readingMinutes: 6, procedures: ['microneedling'] });
  });
});

describe('reading-list pages and filters', () => {
  it('gives the newest page, the articles of a procedure, the procedures saved and the counts, without reading everything', async () => {
    const db = await freshLibrary();
    for (let i = 0; i < 30; i++) {
      await saveArticle(db, article({ url: `https://site.example/${i}`, procedures: i % 3 ? ['microneedling'] : ['chemical-peel', 'laser-resurfacing'] }), 1_000 + i);
    }
    await addNote(db, 'https://site.example/29', 'x'.repeat(5_000));
    const page = await listArticles(db, { limit: 10 });
    expect(page.map((a) => a.url)).toEqual(Array.from({ length: 10 }, (_, i) => `https://site.example/${29 - i}`));
    expect(page[0]!.noteCount).toBe(1);
    expect(page[0]!.latestNote!.length).toBeLessThanOrEqual(200);
    const peels = await listArticles(db, { procedure: 'chemical-peel', limit: 4 });
    expect(peels.map((a) => a.url)).toEqual(['https://site.example/27', 'https://site.example/24', 'https://site.example/21', 'https://site.example/18']);
    expect(await savedProcedures(db)).toEqual(['chemical-peel', 'laser-resurfacing', 'microneedling']);
    expect(await libraryCounts(db)).toEqual({ articles: 30, notes: 1 });
  });
});

