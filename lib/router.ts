// The background's answer to every request: validated, checked against who sent it, then
// carried out on the library. Browser APIs come in through `deps` so this runs in unit tests.
import type { LibraryDB } from './db/library';
import {
  addNote,
  deleteArticle,
  deleteNote,
  findArticle,
  libraryCounts,
  listArticles,
  listNotes,
  saveArticle,
  savedProcedures,
  updateNote,
} from './db/library';
import { PROCEDURE_CARDS } from './lexicon/cards';
import { compileLexicon, type CompiledLexicon } from './lexicon/matcher';
import { LEXICON, isKnownProcedure, procedureName } from './lexicon/index';
import { CONTENT_SCRIPT_REQUESTS, parseRequest, type ArticleInput, type Request } from './messages';
import { fail, ok, type ResponseMap, type Result } from './protocol';
import { normalizeUrl } from './url';

let compiledLexicon: CompiledLexicon | undefined;

export interface SenderInfo {
  /** The extension's own pages (popup, side panel, options); everything else is a content script. */
  fromExtensionPage: boolean;
  tabId?: number;
  frameId?: number;
  /** The URL of the frame that sent the message. */
  url?: string;
}

export interface RouterDeps {
  db(): Promise<LibraryDB>;
  setBadge(tabId: number, text: string): Promise<void>;
  /** What the page in a tab says about itself, or its bare URL and title where no content script runs. */
  collectFromTab(tabId: number): Promise<ArticleInput>;
  /** Puts the in-page control into the frame of a skincare article. */
  showPageControl(tabId: number, frameId: number): Promise<void>;
  /** Puts the scanner (detection, highlights) into a frame whose first look passed. */
  startScan(tabId: number, frameId: number): Promise<void>;
  /** Whether the reader asked Skinmark never to run on the site of this URL. */
  blockedSite(url: string | undefined): Promise<boolean>;
  /** URL of the given tab, or of the active tab of the focused window. */
  tabUrl(tabId?: number): Promise<string | undefined>;
  notifyChanged(): void;
}

function sameArticle(a: string, b: string | undefined): boolean {
  if (!b) return false;
  try {
    return normalizeUrl(a) === normalizeUrl(b);
  } catch {
    return false;
  }
}

/** A content script may touch only the article of the page it runs in. */
function outOfScope(req: Request, sender: SenderInfo): string | undefined {
  if (sender.fromExtensionPage) return undefined;
  if (!CONTENT_SCRIPT_REQUESTS.has(req.type)) return `"${req.type}" is not allowed from a web page`;
  const url =
    req.type === 'article/save' ? req.article.url : 'url' in req ? req.url : undefined;
  if (url !== undefined && !sameArticle(url, sender.url)) return 'A page can only read or save its own article';
  if (req.type === 'note/add' && req.article && !sameArticle(req.article.url, sender.url)) {
    return 'A page can only read or save its own article';
  }
  return undefined;
}

async function carryOut(req: Request, sender: SenderInfo, deps: RouterDeps): Promise<ResponseMap[Request['type']]> {
  switch (req.type) {
    case 'page/detected': {
      if (sender.tabId === undefined) throw new Error('Only a tab can report a page');
      const known = new Set(req.procedures.filter(isKnownProcedure));
      if (!sender.frameId) await deps.setBadge(sender.tabId, req.skincare && known.size ? String(known.size) : '');
      if (req.skincare && !req.update) await deps.showPageControl(sender.tabId, sender.frameId ?? 0);
      return null;
    }
    case 'page/candidate': {
      if (sender.tabId === undefined) throw new Error('Only a tab can report a page');
      if (await deps.blockedSite(sender.url)) return false;
      await deps.startScan(sender.tabId, sender.frameId ?? 0);
      return true;
    }
    case 'card/get': {
      const card = Object.hasOwn(PROCEDURE_CARDS, req.procedureId) ? PROCEDURE_CARDS[req.procedureId] : undefined;
      if (!card) throw new Error(`No card for "${req.procedureId}"`);
      return { ...card, id: req.procedureId, name: procedureName(req.procedureId) };
    }
    case 'lexicon/get':
      compiledLexicon ??= compileLexicon(LEXICON);
      return compiledLexicon;
    case 'article/save':
      return saveArticle(await deps.db(), { ...req.article, procedures: req.article.procedures.filter(isKnownProcedure) });
    case 'article/get':
      return (await findArticle(await deps.db(), req.url)) ?? null;
    case 'article/list':
      return listArticles(await deps.db(), { procedure: req.procedure, limit: req.limit });
    case 'library/counts':
      return libraryCounts(await deps.db());
    case 'library/procedures':
      return savedProcedures(await deps.db());
    case 'article/delete':
      return deleteArticle(await deps.db(), req.key);
    case 'tab/save': {
      const article = await deps.collectFromTab(req.tabId);
      return saveArticle(await deps.db(), article);
    }
    case 'tab/article-url': {
      const url = await deps.tabUrl(req.tabId);
      if (!url || !/^https?:/.test(url)) return null;
      const saved = await findArticle(await deps.db(), url);
      return saved?.url ?? url;
    }
    case 'notes/list':
      return listNotes(await deps.db(), req.url);
    case 'note/add':
      return addNote(await deps.db(), req.url, req.text, { article: req.article, quote: req.quote });
    case 'note/update':
      return updateNote(await deps.db(), req.id, req.text);
    case 'note/delete':
      return deleteNote(await deps.db(), req.id);
  }
}

const WRITES = new Set<Request['type']>(['article/save', 'article/delete', 'tab/save', 'note/add', 'note/update', 'note/delete']);

/** Never throws: every failure comes back as a result with a sentence a reader can act on. */
export async function handleRequest(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Result<unknown>> {
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  const refused = outOfScope(parsed.value, sender);
  if (refused) return fail(refused);
  try {
    const value = await carryOut(parsed.value, sender, deps);
    if (WRITES.has(parsed.value.type)) deps.notifyChanged();
    return ok(value);
  } catch (error) {
    return fail(sentenceFor(error));
  }
}

/** What went wrong, in words a reader can act on; storage failures abort their transaction whole. */
function sentenceFor(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left for Skinmark’s library, so nothing was saved. Free some disk space, or delete old articles.';
  }
  if (name === 'UnknownError' || name === 'InvalidStateError') {
    return 'The browser would not let Skinmark use its library (storage may be turned off in this window), so nothing was saved.';
  }
  return error instanceof Error ? error.message : String(error);
}
