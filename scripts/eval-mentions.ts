// Scores Skinmark's procedure highlights on one page against the hand labels of mentions.jsonl.
//
// The labels list, per page, each mention's surface text and how many longest-match spans of it the
// page's main text holds (`span_count`); the main text itself is a file of the page's own blocks.
// Highlights are placed in that text by aligning it with the document's text with all whitespace
// removed (blocks and inline elements break text differently in the two). Then, label by label:
// highlights on a core label's spans are hits up to its span count, and extras past it; highlights
// on borderline spans or on the shared testimonial block (see MENTIONS.md) count neither way;
// anything else (a trap, an ingredient word, the site's menu) is an extra. Spans are counted, not
// highlights: a name highlighted in two pieces is one hit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MentionLabel {
  file: string;
  role: 'positive' | 'hard_negative';
  skincare: boolean;
  mentions: { text: string; procedure: string; span_count: number; variants?: string[]; borderline?: boolean }[];
  main_text_file: string;
  n_mention_spans_core: number;
}

export interface Highlight {
  node: Text;
  start: number;
  end: number;
}

export interface MentionScore {
  coreSpans: number;
  /** Core spans highlighted (each at most once). */
  hits: number;
  /** Hits and extras: what precision is measured over (highlights on borderline spans and the shared testimonial left out). */
  scored: number;
  neutralHighlights: number;
  extras: string[];
  misses: string[];
  /** Main-text lines that could not be found in the page (alignment trouble, reported, not scored). */
  unplaced: number;
}

export function readMentionLabels(folder: string): Map<string, MentionLabel> {
  const labels = new Map<string, MentionLabel>();
  for (const line of readFileSync(join(folder, 'mentions.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const label = JSON.parse(line) as MentionLabel;
    labels.set(label.file, label);
  }
  return labels;
}

/** Pages whose shared testimonial block was left out of the main text, and that block's lines. */
export function readSharedTestimonial(folder: string): { pages: Set<string>; lines: string[] } {
  const text = readFileSync(join(folder, 'mentions-shared-testimonial.txt'), 'utf8').split('\n');
  const pages = new Set<string>();
  const lines: string[] = [];
  for (const line of text) {
    const page = /^#\s+(\S+\.html)\s*$/.exec(line)?.[1];
    if (page) pages.add(page);
    else if (line.trim() && !line.startsWith('#')) lines.push(line.trim());
  }
  return { pages, lines };
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;

/** Text without whitespace, and for each of its characters the index it had. */
function squeeze(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i]!)) continue;
    out += text[i]!.toLowerCase();
    at.push(i);
  }
  return { text: out, at };
}

/** The document's text nodes (no scripts or styles) squeezed into one string, with where each node starts. */
function documentText(doc: Document): { text: string; nodeStart: Map<Text, number>; nodeAt: Map<Text, number[]> } {
  let text = '';
  const nodeStart = new Map<Text, number>();
  const nodeAt = new Map<Text, number[]>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x4);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('script, style, noscript, template')) continue;
    const squeezed = squeeze(node.data);
    nodeStart.set(node, text.length);
    nodeAt.set(node, squeezed.at);
    text += squeezed.text;
  }
  return { text, nodeStart, nodeAt };
}

/** Where a highlight lies in the squeezed document text: [start, end). */
function placeHighlight(h: Highlight, doc: ReturnType<typeof documentText>): [number, number] | undefined {
  const start = doc.nodeStart.get(h.node);
  const at = doc.nodeAt.get(h.node);
  if (start === undefined || !at) return undefined;
  const from = at.findIndex((i) => i >= h.start);
  let to = at.findIndex((i) => i >= h.end);
  if (from < 0) return undefined;
  if (to < 0) to = at.length;
  return [start + from, start + to];
}

/**
 * Finds each main-text line in the squeezed document, in order: lines found exactly once anchor
 * the rest, and the others are placed at their first occurrence after the line before them.
 */
