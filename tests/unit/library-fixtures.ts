// What the library tests save: one article as a page describes itself, and fresh libraries.
import { openLibrary, type LibraryDB } from '../../lib/library/database';
import { createLibraryWriter, type LibraryWriter } from '../../lib/library/writer';
import type { ArticleInput, LibraryChange } from '../../lib/model';

let counter = 0;

/** A library of its own for each test (fake-indexeddb keeps databases for the whole file). */
export const freshLibrary = (prefix = 'skinmark-test') => openLibrary(`${prefix}-${++counter}`);

export const article = (overrides: Partial<ArticleInput> = {}): ArticleInput => ({
  url: 'https://glownotes.example/microneedling/?utm_source=x',
  title: 'Three rounds of microneedling',
  siteName: 'Glow Notes',
  excerpt: 'What microneedling did for my scars.',
  readingMinutes: 4,
  procedures: ['microneedling'],
  ...overrides,
});

/**
 * The library's one writer over a test library. `changes` collects what it announces, so a test
 * can check that every write says what it changed.
 */
export function writerFor(db: LibraryDB, changes: LibraryChange[] = []): LibraryWriter {
  return createLibraryWriter(async () => db, (change) => void changes.push(change));
}
