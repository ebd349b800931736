// The order a reader meets notes in: quoted notes where their passage is in the article, then
// notes without a passage, oldest first. Used by the side panel and the Markdown export.
import { positionOf, quoteOf, type NoteRecord } from '../model';

type Ordered = Pick<NoteRecord, 'selectors' | 'createdAt'>;

export function articleOrder(a: Ordered, b: Ordered): number {
  const [pa, pb] = [positionOf(a)?.start ?? (quoteOf(a) ? Infinity : undefined), positionOf(b)?.start ?? (quoteOf(b) ? Infinity : undefined)];
  // Quoted (with or without a known place) before unquoted.
  const rank = (p: number | undefined) => (p === undefined ? 1 : 0);
  return rank(pa) - rank(pb) || (pa ?? 0) - (pb ?? 0) || a.createdAt - b.createdAt;
}
