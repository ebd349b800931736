// Export and import of the library: the JSON round trip, merges, foreign files and bad files.
import 'fake-indexeddb/auto';
import { MAX_URL_CHARS } from '../../lib/library/fields';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {listArticles, listNotes} from '../../lib/library/records';
import {exportLibrary, parseLibraryExport} from '../../lib/library/transfer';
import { markdownFiles, readingListCsv } from '../../lib/library/export-formats';
import { readImportFile } from '../../lib/library/import-formats';
import { article, freshLibrary as newLibrary, writerFor } from './library-fixtures';

const freshLibrary = () => newLibrary('skinmark-transfer');
const parseHtml = (html: string) => {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
};


async function populated() {
  const db = await freshLibrary();
  await writerFor(db).saveArticle(article(), 1_000);
  await writerFor(db).saveArticle(article({ url: 'https://derm.example/peels', title: '=Peels, "explained"', procedures: ['chemical-peel'] }), 2_000);
  await writerFor(db).addNote('https://glownotes.example/microneedling/', 'Ask about numbing\ncream', {
    now: 3_000,
    id: 'note-1',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'three sessions', prefix: 'after ', suffix: '' },
      { type: 'TextPositionSelector', start: 120, end: 134 },
    ],
  });
  return db;
}

const text = (file: { format: string; batch: unknown }) => JSON.stringify(file);

describe('the JSON export', () => {
  it('comes back identical in an empty library', async () => {
    const exported = await exportLibrary(await populated());
    const empty = await freshLibrary();
    const counts = await writerFor(empty).importBatch(parseLibraryExport(JSON.stringify(exported)));
    expect(counts).toMatchObject({ articlesAdded: 2, notesAdded: 1 });
    const again = await exportLibrary(empty);
    expect(again.articles).toEqual(expect.arrayContaining(exported.articles));
    expect(again.articles).toHaveLength(exported.articles.length);
    expect(again.notes).toEqual(exported.notes);
  });

  it('changes nothing when imported twice, or into the library it came from', async () => {
    const db = await populated();
    const file = JSON.stringify(await exportLibrary(db));
    const before = await exportLibrary(db);
    const counts = await writerFor(db).importBatch(parseLibraryExport(file));
    expect(counts).toEqual({ articlesAdded: 0, articlesUpdated: 0, notesAdded: 0, notesUpdated: 0, unchanged: 3 });
    expect((await exportLibrary(db)).articles).toEqual(before.articles);
  });

  it('merges into a library that has the same article under another address, notes and all', async () => {
    const db = await freshLibrary();
    await writerFor(db).saveArticle(article({ url: 'https://glownotes.example/microneedling/?page=2', canonicalUrl: undefined }), 500);
    await writerFor(db).addNote('https://glownotes.example/microneedling/?page=2', 'mine', { now: 600, id: 'note-mine' });
    const other = await freshLibrary();
    await writerFor(other).saveArticle(
      article({ url: 'https://glownotes.example/microneedling/?page=2', canonicalUrl: 'https://glownotes.example/microneedling/' }),
      900,
    );
    await writerFor(db).importBatch(parseLibraryExport(JSON.stringify(await exportLibrary(other))));
    const list = await listArticles(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ savedAt: 500, noteCount: 1 });
    expect(await listNotes(db, 'https://glownotes.example/microneedling/')).toHaveLength(1);
  });

  it('refuses a bad or foreign file with a sentence, and writes nothing', async () => {
    const db = await populated();
    const good = await exportLibrary(db);
    const damaged = { ...good, notes: [...good.notes, { ...good.notes[0]!, id: 'stray', articleKey: 'https://elsewhere.example/' }] };
    const cases: [string, RegExp][] = [
      ['{"format": "skinmark-library", ', /not valid JSON/],
      ['{"name": "something else"}', /not a Skinmark export/],
      [JSON.stringify({ ...good, version: 99 }), /newer Skinmark/],
      [JSON.stringify({ ...good, articles: [{ ...good.articles[0], url: 'javascript:alert(1)' }] }), /damaged at articles\.0\.url/],
      [JSON.stringify(damaged), /note stray belongs to no article/],
      ['just some words', /none of those/],
    ];
    for (const [file, error] of cases) expect(() => readImportFile(file, parseHtml), file.slice(0, 40)).toThrow(error);
    const empty = await freshLibrary();
    // Valid on its own, but it clashes half-way: the second note's article is not there.
    await expect(
      writerFor(empty).importBatch({ articles: good.articles.slice(0, 1), notes: [{ ...good.notes[0]!, articleKey: 'https://nowhere.example/' }] }),
    ).rejects.toThrow(/belongs to no article/);
    expect(await exportLibrary(empty)).toMatchObject({ articles: [], notes: [] });
  });
});