function alignLines(lines: string[], page: ReturnType<typeof documentText>): ({ start: number; end: number } | undefined)[] {
  const doc = page.text;
  const squeezed = lines.map((line) => squeeze(line).text);
  // Main text is never navigation (MENTIONS.md): an occurrence in a menu, breadcrumb or footer is
  // used only when the line occurs nowhere else (a heading repeated in the breadcrumb).
  const starts = [...page.nodeStart.entries()].sort((a, b) => a[1] - b[1]);
  const inNavigation = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]![1] <= at) lo = mid;
      else hi = mid - 1;
    }
    return !!starts[lo]?.[0].parentElement?.closest('nav, footer, [class*="breadcrumb" i], [class*="menu" i]');
  };
  const occurrences = squeezed.map((line) => {
    const found: number[] = [];
    if (!line) return found;
    for (let i = doc.indexOf(line); i >= 0 && found.length < 50; i = doc.indexOf(line, i + 1)) found.push(i);
    const outside = found.filter((at) => !inNavigation(at));
    return outside.length ? outside : found;
  });
  const placed: ({ start: number; end: number } | undefined)[] = squeezed.map((line, i) =>
    occurrences[i]!.length === 1 ? { start: occurrences[i]![0]!, end: occurrences[i]![0]! + line.length } : undefined,
  );
  // Lines before the first anchor (a page's heading, also named in its menu and breadcrumb) are
  // placed backwards from it, each at the nearest occurrence before the line after it; lines after
  // an anchor are placed forwards, each at the first occurrence after the line before it.
  const firstAnchor = placed.findIndex((p) => p);
  let limit = firstAnchor >= 0 ? placed[firstAnchor]!.start : doc.length;
  for (let i = (firstAnchor >= 0 ? firstAnchor : squeezed.length) - 1; i >= 0; i--) {
    const before = occurrences[i]!.filter((at) => at + squeezed[i]!.length <= limit);
    const at = before[before.length - 1];
    if (at === undefined) continue;
    placed[i] = { start: at, end: at + squeezed[i]!.length };
    limit = at;
  }
  let cursor = 0;
  for (let i = Math.max(firstAnchor, 0); i < squeezed.length; i++) {
    if (placed[i]) {
      cursor = placed[i]!.end;
      continue;
    }
    const next = occurrences[i]!.find((at) => at >= cursor) ?? occurrences[i]![0];
    if (next === undefined) continue;
    placed[i] = { start: next, end: next + squeezed[i]!.length };
    cursor = placed[i]!.end;
  }
  return placed;
}

interface LabelledSpan {
  label: number;
  start: number;
  end: number;
}

/** Longest-match occurrences of the labels' texts in one line, as word-bounded, case-insensitive spans. */
function spansInLine(line: string, labels: MentionLabel['mentions']): { label: number; start: number; end: number }[] {
  const lower = line.toLowerCase();
  const order = labels.map((_, i) => i).sort((a, b) => labels[b]!.text.length - labels[a]!.text.length);
  const taken: { label: number; start: number; end: number }[] = [];
  for (const index of order) {
    const needle = labels[index]!.text.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if ((at > 0 && LETTER.test(line[at - 1]!)) || (end < line.length && LETTER.test(line[end]!))) continue;
      if (taken.some((t) => t.start < end && at < t.end)) continue;
      taken.push({ label: index, start: at, end });
    }
  }
  return taken;
}

