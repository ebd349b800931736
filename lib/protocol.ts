// The message protocol as every part of the extension uses it: names, results and the typed
// sender. No validation code here, so the content script stays small; the background checks
// every message with ./messages.
import type { ArticleRecord, NoteRecord } from './db/schema';
import type { ArticleSummary } from './db/library';
import type { ProcedureCard } from './lexicon/cards';
import type { CompiledLexicon } from './lexicon/matcher';
import type { Request, RequestType } from './messages';

export type { Request, RequestType };

/** Broadcast by the background to extension pages after any write. */
export const LIBRARY_CHANGED = 'skinmark/library-changed';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

/** What each request answers with, when it succeeds. */
export interface ResponseMap {
  'page/detected': null;
  /** Whether the scanner was started (false on a site the reader blocked). */
  'page/candidate': boolean;
  'card/get': ProcedureCard & { id: string; name: string };
  'lexicon/get': CompiledLexicon;
  'article/save': ArticleRecord;
  'article/get': ArticleRecord | null;
  'article/list': ArticleSummary[];
  'library/counts': { articles: number; notes: number };
  'library/procedures': string[];
  'article/delete': boolean;
  'tab/save': ArticleRecord;
  'tab/article-url': string | null;
  'notes/list': NoteRecord[];
  'note/add': NoteRecord;
  'note/update': NoteRecord;
  'note/delete': boolean;
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/**
 * Sends a request and unwraps its result: the answer, or an Error with the background's sentence.
 * `send` is runtime.sendMessage, passed in so this stays free of browser globals.
 */
export async function request<T extends RequestType>(
  send: (message: unknown) => Promise<unknown>,
  message: RequestOf<T>,
): Promise<ResponseMap[T]> {
  const result = (await send(message)) as Result<ResponseMap[T]> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new Error('Skinmark did not answer; reload the page and try again.');
  }
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
