// Watching a page for content added after it first loaded: infinite scroll, "load more", late
// hydration. Only added nodes are collected, and only after the page has been quiet a moment.

/** Past this many added nodes in one batch, the rest of a mutation storm waits for the next one. */
const MAX_PENDING = 5000;

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
  {
    quietMs = 300,
    maxWaitMs = 1500,
    ignore = () => false,
    signal,
  }: { quietMs?: number; maxWaitMs?: number; ignore?: (node: Node) => boolean; /** Stops the watcher when aborted. */ signal?: AbortSignal } = {},
): AddedContentWatcher {
  const win = target.ownerDocument?.defaultView ?? (target as Document).defaultView;
  if (!win || signal?.aborted) return { stop() {} };
  let pending: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest pending node arrived: a page that never goes quiet (a ticking clock) still gets read. */
  let firstPendingAt = 0;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const nodes = pending.filter((node) => node.isConnected && !ignore(node));
    pending = [];
    // A node inside another added node is already covered by it.
    const outermost = nodes.filter((node) => !nodes.some((other) => other !== node && other.contains(node)));
    if (outermost.length) onAdded(outermost);
  };
  const observer = new win.MutationObserver((records) => {
    const before = pending.length;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if ((node.nodeType === 1 || node.nodeType === 3) && node.isConnected && pending.length < MAX_PENDING) pending.push(node);
      }
    }
    if (pending.length === before) return;
    if (!before) firstPendingAt = Date.now();
    if (timer) clearTimeout(timer);
    const waited = Date.now() - firstPendingAt;
    timer = setTimeout(flush, Math.max(0, Math.min(quietMs, maxWaitMs - waited)));
  });
  observer.observe(target, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
    pending = [];
  };
  signal?.addEventListener('abort', stop, { once: true });
  return { stop };
}

/**
 * Resolves once `target` has had no added content for `quietMs`, or after `maxWaitMs` at most:
 * after a client-side route change, the new route is drawn a little after the URL changes.
 */
export function whenQuiet(target: Node, { quietMs = 300, maxWaitMs = 1500, signal }: { quietMs?: number; maxWaitMs?: number; signal?: AbortSignal } = {}): Promise<void> {
  return new Promise((done) => {
    let timer = setTimeout(finish, quietMs);
    const deadline = setTimeout(finish, maxWaitMs);
    const win = target.ownerDocument?.defaultView;
    const observer = win ? new win.MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    }) : undefined;
    observer?.observe(target, { childList: true, subtree: true, characterData: true });
    signal?.addEventListener('abort', finish, { once: true });
    function finish() {
      clearTimeout(timer);
      clearTimeout(deadline);
      observer?.disconnect();
      done();
    }
  });
}
