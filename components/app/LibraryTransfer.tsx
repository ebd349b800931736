// The options page's export and import. An import is read and parsed here and written by the
// background, the library's one writer, which announces it to every view. An export only reads:
// it opens the library itself, as a whole library can be larger than a message may carry.
import { zipSync, strToU8 } from 'fflate';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IMPORT_PROGRESS, type ImportProgressEvent } from '../../lib/messaging/events';
import { openLibrary, type LibraryDB } from '../../lib/library/database';
import { exportJsonParts, exportLibrary, type ImportCounts } from '../../lib/library/transfer';
import { markdownFiles, readingListCsv } from '../../lib/library/export-formats';
import { isZip, readImportArchive } from '../../lib/library/import-archives';
import { copyFromHtml } from '../../lib/library/readable';
import { MAX_IMPORT_BYTES, readImportFile } from '../../lib/library/import-formats';
import { ask } from './extension-api';

/** Hands the reader a file, as a download. */
function download(name: string, data: BlobPart | BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(Array.isArray(data) ? data : [data], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time a minute has passed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function withLibrary<T>(work: (db: LibraryDB) => Promise<T>): Promise<T> {
  const db = await openLibrary();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const today = () => new Date().toISOString().slice(0, 10);

type ImportState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; counts: ImportCounts; skipped: number; copyError?: string }
  | { state: 'failed'; error: string };

function describeCounts({ counts, skipped, copyError }: { counts: ImportCounts; skipped: number; copyError?: string }): string {
  const parts = [
    `${counts.articlesAdded} article${counts.articlesAdded === 1 ? '' : 's'} added`,
    `${counts.articlesUpdated} updated`,
    `${counts.notesAdded} note${counts.notesAdded === 1 ? '' : 's'} added`,
    `${counts.notesUpdated} updated`,
    `${counts.unchanged} already there`,
  ];
  if (counts.copiesAdded) parts.push(`${counts.copiesAdded} readable cop${counts.copiesAdded === 1 ? 'y' : 'ies'} kept`);
  if (skipped) parts.push(`${skipped} link${skipped === 1 ? '' : 's'} skipped (not web pages)`);
  // The records are in whatever happened to the copies after them.
  const copies = copyError ? ` The articles and notes are in your library, but not every readable copy was kept: ${copyError}` : '';
  return `Imported: ${parts.join(', ')}.${copies}`;
}

/**
 * A part of an import's copies is at most this many characters of HTML and words (a message carries
 * up to 64 MiB, and JSON escaping can double markup), and this many copies (what the request takes).
 */
const COPY_PART_CHARS = 12 * 1024 * 1024;
const COPY_PART_COUNT = 1_000;

/** `items` in order, in parts under `limit` characters and `count` items (a larger item goes alone). */
function inParts<T extends { html: string; words: string[] }>(items: readonly T[], limit: number, count: number): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = item.html.length + item.words.reduce((n, w) => n + w.length + 3, 0);
    if (part.length && (size + itemSize > limit || part.length >= count)) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(item);
    size += itemSize;
  }
  if (part.length) parts.push(part);
  return parts;
}