export function scoreMentions(
  doc: Document,
  highlights: readonly Highlight[],
  label: MentionLabel,
  corpus: string,
  testimonial?: string[],
): MentionScore {
  const page = documentText(doc);
  const lines = readFileSync(join(corpus, label.main_text_file), 'utf8').split('\n').filter((l) => l.trim());
  const placed = alignLines(lines, page);
  // Labelled spans, in squeezed document coordinates.
  const spans: LabelledSpan[] = [];
  lines.forEach((line, i) => {
    const where = placed[i];
    if (!where) return;
    const { at } = squeeze(line);
    for (const span of spansInLine(line, label.mentions)) {
      const from = at.findIndex((x) => x >= span.start);
      let to = at.findIndex((x) => x >= span.end);
      if (to < 0) to = at.length;
      spans.push({ label: span.label, start: where.start + from, end: where.start + to });
    }
  });
  const testimonialRanges = (testimonial ?? [])
    .map((line) => squeeze(line).text)
    .flatMap((line) => {
      const at = line ? page.text.indexOf(line) : -1;
      return at >= 0 ? [{ start: at, end: at + line.length }] : [];
    });

  // Span by span: a labelled span is hit when any highlight covers part of it (a name highlighted
  // in two pieces, "Laser" and "Radio-frequency", is one hit, not a hit and an extra).
  const hitSpans = new Set<LabelledSpan>();
  const extras: string[] = [];
  let neutralHighlights = 0;
  for (const h of highlights) {
    const range = placeHighlight(h, page);
    const text = h.node.data.slice(h.start, h.end);
    if (!range) {
      extras.push(`${text} (not placed)`);
      continue;
    }
    const [start, end] = range;
    const span = spans.find((s) => s.start < end && start < s.end);
    if (span) {
      if (label.mentions[span.label]!.borderline) neutralHighlights++;
      else hitSpans.add(span);
      continue;
    }
    if (testimonialRanges.some((t) => t.start < end && start < t.end)) {
      neutralHighlights++;
      continue;
    }
    const inMain = placed.some((p) => p && p.start <= start && end <= p.end);
    extras.push(`${text}${inMain ? '' : ' (outside the main text)'}`);
  }
  const perLabel = new Map<number, number>();
  for (const span of hitSpans) perLabel.set(span.label, (perLabel.get(span.label) ?? 0) + 1);
  let hits = 0;
  let coreSpans = 0;
  const misses: string[] = [];
  label.mentions.forEach((mention, index) => {
    if (mention.borderline) return;
    coreSpans += mention.span_count;
    const found = perLabel.get(index) ?? 0;
    hits += Math.min(found, mention.span_count);
    // More of its occurrences highlighted than the label counts as mentions: the rest are other uses.
    for (let i = mention.span_count; i < found; i++) extras.push(`${mention.text} (more than labelled)`);
    if (found < mention.span_count) misses.push(`${mention.text}${mention.span_count - found > 1 ? ` ×${mention.span_count - found}` : ''}`);
  });
  return {
    coreSpans,
    hits,
    scored: hits + extras.length,
    neutralHighlights,
    extras,
    misses,
    unplaced: placed.filter((p) => !p).length,
  };
}

/**
 * How well the prose the detector read matches the labelled main text, in characters (whitespace
 * left out): how much of the main text was read, and how much of what was read is main text.
 */
export function scoreMainText(
  doc: Document,
  prose: readonly Text[],
  label: MentionLabel,
  corpus: string,
  testimonial?: string[],
): { mainChars: number; mainKept: number; keptChars: number; keptInMain: number; strayLines: string[] } {
  const page = documentText(doc);
  const lines = readFileSync(join(corpus, label.main_text_file), 'utf8').split('\n').filter((l) => l.trim());
  const placed = alignLines(lines, page);
  const inMain = new Uint8Array(page.text.length);
  for (const p of placed) if (p) inMain.fill(1, p.start, p.end);
  // The shared testimonial (MENTIONS.md) is neither main text nor a mistake: left out of both counts.
  const neutral = new Uint8Array(page.text.length);
  for (const line of testimonial ?? []) {
    const squeezed = squeeze(line).text;
    const at = squeezed ? page.text.indexOf(squeezed) : -1;
    if (at >= 0) neutral.fill(1, at, at + squeezed.length);
  }
  const kept = new Uint8Array(page.text.length);
  const stray: string[] = [];
  for (const node of prose) {
    const start = page.nodeStart.get(node);
    const at = page.nodeAt.get(node);
    if (start === undefined || !at) continue;
    kept.fill(1, start, start + at.length);
    if (at.length && !inMain[start] && !neutral[start] && stray.length < 6) stray.push(node.data.trim().slice(0, 40));
  }
  let mainChars = 0;
  let mainKept = 0;
  let keptChars = 0;
  let keptInMain = 0;
  for (let i = 0; i < page.text.length; i++) {
    if (neutral[i]) continue;
    if (inMain[i]) mainChars++;
    if (kept[i]) keptChars++;
    if (inMain[i] && kept[i]) {
      mainKept++;
      keptInMain++;
    }
  }
  return { mainChars, mainKept, keptChars, keptInMain, strayLines: stray };
}
