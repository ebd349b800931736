// One compiled regular expression for every name in the lexicon, so a text is scanned once
// whatever the size of the lexicon.
import type { EntryKind, LexiconEntry } from './types';

export interface TermMatch {
  start: number;
  end: number;
  /** The lexicon entry named. */
  id: string;
  kind: EntryKind;
  /** A generic word or ambiguous abbreviation: it counts only on a page already about skin. */
  weak: boolean;
}

export interface Matcher {
  /** Every mention in `text`, left to right, longest name first where two overlap. */
  find(text: string): TermMatch[];
}

type Spelling = 'term' | 'abbreviation' | 'exact' | 'weak';

interface KeyInfo {
  entry: LexiconEntry;
  spelling: Spelling;
  /** For capitalised spellings: the forms that count, plural included. */
  exact?: readonly string[];
  notFollowedBy?: ReadonlySet<string>;
  notPrecededBy?: ReadonlySet<string>;
}

const SEPARATOR = '[\\s\\u00a0\\-\\u2010\\u2011\\u2013]?';
const APOSTROPHE = "['\\u2019]?";
const ACCENT_CLASS: Record<string, string> = {};
for (const [base, accented] of Object.entries({ a: 'áàâä', e: 'éèêë', i: 'íìîï', o: 'óòôö', u: 'úùûü', n: 'ñ', c: 'ç' })) {
  for (const ch of accented) ACCENT_CLASS[ch] = `[${base}${ch}]`;
}
const PLURAL = /(?:e?s)$/;

/** The lookup key two spellings of one name share: no accents, case, spaces, hyphens or apostrophes. */
export function termKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+:]/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern that also accepts its hyphen, spacing, accent and plural variants. */
export function termPattern(term: string): string {
  let out = '';
  for (const ch of term) {
    if (ch === ' ' || ch === '-') out += SEPARATOR;
    else if (ch === "'" || ch === '\u2019') out += APOSTROPHE;
    else if (ACCENT_CLASS[ch.toLowerCase()]) out += ACCENT_CLASS[ch.toLowerCase()];
    else out += escapeRegExp(ch);
  }
  return /\p{L}$/u.test(term) ? `${out}(?:e?s)?` : out;
}

const words = (list?: readonly string[]) => (list?.length ? new Set(list.map((w) => w.toLowerCase())) : undefined);

export function compileMatcher(entries: readonly LexiconEntry[]): Matcher {
  const keys = new Map<string, KeyInfo>();
  const patterns: { pattern: string; length: number }[] = [];
  const add = (entry: LexiconEntry, term: string, spelling: Spelling) => {
    const key = termKey(term);
    const existing = keys.get(key);
    if (existing && existing.entry.id !== entry.id) {
      throw new Error(`Lexicon: "${term}" names both ${existing.entry.id} and ${entry.id}`);
    }
    const capitalised = spelling === 'abbreviation' || spelling === 'exact';
    keys.set(key, {
      entry,
      spelling,
      exact: capitalised ? [...(existing?.exact ?? []), term, `${term}s`] : undefined,
      notFollowedBy: spelling === 'weak' ? words(entry.notFollowedBy) : undefined,
      notPrecededBy: spelling === 'weak' ? words(entry.notPrecededBy) : undefined,
    });
    patterns.push({ pattern: termPattern(term), length: term.length });
  };
  for (const entry of entries) {
    for (const term of entry.terms) add(entry, term, 'term');
    for (const term of entry.abbreviations ?? []) add(entry, term, 'abbreviation');
    for (const term of entry.exactCaseTerms ?? []) add(entry, term, 'exact');
    for (const term of entry.weakTerms ?? []) add(entry, term, 'weak');
  }
  // Alternation is ordered: longer names first so "chemical peel" wins over "peel".
  patterns.sort((a, b) => b.length - a.length);
  const source = `(?<![\\p{L}\\p{N}])(?:${[...new Set(patterns.map((p) => p.pattern))].join('|')})(?![\\p{L}\\p{N}])`;
  const regex = new RegExp(source, 'giu');

  const lookup = (matched: string): KeyInfo | undefined => {
    const key = termKey(matched);
    return keys.get(key) ?? keys.get(key.replace(/s$/, '')) ?? keys.get(key.replace(PLURAL, ''));
  };

  return {
    find(text) {
      const found: TermMatch[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const info = lookup(m[0]);
        if (!info) continue;
        if (info.exact && !info.exact.some((form) => termKey(form) === termKey(m![0]) && sameCase(form, m![0]))) continue;
        const end = m.index + m[0].length;
        if (info.notFollowedBy) {
          const next = /^[\s\u00a0]+([\p{L}]+)/u.exec(text.slice(end, end + 40));
          if (next?.[1] && info.notFollowedBy.has(next[1].toLowerCase())) continue;
        }
        if (info.notPrecededBy) {
          const previous = /([\p{L}]+)[\s\u00a0-]+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
          if (previous?.[1] && info.notPrecededBy.has(previous[1].toLowerCase())) continue;
        }
        found.push({
          start: m.index,
          end,
          id: info.entry.id,
          kind: info.entry.kind,
          weak: info.spelling === 'weak' || info.spelling === 'abbreviation',
        });
      }
      return found;
    },
  };
}

/** Whether two spellings of the same name agree letter by letter in case (ignoring separators). */
function sameCase(form: string, matched: string): boolean {
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
  const a = letters(form);
  const b = letters(matched);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && x.toLowerCase() === y.toLowerCase()) return false;
  }
  return true;
}
