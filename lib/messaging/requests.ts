// Every request the extension's parts send the background, one row each: what it carries (a valibot
// schema, checked on arrival: a message from a web page is data from that page's process, never
// trusted), who may send it, which article a page may touch with it, whether it writes, and what
// the background does with it. Adding a request is adding a row; its answer's type is declared in
// `Responses`, and a handler that returns anything else fails the typecheck.
import * as v from 'valibot';
import { PROCEDURE_CARDS, type ProcedureCard } from '../lexicon/cards';
import { compileLexicon, type CompiledLexicon } from '../lexicon/matcher';
import { LEXICON, isKnownProcedure, procedureName } from '../lexicon/index';
import type { LibraryDB } from '../library/database';
import { ArticleInputSchema, PassageSelectorsSchema, httpUrl, noteId, noteText, procedureId, shortText, tagName } from '../library/fields';
import { findArticle, libraryCounts, listArticles, listNotes, savedProcedures } from '../library/records';
import { findArticles, type LibrarySearch } from '../library/search';
import { copiesSize, libraryFacets, listTrash, readableCopyOf, type LibraryFacets, type ReaderView } from '../library/browse';
import { ImportBatchSchema, ReadableCopySchema, type ImportCounts } from '../library/transfer';
import type { LibraryWriter, Trashed } from '../library/writer';
import type { CollectedArticle } from '../background/injection';
import type { ControlClaim, ControlFrames } from '../background/control-frames';
import {
  quoteOf,
  type ArticleRecord,
  type ArticleSummary,
  type FindResult,
  type NoteRecord,
  type PassageSelector,
  type Settings,
  type TrashSummary,
} from '../model';
import { SkinmarkError } from '../shared/errors';
import { isBlocked } from '../shared/settings';
import { normalizeUrl } from '../shared/url';

/** Who sent a message, as the browser tells it (never as the message says). */
export interface SenderInfo {
  /** The extension's own pages (popup, side panel, options); everything else is a script in a web page. */
  fromExtensionPage: boolean;
  /** The in-page control's frame: an extension page inside a web page's tab (lib/background/control-frames.ts). */
  fromControlFrame?: boolean;
  tabId?: number;
  frameId?: number;
  /** The URL of the frame that sent the message. */
  url?: string;
}

/** What the background lends a handler: the library, its one writer, and the browser. */
export interface HandlerContext {
  sender: SenderInfo;
  library(): Promise<LibraryDB>;
  writer: LibraryWriter;
  /** The full-text index over the library. */
  search: LibrarySearch;
  /** Keeps a readable copy of the article just saved, from the HTML its page gave (in the background; never awaited by the save). */
  keepCopy(article: ArticleRecord, page: CollectedArticle['page']): void;
  setBadge(tabId: number, text: string): Promise<void>;
  /** What the page in a tab says about itself, or its bare URL and title where no script may run. */
  collectFromTab(tabId: number, withPage?: boolean): Promise<CollectedArticle>;
  /** What the article in one frame of a tab says about itself, as Skinmark's script there reads it. */
  collectFromFrame(tabId: number, frameId: number, withPage?: boolean): Promise<CollectedArticle>;
  /** Tickets and claims of the in-page control's frames. */
  controlFrames: ControlFrames;
  /** Puts the in-page control into the frame of a skincare article. */
  showPageControl(tabId: number, frameId: number): Promise<void>;
  /** Puts the scanner (detection, highlights) into a frame whose first look passed. */
  startScan(tabId: number, frameId: number): Promise<void>;
  /** The reader's settings, as stored. */
  settings(): Promise<Settings>;
  /** URL of the given tab, or of the active tab of the focused window. */
  tabUrl(tabId?: number): Promise<string | undefined>;
  /** Tells the extension's views how an import is going. */
  importProgress(importId: string, done: number, total: number): void;
}

