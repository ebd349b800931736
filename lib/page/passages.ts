// The reader's quoted passages in a page: described from a selection, found again on a visit.
// Runs in web pages, over the text of the article's main content (./dom/text-map).
import type { PassageSelector } from '../model';
import { anchorPassage, describePassage } from '../shared/passage';
import { rangeOfSpan, readTextMap, spanOfRange } from './dom/text-map';

export interface NotePassage {
  id: string;
  selectors: PassageSelector[];
}

export interface AnchoredPassages {
  /** The range of each note found on the page, by note id, in page order. */
  ranges: Map<string, Range>;
  /** Notes whose passage is not on the page (now): never placed elsewhere. */
  orphans: string[];
}

/** Finds each note's passage in the article under `root`. */
export function anchorPassages(root: Element, notes: readonly NotePassage[]): AnchoredPassages {
  const map = readTextMap(root);
  const found: { id: string; start: number; range: Range }[] = [];
  const orphans: string[] = [];
  for (const note of notes) {
    const match = anchorPassage(map.text, note.selectors);
    const range = match && rangeOfSpan(map, match.start, match.end);
    if (match && range) found.push({ id: note.id, start: match.start, range });
    else orphans.push(note.id);
  }
  found.sort((a, b) => a.start - b.start);
  return { ranges: new Map(found.map((f) => [f.id, f.range])), orphans };
}

/** The selectors of the reader's selection, when it lies in the article under `root`. */
export function selectionSelectors(root: Element, range: Range): PassageSelector[] | undefined {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return undefined;
  const map = readTextMap(root);
  const span = spanOfRange(map, range);
  if (!span) return undefined;
  // Whitespace at the selection's edges is not part of the passage.
  let [start, end] = span;
  while (start < end && /\s/.test(map.text[start]!)) start++;
  while (end > start && /\s/.test(map.text[end - 1]!)) end--;
  if (end - start < 1 || end - start > 10_000) return undefined;
  return describePassage(map.text, start, end);
}
