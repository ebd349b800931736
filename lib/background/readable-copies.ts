// Keeping a readable copy of each article the reader saves: the collector that read the article
// in its tab also serialised its main block (lib/page/page-html.ts), and the copy is extracted
// where the extension has a DOM of its own: Firefox's background page, or Chrome's offscreen
// document. The save never waits for it; the copy is announced as a change when it is stored.
import { browser } from 'wxt/browser';
import type { LibraryWriter } from '../library/writer';
import type { ArticleRecord, ReadableCopy, Settings } from '../model';
import type { PageHtml } from '../page/page-html';
import { normalizeUrl } from '../shared/url';
import { EXTRACT_COPY, EXTRACT_PORT, type ExtractCopyRequest } from './offscreen-protocol';

type OffscreenApi = {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
};

let creating: Promise<void> | undefined;

async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (api.hasDocument && (await api.hasDocument())) return;
  creating ??= api
    .createDocument({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: 'Extract a readable copy of an article the reader saved.' })
    .catch((error: Error) => {
      // Another call created it first.
      if (!/single offscreen/i.test(error.message)) throw error;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** The copy of a page's HTML, extracted in a DOM of the extension's own. */
async function extract(html: string, url: string, key: string): Promise<ReadableCopy | null> {
  if (typeof DOMParser !== 'undefined') {
    const { extractReadableCopy } = await import('../library/readable');
    return extractReadableCopy(html, url, key);
  }
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) return null;
  await ensureOffscreen(offscreen);
  const request: ExtractCopyRequest = { type: EXTRACT_COPY, html, url, key };
  const port = browser.runtime.connect({ name: EXTRACT_PORT });
  try {
    const answer = await new Promise<{ ok: boolean; copy?: ReadableCopy | null; error?: string }>((resolve, reject) => {
      port.onMessage.addListener((message) => resolve(message as { ok: boolean; copy?: ReadableCopy | null; error?: string }));
      port.onDisconnect.addListener(() => reject(new Error('the offscreen document went away')));
      port.postMessage(request);
    });
    if (!answer.ok) throw new Error(answer.error ?? 'the copy could not be extracted');
    return answer.copy ?? null;
  } finally {
    port.disconnect();
  }
}

function isAddressOf(url: string, article: ArticleRecord): boolean {
  try {
    const address = normalizeUrl(url);
    return address === article.key || article.aliases.includes(address);
  } catch {
    return false;
  }
}

export interface CopyKeeper {
  /** Keeps a copy of `article` from the HTML its page gave when it was saved (if any, and if copies are on). */
  keep(article: ArticleRecord, page: PageHtml | undefined): void;
  /** The copies being made now, for tests and the benchmark to wait on. */
  idle(): Promise<void>;
}

export function createCopyKeeper(writer: LibraryWriter, settings: () => Promise<Settings>): CopyKeeper {
  const running = new Set<Promise<void>>();
  return {
    keep(article, page) {
      if (!page) return;
      const work = (async () => {
        if (!(await settings()).keepCopies) return;
        // What was read is another page than the one saved (the record folded into another
        // article's): its text is not this article's.
        if (!isAddressOf(page.url, article)) return;
        const copy = await extract(page.html, page.url, article.key);
        if (copy) await writer.saveCopy(copy);
      })()
        // A page that went away, or had no article in it: the article stays saved without a copy.
        .catch(() => undefined)
        .finally(() => running.delete(work));
      running.add(work);
    },
    idle: async () => {
      await Promise.all([...running]);
    },
  };
}