/** What each request answers with, when it succeeds. */
export interface Responses {
  /** The lexicon and the settings the scanner starts with, or false on a site the reader blocked. */
  'page/candidate': { lexicon: CompiledLexicon; settings: Settings } | false;
  'page/detected': null;
  'card/get': ProcedureCard & { id: string; name: string };
  'article/save': ArticleRecord;
  'article/get': ArticleRecord | null;
  'article/list': ArticleSummary[];
  /** The trash entry that holds the article and its notes, or null when there was no such article. */
  'article/delete': Trashed | null;
  'article/tags': ArticleRecord;
  'library/find': FindResult;
  'library/facets': LibraryFacets;
  'library/trash': TrashSummary[];
  'trash/restore': boolean;
  'trash/empty': number;
  'tag/rename': number;
  /** How many readable copies the library keeps, and their size. */
  'library/copies': { count: number; bytes: number };
  /** An article's readable copy, with its notes' passages, for the reader page. */
  'copy/get': ReaderView;
  'library/counts': { articles: number; notes: number };
  'library/procedures': string[];
  'library/import': ImportCounts;
  /** How many of the readable copies sent were kept. */
  'library/import-copies': number;
  'tab/save': ArticleRecord;
  'tab/article-url': string | null;
  'notes/list': NoteRecord[];
  /** A ticket for the control frame Skinmark's script is about to put into its page. */
  'control/ticket': string;
  /** The control frame's view of its article: its address (as the library keys it) and whether it is saved. */
  'control/claim': ControlState;
  'control/state': ControlState;
  'control/save': ArticleRecord;
  'control/note': NoteRecord;
  /** The reader chose a passage in the page for the next note (the control's frame shows it). */
  'control/passage': boolean;
  /** The notes of the control's article, for showing one where its passage is. */
  'control/notes': { id: string; text: string }[];
  /** The passage the reader chose in a tab (context menu, command) for the side panel's next note, given once. */
  'tab/passage': PassageSelector[] | null;
  /** A saved article that is not about skin, with quoted notes, is ready for the control. */
  'page/notes-ready': null;
  /** The passages of the notes of a page's own article, to find them again in it. */
  'page/passages': { id: string; selectors: PassageSelector[] }[];
  'note/add': NoteRecord;
  'note/update': NoteRecord;
  'note/delete': Trashed | null;
}

export type RequestType = keyof Responses;

export interface ControlState {
  address: string;
  saved: boolean;
  /** The quote of the passage chosen for the next note, if any. */
  passage?: string;
}

type Schema = v.GenericSchema<unknown, object>;

interface Row<K extends RequestType, S extends Schema> {
  /** The request's fields besides its type. */
  schema: S;
  /**
   * A script in a web page ("page"), the extension's own pages ("extension"), both ("any"), or the
   * in-page control's frame ("control"), which writes only for the article it was put into.
   */
  from: 'page' | 'extension' | 'any' | 'control';
  /** The web addresses the request touches: a web page may touch only its own article. */
  touches?(request: v.InferOutput<S>): (string | undefined)[];
  /** Whether it changes the library (the writer announces the change once committed). */
  writes: boolean;
  /** The largest message it may be, in characters of JSON. */
  maxChars?: number;
  handle(request: v.InferOutput<S>, context: HandlerContext): Promise<Responses[K]>;
}

const row = <K extends RequestType, S extends Schema>(_type: K, definition: Row<K, S>): Row<K, S> => definition;

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const ticket = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'is not a ticket'));
/** An ordinary request: a save with two of the longest addresses and a long note, far less than a page could abuse. */
const MESSAGE_CHARS = 6 * 1024 * 1024;
/** An import carries a whole library; Chromium's own limit for a message is 64 MiB. */
const IMPORT_CHARS = 60 * 1024 * 1024;

let compiledLexicon: CompiledLexicon | undefined;
/** How long after a view's first list the search index is loaded. */
const WARM_AFTER_MS = 300;

