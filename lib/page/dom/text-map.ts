// The text of an article's main content as one string, and the way between places in that string
// and places in the DOM: what quoted notes are described against and found again in. The same walk
// as the scanner's (articleTextNodes), so menus and other chrome never shift the offsets.
import { walkArticleText } from './text-nodes';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

/** Elements that end a line of text: the words on either side of one are separate words. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'TABLE', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'MAIN', 'NAV', 'BR', 'HR']);

function blockOf(node: Node): Element | null {
  for (let at = node.parentElement; at; at = at.parentElement) if (BLOCKS.has(at.tagName.toUpperCase())) return at;
  return null;
}

/**
 * The article's text, node after node, with one space where the page shows a break between two
 * nodes (whitespace the walk skips, or the edge of a block), so that "<b>retinol</b> <i>nightly</i>"
 * reads "retinol nightly" and paragraphs do not run into each other. The space belongs to no node.
 */
export function readTextMap(root: Element): TextMap {
  const builder = new TextMapBuilder();
  for (const node of walkArticleText(root)) builder.add(node);
  return builder.map();
}

/** Builds a map node by node, so a long article can be read in steps. */
export class TextMapBuilder {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private text = '';
  private previous: { node: Text; block: Element | null } | undefined;

  add(node: Text): void {
    const block = blockOf(node);
    const previous = this.previous;
    if (previous && !/\s$/.test(this.text) && !/^\s/.test(node.data) && (previous.block !== block || spaced(previous.node, node))) this.text += ' ';
    this.starts.push(this.text.length);
    this.nodes.push(node);
    this.text += node.data;
    this.previous = { node, block };
  }

  map(): TextMap {
    return { text: this.text, nodes: this.nodes, starts: this.starts };
  }
}

const isSpace = (node: Node | null | undefined) => node?.nodeType === 3 && /^\s+$/.test((node as Text).data);

/**
 * Whether whitespace the walk skipped stands between two text nodes of one block: looked for next
 * to each (itself or its element), which is where markup puts it ("<b>a</b> <i>b</i>"). A look at
 * a few neighbours, not a range over the page: a long article has thousands of nodes.
 */
function spaced(before: Text, after: Text): boolean {
  if (before.nextSibling === after) return false;
  return isSpace(before.nextSibling ?? before.parentNode?.nextSibling) || isSpace(after.previousSibling ?? after.parentNode?.previousSibling);
}

/** The offset in the map's text of a DOM boundary point, or undefined when it is outside the map. */
function offsetOf(map: TextMap, container: Node, offset: number, edge: 'start' | 'end'): number | undefined {
  if (container.nodeType === 3) {
    const index = map.nodes.indexOf(container as Text);
    if (index !== -1) return map.starts[index]! + Math.min(offset, (container as Text).data.length);
  }
  // A boundary between elements, or in a text node the map skips: the nearest mapped text after it
  // (for a start) or before it (for an end).
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, Math.min(offset, container.nodeType === 3 ? (container as Text).data.length : container.childNodes.length));
  if (edge === 'start') {
    for (let i = 0; i < map.nodes.length; i++) {
      if (point.comparePoint(map.nodes[i]!, 0) >= 0) return map.starts[i];
    }
    return undefined;
  }
  for (let i = map.nodes.length - 1; i >= 0; i--) {
    const node = map.nodes[i]!;
    if (point.comparePoint(node, node.data.length) <= 0) return map.starts[i]! + node.data.length;
  }
  return undefined;
}

/** The span of the map's text a DOM range covers, or undefined when it covers none of it. */
export function spanOfRange(map: TextMap, range: Range): [number, number] | undefined {
  const start = offsetOf(map, range.startContainer, range.startOffset, 'start');
  const end = offsetOf(map, range.endContainer, range.endOffset, 'end');
  if (start === undefined || end === undefined || end <= start) return undefined;
  return [start, end];
}

/** The node holding text offset `offset` (the later node at a boundary, for a start). */
function locate(map: TextMap, offset: number, edge: 'start' | 'end'): { node: Text; offset: number } | undefined {
  let low = 0;
  let high = map.nodes.length - 1;
  // The last node starting at or before the offset (binary search: a long article has thousands).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  let index = low;
  if (edge === 'end') {
    while (index > 0 && map.starts[index] === offset) index--;
  }
  const node = map.nodes[index];
  if (!node) return undefined;
  return { node, offset: Math.min(node.data.length, Math.max(0, offset - map.starts[index]!)) };
}

/** A DOM range over `text.slice(start, end)` of the map. */
export function rangeOfSpan(map: TextMap, start: number, end: number): Range | undefined {
  const from = locate(map, start, 'start');
  const to = locate(map, end, 'end');
  if (!from || !to) return undefined;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
