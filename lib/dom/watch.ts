// Watching a page for content added after it first loaded: infinite scroll, "load more", late
// hydration. Only added nodes are collected, and only after the page has been quiet a moment.

export interface AddedContentWatcher {
  stop(): void;
}

/**
 * Calls `onAdded` with the element and text nodes added under `target` since the last call,
 * once no mutation has arrived for `quietMs`. Nodes `ignore` rejects (Skinmark's own UI) and nodes
 * that left the document again are dropped.
 */
export function watchAddedContent(
  target: Node,
  onAdded: (nodes: Node[]) => void,
  { quietMs = 300, ignore = () => false }: { quietMs?: number; ignore?: (node: Node) => boolean } = {},
): AddedContentWatcher {
  const win = target.ownerDocument?.defaultView ?? (target as Document).defaultView;
  if (!win) return { stop() {} };
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const nodes = pending.filter((node) => node.isConnected && !ignore(node));
    pending = [];
    // A node inside another added node is already covered by it.
    const outermost = nodes.filter((node) => !nodes.some((other) => other !== node && other.contains(node)));
    if (outermost.length) onAdded(outermost);
  };
  const observer = new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1 || node.nodeType === 3) pending.push(node);
    }
    if (!pending.length) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, quietMs);
  });
  observer.observe(target, { childList: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      pending = [];
    },
  };
}
