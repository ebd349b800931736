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
/** The least score (quote, context and place, 0–1) a fuzzy match needs to be believed. */
const MIN_FUZZY_SCORE = 0.75;
/** Weights of Hypothesis's scoring: the quote counts most, its context next, its place breaks ties. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, place: 2 };

/** How alike `actual` is to `expected`, 0–1 (1 - edit distance / length). */
function likeness(actual: string, expected: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  const [best] = approxSearch(actual, expected, expected.length);
  // The pattern may match anywhere in `actual`: what it leaves out of a same-length window counts too.
  return best ? Math.max(0, 1 - best.errors / expected.length) : 0;
}

function score(text: string, quote: TextQuoteSelector, hint: number | undefined, start: number, end: number, errors: number): number {
  const quoteScore = 1 - errors / quote.exact.length;
  const prefixScore = likeness(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffixScore = likeness(text.slice(end, end + quote.suffix.length), quote.suffix);
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
  if (exact.length) {
    const best = exact
      .map((start) => ({ start, score: score(text, quote, hint, start, start + quote.exact.length, 0) }))
      .sort((a, b) => b.score - a.score)[0]!;
    return { start: best.start, end: best.start + quote.exact.length, how: 'quote' };
  }

  // Approximate: Myers' search is O(errors / 32 × text length); 256 errors at most, as Hypothesis.
  const maxErrors = Math.min(256, Math.floor(quote.exact.length * MAX_ERROR_SHARE));
  if (maxErrors < 1) return null;
  const candidates = approxSearch(text, quote.exact, maxErrors);
  let best: { start: number; end: number; score: number } | undefined;
  for (const m of candidates.slice(0, 200)) {
    const s = score(text, quote, hint, m.start, m.end, m.errors);
    if (!best || s > best.score) best = { start: m.start, end: m.end, score: s };
  }
  if (!best || best.score < MIN_FUZZY_SCORE) return null;
  return { start: best.start, end: best.end, how: 'fuzzy' };
}
