import 'fake-indexeddb/auto';
import { openLibrary } from '../../lib/library/database';
import { listTrash, libraryFacets } from '../../lib/library/browse';
import type { LibraryChange } from '../../lib/model';
import { exportJsonParts, exportLibrary, parseLibraryExport } from '../../lib/library/transfer';
import { describe, expect, it } from 'vitest';
import { findArticle, libraryCounts, savedProcedures, listArticles, listNotes } from '../../lib/library/records';
import { article, freshLibrary as newLibrary, writerFor } from './library-fixtures';

let counter = 0;
const freshLibrary = () => newLibrary();

describe("the library's one writer", () => {
  it('reports a duplicate note id as the conflict it is, with nothing left unhandled', async () => {
    const db = await freshLibrary();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const writer = writerFor(db);
      await writer.saveArticle(article(), 1000);
      await writer.addNote(article().url, 'first', { id: 'same-id', now: 2000 });
      const second = writer.addNote(article().url, 'second', { id: 'same-id', now: 3000 });
      await expect(second).rejects.toMatchObject({ name: 'ConstraintError' });
      await new Promise((done) => setTimeout(done, 20));
      expect(unhandled).toEqual([]);
      expect((await listNotes(db, article().url)).map((n) => n.text)).toEqual(['first']);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('announces each committed write with the articles it touched, and nothing for a failed one', async () => {
    const db = await freshLibrary();
    const changes: import('../../lib/model').LibraryChange[] = [];
    const writer = writerFor(db, changes);
    const saved = await writer.saveArticle(article({ canonicalUrl: 'https://glownotes.example/microneedling/' }), 1000);
    const note = await writer.addNote(saved.url, 'a note', { now: 2000 });
    await writer.updateNote(note.id, 'edited', 3000);
    await writer.deleteNote(note.id);
    await expect(writer.updateNote('gone', 'x')).rejects.toMatchObject({ code: 'not-found' });
    await writer.deleteArticle(saved.key);
    const addresses = ['https://glownotes.example/microneedling/'];
    expect(changes.map((c) => [c.kind, c.keys])).toEqual([
      ['articles', [saved.key]],
      ['notes', [saved.key]],
      ['notes', [saved.key]],
      ['notes', [saved.key]],
      ['articles', [saved.key]],
    ]);
    for (const change of changes) expect(change.addresses).toEqual(expect.arrayContaining(addresses));
  });
});

describe('the library', () => {
  it('saves an article once, however often and under whichever URL it is saved', async () => {
    const db = await freshLibrary();
    const first = await writerFor(db).saveArticle(article(), 1000);
    await writerFor(db).saveArticle(article({ url: 'https://GlowNotes.example/microneedling/#comments', title: 'New title' }), 2000);
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ key: first.key, title: 'New title', savedAt: 1000, updatedAt: 2000 });
  });

  it('merges a page saved before its canonical URL was known', async () => {
    const db = await freshLibrary();
    await writerFor(db).saveArticle(article({ url: 'https://glownotes.example/?p=42' }), 1000);
    await writerFor(db).saveArticle(article({ url: 'https://glownotes.example/?p=42', canonicalUrl: 'https://glownotes.example/microneedling/' }), 2000);
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]!.key).toBe('https://glownotes.example/microneedling/');
    expect((await findArticle(db, 'https://glownotes.example/?p=42'))?.key).toBe('https://glownotes.example/microneedling/');
  });

  it('lists newest first with the start of the latest note', async () => {
    const db = await freshLibrary();
    await writerFor(db).saveArticle(article({ url: 'https://a.example/1', title: 'Older' }), 1000);
    await writerFor(db).saveArticle(article({ url: 'https://a.example/2', title: 'Newer' }), 2000);
    await writerFor(db).addNote('https://a.example/1', 'first', { now: 3000 });
    await writerFor(db).addNote('https://a.example/1', 'latest', { now: 4000 });
    const list = await listArticles(db);
    expect(list.map((a) => a.title)).toEqual(['Newer', 'Older']);
    expect(list[1]).toMatchObject({ latestNote: 'latest', noteCount: 2 });
  });

  it('adds, edits and deletes notes; deleting an article deletes its notes', async () => {
    const db = await freshLibrary();
    const saved = await writerFor(db).saveArticle(article());
    const note = await writerFor(db).addNote(saved.url, 'Ask about numbing cream');
    await writerFor(db).updateNote(note.id, 'Ask about numbing cream and downtime', note.createdAt + 5);
    expect((await listNotes(db, saved.url)).map((n) => n.text)).toEqual(['Ask about numbing cream and downtime']);
    expect(await writerFor(db).deleteNote(note.id)).toMatchObject({ notes: 1 });
    await writerFor(db).addNote(saved.url, 'another');
    expect(await writerFor(db).deleteArticle(saved.key)).toMatchObject({ notes: 1 });
    expect(await listNotes(db, saved.url)).toEqual([]);
    expect(await listArticles(db)).toEqual([]);
  });

  it('saves the article together with a first note, and refuses a note with no article', async () => {
    const db = await freshLibrary();
    await expect(writerFor(db).addNote('https://a.example/x', 'orphan')).rejects.toThrow(/Save the article/);
    expect(await listArticles(db)).toEqual([]);
    await writerFor(db).addNote(article().url, 'first note', { article: article() });
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]!.latestNote).toBe('first note');
  });

  it('says clearly when a note to edit is gone', async () => {
    const db = await freshLibrary();
    await expect(writerFor(db).updateNote('missing', 'x')).rejects.toThrow(/no longer exists/);
  });

  it('keeps what was written across a reopen', async () => {
    const name = `skinmark-reopen-${++counter}`;
    const db = await openLibrary(name);
    await writerFor(db).saveArticle(article());
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
    await writerFor(db).saveArticle(article({ url: 'https://glownotes.example/?p=42' }), 1000);
    await writerFor(db).addNote('https://glownotes.example/?p=42', 'kept', { now: 1500 });
    await writerFor(db).saveArticle(article({ url: 'https://glownotes.example/?p=42', canonicalUrl: 'https://glownotes.example/microneedling/' }), 2000);
    const [only] = await listArticles(db);
    expect(only).toMatchObject({ key: 'https://glownotes.example/microneedling/', noteCount: 1, latestNote: 'kept' });
    expect((await listNotes(db, 'https://glownotes.example/microneedling/')).map((n) => n.text)).toEqual(['kept']);
  });

  it('never lets a canonical link take over an article saved from another address: title and notes stay', async () => {
    const db = await freshLibrary();
    const writer = writerFor(db);
    const mine = await writer.saveArticle(article({ url: 'https://blogs.example/ana/microneedling/', canonicalUrl: undefined, title: 'Ana on microneedling' }), 1000);
    await writer.addNote(mine.url, 'my note', { now: 1100 });
    // Another page on the same shared host names Ana's article as its canonical address.
    const hostile = { url: 'https://blogs.example/mallory/spam/', canonicalUrl: 'https://blogs.example/ana/microneedling/', title: 'Buy now' };
    const theirs = await writer.saveArticle(article(hostile), 2000);
    await writer.addNote(hostile.url, 'their note', { article: article(hostile), now: 2100 });
    expect(theirs.key).toBe('https://blogs.example/mallory/spam/');
    const list = await listArticles(db);
    expect(list.map((a) => [a.title, a.noteCount]).sort()).toEqual([
      ['Ana on microneedling', 1],
      ['Buy now', 1],
    ]);
    expect((await listNotes(db, mine.url)).map((n) => n.text)).toEqual(['my note']);
    expect((await findArticle(db, hostile.url))?.title).toBe('Buy now');
    // Nor a short link naming it, unless the reader saved the article from that short link.
    await writer.saveArticle(article({ url: 'https://blogs.example/?p=7', canonicalUrl: 'https://blogs.example/ana/microneedling/', title: 'Short link' }), 2500);
    expect((await findArticle(db, mine.url))?.title).toBe('Ana on microneedling');
    expect((await findArticle(db, 'https://blogs.example/?p=7'))?.key).toBe('https://blogs.example/?p=7');
    // The reader's own address, saved again with its canonical, is still the same article.
    await writer.saveArticle(article({ url: 'https://blogs.example/ana/microneedling/?utm_source=x', canonicalUrl: 'https://blogs.example/ana/microneedling/', title: 'Ana, updated' }), 3000);
    expect((await listArticles(db)).map((a) => a.title).sort()).toEqual(['Ana, updated', 'Buy now', 'Short link']);
    // Its AMP version is the same article too.
    await writer.saveArticle(article({ url: 'https://blogs.example/ana/microneedling/amp/', canonicalUrl: 'https://blogs.example/ana/microneedling/', title: 'Ana (AMP)' }), 4000);
    expect((await listArticles(db)).length).toBe(3);
  });

  it('does not let a bare save wipe what a fuller one knew', async () => {
    const db = await freshLibrary();
    await writerFor(db).saveArticle(article({ author: 'Dana', excerpt: 'Rich excerpt', readingMinutes: 6 }), 1000);
    await writerFor(db).saveArticle(article({ excerpt: '', readingMinutes: 0, procedures: [] }), 2000);
    const [only] = await listArticles(db);
    expect(only).toMatchObject({ author: 'Dana', excerpt: 'Rich excerpt', readingMinutes: 6, procedures: ['microneedling'] });
  });
});

