// How words are compared: case and accents folded, so "Acné", "acne" and "ACNE" are one word.

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case without accents; the accent pass only runs on words that have any. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

const ACCENTED = /[\u00c0-\u024f]/g;
let accents: Map<string, string> | undefined;

/** Each accented Latin letter and its plain letter ("é" → "e"): one character for one. */
function accentTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (let code = 0xc0; code <= 0x24f; code++) {
    const letter = String.fromCharCode(code);
    const parts = letter.normalize('NFD');
    if (parts.length > 1 && /^[\u0300-\u036f]+$/.test(parts.slice(1))) table.set(letter, parts[0]!);
  }
  return table;
}

/**
 * A whole text folded as foldWord folds each word, in one pass and keeping every offset (each
 * character folds to one character), or undefined for the rare text whose lower case changes its
 * length ("İ"), which is then folded word by word.
 */
export function foldText(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  if (!NON_ASCII.test(lower)) return lower;
  accents ??= accentTable();
  const table = accents;
  return lower.replace(ACCENTED, (letter) => table.get(letter) ?? letter);
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

/** Whether a character code is part of a word as WORD has it (a unit test holds the two equal). */
export const isWordCode = (code: number): boolean =>
  code < 0x80
    ? (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
    : code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
