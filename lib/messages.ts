// Every request the extension's parts send each other, declared once, typed, and checked on
// arrival: a message from a content script is data from a web page's process, never trusted.
import * as v from 'valibot';
import { fail, ok, type Result } from './protocol';

export const MAX_NOTE_CHARS = 100_000;
export const MAX_URL_CHARS = 4_096;
export const MAX_TEXT_CHARS = 2_000;
/** The largest time a Date can hold, in milliseconds since 1970. */
export const MAX_TIME = 8.64e15;

/** A web page's address (imports check their records with these too: lib/db/transfer.ts). */
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS, `web address is longer than ${MAX_URL_CHARS} characters`),
  v.check((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'is not an http(s) web address'),
);
export const shortText = v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS, `is longer than ${MAX_TEXT_CHARS} characters`));
const procedureId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'not a procedure id'));
const noteText = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a note cannot be empty'),
  v.maxLength(MAX_NOTE_CHARS, `a note is at most ${MAX_NOTE_CHARS} characters`),
);
export const noteId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'is not a note id'));
/** The passage a note is about, with a little context and its offset in the article's text. */
export const NoteQuoteSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1, 'a quote cannot be empty'), v.maxLength(10_000, 'a quote is at most 10,000 characters')),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(200))),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(200))),
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** What a page says about itself; the background adds the keys and dates. */
export const ArticleInputSchema = v.object({
  url: httpUrl,
  canonicalUrl: v.optional(httpUrl),
  title: shortText,
  siteName: shortText,
  author: v.optional(shortText),
  publishedAt: v.optional(shortText),
  excerpt: shortText,
  readingMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  procedures: v.pipe(v.array(procedureId), v.maxLength(200)),
});
export type ArticleInput = v.InferOutput<typeof ArticleInputSchema>;

export const RequestSchema = v.variant('type', [
  v.object({
    type: v.literal('page/detected'),
    skincare: v.boolean(),
    /** A later count for a page already reported: the in-page control is there already. */
    update: v.optional(v.boolean()),
    procedures: v.pipe(v.array(procedureId), v.maxLength(200)),
  }),
  /** The first look found words that might be about skin: the sender's frame wants the scanner. */
  v.object({ type: v.literal('page/candidate') }),
  v.object({ type: v.literal('card/get'), procedureId }),
  v.object({ type: v.literal('lexicon/get') }),
  v.object({ type: v.literal('article/save'), article: ArticleInputSchema }),
  v.object({ type: v.literal('article/get'), url: httpUrl }),
  v.object({
    type: v.literal('article/list'),
    procedure: v.optional(procedureId),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
  }),
  v.object({ type: v.literal('library/counts') }),
  v.object({ type: v.literal('library/procedures') }),
  v.object({ type: v.literal('article/delete'), key: httpUrl }),
  v.object({ type: v.literal('tab/save'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ type: v.literal('tab/article-url'), tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  v.object({ type: v.literal('notes/list'), url: httpUrl }),
  v.object({
    type: v.literal('note/add'),
    url: httpUrl,
    text: noteText,
    quote: v.optional(NoteQuoteSchema),
    article: v.optional(ArticleInputSchema),
  }),
  v.object({ type: v.literal('note/update'), id: noteId, text: noteText }),
  v.object({ type: v.literal('note/delete'), id: noteId }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

const REQUEST_TYPES: ReadonlySet<string> = new Set(RequestSchema.options.map((option) => option.entries.type.literal));

/** Requests a content script may send; anything else needs an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'page/detected',
  'page/candidate',
  'card/get',
  'lexicon/get',
  'article/save',
  'article/get',
  'note/add',
]);

const MAX_MESSAGE_CHARS = 512 * 1024;

/** A request checked for shape and size, or a sentence that says what is wrong with it. */
export function parseRequest(raw: unknown): Result<Request> {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return fail('Message is not plain data');
  }
  if (size > MAX_MESSAGE_CHARS) return fail(`Message is too large (${size} characters)`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('Message is not an object');
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string') return fail('Request has no type');
  if (!REQUEST_TYPES.has(type)) return fail(`Unknown request type "${type.slice(0, 40)}"`);
  const parsed = v.safeParse(RequestSchema, raw);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0];
  const path = v.getDotPath(issue);
  return fail(`Invalid "${type}" request${path ? ` at ${path}` : ''}: ${issue.message}`);
}
