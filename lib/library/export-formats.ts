// The library in forms other tools read: one Markdown file per article (front matter and notes,
// as Obsidian and other note apps take it) and a CSV of the reading list for spreadsheets.
import { articleOrder } from '../shared/note-order';
import { quoteOf } from '../model';
import type { ArticleRecord, NoteRecord } from './schema';

/** A time as ISO 8601; one no Date can hold (from an old, damaged import) is left empty. */
const iso = (time: number) => {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
};

/**
 * A YAML double-quoted scalar. JSON's escaping is YAML's too, but JSON leaves DEL and the C1
 * controls as they are, which YAML forbids in a document: they are escaped as well.
 */
const yaml = (value: string) =>
  JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A file name from a title: letters and digits of any script, dashes, nothing a file system minds. */
function slug(title: string): string {
  const base = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut by characters, not UTF-16 units, so no name ends in half a character.
  const short = Array.from(base).slice(0, 80).join('').replace(/-+$/, '');
  return short || 'article';
}
function safeHref(url: string): string {
  try {
    return new URL(url).href.replace(/[<>\s]/g, encodeURIComponent);
  } catch {
    return encodeURI(url);
  }
}

export interface MarkdownFile {
  name: string;
  content: string;
}

/** A note's text as Markdown lines: a quote (when it has one) as a block quote, then the note. */
function noteMarkdown(note: NoteRecord): string {
  const lines = [`### ${iso(note.createdAt).slice(0, 16).replace('T', ' ')}`, ''];
  const quote = quoteOf(note)?.exact;
  if (quote) lines.push(...quote.split(/\r?\n/).map((line) => `> ${line}`), '');
  lines.push(note.text, '');
  return lines.join('\n');
}

/** One Markdown file per article, each with front matter and its notes, under names that never collide. */
export function markdownFiles(articles: readonly ArticleRecord[], notes: readonly NoteRecord[]): MarkdownFile[] {
  const notesOf = new Map<string, NoteRecord[]>();
  for (const note of notes) notesOf.set(note.articleKey, [...(notesOf.get(note.articleKey) ?? []), note]);
  const used = new Set<string>();
  return articles.map((article) => {
    let name = `${slug(article.title)}.md`;
    for (let n = 2; used.has(name); n++) name = `${slug(article.title)}-${n}.md`;
    used.add(name);
    const front = [
      '---',
      `title: ${yaml(article.title)}`,
      `url: ${yaml(article.url)}`,
      `site: ${yaml(article.siteName)}`,
      ...(article.author ? [`author: ${yaml(article.author)}`] : []),
      ...(article.publishedAt ? [`published: ${yaml(article.publishedAt)}`] : []),
      `saved: ${iso(article.savedAt)}`,
      `updated: ${iso(article.updatedAt)}`,
      `procedures: [${article.procedures.map(yaml).join(', ')}]`,
      `tags: [${(article.tags ?? []).map(yaml).join(', ')}]`,
      '---',
      '',
      `# ${article.title.replace(/\s+/g, ' ')}`,
      '',
      // As the browser writes it: percent-encoded, so no character of it ends the link.
      `<${safeHref(article.url)}>`,
      '',
    ];
    if (article.excerpt) front.push(...article.excerpt.split(/\r?\n/).map((line) => `> ${line}`), '');
    // Quoted notes in the article's order, then the others as they were written.
    const own = (notesOf.get(article.key) ?? []).sort(articleOrder);
    const body = own.length ? ['## Notes', '', ...own.map(noteMarkdown)] : [];
    return { name, content: [...front, ...body].join('\n') };
  });
}

/**
 * A CSV cell (RFC 4180). A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: a title from the web is no formula.
 */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The reading list, newest first, one row an article. */
export function readingListCsv(articles: readonly ArticleRecord[], notes: readonly NoteRecord[]): string {
  const noteCounts = new Map<string, number>();
  for (const note of notes) noteCounts.set(note.articleKey, (noteCounts.get(note.articleKey) ?? 0) + 1);
  const header = ['title', 'url', 'site', 'author', 'published', 'saved_at', 'updated_at', 'procedures', 'tags', 'notes'];
  const rows = [...articles]
    .sort((a, b) => b.savedAt - a.savedAt)
    .map((a) =>
      [
        a.title,
        a.url,
        a.siteName,
        a.author ?? '',
        a.publishedAt ?? '',
        iso(a.savedAt),
        iso(a.updatedAt),
        a.procedures.join('; '),
        (a.tags ?? []).join('; '),
        noteCounts.get(a.key) ?? 0,
      ]
        .map(cell)
        .join(','),
    );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
