// Finding a quoted passage again in a text that may have changed since it was quoted, as the web
// annotation tools do (Hypothesis's approach, written for Skinmark's selectors): where the position
// says, if the text there is still the quote; else the quote itself, the occurrence whose context and
// place fit best; else the closest approximate match (approx-string-match, Myers' bit-parallel edit
// distance), scored on the quote, its context and its place. A match that is not close enough is no
// match: a passage that was deleted is an orphan, never placed on some other sentence.
import approxSearch from 'approx-string-match';
import { positionOf, quoteOf, type PassageSelector, type TextPositionSelector, type TextQuoteSelector } from '../model';

/** Characters of context kept on either side of a quote. */
export const CONTEXT_CHARS = 32;

export interface PassageMatch {
  start: number;
  end: number;
  /** How it was found: by position, by the exact quote, or approximately. */
  how: 'position' | 'quote' | 'fuzzy';
}

/** The selectors of `text.slice(start, end)`. */
export function describePassage(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The most errors a fuzzy match may have, as a share of the quote's length (as Hypothesis). */
const MAX_ERROR_SHARE = 0.5;
/** A quote this long that occurs exactly once needs no context to be believed. */
const SELF_EVIDENT_CHARS = 32;
/** The least score (quote, context and place, 0–1) a fuzzy match needs to be believed. */
const MIN_FUZZY_SCORE = 0.75;
/** Weights of Hypothesis's scoring: the quote counts most, its context next, its place breaks ties. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, place: 2 };

/**
 * How alike `actual` is to `expected`, 0–1 (1 - edit distance / length). Written out rather than
 * asked of approx-string-match: for two strings of 32 characters, one row of the classic dynamic
 * programme is far cheaper than a search built for long texts (measured: 0.1 ms a call, a hundred
 * calls a fuzzy match).
 */
function likeness(actual: string, expected: string, anchored: 'end' | 'start'): number {
  if (!expected) return 1;
  if (!actual) return 0;
  // A prefix must end where the quote starts, but may start anywhere in the text before it (and a
  // suffix the other way round): the free gap is at the far end, as in approximate search.
  let row = Array.from({ length: actual.length + 1 }, (_, j) => (anchored === 'end' ? 0 : j));
  for (let i = 1; i <= expected.length; i++) {
    const next = [i];
    for (let j = 1; j <= actual.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (expected[i - 1] === actual[j - 1] ? 0 : 1));
    }
    row = next;
  }
  const distance = anchored === 'end' ? row[actual.length]! : Math.min(...row);
  return Math.max(0, 1 - distance / expected.length);
}

/** Room for a context that grew by a few words. */
const CONTEXT_SLACK = 8;

function score(text: string, quote: TextQuoteSelector, hint: number | undefined, start: number, end: number, errors: number): number {
  const quoteScore = 1 - errors / quote.exact.length;
  const prefixScore = likeness(text.slice(Math.max(0, start - quote.prefix.length - CONTEXT_SLACK), start), quote.prefix, 'end');
  const suffixScore = likeness(text.slice(end, end + quote.suffix.length + CONTEXT_SLACK), quote.suffix, 'start');
  const placeScore = hint === undefined ? 1 : 1 - Math.abs(start - hint) / Math.max(1, text.length);
  const total = WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore + WEIGHT.place * placeScore;
  return total / (WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.place);
}

