// @vitest-environment jsdom
// Imports from the services that closed: Pocket's zip (CSV parts and annotations), Pocket's older
// HTML file, and Omnivore's zip (metadata, content and highlights). The files are written here, in
// those formats, and go through the library's one writer as the options page sends them.
import 'fake-indexeddb/auto';
import { Zip, ZipPassThrough, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isZip, omnivoreHighlights, readImportArchive } from '../../lib/library/import-archives';
import { readImportFile } from '../../lib/library/import-formats';
import { copyFromHtml } from '../../lib/library/readable';
import { listArticles, listNotes } from '../../lib/library/records';
import { createLibrarySearch, findArticles } from '../../lib/library/search';
import { quoteOf } from '../../lib/model';
import { freshLibrary, writerFor } from './library-fixtures';

const makeCopy = (html: string, url: string, key: string, title: string) => copyFromHtml(html, url, key, { title });

/** A zip with entries in order, the same name more than once if asked (fflate's zipSync cannot). */
function zipWithEntries(entries: [string, string][]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, content] of entries) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(content), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const POCKET_CSV = [
  'title,url,time_added,cursor,tags,status',
  '"Lasers, a guide",https://pocket.example/lasers?utm_source=pocket,1700000000,x,laser|to read,unread',
  '"A title',
  'over two lines",https://pocket.example/peels,1700000100,y,,archive',
  'Not a page,javascript:alert(1),1700000200,z,,unread',
].join('\n');

describe('Pocket', () => {
  it('reads its zip: CSV parts by header name, tags split on |, titles with newlines, highlights as quoted notes', async () => {
    const bytes = zipSync({
      'part_000000.csv': strToU8(POCKET_CSV),
      'part_000001.csv': strToU8('url,title,time_added,tags,status\nhttps://pocket.example/third,Third,1700000300,,unread\n'),
      'annotations/part_000000.json': strToU8(
        JSON.stringify([
          { url: 'https://pocket.example/lasers?utm_source=pocket', title: 'Lasers, a guide', highlights: [{ quote: 'fractional lasers need less downtime', created_at: 1700000500 }] },
          { url: 'https://elsewhere.example/', highlights: [{ quote: 'not in the file' }] },
        ]),
      ),
    });
    expect(isZip(bytes)).toBe(true);
    const { format, batch, skipped } = readImportArchive(bytes, makeCopy);
    expect(format).toBe('pocket-zip');
    expect(skipped).toBe(1);
    expect(batch.articles.map((a) => [a.title, a.tags])).toEqual([
      ['Lasers, a guide', ['laser', 'to read']],
      ['A title\nover two lines', []],
      ['Third', []],
    ]);
    expect(batch.notes).toHaveLength(1);
    expect(quoteOf(batch.notes[0]!)?.exact).toBe('fractional lasers need less downtime');

    const db = await freshLibrary('skinmark-import');
    const writer = writerFor(db);
    expect(await writer.importBatch(batch)).toMatchObject({ articlesAdded: 3, notesAdded: 1 });
    // The same file again adds nothing: highlight notes have stable ids.
    expect(await writer.importBatch(readImportArchive(bytes, makeCopy).batch)).toMatchObject({ articlesAdded: 0, notesAdded: 0 });
    expect((await listNotes(db, 'https://pocket.example/lasers')).map((n) => n.text)).toEqual(['Highlighted in Pocket.']);
  });

  it('reads its older HTML export, tags separated by commas', () => {
    const html = `<!DOCTYPE html><html><body><h1>Unread</h1><ul>
      <li><a href="https://pocket.example/a" time_added="1700000000" tags="laser,scars">A</a></li></ul></body></html>`;
    const { format, batch } = readImportFile(html, (text) => new DOMParser().parseFromString(text, 'text/html'));
    expect(format).toBe('links-html');
    expect(batch.articles[0]!.tags).toEqual(['laser', 'scars']);
  });
});

