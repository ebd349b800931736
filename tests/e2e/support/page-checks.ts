// What the tests read from a page: Skinmark's highlights as the page itself sees them.

/** Runs in the page: every registered Skinmark highlight, by name, as the text each range covers. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!('highlights' in CSS)) return out;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('skinmark')) return;
    out[name] = Array.from(highlight as unknown as Iterable<AbstractRange>, (range) => (range as Range).toString());
  });
  return out;
}

/** Runs in the page: whether Skinmark left anything in it (highlights, its UI host, its style). */
export function skinmarkTraces(): string[] {
  const traces: string[] = [];
  if ('highlights' in CSS) CSS.highlights.forEach((_h, name) => name.startsWith('skinmark') && traces.push(`highlight ${name}`));
  if (document.querySelector('[data-skinmark="control"]')) traces.push('page control');
  if (document.querySelector('style[data-skinmark]')) traces.push('style');
  return traces;
}

/** Runs in the page: the centre of the first highlighted range whose text matches. */
export function highlightPoint(text: string): { x: number; y: number } | null {
  const highlight = CSS.highlights.get('skinmark-procedure');
  if (!highlight) return null;
  for (const range of highlight as unknown as Iterable<Range>) {
    if (range.toString() !== text) continue;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Runs in the page: selects the first occurrence of `text` inside the article, as a reader's drag would. */
export function selectInArticle(text: string): boolean {
  const article = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    node.parentElement?.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

/** Runs in the page: the text of each range Skinmark paints as a noted passage. */
export function notePassages(): string[] {
  const highlight = CSS.highlights.get('skinmark-note');
  return highlight ? Array.from(highlight as unknown as Iterable<Range>, (range) => range.toString()) : [];
}
