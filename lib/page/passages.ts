// The reader's quoted passages in a page: described from a selection, found again on a visit.
// Runs in web pages, over the text of the article's main content (./dom/text-map).
import type { PassageSelector } from '../model';
import { anchorPassage, describePassage } from '../shared/passage';
import { TextMapBuilder, rangeOfSpan, readTextMap, spanOfRange, type TextMap } from './dom/text-map';
import { walkArticleText } from './dom/text-nodes';

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
  const found = new Found(readTextMap(root));
  for (const note of notes) found.add(note);
  return found.result();
}

/** The longest a run of finding passages may take before it lets the page have the main thread. */
const STEP_MS = 15;

/**
 * The same, in steps of at most about 15 ms, each its own task, so that a page with a hundred
 * quoted notes never waits long for Skinmark (`run` wraps each step, to time it). Undefined when
 * `signal` aborts first.
 */
export async function anchorPassagesInSteps(
  root: Element,
  notes: readonly NotePassage[],
  { signal, run = (step) => step() }: { signal?: AbortSignal; run?: (step: () => void) => void } = {},
): Promise<AnchoredPassages | undefined> {
  // The article's text, read in steps too: on a long page the walk alone is a long task.
  const walk = walkArticleText(root);
  const builder = new TextMapBuilder();
  for (let walked = false; !walked; ) {
    run(() => {
      const until = performance.now() + STEP_MS;
      do {
        const step = walk.next();
        if (step.done) {
          walked = true;
          break;
        }
        builder.add(step.value);
      } while (performance.now() < until);
    });
    if (!walked) await new Promise((resume) => setTimeout(resume, 0));
    if (signal?.aborted) return undefined;
  }
  const found = new Found(builder.map());
  let next = 0;
  while (next < notes.length) {
    await new Promise((resume) => setTimeout(resume, 0));
    if (signal?.aborted) return undefined;
    run(() => {
      const until = performance.now() + STEP_MS;
      do found.add(notes[next++]!);
      while (next < notes.length && performance.now() < until);
    });
  }
  return found.result();
}

class Found {
  private readonly found: { id: string; start: number; range: Range }[] = [];
  private readonly orphans: string[] = [];
  constructor(private readonly map: TextMap) {}

  add(note: NotePassage): void {
    const match = anchorPassage(this.map.text, note.selectors);
    const range = match && rangeOfSpan(this.map, match.start, match.end);
    if (match && range) this.found.push({ id: note.id, start: match.start, range });
    else this.orphans.push(note.id);
  }

  result(): AnchoredPassages {
    const found = [...this.found].sort((a, b) => a.start - b.start);
    return { ranges: new Map(found.map((f) => [f.id, f.range])), orphans: [...this.orphans] };
  }
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