describe('Omnivore', () => {
  const metadata = [
    {
      id: '1',
      slug: 'my-peel',
      title: 'My first chemical peel',
      description: 'What a medium-depth peel was like.',
      author: 'Sam',
      url: 'https://blog.example/peel',
      labels: [{ name: 'peels' }, 'to try'],
      savedAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-02T10:00:00.000Z',
      publishedAt: '2024-02-28T00:00:00.000Z',
      wordsCount: 1150,
    },
    { id: '2', slug: 'gone', title: 'Not a web page', url: 'omnivore://x' },
  ];
  const highlights = [
    '# My first chemical peel',
    '',
    '## Highlights',
    '',
    '> The peeling started on day three [⤴️](https://omnivore.app/me/my-peel#abc)',
    '',
    'Plan a quiet week.',
    '',
    '> and lasted',
    '> five days',
    '',
  ].join('\n');

  it('reads its zip: labels and dates, content as a readable copy, highlights with the reader’s words', async () => {
    const bytes = zipWithEntries([
      ['metadata_0_to_20.json', JSON.stringify(metadata)],
      ['content/my-peel.html', '<div><p>Old content</p></div>'],
      // A duplicate entry: the last one is the file.
      ['content/my-peel.html', '<div><p>The peeling started on day three, with <b>glycolic</b> first.</p><script>x()</script></div>'],
      ['highlights/my-peel.md', highlights],
    ]);
    const { format, batch, skipped } = readImportArchive(bytes, makeCopy, 0);
    expect(format).toBe('omnivore-zip');
    expect(skipped).toBe(1);
    expect(batch.articles).toEqual([
      expect.objectContaining({
        title: 'My first chemical peel',
        author: 'Sam',
        siteName: 'blog.example',
        publishedAt: '2024-02-28',
        excerpt: 'What a medium-depth peel was like.',
        readingMinutes: 5,
        tags: ['peels', 'to try'],
        savedAt: Date.parse('2024-03-01T10:00:00.000Z'),
      }),
    ]);
    expect(batch.copies).toHaveLength(1);
    expect(batch.copies![0]!.html).not.toContain('script');
    expect(batch.copies![0]!.html).not.toContain('Old content');
    expect(batch.notes.map((n) => [quoteOf(n)?.exact, n.text])).toEqual([
      ['The peeling started on day three', 'Plan a quiet week.'],
      ['and lasted five days', 'Highlighted in Omnivore.'],
    ]);

    const db = await freshLibrary('skinmark-import');
    expect(await writerFor(db).importBatch(batch)).toMatchObject({ articlesAdded: 1, notesAdded: 2, copiesAdded: 1 });
    expect((await listArticles(db))[0]).toMatchObject({ noteCount: 2 });
    // Found by the copy's words, a label and a highlight.
    const search = createLibrarySearch(async () => db, { saveDelayMs: 0 });
    for (const query of ['glycolic', 'peels', 'quiet week']) {
      expect((await findArticles(db, search, { query })).items.map((i) => i.title), query).toEqual(['My first chemical peel']);
    }
  });

  it('says what is wrong with a zip that is neither', () => {
    expect(() => readImportArchive(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) }), makeCopy)).toThrow(/neither a Pocket export/);
    expect(() => readImportArchive(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), makeCopy)).toThrow(/could not be opened/);
  });

  it('reads highlights whatever their layout', () => {
    expect(omnivoreHighlights('> one\n> two\n\nnote\n\n> three')).toEqual([
      { quote: 'one two', note: 'note' },
      { quote: 'three', note: '' },
    ]);
  });
});

describe('an import over what is saved', () => {
  it('adds an Omnivore export’s labels and notes to an article saved from its page, and replaces nothing read there', async () => {
    const db = await freshLibrary('skinmark-import');
    const writer = writerFor(db);
    const saved = await writer.saveArticle({
      url: 'https://blog.example/peel',
      title: 'As the page says',
      siteName: 'Peel Diaries',
      excerpt: 'Read from the page.',
      readingMinutes: 7,
      procedures: ['chemical-peel'],
    });
    const bytes = zipSync({
      'metadata_0_to_20.json': strToU8(JSON.stringify([{ slug: 'p', title: 'Omnivore title', url: 'https://blog.example/peel?utm_source=omnivore', labels: ['peels'], savedAt: '2030-01-01T00:00:00Z', updatedAt: '2030-01-02T00:00:00Z' }])),
      'highlights/p.md': strToU8('> a quote\n\nmine\n'),
    });
    await writer.importBatch(readImportArchive(bytes, makeCopy).batch);
    const [record] = await listArticles(db);
    expect(record).toMatchObject({ key: saved.key, url: saved.url, title: 'As the page says', siteName: 'Peel Diaries', excerpt: 'Read from the page.', tags: ['peels'], noteCount: 1 });
  });
});