describe('foreign files', () => {
  const pocketHtml = `<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
    <h1>Unread</h1><ul>
    <li><a href="https://glownotes.example/microneedling/?utm_source=pocket" time_added="1700000000" tags="skin,acne">Microneedling</a></li>
    <li><a href="https://derm.example/peels" time_added="1700000100" tags="">Peels</a></li>
    </ul><h1>Read Archive</h1><ul>
    <li><a href="javascript:void(0)" time_added="1">Not a page</a></li></ul></body></html>`;
  const bookmarks = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
    <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
    <TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
    <DL><p><DT><H3>Skin</H3><DL><p>
      <DT><A HREF="https://derm.example/lasers" ADD_DATE="1600000000">Lasers</A>
      <DT><A HREF="place:sort=8">Recent</A>
    </DL><p></DL><p>`;
  const pocketCsv = 'title,url,time_added,tags,status\r\n"Peels, a guide",https://derm.example/peels,1700000100,skin|peel,unread\r\n';

  it('reads a Pocket HTML export, its tags and dates, and skips what is not a web page', async () => {
    const { format, batch, skipped } = readImportFile(pocketHtml, parseHtml);
    expect(format).toBe('links-html');
    expect(skipped).toBe(1);
    expect(batch.articles).toHaveLength(2);
    expect(batch.articles[0]).toMatchObject({ key: 'https://glownotes.example/microneedling/', tags: ['skin', 'acne'], savedAt: 1_700_000_000_000 });
  });

  it('reads a bookmarks file and a Pocket CSV export', () => {
    const fromBookmarks = readImportFile(bookmarks, parseHtml);
    expect(fromBookmarks.batch.articles.map((a) => a.title)).toEqual(['Lasers']);
    expect(fromBookmarks.skipped).toBe(1);
    const fromCsv = readImportFile(pocketCsv, parseHtml);
    expect(fromCsv.format).toBe('pocket-csv');
    expect(fromCsv.batch.articles[0]).toMatchObject({ title: 'Peels, a guide', tags: ['skin', 'peel'] });
  });

  it('adds links to what the library knows without losing it, and changes nothing the second time', async () => {
    const db = await populated();
    const { batch } = readImportFile(pocketHtml, parseHtml);
    const first = await writerFor(db).importBatch(batch);
    // Only what the links add counts: the microneedling article's tags. The peels link says nothing new.
    expect(first).toMatchObject({ articlesAdded: 0, articlesUpdated: 1, unchanged: 1 });
    const [microneedling] = (await listArticles(db)).filter((a) => a.key === 'https://glownotes.example/microneedling/');
    expect(microneedling).toMatchObject({ excerpt: 'What microneedling did for my scars.', procedures: ['microneedling'], tags: ['skin', 'acne'] });
    const second = await writerFor(db).importBatch(readImportFile(pocketHtml, parseHtml).batch);
    expect(second).toMatchObject({ articlesAdded: 0, articlesUpdated: 0, unchanged: 2 });
    expect(text({ format: 'x', batch: await exportLibrary(db, new Date(0)) })).toBe(
      text({ format: 'x', batch: await exportLibrary(db, new Date(0)) }),
    );
  });

  it('says so when a file has no web address at all', () => {
    expect(() => readImportFile('title,url\r\nNothing,ftp://example.com/\r\n', parseHtml)).toThrow(/no web addresses/);
  });
});

describe('Markdown and CSV', () => {
  it('writes one Markdown file per article with front matter and notes, under names that never collide', async () => {
    const { articles, notes } = await exportLibrary(await populated());
    const microneedlingArticle = articles.find((a) => a.key.includes('microneedling'))!;
    const files = markdownFiles([...articles, { ...microneedlingArticle, key: 'https://other.example/' }], notes);
    expect(files.map((f) => f.name).sort()).toEqual(['peels-explained.md', 'three-rounds-of-microneedling-2.md', 'three-rounds-of-microneedling.md']);
    const microneedling = files.find((f) => f.name === 'three-rounds-of-microneedling.md')!.content;
    expect(microneedling).toMatch(/^---\ntitle: "Three rounds of microneedling"\nurl: "https:\/\/glownotes\.example/);
    expect(microneedling).toContain('procedures: ["microneedling"]');
    expect(microneedling).toContain('## Notes');
    expect(microneedling).toContain('> three sessions\n\nAsk about numbing\ncream');
  });

  it('puts each quote as a block quote before its note, in the order of the article', async () => {
    const db = await freshLibrary();
    const url = 'https://glownotes.example/microneedling/';
    await writerFor(db).saveArticle(article(), 1_000);
    const at = (exact: string, start: number) => [
      { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector' as const, start, end: start + exact.length },
    ];
    await writerFor(db).addNote(url, 'Written first, about the end.', { now: 2_000, selectors: at('a month apart', 900) });
    await writerFor(db).addNote(url, 'No passage.', { now: 2_500 });
    await writerFor(db).addNote(url, 'Written last, about the start.', { now: 3_000, selectors: at('not during an active breakout', 120) });
    const { articles, notes } = await exportLibrary(db);
    const [file] = markdownFiles(articles, notes);
    const body = file!.content.slice(file!.content.indexOf('## Notes'));
    const order = ['> not during an active breakout', 'Written last', '> a month apart', 'Written first', 'No passage.'].map((text) => body.indexOf(text));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes the reading list as CSV that spreadsheets read as text', async () => {
    const { articles, notes } = await exportLibrary(await populated());
    const csv = readingListCsv(articles, notes);
    const [header, peels, microneedling] = csv.trimEnd().split('\r\n');
    expect(header).toBe('title,url,site,author,published,saved_at,updated_at,procedures,tags,notes');
    expect(peels).toMatch(/^"'=Peels, ""explained""",https:\/\/derm\.example\/peels,/);
    expect(microneedling).toMatch(/,1$/);
  });
});

describe('an import the browser has no room for', () => {
  it('says so and writes nothing', async () => {
    const db = await populated();
    const before = await exportLibrary(db, new Date(0));
    const { batch } = readImportFile(
      '<!DOCTYPE html><ul>' + Array.from({ length: 5 }, (_, i) => `<li><a href="https://full.example/${i}">${i}</a></li>`).join('') + '</ul>',
      parseHtml,
    );
    const store = Object.getPrototypeOf(db.transaction('articles', 'readwrite').objectStore('articles')) as { put: (...args: unknown[]) => unknown };
    const put = store.put;
    let calls = 0;
    // The third write finds the disk full, as IndexedDB reports it.
    store.put = function (this: unknown, ...args: unknown[]) {
      if (++calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(writerFor(db).importBatch(batch)).rejects.toThrow(/no room left/);
    } finally {
      store.put = put;
    }
    expect(await exportLibrary(db, new Date(0))).toEqual(before);
  });
});

describe('imports that must not spoil the library', () => {
  it('never lets a bare link replace what Skinmark read from the page', async () => {
    const db = await freshLibrary();
    await writerFor(db).saveArticle(article({ url: 'https://news.example/story', title: 'Real Title', siteName: 'The News' }), 1_000);
    const bookmarks = '<!DOCTYPE NETSCAPE-Bookmark-file-1><DL><DT><A HREF="https://news.example/story?utm_source=x" ADD_DATE="1800000000"></A></DL>';
    await writerFor(db).importBatch(readImportFile(bookmarks, parseHtml).batch);
    expect((await listArticles(db))[0]).toMatchObject({ url: 'https://news.example/story', title: 'Real Title', siteName: 'The News', updatedAt: 1_000 });
    // A new one is named after its site until something better is known.
    await writerFor(db).importBatch(readImportFile(bookmarks.replace('news.example/story', 'other.example/page'), parseHtml).batch);
    expect((await listArticles(db)).find((a) => a.key.startsWith('https://other.example'))).toMatchObject({ title: 'other.example', siteName: 'other.example' });
  });

  it('refuses times no date can hold, addresses longer than a message may carry, and forgets unknown procedures', async () => {
    const { articles, notes } = await exportLibrary(await populated());
    const file = (change: (a: Record<string, unknown>) => void) => {
      const copy = structuredClone(articles) as unknown as Record<string, unknown>[];
      change(copy[0]!);
      return JSON.stringify({ format: 'skinmark-library', version: 1, articles: copy, notes });
    };
    expect(() => parseLibraryExport(file((a) => (a.savedAt = 1e17)))).toThrow(/savedAt: is not a real date/);
    const long = `https://derm.example/${'x'.repeat(MAX_URL_CHARS)}`;
    expect(() => parseLibraryExport(file((a) => (a.url = long)))).toThrow(new RegExp(`url: web address is longer than ${MAX_URL_CHARS}`));
    expect(parseLibraryExport(file((a) => (a.procedures = ['microneedling', 'made-up-thing']))).articles[0]!.procedures).toEqual(['microneedling']);
    const pocketCsv = 'title,url,time_added\r\nFar,https://far.example/,99999999999999999\r\n';
    const db = await freshLibrary();
    await writerFor(db).importBatch(readImportFile(pocketCsv, parseHtml).batch);
    const [far] = (await exportLibrary(db)).articles;
    expect(readingListCsv([far!], [])).toContain('https://far.example/');
  });

  it('keeps notes with their article when records of the file fold together', async () => {
    const db = await freshLibrary();
    await writerFor(db).saveArticle(article({ url: 'https://fold.example/b' }), 100);
    const record = (key: string, aliases: string[]) => ({ ...article(), key, url: key, aliases, tags: [], savedAt: 1, updatedAt: 1 });
    const counts = await writerFor(db).importBatch({
      articles: [record('https://fold.example/a', ['https://fold.example/a']), record('https://fold.example/c', ['https://fold.example/a', 'https://fold.example/b'])],
      notes: [{ id: 'n-a', articleKey: 'https://fold.example/a', text: 'on a', createdAt: 1, updatedAt: 1 }],
    });
    expect(counts.notesAdded).toBe(1);
    const [only] = await listArticles(db);
    expect(await listArticles(db)).toHaveLength(1);
    expect(only!.noteCount).toBe(1);
  });
});

