// Text with the words a search matched marked, by the same word rules as the index.
import { matchedSpans } from '../../lib/shared/words';

export interface SearchMarks {
  /** The words the reader typed, folded: any word they begin is marked. */
  prefixes: readonly string[];
  /** Words of the library the search matched (typos included). */
  terms: readonly string[];
}

export function Marked({ text, marks }: { text: string; marks?: SearchMarks }) {
  if (!marks) return <>{text}</>;
  const spans = matchedSpans(text, marks.prefixes, marks.terms);
  if (!spans.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
