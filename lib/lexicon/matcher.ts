// One compiled regular expression for every procedure term, so a text is scanned once
// whatever the size of the lexicon.
import type { ProcedureEntry } from './procedures';

export type TermKind = 'term' | 'abbreviation' | 'weak';

export interface TermMatch {
  start: number;
  end: number;
  procedureId: string;
  kind: TermKind;
}

export interface Matcher {
  /** Every mention in `text`, left to right, longest name first where two overlap. */
  find(text: string): TermMatch[];
}

interface KeyInfo {
  procedureId: string;
  kind: TermKind;
  notFollowedBy?: ReadonlySet<string>;
}

const SEPARATOR = '[\\s\\u00a0\\-\\u2010\\u2011\\u2013]?';
const APOSTROPHE = "['\\u2019]?";
const ACCENT_CLASS: Record<string, string> = {};
for (const [base, accented] of Object.entries({ a: 'áàâä', e: 'éèêë', i: 'íìîï', o: 'óòôö', u: 'úùûü', n: 'ñ', c: 'ç' })) {
  for (const ch of accented) ACCENT_CLASS[ch] = `[${base}${ch}]`;
}

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

/** A term as a pattern that also accepts its hyphen, spacing, accent and plural variants. */
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

export function compileMatcher(entries: readonly ProcedureEntry[]): Matcher {
  const keys = new Map<string, KeyInfo>();
  const patterns: { pattern: string; length: number }[] = [];
  const add = (entry: ProcedureEntry, term: string, kind: TermKind) => {
    const key = termKey(term);
    const existing = keys.get(key);
    if (existing && existing.procedureId !== entry.id) {
      throw new Error(`Lexicon: "${term}" names both ${existing.procedureId} and ${entry.id}`);
    }
    keys.set(key, {
      procedureId: entry.id,
      kind,
      notFollowedBy:
        kind === 'weak' && entry.notFollowedBy
          ? new Set(entry.notFollowedBy.map((word) => word.toLowerCase()))
          : undefined,
    });
    patterns.push({ pattern: termPattern(term), length: term.length });
  };
  for (const entry of entries) {
    for (const term of entry.terms) add(entry, term, 'term');
    for (const term of entry.abbreviations ?? []) add(entry, term, 'abbreviation');
    for (const term of entry.weakTerms ?? []) add(entry, term, 'weak');
  }
  // Alternation is ordered: longer names first so "chemical peel" wins over "peel".
  patterns.sort((a, b) => b.length - a.length);
  const source = `(?<![\\p{L}\\p{N}])(?:${patterns.map((p) => p.pattern).join('|')})(?![\\p{L}\\p{N}])`;
  const regex = new RegExp(source, 'giu');

  const lookup = (matched: string): KeyInfo | undefined => {
    const key = termKey(matched);
    return keys.get(key) ?? keys.get(key.replace(/s$/, '')) ?? keys.get(key.replace(/es$/, ''));
  };

  return {
    find(text) {
      const found: TermMatch[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const info = lookup(m[0]);
        if (!info) continue;
        const singular = m[0].replace(/s$/, '');
        if (info.kind === 'abbreviation' && singular !== singular.toUpperCase()) continue;
        const end = m.index + m[0].length;
        if (info.notFollowedBy) {
          const next = /^[\s\u00a0]+([\p{L}]+)/u.exec(text.slice(end, end + 40));
          if (next?.[1] && info.notFollowedBy.has(next[1].toLowerCase())) continue;
        }
        found.push({ start: m.index, end, procedureId: info.procedureId, kind: info.kind });
      }
      return found;
    },
  };
}