export const REQUESTS = {
  /** The first look found words that might be about skin: the sender's frame wants the scanner. */
  'page/candidate': row('page/candidate', {
    schema: v.object({}),
    from: 'page',
    writes: false,
    async handle(_request, { sender, settings, startScan }) {
      if (sender.tabId === undefined || !sender.url) throw new SkinmarkError('not-allowed', 'Only a tab can report a page');
      const current = await settings();
      if (isBlocked(new URL(sender.url).hostname, current.blockedSites)) return false;
      await startScan(sender.tabId, sender.frameId ?? 0);
      compiledLexicon ??= compileLexicon(LEXICON);
      return { lexicon: compiledLexicon, settings: current };
    },
  }),
  'page/detected': row('page/detected', {
    schema: v.object({
      skincare: v.boolean(),
      /** A later count for a page already reported: the in-page control is there already. */
      update: v.optional(v.boolean()),
      procedures: v.pipe(v.array(procedureId), v.maxLength(200)),
    }),
    from: 'page',
    writes: false,
    async handle(request, { sender, setBadge, showPageControl }) {
      if (sender.tabId === undefined) throw new SkinmarkError('not-allowed', 'Only a tab can report a page');
      const known = new Set(request.procedures.filter(isKnownProcedure));
      if (!sender.frameId) await setBadge(sender.tabId, request.skincare && known.size ? String(known.size) : '');
      if (request.skincare && !request.update) await showPageControl(sender.tabId, sender.frameId ?? 0);
      return null;
    },
  }),
  'card/get': row('card/get', {
    schema: v.object({ procedureId }),
    from: 'any',
    writes: false,
    async handle({ procedureId: id }) {
      const card = Object.hasOwn(PROCEDURE_CARDS, id) ? PROCEDURE_CARDS[id] : undefined;
      if (!card) throw new SkinmarkError('not-found', `No card for "${id}"`);
      return { ...card, id, name: procedureName(id) };
    },
  }),
  // Saves and notes come from the extension's own pages and the control's frame, never from a
  // script in a web page: whatever a page's script can reach, a page can script.
  'article/save': row('article/save', {
    schema: v.object({ article: ArticleInputSchema }),
    from: 'extension',
    writes: true,
    handle: ({ article }, { writer }) => writer.saveArticle({ ...article, procedures: article.procedures.filter(isKnownProcedure) }),
  }),
  'article/get': row('article/get', {
    schema: v.object({ url: httpUrl }),
    from: 'extension',
    touches: ({ url }) => [url],
    writes: false,
    handle: async ({ url }, { library }) => (await findArticle(await library(), url)) ?? null,
  }),
  'article/list': row('article/list', {
    schema: v.object({
      procedure: v.optional(procedureId),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
    }),
    from: 'extension',
    writes: false,
    handle: async (options, { library }) => listArticles(await library(), options),
  }),
  'article/delete': row('article/delete', {
    schema: v.object({ key: httpUrl }),
    from: 'extension',
    writes: true,
    handle: ({ key }, { writer }) => writer.deleteArticle(key),
  }),
  /** Tags added to and removed from an article (as it is when the write runs), or all of them set. */
  'article/tags': row('article/tags', {
    schema: v.object({
      key: httpUrl,
      tags: v.optional(v.pipe(v.array(tagName), v.maxLength(50, 'an article has at most 50 tags'))),
      add: v.optional(v.pipe(v.array(tagName), v.maxLength(50))),
      remove: v.optional(v.pipe(v.array(tagName), v.maxLength(50))),
    }),
    from: 'extension',
    writes: true,
    handle: ({ key, tags, add, remove }, { writer }) => (tags ? writer.setTags(key, tags) : writer.changeTags(key, { add, remove })),
  }),
  'tag/rename': row('tag/rename', {
    schema: v.object({ from: tagName, to: tagName }),
    from: 'extension',
    writes: true,
    handle: ({ from, to }, { writer }) => writer.renameTag(from, to),
  }),
  /** A search and its filters, or the list in another order. */
  'library/find': row('library/find', {
    schema: v.object({
      query: v.optional(v.pipe(v.string(), v.maxLength(500, 'a search is at most 500 characters'))),
      procedure: v.optional(procedureId),
      tag: v.optional(tagName),
      site: v.optional(shortText),
      hasNotes: v.optional(v.boolean()),
      sort: v.optional(v.picklist(['relevance', 'saved', 'updated', 'title', 'reading'])),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
    }),
    from: 'extension',
    writes: false,
    async handle(query, { library, search }) {
      const found = await findArticles(await library(), search, query);
      // A view showing the list may search next: the index loads once the list is on its way,
      // not before (loading it would hold up this first answer).
      if (!query.query) setTimeout(() => void search.warm().catch(() => undefined), WARM_AFTER_MS);
      return found;
    },
  }),
  'library/facets': row('library/facets', {
    schema: v.object({ sites: v.optional(v.boolean()) }),
    from: 'extension',
    writes: false,
    handle: async ({ sites }, { library }) => libraryFacets(await library(), { sites }),
  }),
  'library/trash': row('library/trash', {
    schema: v.object({}),
    from: 'extension',
    writes: false,
    handle: async (_request, { library }) => listTrash(await library()),
  }),
  'trash/restore': row('trash/restore', {
    schema: v.object({ id: noteId }),
    from: 'extension',
    writes: true,
    handle: ({ id }, { writer }) => writer.restore(id),
  }),
  'trash/empty': row('trash/empty', {
    schema: v.object({ ids: v.optional(v.pipe(v.array(noteId), v.maxLength(10_000))) }),
    from: 'extension',
    writes: true,
    handle: ({ ids }, { writer }) => writer.emptyTrash(ids),
  }),
  'library/copies': row('library/copies', {
    schema: v.object({}),
    from: 'extension',
    writes: false,
    handle: async (_request, { library }) => copiesSize(await library()),
  }),
  'copy/get': row('copy/get', {
    schema: v.object({ url: httpUrl }),
    from: 'extension',
    writes: false,
    async handle({ url }, { library }) {
      const view = await readableCopyOf(await library(), url);
      if (!view) throw new SkinmarkError('not-found', 'This article is not in your library.');
      return view;
    },
  }),
  'library/counts': row('library/counts', {
    schema: v.object({}),
    from: 'extension',
    writes: false,
    handle: async (_request, { library }) => libraryCounts(await library()),
  }),
  'library/procedures': row('library/procedures', {
    schema: v.object({}),
    from: 'extension',
    writes: false,
    handle: async (_request, { library }) => savedProcedures(await library()),
  }),
  /** A file the options page has read and parsed, merged in by the library's one writer. */
  'library/import': row('library/import', {
    schema: v.object({ importId: v.pipe(v.string(), v.maxLength(64)), batch: ImportBatchSchema }),
    from: 'extension',
    writes: true,
    maxChars: IMPORT_CHARS,
    handle: ({ importId, batch }, { writer, importProgress }) =>
      writer.importBatch(batch, (done, total) => importProgress(importId, done, total)),
  }),
  /** An import's readable copies, in parts after its records (lib/library/writer.ts, importCopies). */
  'library/import-copies': row('library/import-copies', {
    schema: v.object({ copies: v.pipe(v.array(ReadableCopySchema), v.maxLength(10_000)) }),
    from: 'extension',
    writes: true,
    maxChars: IMPORT_CHARS,
    handle: ({ copies }, { writer }) => writer.importCopies(copies),
  }),
  'tab/save': row('tab/save', {
    schema: v.object({ tabId }),
    from: 'extension',
    writes: true,
    async handle({ tabId: id }, { writer, collectFromTab, keepCopy, settings }) {
      const { page, ...article } = await collectFromTab(id, (await settings()).keepCopies);
      const saved = await writer.saveArticle(article);
      keepCopy(saved, page);
      return saved;
    },
  }),
  'tab/article-url': row('tab/article-url', {
    schema: v.object({ tabId: v.optional(tabId) }),
    from: 'extension',
    writes: false,
    async handle({ tabId: id }, { library, tabUrl }) {
      const url = await tabUrl(id);
      if (!url || !/^https?:/.test(url)) return null;
      const saved = await findArticle(await library(), url);
      return saved?.url ?? url;
    },
  }),
  'tab/passage': row('tab/passage', {
    schema: v.object({ tabId }),
    from: 'extension',
    writes: false,
    async handle({ tabId: id }, { controlFrames, tabUrl }) {
      const url = await tabUrl(id);
      return url && /^https?:/.test(url) ? controlFrames.takeTabPassage(id, url) : null;
    },
  }),
  'notes/list': row('notes/list', {
    schema: v.object({ url: httpUrl }),
    from: 'extension',
    writes: false,
    handle: async ({ url }, { library }) => listNotes(await library(), url),
  }),
  'note/add': row('note/add', {
    schema: v.object({ url: httpUrl, text: noteText, selectors: v.optional(PassageSelectorsSchema), article: v.optional(ArticleInputSchema) }),
    from: 'extension',
    writes: true,
    handle: ({ url, text, selectors, article }, { writer }) => writer.addNote(url, text, { article, selectors }),
  }),
  'note/update': row('note/update', {
    schema: v.object({ id: noteId, text: noteText }),
    from: 'extension',
    writes: true,
    handle: ({ id, text }, { writer }) => writer.updateNote(id, text),
  }),
  'note/delete': row('note/delete', {
    schema: v.object({ id: noteId }),
    from: 'extension',
    writes: true,
    handle: ({ id }, { writer }) => writer.deleteNote(id),
  }),
  'control/ticket': row('control/ticket', {
    schema: v.object({}),
    from: 'page',
    writes: false,
    async handle(_request, { sender, controlFrames }) {
      if (sender.tabId === undefined || !sender.url) throw new SkinmarkError('not-allowed', 'Only a tab can hold the control');
      return controlFrames.issue(sender.tabId, sender.frameId ?? 0, sender.url);
    },
  }),
  'control/claim': row('control/claim', {
    schema: v.object({ ticket }),
    from: 'control',
    writes: false,
    async handle({ ticket: presented }, context) {
      const { sender, controlFrames } = context;
      const claim = await controlFrames.claim(presented, sender.tabId ?? -1, sender.frameId ?? -1);
      if (!claim) throw new SkinmarkError('not-allowed', 'This control was not put here by Skinmark');
      return controlState(claim, context);
    },
  }),
  'control/state': row('control/state', {
    schema: v.object({}),
    from: 'control',
    writes: false,
    handle: async (_request, context) => controlState(await claimOf(context), context),
  }),
  'control/save': row('control/save', {
    schema: v.object({}),
    from: 'control',
    writes: true,
    async handle(_request, context) {
      const claim = await claimOf(context);
      const { page, ...article } = await articleOf(claim, context, (await context.settings()).keepCopies);
      const saved = await context.writer.saveArticle(article);
      context.keepCopy(saved, page);
      return saved;
    },
  }),
  'control/note': row('control/note', {
    /** `withPassage`: the note is about the passage the reader chose (and the frame showed). */
    schema: v.object({ text: noteText, withPassage: v.optional(v.boolean()) }),
    from: 'control',
    writes: true,
    async handle({ text, withPassage }, context) {
      const claim = await claimOf(context);
      // A note saves its article when it was not saved yet: its copy is made then too (the page
      // serialises its article only when a copy is wanted and missing).
      const library = await context.library();
      const before = await findArticle(library, claim.pageUrl);
      const wantCopy = (await context.settings()).keepCopies && !(before && (await library.getKey('copies', before.key)));
      const { page, ...article } = await articleOf(claim, context, wantCopy);
      const selectors = withPassage ? claim.passage : undefined;
      const note = await context.writer.addNote(article.url, text, { article, selectors });
      if (selectors) await context.controlFrames.setPassage(claim.tabId, claim.articleFrameId, undefined);
      const saved = page && (await library.get('articles', note.articleKey));
      if (saved) context.keepCopy(saved, page);
      return note;
    },
  }),
  'control/passage': row('control/passage', {
    schema: v.object({ selectors: PassageSelectorsSchema }),
    from: 'page',
    writes: false,
    async handle({ selectors }, { sender, controlFrames }) {
      if (sender.tabId === undefined) throw new SkinmarkError('not-allowed', 'Only a tab can hold the control');
      return controlFrames.setPassage(sender.tabId, sender.frameId ?? 0, selectors);
    },
  }),
  'control/notes': row('control/notes', {
    schema: v.object({}),
    from: 'control',
    writes: false,
    async handle(_request, context) {
      const claim = await claimOf(context);
      return (await listNotes(await context.library(), claim.pageUrl)).map(({ id, text }) => ({ id, text }));
    },
  }),
  'page/notes-ready': row('page/notes-ready', {
    schema: v.object({}),
    from: 'page',
    writes: false,
    async handle(_request, { sender, library, showPageControl }) {
      if (sender.tabId === undefined || !sender.url) throw new SkinmarkError('not-allowed', 'Only a tab can report a page');
      // Only for an article the reader saved with quoted notes: no page can summon the control otherwise.
      const notes = await listNotes(await library(), sender.url).catch(() => []);
      if (notes.some((n) => n.selectors && quoteOf({ selectors: n.selectors }))) await showPageControl(sender.tabId, sender.frameId ?? 0);
      return null;
    },
  }),
  'page/passages': row('page/passages', {
    schema: v.object({}),
    from: 'page',
    writes: false,
    async handle(_request, { sender, library }) {
      if (!sender.url) throw new SkinmarkError('not-allowed', 'Only a tab can ask for its passages');
      const notes = await listNotes(await library(), sender.url);
      return notes.flatMap(({ id, selectors }) => (selectors && quoteOf({ selectors }) ? [{ id, selectors }] : []));
    },
  }),
} satisfies { [K in RequestType]: Row<K, Schema> };

