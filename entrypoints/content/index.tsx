import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageControl, type PageControlProps } from '../../components/PageControl';
import { extractArticle } from '../../lib/article-meta';
import { detectSkincareArticle, type Detection } from '../../lib/detector';
import {
  HIGHLIGHT_CSS,
  clearHighlights,
  indexByNode,
  mentionAtPoint,
  mentionRanges,
  registerHighlights,
  type HighlightedMention,
} from '../../lib/highlighter';
import { lexiconMatcher, procedureName } from '../../lib/lexicon/index';
import { COLLECT_ARTICLE, request, type ResponseMap } from '../../lib/protocol';
import './style.css';

const send = (message: unknown) => browser.runtime.sendMessage(message);
/** Room the full control needs beside the article; with less it shrinks to icons. */
const FULL_CONTROL_WIDTH = 280;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const detection = detectSkincareArticle(document, lexiconMatcher());
    // The popup's "Save this page" works on any page: describe it when the background asks.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: unknown })?.type !== COLLECT_ARTICLE) return;
      return Promise.resolve(extractArticle(document, location.href, detection.procedures));
    });

    if (!detection.isSkincare) return;
    await decorate(ctx, detection);
  },
});

async function decorate(ctx: ContentScriptContext, detection: Detection) {
  const highlighted = mentionRanges(detection.mentions);
  registerHighlights(window, highlighted);
  const style = document.createElement('style');
  style.dataset.skinmark = 'highlight';
  style.textContent = HIGHLIGHT_CSS;
  (document.head ?? document.documentElement).append(style);

  request(send, { type: 'page/detected', procedures: detection.procedures }).catch(() => undefined);
  const saved = await request(send, { type: 'article/get', url: location.href }).catch(() => null);

  const counts = new Map<string, number>();
  for (const m of detection.mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const cards = new Map<string, Promise<ResponseMap['card/get']>>();
  const byNode = indexByNode(highlighted);
  const article = () => extractArticle(document, location.href, detection.procedures);

  const ui = await createShadowRootUi(ctx, {
    name: 'skinmark-page-control',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(container) {
      const props: PageControlProps = {
        procedures: detection.procedures.map((id) => ({ id, name: procedureName(id), count: counts.get(id) ?? 0 })),
        initiallySaved: !!saved,
        ...dockLayout(detection.root),
        loadCard(id) {
          if (!cards.has(id)) cards.set(id, request(send, { type: 'card/get', procedureId: id }));
          return cards.get(id)!;
        },
        async save() {
          await request(send, { type: 'article/save', article: article() });
        },
        async addNote(text) {
          await request(send, { type: 'note/add', url: location.href, text, article: article() });
        },
        reveal(id) {
          const first = highlighted.find((h) => h.mention.id === id);
          if (!first) return;
          const rect = first.range.getBoundingClientRect();
          window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'smooth' });
        },
        dismiss() {
          ui.remove();
          removeDecorations();
        },
        hoverCard: null,
      };
      const draw = () => render(<PageControl {...props} />, container);
      draw();
      const onResize = () => {
        Object.assign(props, dockLayout(detection.root));
        draw();
      };
      window.addEventListener('resize', onResize, { passive: true });
      stopResize = () => window.removeEventListener('resize', onResize);
      stopHover = trackHover(byNode, (hover) => {
        if (hover?.id === props.hoverCard?.id) return;
        props.hoverCard = hover;
        draw();
      }, () => ui.shadowHost);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  let stopHover = () => {};
  let stopResize = () => {};
  const removeDecorations = () => {
    stopHover();
    stopResize();
    clearHighlights(window);
    style.remove();
  };
  ctx.onInvalidated(() => {
    ui.remove();
    removeDecorations();
  });
  ui.mount();
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
  byNode: ReadonlyMap<Text, readonly HighlightedMention[]>,
  onChange: (hover: { id: string; x: number; y: number } | null) => void,
  host: () => HTMLElement,
): () => void {
  let frame = 0;
  let last: MouseEvent | undefined;
  const update = () => {
    frame = 0;
    if (!last) return;
    if (last.composedPath().includes(host())) return;
    const found = mentionAtPoint(document, last.clientX, last.clientY, byNode);
    if (!found) return onChange(null);
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
  };
}
