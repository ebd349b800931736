// The reader: an article's readable copy, kept in the library, shown in the extension's own origin
// under a strict content-security policy (index.html), with the reader's quoted notes marked where
// their passages are. It needs no network: the copy, the notes and this page are all local.
import DOMPurify from 'dompurify';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask, useLiveQuery } from '../../components/app/extension-api';
import { registerNoteHighlights } from '../../lib/page/highlighter';
import { anchorPassages } from '../../lib/page/passages';
import { quoteOf, type NoteRecord, type Settings } from '../../lib/model';
import { readSettings } from '../../lib/shared/settings-store';
import { copyPurifyConfig } from '../../lib/library/limits';
import '../../components/app/app.css';
import './reader.css';

const articleUrl = new URLSearchParams(location.search).get('article') ?? '';

/**
 * The copy as nodes, cleaned once more here (it was cleaned when kept; an import or an older
 * version may have kept it otherwise), never through innerHTML. Images load only if allowed.
 */
function copyNodes(html: string, images: boolean): DocumentFragment {
  const purify = DOMPurify(window);
  if (!purify.isSupported) throw new Error('This browser cannot show saved copies safely.');
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
      return;
    }
    if (!(node instanceof HTMLImageElement)) return;
    const src = node.getAttribute('data-skinmark-src');
    node.removeAttribute('src');
    if (images && src && /^https:/.test(src)) {
      node.setAttribute('src', src);
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
    } else {
      node.setAttribute('alt', node.getAttribute('alt') || 'Image (not loaded)');
    }
  });
  try {
    return purify.sanitize(html, { ...copyPurifyConfig(), RETURN_DOM_FRAGMENT: true });
  } finally {
    purify.removeAllHooks();
  }
}

/** Allows no images at all, whatever the page's own policy allows: policies only ever narrow. */
function forbidRemoteImages(): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "img-src 'self' data:";
  document.head.append(meta);
}

function CopyContent({ html, images, notes, onAnchored }: { html: string; images: boolean; notes: NoteRecord[]; onAnchored(found: Map<string, Range>): void }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.replaceChildren(copyNodes(html, images));
  }, [html, images]);
  useEffect(() => {
    if (!root.current) return;
    const quoted = notes.flatMap((n) => (n.selectors && quoteOf(n) ? [{ id: n.id, selectors: n.selectors }] : []));
    const anchored = anchorPassages(root.current, quoted);
    // Painted where the browser can (registerNoteHighlights checks); found and revealable everywhere.
    registerNoteHighlights(window, [...anchored.ranges.values()]);
    onAnchored(anchored.ranges);
  }, [html, images, notes]);
  return <div class="reader__content" ref={root} data-testid="reader-content" />;
}

function Reader() {
  const [settings, setSettings] = useState<Settings | null | undefined>(undefined);
  useEffect(() => {
    readSettings().then(
      (s) => {
        if (!s.readerImages) forbidRemoteImages();
        setSettings(s);
      },
      () => {
        forbidRemoteImages();
        setSettings(null);
      },
    );
  }, []);
  const [view] = useLiveQuery(() => (articleUrl ? ask({ type: 'copy/get', url: articleUrl }) : Promise.reject(new Error('No article was named.'))), []);
  const [anchored, setAnchored] = useState<Map<string, Range>>(new Map());
  /** Scrolls to a note's passage in the copy and selects it for a moment. */
  const reveal = (id: string) => {
    const range = anchored.get(id);
    if (!range) return;
    const top = range.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3;
    window.scrollTo({ top, behavior: 'smooth' });
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };

  if (view.state === 'loading' || settings === undefined) return <p class="empty">Opening the saved copy…</p>;
  if (view.state === 'error') {
    return (
      <main class="reader">
        <p class="error" role="alert">
          {view.error}
        </p>
      </main>
    );
  }
  const { article, copy, notes } = view.value;
  document.title = `${article.title} — Skinmark reader`;
  return (
    <main class="reader">
      <header class="reader__header">
        <p class="reader__site muted">{article.siteName}</p>
        <h1 class="reader__title">{article.title}</h1>
        <p class="reader__meta muted">
          {copy?.byline || article.author ? `${copy?.byline || article.author} · ` : ''}
          Saved {new Date(copy?.savedAt ?? article.savedAt).toLocaleDateString(undefined, { dateStyle: 'long' })} ·{' '}
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            Open the original
          </a>
        </p>
      </header>
      {copy ? (
        <CopyContent html={copy.html} images={!!settings?.readerImages} notes={notes} onAnchored={setAnchored} />
      ) : (
        <p class="empty" data-testid="reader-no-copy">
          No readable copy of this article was kept. Copies are made when an article is saved from its page, while “Keep a readable copy” is on in the options.
        </p>
      )}
      {notes.length > 0 && (
        <aside class="reader__notes" aria-label="Your notes">
          <h2>Your notes</h2>
          <ol>
            {notes.map((note) => {
              const quote = quoteOf(note)?.exact;
              return (
                <li key={note.id} class="reader__note" data-testid="reader-note">
                  {quote &&
                    (anchored.has(note.id) ? (
                      <blockquote>
                        <button type="button" class="reader__quote" onClick={() => reveal(note.id)} title="Show this passage in the copy">
                          {quote}
                        </button>
                      </blockquote>
                    ) : (
                      <blockquote class="is-orphan" title="Not found in the saved copy">
                        {quote}
                      </blockquote>
                    ))}
                  <p>{note.text}</p>
                </li>
              );
            })}
          </ol>
        </aside>
      )}
    </main>
  );
}

render(<Reader />, document.getElementById('app')!);