/** `onImported` refreshes this page: the change message reaches every extension page but the sender's. */
export function LibraryTransfer({ onImported }: { onImported?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportState>({ state: 'idle' });

  const exportAs = (format: 'json' | 'markdown' | 'csv') => async () => {
    setBusy(true);
    setExportError(null);
    try {
      // Copies go in the JSON export only; the others have no place for them.
      const library = await withLibrary((db) => exportLibrary(db, new Date(), { copies: format === 'json' }));
      if (format === 'json') {
        download(`skinmark-library-${today()}.json`, exportJsonParts(library), 'application/json');
      } else if (format === 'csv') {
        download(`skinmark-reading-list-${today()}.csv`, readingListCsv(library.articles, library.notes), 'text/csv');
      } else {
        const files = Object.fromEntries(markdownFiles(library.articles, library.notes).map((f) => [f.name, strToU8(f.content)]));
        download(`skinmark-markdown-${today()}.zip`, zipSync(files), 'application/zip');
      }
    } catch (error) {
      setExportError(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setImported({ state: 'running', done: 0, total: 0 });
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(`This file is ${Math.round(file.size / 2 ** 20)} MB; Skinmark imports files up to 512 MB.`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { batch, skipped } = isZip(bytes)
        ? readImportArchive(bytes, (html, url, key, title) => copyFromHtml(html, url, key, { title }))
        : readImportFile(new TextDecoder().decode(bytes), (html) => new DOMParser().parseFromString(html, 'text/html'), Date.now(), (html, url, key, fields) =>
            copyFromHtml(html, url, key, fields),
          );
      const importId = crypto.randomUUID();
      let shown = 0;
      const onProgress = (message: unknown) => {
        const { type, importId: id, done, total } = (message ?? {}) as Partial<ImportProgressEvent>;
        if (done === undefined || total === undefined) return;
        // Redrawing for every record of a large file would cost more than the import.
        if (type !== IMPORT_PROGRESS || id !== importId || (done !== total && done - shown < Math.max(1, total / 100))) return;
        shown = done;
        setImported({ state: 'running', done, total });
      };
      browser.runtime.onMessage.addListener(onProgress);
      try {
        // Records first, in one transaction; their copies after, in parts a message can carry.
        const { copies = [], ...records } = batch;
        const counts = await ask({ type: 'library/import', importId, batch: records });
        let copiesAdded = 0;
        let copyError: string | undefined;
        for (const part of inParts(copies, COPY_PART_CHARS, COPY_PART_COUNT)) {
          try {
            copiesAdded += await ask({ type: 'library/import-copies', copies: part });
          } catch (error) {
            copyError = (error as Error).message;
            break;
          }
        }
        setImported({ state: 'done', counts: { ...counts, ...(copiesAdded ? { copiesAdded } : {}) }, skipped, copyError });
      } finally {
        browser.runtime.onMessage.removeListener(onProgress);
      }
      onImported?.();
    } catch (error) {
      setImported({ state: 'failed', error: `${(error as Error).message} Your library is unchanged.` });
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <section class="transfer">
      <p>
        Take everything with you: the JSON file is complete and comes back in here as it was; Markdown gives one note
        file per article (Obsidian and other note apps read it); the CSV opens in any spreadsheet.
      </p>
      <div class="transfer__buttons">
        <button type="button" class="primary" disabled={busy} onClick={exportAs('json')} data-testid="export-json">
          Export JSON
        </button>
        <button type="button" disabled={busy} onClick={exportAs('markdown')} data-testid="export-markdown">
          Export Markdown (zip)
        </button>
        <button type="button" disabled={busy} onClick={exportAs('csv')} data-testid="export-csv">
          Export reading list (CSV)
        </button>
      </div>
      {exportError && (
        <p class="error" role="alert">
          {exportError}
        </p>
      )}
      <label class="transfer__import">
        Import a Skinmark JSON export, a Pocket export (the zip, or the older HTML or CSV file), an Omnivore export zip or a
        bookmarks file:{' '}
        <input
          type="file"
          accept=".json,.html,.htm,.csv,.zip,application/json,text/html,text/csv,application/zip"
          disabled={busy}
          onChange={importFile}
          data-testid="import-file"
        />
      </label>
      {imported.state === 'running' && (
        <p role="status">
          Importing… <progress value={imported.done} max={imported.total || 1} data-testid="import-progress" />
        </p>
      )}
      {imported.state === 'done' && (
        <p role="status" data-testid="import-result">
          {describeCounts(imported)}
        </p>
      )}
      {imported.state === 'failed' && (
        <p class="error" role="alert" data-testid="import-result">
          {imported.error}
        </p>
      )}
    </section>
  );
}
