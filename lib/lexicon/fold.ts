// How words are compared: case and accents folded, so "Acné", "acne" and "ACNE" are one word.

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case without accents; the accent pass only runs on words that have any. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** The key two spellings of one name share: folded, with spaces, hyphens and punctuation dropped. */
export function termKey(text: string): string {
  return foldWord(text).replace(/[^0-9a-z\u00df-\u024f]/g, '');
}

/**
 * Words (runs of letters and digits) of a text, in the Latin scripts the lexicon is written in.
 * A plain character range rather than \p{L}: far cheaper to compile, on every page.
 */
export const WORD = /[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g;
