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
