// The fields of the library's records, as valibot schemas: what a message may carry and what an
// import may bring are checked by the same rules, so anything stored can be shown, filtered and
// deleted like anything saved.
import * as v from 'valibot';
import type { ArticleInput } from '../model';

export const MAX_NOTE_CHARS = 100_000;
/** Chromium's own limit for an address; the library's keys stay short whatever this is (lib/shared/url.ts). */
export const MAX_URL_CHARS = 2 * 1024 * 1024;
export const MAX_TEXT_CHARS = 2_000;
/** The largest time a Date can hold, in milliseconds since 1970. */
export const MAX_TIME = 8.64e15;

/** A web page's address. */
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS, `web address is longer than ${MAX_URL_CHARS} characters`),
  v.check((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'is not an http(s) web address'),
);
export const shortText = v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS, `is longer than ${MAX_TEXT_CHARS} characters`));
export const procedureId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'not a procedure id'));
export const noteText = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a note cannot be empty'),
  v.maxLength(MAX_NOTE_CHARS, `a note is at most ${MAX_NOTE_CHARS} characters`),
);
/** A tag as the reader types it (the writer trims and folds duplicates). */
export const tagName = v.pipe(v.string(), v.trim(), v.minLength(1, 'a tag needs a name'), v.maxLength(60, 'a tag is at most 60 characters'));
export const noteId = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'is not a note id'));
/** A version 2 quote (in files exported then): its text, a little context and its offset. */
export const LegacyNoteQuoteSchema = v.object({
  text: v.pipe(v.string(), v.minLength(1, 'a quote cannot be empty'), v.maxLength(10_000, 'a quote is at most 10,000 characters')),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(200))),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(200))),
  start: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
/** The passage a note is about, as W3C selectors: one TextQuoteSelector, and a TextPositionSelector at most. */
export const PassageSelectorsSchema = v.pipe(
  v.array(
    v.variant('type', [
      v.object({
        type: v.literal('TextQuoteSelector'),
        exact: v.pipe(v.string(), v.minLength(1, 'a quote cannot be empty'), v.maxLength(10_000, 'a quote is at most 10,000 characters')),
        prefix: v.pipe(v.string(), v.maxLength(200)),
        suffix: v.pipe(v.string(), v.maxLength(200)),
      }),
      v.pipe(
        v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
        v.check((p) => p.end > p.start, 'a position ends after it starts'),
      ),
    ]),
  ),
  v.check(
    (list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1 && list.filter((s) => s.type === 'TextPositionSelector').length <= 1,
    'a passage has one quote and at most one position',
  ),
);

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
}) satisfies v.GenericSchema<unknown, ArticleInput>;