describe('reading-list pages and filters', () => {
  it('gives the newest page, the articles of a procedure, the procedures saved and the counts, without reading everything', async () => {
    const db = await freshLibrary();
    for (let i = 0; i < 30; i++) {
      await writerFor(db).saveArticle(article({ url: `https://site.example/${i}`, procedures: i % 3 ? ['microneedling'] : ['chemical-peel', 'laser-resurfacing'] }), 1_000 + i);
    }
    await writerFor(db).addNote('https://site.example/29', 'x'.repeat(5_000));
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


describe('the trash and tags', () => {
  it('moves an article with its notes and copy to the trash, and restores them all', async () => {
    const db = await freshLibrary();
    const changes: LibraryChange[] = [];
    const writer = writerFor(db, changes);
    const saved = await writer.saveArticle(article());
    await writer.addNote(saved.url, 'one', { now: 1 });
    await writer.addNote(saved.url, 'two', { now: 2 });
    await writer.saveCopy({ key: saved.key, html: '<p>copy</p>', words: ['copy'], title: 'T', length: 4, size: 30, savedAt: 1 });
    const trashed = await writer.deleteArticle(saved.key, 5000);
    expect(trashed).toMatchObject({ notes: 2 });
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('notes')).toBe(0);
    expect(await db.count('copies')).toBe(0);
    expect(await listTrash(db)).toEqual([{ id: trashed!.trashId, kind: 'article', deletedAt: 5000, title: saved.title, noteCount: 2 }]);
    expect(await writer.restore(trashed!.trashId)).toBe(true);
    expect((await listNotes(db, saved.url)).map((n) => n.text)).toEqual(['one', 'two']);
    expect(await db.count('copies')).toBe(1);
    expect(await db.count('trash')).toBe(0);
    expect(changes.map((c) => c.kind)).toEqual(['articles', 'notes', 'notes', 'copies', 'articles', 'articles']);
  });

  it('restores into an article saved again meanwhile, and a note only where its article is', async () => {
    const db = await freshLibrary();
    const writer = writerFor(db);
    const saved = await writer.saveArticle(article());
    await writer.setTags(saved.key, ['old']);
    const note = await writer.addNote(saved.url, 'kept');
    const noteTrash = await writer.deleteNote(note.id);
    const trashed = await writer.deleteArticle(saved.key);
    await expect(writer.restore(noteTrash!.trashId)).rejects.toThrow(/restore the article first/);
    const again = await writer.saveArticle(article({ title: 'Saved again' }));
    await writer.setTags(again.key, ['new']);
    await writer.restore(trashed!.trashId);
    await writer.restore(noteTrash!.trashId);
    const [record] = await listArticles(db);
    expect(record).toMatchObject({ title: 'Saved again', tags: ['new', 'old'], noteCount: 1 });
    expect(await writer.emptyTrash()).toBe(0);
  });

  it('empties the trash for good, all of it or the chosen entries', async () => {
    const db = await freshLibrary();
    const writer = writerFor(db);
    const a = await writer.saveArticle(article({ url: 'https://a.example/1' }));
    const b = await writer.saveArticle(article({ url: 'https://a.example/2' }));
    const first = await writer.deleteArticle(a.key);
    await writer.deleteArticle(b.key);
    expect(await writer.emptyTrash([first!.trashId])).toBe(1);
    expect(await db.count('trash')).toBe(1);
    expect(await writer.emptyTrash()).toBe(1);
    expect(await writer.restore(first!.trashId)).toBe(false);
  });

  it('adds and removes tags against what is stored, so two quick changes both count', async () => {
    const db = await freshLibrary();
    const writer = writerFor(db);
    const a = await writer.saveArticle(article());
    await Promise.all([writer.changeTags(a.key, { add: ['one'] }), writer.changeTags(a.key, { add: ['two'] })]);
    expect((await writer.changeTags(a.key, { remove: ['ONE'], add: ['three'] })).tags).toEqual(['two', 'three']);
    await writer.setTags(a.key, Array.from({ length: 50 }, (_, i) => `t${i}`));
    await expect(writer.changeTags(a.key, { add: ['one too many'] })).rejects.toThrow(/at most 50 tags/);
    expect((await writer.changeTags(a.key, { add: ['T1'] })).tags).toHaveLength(50);
  });

  it('exports copies with the library and brings them back, into articles that have none', async () => {
    const db = await freshLibrary();
    const writer = writerFor(db);
    const saved = await writer.saveArticle(article());
    await writer.saveCopy({ key: saved.key, html: '<p>kept</p>', words: ['kept'], title: 'T', length: 4, size: 30, savedAt: 1 });
    const exported = await exportLibrary(db);
    // Without its word list, which an import makes again; written in parts, read as one file.
    expect(exported.copies).toEqual([{ key: saved.key, html: '<p>kept</p>', title: 'T', length: 4, size: 30, savedAt: 1 }]);
    const text = exportJsonParts(exported).join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(exported)));
    expect(parseLibraryExport(text).copies).toBeUndefined();
    const parsed = parseLibraryExport(text, (html, _url, key, { title, now }) => ({ key, html, words: ['kept'], title, length: 4, size: 30, savedAt: now }));
    const other = await freshLibrary();
    await writerFor(other).importBatch({ ...parsed, copies: [] });
    expect(await writerFor(other).importCopies(parsed.copies!)).toBe(1);
    expect(await writerFor(other).importCopies(parsed.copies!)).toBe(0);
    expect((await other.get('copies', saved.key))?.html).toBe('<p>kept</p>');
  });

  it('sets, cleans and renames tags', async () => {
    const db = await freshLibrary();
    const writer = writerFor(db);
    const a = await writer.saveArticle(article({ url: 'https://a.example/1' }));
    const b = await writer.saveArticle(article({ url: 'https://a.example/2' }));
    expect((await writer.setTags(a.key, ['  to   try ', 'To Try', 'scars'])).tags).toEqual(['to try', 'scars']);
    await writer.setTags(b.key, ['booked', 'to try']);
    expect(await writer.renameTag('to try', 'booked')).toBe(2);
    const tags = Object.fromEntries((await listArticles(db)).map((r) => [r.key, r.tags]));
    expect(tags).toEqual({ [a.key]: ['booked', 'scars'], [b.key]: ['booked'] });
    expect((await libraryFacets(db)).tags).toEqual([
      { tag: 'booked', count: 2 },
      { tag: 'scars', count: 1 },
    ]);
    await expect(writer.renameTag('booked', '   ')).rejects.toThrow(/needs a name/);
  });
});
