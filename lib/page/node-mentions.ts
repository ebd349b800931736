// Mentions grouped by their text node and put back in document order: what the rules that add
// highlights to a page's own mentions (page-aliases.ts, coordinated-names.ts) both need.

interface InNode {
  node: Text;
  start: number;
}

/** Each text node's mentions, in the order given (text order within a node). */
export function mentionsByNode<M extends InNode>(mentions: readonly M[]): Map<Text, M[]> {
  const byNode = new Map<Text, M[]>();
  for (const m of mentions) {
    const inNode = byNode.get(m.node);
    if (inNode) inNode.push(m);
    else byNode.set(m.node, [m]);
  }
  return byNode;
}

/** `found` and `added` as one list in document order: by node, as `nodes` lists them, then by offset. */
export function inDocumentOrder<M extends InNode>(found: readonly M[], added: readonly M[], nodes: readonly Text[]): M[] {
  if (!added.length) return found as M[];
  const order = new Map(nodes.map((n, i) => [n, i]));
  return [...found, ...added].sort((a, b) => (order.get(a.node) ?? 0) - (order.get(b.node) ?? 0) || a.start - b.start);
}
