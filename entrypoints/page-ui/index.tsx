// The in-page control, injected by the background into skincare articles only: Preact, the
// procedure card and their styles never load on other pages.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageControl, type PageControlProps } from '../../components/PageControl';
import { indexByNode, mentionAtPoint, type HighlightedMention } from '../../lib/highlighter';
import { currentPageSession, type PageSession } from '../../lib/page-session';
import { LIBRARY_CHANGED, request, type ResponseMap } from '../../lib/protocol';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** Room the full control needs beside the article; with less it shrinks to icons. */
const FULL_CONTROL_WIDTH = 280;
const HOST = 'skinmark-page-control';

export default defineUnlistedScript(() => {
  const session = currentPageSession();
  // Injected twice (a second report after a route change), or after a dismiss: nothing to do.
  if (!session || document.querySelector(HOST)) return;
  void mount(session);
});

async function mount(session: PageSession) {
  // Loaded here, not at the top: WXT evaluates an unlisted script's module while building, where
  // these modules' load-time setup has no entrypoint environment.
  const [{ ContentScriptContext }, { createShadowRootUi }, { default: css }] = await Promise.all([
    import('wxt/utils/content-script-context'),
    import('wxt/utils/content-script-ui/shadow-root'),
    import('./style.css?inline'),
  ]);
  // No announcement to the page: it need not know Skinmark is here.
  const ctx = new ContentScriptContext('skinmark-page-ui', { noScriptStartedPostMessage: true });
  const saved = await request(send, { type: 'article/get', url: location.href }).catch(() => null);
  // The page may have moved on (a route change, a dismiss) while we waited.
  if (currentPageSession() !== session || document.querySelector(HOST)) return;
  const cards = new Map<string, Promise<ResponseMap['card/get']>>();
  let stopTracking = () => {};

  const ui = await createShadowRootUi(ctx, {
    name: HOST,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    isolateEvents: true,
    onMount(container) {
      const props: PageControlProps = {
        procedures: session.procedures(),
        savedInLibrary: !!saved,
        ...dockLayout(session.root),
        loadCard(id) {
          if (!cards.has(id)) {
            const card = request(send, { type: 'card/get', procedureId: id });
            // A card that failed to load is asked for again next time.
            card.catch(() => cards.delete(id));
            cards.set(id, card);
          }
          return cards.get(id)!;
        },
        save: session.save,
        addNote: session.addNote,
        reveal(id) {
          const first = session.procedureMentions().find((h) => h.mention.id === id);
          if (!first) return;
          const rect = first.range.getBoundingClientRect();
          window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'smooth' });
        },
        dismiss: () => session.dismiss(),
        hoverCard: null,
      };
      const draw = () => render(<PageControl {...props} />, container);
      draw();
      let byNode = indexByNode(session.procedureMentions());
      const unsubscribe = session.onChange(() => {
        props.procedures = session.procedures();
        byNode = indexByNode(session.procedureMentions());
        draw();
      });
      const onResize = () => {
        Object.assign(props, dockLayout(session.root));
        draw();
      };
      window.addEventListener('resize', onResize, { passive: true });
      const stopHover = trackHover(
        () => byNode,
        (hover) => {
          if (hover?.id === props.hoverCard?.id) return;
          props.hoverCard = hover;
          draw();
        },
        () => ui.shadowHost,
      );
      // Saved or deleted in another tab, the popup or the side panel: the button follows.
      const onLibraryChanged = (message: unknown) => {
        if ((message as { type?: unknown } | null)?.type !== LIBRARY_CHANGED) return;
        request(send, { type: 'article/get', url: location.href }).then((article) => {
          props.savedInLibrary = !!article;
          draw();
        }, () => undefined);
      };
      browser.runtime.onMessage.addListener(onLibraryChanged);
      const unsubscribeEnd = session.onEnd(() => ui.remove());
      stopTracking = () => {
        browser.runtime.onMessage.removeListener(onLibraryChanged);
        unsubscribeEnd();
        unsubscribe();
        stopHover();
        window.removeEventListener('resize', onResize);
      };
      return container;
    },
    onRemove(container) {
      stopTracking();
      if (container) render(null, container);
    },
  });
  if (currentPageSession() === session) ui.mount();
}

/**
 * Fits the control into the margin at the right of the article, so it never sits on the text
 * being read; where the margin is too narrow it shrinks to icons in the corner.
 */
function dockLayout(root: Element | null): { compact: boolean; dockWidth: number } {
  const margin = root ? window.innerWidth - root.getBoundingClientRect().right : 0;
  if (margin < FULL_CONTROL_WIDTH) return { compact: true, dockWidth: Math.min(340, window.innerWidth - 32) };
  return { compact: false, dockWidth: Math.min(340, margin - 32) };
}

/** Shows the card of the mention under the pointer; the card stays while the pointer is on it. */
function trackHover(
  byNode: () => ReadonlyMap<Text, readonly HighlightedMention[]>,
  onChange: (hover: { id: string; x: number; y: number } | null) => void,
  host: () => HTMLElement,
): () => void {
  let frame = 0;
  let hiding: ReturnType<typeof setTimeout> | undefined;
  let last: MouseEvent | undefined;
  const update = () => {
    frame = 0;
    if (!last) return;
    if (last.composedPath().includes(host())) {
      clearTimeout(hiding);
      return;
    }
    const found = mentionAtPoint(document, last.clientX, last.clientY, byNode());
    // A moment's grace, so the pointer can travel from the word to the card (and its source link).
    if (!found) {
      clearTimeout(hiding);
      hiding = setTimeout(() => onChange(null), 300);
      return;
    }
    clearTimeout(hiding);
    const rect = found.range.getBoundingClientRect();
    const cardHeight = 340;
    const below = rect.bottom + 8;
    const y = below + cardHeight > window.innerHeight ? Math.max(8, rect.top - cardHeight - 8) : below;
    const x = Math.min(Math.max(8, rect.left), window.innerWidth - 340);
    onChange({ id: found.mention.id, x, y });
  };
  const onMove = (event: MouseEvent) => {
    last = event;
    frame ||= requestAnimationFrame(update);
  };
  const onScroll = () => onChange(null);
  document.addEventListener('mousemove', onMove, { passive: true });
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    document.removeEventListener('mousemove', onMove);
    window.removeEventListener('scroll', onScroll);
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(hiding);
  };
}
