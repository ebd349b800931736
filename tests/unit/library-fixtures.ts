// What the library tests save: one article as a page describes itself, and fresh libraries.
import { openLibrary } from '../../lib/db/library';
import type { ArticleInput } from '../../lib/messages';

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
