// Registers procedure mentions with the CSS Custom Highlight API: the page's text nodes are
// never touched, and removing the highlight leaves the page exactly as it was.
import type { NodeMention } from './detector';

export const PROCEDURE_HIGHLIGHT = 'skinmark-procedure';

/** The CSS the page needs to paint the highlight; ::highlight() only works in the page's own sheets. */
export const HIGHLIGHT_CSS = `::highlight(${PROCEDURE_HIGHLIGHT}) {
  background-color: rgba(255, 196, 148, 0.55);
  text-decoration: underline dotted rgba(190, 80, 40, 0.9);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}`;

export interface HighlightedMention {
  mention: NodeMention;
  range: Range;
}

export function mentionRanges(mentions: readonly NodeMention[]): HighlightedMention[] {
  return mentions.map((mention) => {
    const range = mention.node.ownerDocument.createRange();
    range.setStart(mention.node, mention.start);
    range.setEnd(mention.node, mention.end);
    return { mention, range };
  });
}

/** Whether this browser can paint highlights; without it Skinmark still lists procedures. */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

export function registerHighlights(win: Window & typeof globalThis, highlighted: readonly HighlightedMention[]): void {
  if (!supportsHighlights(win)) return;
  const highlight = new win.Highlight(...highlighted.map((h) => h.range));
  win.CSS.highlights.set(PROCEDURE_HIGHLIGHT, highlight);
}

export function clearHighlights(win: Window & typeof globalThis): void {
  if (supportsHighlights(win)) win.CSS.highlights.delete(PROCEDURE_HIGHLIGHT);
}

/**
 * The mention under a point of the viewport, for hover cards. Highlights are not elements,
 * so the text position under the pointer is compared with each mention of that text node.
 */
export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  byNode: ReadonlyMap<Text, readonly HighlightedMention[]>,
): HighlightedMention | undefined {
  const position = caretAt(doc, x, y);
  if (!position || position.node.nodeType !== 3) return undefined;
  const candidates = byNode.get(position.node as Text);
  if (!candidates) return undefined;
  return candidates.find(({ range }) =>
    Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
  );
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function indexByNode(highlighted: readonly HighlightedMention[]): Map<Text, HighlightedMention[]> {
  const byNode = new Map<Text, HighlightedMention[]>();
  for (const h of highlighted) {
    const list = byNode.get(h.mention.node);
    if (list) list.push(h);
    else byNode.set(h.mention.node, [h]);
  }
  return byNode;
}