/** Every exact occurrence of `quote` in `text`. */
function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < 1000; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Where the passage the selectors describe is in `text` now, or null when it is gone. */
export function anchorPassage(text: string, selectors: readonly PassageSelector[]): PassageMatch | null {
  const quote = quoteOf({ selectors: [...selectors] });
  if (!quote || !quote.exact) return null;
  const position = positionOf({ selectors: [...selectors] });
  if (position && text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end, how: 'position' };
  const hint = position?.start;

  const exact = occurrences(text, quote.exact);
  // A long quote that occurs once is the passage. A short one, or one that occurs more than once,
  // must also stand in its context: a deleted "retinol" is not any other "retinol" on the page.
  // And where the page says the passage was and its text changed, the same words elsewhere are
  // weighed against the closest approximate match there.
  if (exact.length === 1 && quote.exact.length >= SELF_EVIDENT_CHARS && hint === undefined) {
    return { start: exact[0]!, end: exact[0]! + quote.exact.length, how: 'quote' };
  }
  let exactBest: { start: number; end: number; score: number } | undefined;
  if (exact.length) {
    const best = exact
      .map((start) => ({ start, end: start + quote.exact.length, score: score(text, quote, hint, start, start + quote.exact.length, 0) }))
      .sort((a, b) => b.score - a.score)[0]!;
    if (best.score >= MIN_FUZZY_SCORE) exactBest = best;
  }
  if (exactBest && hint === undefined) return { start: exactBest.start, end: exactBest.end, how: 'quote' };

  // Approximate: Myers' search costs O(errors / 32 × text length), but it reports every place within
  // the error budget, and a generous budget on a long page reports thousands. So the budget grows
  // in steps (a tenth, a quarter, then half the quote, 256 errors at most, as Hypothesis), only the
  // closest candidates are scored, and the search looks first where a third of the quote still
  // stands unchanged, then, if nothing there will do, through the whole text.
  // approx-string-match reports only the closest places: the exact occurrences, weighed already,
  // are blanked out so that it reports the others.
  const searchable = exact.length ? blankOut(text, exact, quote.exact.length) : text;
  const windows = windowsAround(searchable, quote.exact);
  let fuzzy: { start: number; end: number; score: number } | undefined;
  for (const where of windows ? [windows, undefined] : [undefined]) {
    fuzzy = closest(text, searchable, quote, hint, where);
    if (fuzzy) break;
  }
  if (exactBest && (!fuzzy || exactBest.score >= fuzzy.score)) return { start: exactBest.start, end: exactBest.end, how: 'quote' };
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, how: 'fuzzy' } : null;
}

/** `text` with each span [start, start + length) replaced by characters no quote holds. */
function blankOut(text: string, starts: readonly number[], length: number): string {
  let out = '';
  let at = 0;
  for (const start of starts) {
    if (start < at) continue;
    out += text.slice(at, start) + '\u0000'.repeat(length);
    at = start + length;
  }
  return out + text.slice(at);
}

/** The best approximate match within `where` (spans of the text) or the whole text, if good enough. */
function closest(text: string, searchable: string, quote: TextQuoteSelector, hint: number | undefined, where?: [number, number][]) {
  let best: { start: number; end: number; score: number } | undefined;
  for (const share of [0.1, 0.25, MAX_ERROR_SHARE]) {
    const maxErrors = Math.min(256, Math.floor(quote.exact.length * share));
    if (maxErrors < 1) continue;
    const candidates = where
      ? where.flatMap(([from, to]) => approxSearch(searchable.slice(from, to), quote.exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from })))
      : approxSearch(searchable, quote.exact, maxErrors);
    if (!candidates.length) continue;
    // The closest fifty places, once per start (a match's neighbours, a character longer or shorter,
    // score alike), leaving out exact occurrences, which were weighed already.
    const starts = new Set<number>();
    const closestOnes = [...candidates]
      .sort((a, b) => a.errors - b.errors)
      .filter((c) => c.errors > 0 && !starts.has(c.start) && starts.add(c.start))
      .slice(0, 50);
    for (const m of closestOnes) {
      const s = score(text, quote, hint, m.start, m.end, m.errors);
      if (!best || s > best.score) best = { start: m.start, end: m.end, score: s };
    }
    if (best && best.score >= MIN_FUZZY_SCORE) return best;
  }
  return undefined;
}

/**
 * Spans of the text around each place where a third of the quote occurs unchanged (merged), or
 * undefined when no third of it is anywhere: an edit rarely touches all three.
 */
function windowsAround(text: string, quote: string): [number, number][] | undefined {
  if (quote.length < 24) return undefined;
  const third = Math.floor(quote.length / 3);
  const spans: [number, number][] = [];
  for (const offset of [0, third, 2 * third]) {
    const piece = quote.slice(offset, offset + third);
    for (const at of occurrences(text, piece).slice(0, 20)) {
      const start = at - offset;
      spans.push([Math.max(0, start - quote.length), Math.min(text.length, start + 2 * quote.length)]);
    }
  }
  if (!spans.length) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}