/** The claim of the control frame that sent the request; a frame without one may not act. */
async function claimOf({ sender, controlFrames }: HandlerContext): Promise<ControlClaim> {
  const claim = sender.tabId === undefined ? undefined : await controlFrames.claimOf(sender.tabId, sender.frameId ?? -1);
  if (!claim) throw new SkinmarkError('not-allowed', 'This control was not put here by Skinmark');
  return claim;
}

/** The article the claim's frame serves, as Skinmark's script there reads it now. */
async function articleOf(claim: ControlClaim, { collectFromFrame }: HandlerContext, withPage = false): Promise<CollectedArticle> {
  const article = await collectFromFrame(claim.tabId, claim.articleFrameId, withPage);
  return { ...article, procedures: article.procedures.filter(isKnownProcedure) };
}

async function controlState(claim: ControlClaim, { library }: HandlerContext): Promise<ControlState> {
  const saved = await findArticle(await library(), claim.pageUrl);
  const passage = claim.passage && quoteOf({ selectors: claim.passage })?.exact;
  return { address: normalizeUrl(claim.pageUrl), saved: !!saved, ...(passage ? { passage } : {}) };
}

type Table = typeof REQUESTS;

/** A request as its sender writes it: its type and its fields. */
export type RequestOf<K extends RequestType> = { type: K } & v.InferInput<Table[K]['schema']>;
export type ResponseOf<K extends RequestType> = Responses[K];

export { MESSAGE_CHARS };
