// Registers mentions with the CSS Custom Highlight API: the page's text nodes are never touched,
// and removing the highlights leaves the page exactly as it was.
import type { NodeMention } from './detector';

export const PROCEDURE_HIGHLIGHT = 'skinmark-procedure';
export const INGREDIENT_HIGHLIGHT = 'skinmark-ingredient';
/** The passages of the reader's quoted notes, one range per note found on the page. */
export const NOTE_HIGHLIGHT = 'skinmark-note';
/** A passage the reader asked to see, for a moment. */
export const FLASH_HIGHLIGHT = 'skinmark-note-flash';

/** The CSS the page needs to paint the highlights; ::highlight() only works in the page's own sheets. */
export const HIGHLIGHT_CSS = `::highlight(${PROCEDURE_HIGHLIGHT}) {
  background-color: rgba(255, 196, 148, 0.55);
  text-decoration: underline dotted rgba(190, 80, 40, 0.9);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${NOTE_HIGHLIGHT}) {
  background-color: rgba(255, 226, 102, 0.6);
  text-decoration: underline solid rgba(150, 110, 0, 0.9);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${FLASH_HIGHLIGHT}) {
  background-color: rgba(255, 170, 0, 0.75);
}
::highlight(${INGREDIENT_HIGHLIGHT}) {
  text-decoration: underline dotted rgba(70, 120, 150, 0.85);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}`;

export interface HighlightedMention {
  mention: NodeMention;
  range: Range;
}

/**
 * The most ranges painted on one page. A long article has a few hundred mentions; a page with
 * thousands is a list or an attack, and each live range slows every change to the page and every
 * paint. Past the cap, only each procedure's first mention is painted; the procedure list still
 * counts them all.
 */
export const HIGHLIGHT_CAP = 1_000;

/** The mentions to paint, in page order: all up to the cap, and after it the first of each name. */
export function withinCap(mentions: readonly NodeMention[], already: readonly HighlightedMention[] = [], cap = HIGHLIGHT_CAP): NodeMention[] {
  let room = cap - already.length;
  const named = new Set(already.map((h) => h.mention.id));
  const kept: NodeMention[] = [];
  for (const mention of mentions) {
    const first = !named.has(mention.id);
    if (room <= 0 && !first) continue;
    named.add(mention.id);
    room--;
    kept.push(mention);
  }
  return kept;
}

export function mentionRanges(mentions: readonly NodeMention[]): HighlightedMention[] {
  return mentions.map((mention) => {
    const range = mention.node.ownerDocument.createRange();
    range.setStart(mention.node, mention.start);
    range.setEnd(mention.node, mention.end);
    return { mention, range };
  });
}

/** Mentions whose text is still in the document, and still says what it said when found. */
export function stillInPage(highlighted: readonly HighlightedMention[]): HighlightedMention[] {
  return highlighted.filter(
    ({ mention }) => mention.node.isConnected && mention.node.data.length >= mention.end,
  );
}

/** Whether this browser can paint highlights; without it Skinmark still lists procedures. */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

/** Registers procedures and ingredients under their own names, replacing what was there; says how many ranges it painted. */
export function registerHighlights(win: Window & typeof globalThis, highlighted: readonly HighlightedMention[]): number {
  if (!supportsHighlights(win)) return 0;
  const of = (kind: string) => highlighted.filter((h) => h.mention.kind === kind).map((h) => h.range);
  for (const [name, ranges] of [
    [PROCEDURE_HIGHLIGHT, of('procedure')],
    [INGREDIENT_HIGHLIGHT, of('ingredient')],
  ] as const) {
    if (ranges.length) win.CSS.highlights.set(name, new win.Highlight(...ranges));
    else win.CSS.highlights.delete(name);
  }
  return highlighted.filter((h) => h.mention.kind === 'procedure' || h.mention.kind === 'ingredient').length;
}

export function clearHighlights(win: Window & typeof globalThis): void {
  if (!supportsHighlights(win)) return;
  win.CSS.highlights.delete(PROCEDURE_HIGHLIGHT);
  win.CSS.highlights.delete(INGREDIENT_HIGHLIGHT);
  win.CSS.highlights.delete(NOTE_HIGHLIGHT);
}

/** Paints the passages of the reader's notes (replacing what was painted); none clears them. */
export function registerNoteHighlights(win: Window & typeof globalThis, ranges: readonly Range[]): void {
  if (!supportsHighlights(win)) return;
  if (ranges.length) win.CSS.highlights.set(NOTE_HIGHLIGHT, new win.Highlight(...ranges));
  else win.CSS.highlights.delete(NOTE_HIGHLIGHT);
}

/** Whether the point (x, y) of the viewport is on `range`'s text. */
export function rangeAtPoint(range: Range, x: number, y: number): boolean {
  return Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
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
