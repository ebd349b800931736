// Words as search sees them, the same in every world: the index, the query, the copy's word list
// and the marks in the results. Case and accents fold away ("Peeling", "peeling", "PÉELING"), and a
// word is a run of letters or digits in any script, apostrophes inside it kept ("l'acné" → "l'acne").
// Not the lexicon's WORD (lib/lexicon/fold.ts): that one is Latin letters only, for its matcher's
// table; a reader's notes and titles may be in any script.
import { foldWord } from '../lexicon/fold';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The folded words of a text, in order. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) words.push(foldWord(match[0]).replace(/’/g, "'"));
  return words;
}

/** Words too short to say anything alone, left out of a copy's word list (they stay in the text). */
const MIN_COPY_WORD = 2;
/** A copy's word list holds at most this many distinct words: a book-length page is not a vocabulary. */
export const MAX_COPY_WORDS = 6_000;

/** The distinct words of a readable copy's text, for its index. */
export function distinctWords(text: string): string[] {
  const seen = new Set<string>();
  for (const word of searchWords(text)) {
    if (word.length < MIN_COPY_WORD || word.length > 40) continue;
    seen.add(word);
    if (seen.size >= MAX_COPY_WORDS) break;
  }
  return [...seen];
}

/**
 * Where the words of `text` match the search: spans of characters whose folded word starts with one
 * of `prefixes` (what the reader typed) or is one of `terms` (what the index matched, typos
 * included). For marking in the results; spans are in order and do not overlap.
 */
export function matchedSpans(text: string, prefixes: readonly string[], terms: readonly string[]): { start: number; end: number }[] {
  if (!prefixes.length && !terms.length) return [];
  const exact = new Set(terms);
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]).replace(/’/g, "'");
    if (exact.has(word) || prefixes.some((p) => p && word.startsWith(p))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
