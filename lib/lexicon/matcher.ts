// The lexicon as one matcher: the text is split into words in a single pass, and each word is
// looked up in a table of names (joined with the next few words for names of several words).
// A table lookup per word costs the same whatever the size of the lexicon.
import { WORD, foldWord, termKey } from './fold';
import type { EntryKind, LexiconEntry } from './types';

export { termKey };

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

/**
 * The lexicon as lookup tables, plain data so the background can build it once and hand it to
 * content scripts, which then only fill two maps.
 */
export interface CompiledLexicon {
  entries: { id: string; name: string; kind: EntryKind; notFollowedBy?: string[]; notPrecededBy?: string[] }[];
  /** [name key, entry index, spelling, exact forms for capitalised spellings] */
  keys: [string, number, Spelling, string[]?][];
  /** [key of a name's first word, words in the longest name starting with it] */
  starts: [string, number][];
}

interface KeyInfo {
  entry: CompiledLexicon['entries'][number];
  spelling: Spelling;
  /** For capitalised spellings: the exact forms that count. */
  exact?: readonly string[];
  notFollowedBy?: ReadonlySet<string>;
  notPrecededBy?: ReadonlySet<string>;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** What may stand between the words of one name: spaces, hyphens, apostrophes, "+" or ":". */
const JOINER = /^[\s\u00a0\-\u2010\u2011\u2013'\u2019+:&]{1,3}$/;

const wordSet = (list?: readonly string[]) => (list?.length ? new Set(list.map((w) => foldWord(w))) : undefined);

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const keys = new Map<string, [string, number, Spelling, string[]?]>();
  const starts = new Map<string, number>();
  entries.forEach((entry, index) => {
    const add = (term: string, spelling: Spelling) => {
      const key = termKey(term);
      if (!key) return;
      const existing = keys.get(key);
      if (existing && entries[existing[1]]!.id !== entry.id) {
        throw new Error(`Lexicon: "${term}" names both ${entries[existing[1]]!.id} and ${entry.id}`);
      }
      const capitalised = spelling === 'abbreviation' || spelling === 'exact';
      keys.set(key, capitalised ? [key, index, spelling, [...(existing?.[3] ?? []), term]] : [key, index, spelling]);
      const words = term.match(WORD) ?? [];
      const first = foldWord(words[0] ?? '');
      starts.set(first, Math.max(starts.get(first) ?? 1, words.length));
    };
    for (const term of entry.terms) add(term, 'term');
    for (const term of entry.abbreviations ?? []) add(term, 'abbreviation');
    for (const term of entry.exactCaseTerms ?? []) add(term, 'exact');
    for (const term of entry.weakTerms ?? []) add(term, 'weak');
  });
  return {
    entries: entries.map(({ id, name, kind, notFollowedBy, notPrecededBy }) => ({ id, name, kind, notFollowedBy, notPrecededBy })),
    keys: [...keys.values()],
    starts: [...starts].filter(([, words]) => words > 1),
  };
}

export function compileMatcher(entries: readonly LexiconEntry[]): Matcher {
  return matcherFrom(compileLexicon(entries));
}

export function matcherFrom(compiled: CompiledLexicon): Matcher {
  const keys = new Map<string, KeyInfo>();
  for (const [key, index, spelling, exact] of compiled.keys) {
    const entry = compiled.entries[index]!;
    keys.set(key, {
      entry,
      spelling,
      exact,
      notFollowedBy: spelling === 'weak' ? wordSet(entry.notFollowedBy) : undefined,
      notPrecededBy: spelling === 'weak' ? wordSet(entry.notPrecededBy) : undefined,
    });
  }
  const nameLengths = new Map(compiled.starts);

  const lookup = (key: string): KeyInfo | undefined =>
    keys.get(key) ?? (key.endsWith('s') ? (keys.get(key.slice(0, -1)) ?? (key.endsWith('es') ? keys.get(key.slice(0, -2)) : undefined)) : undefined);

  return {
    find(text) {
      const found: TermMatch[] = [];
      // The words' keys, from one lower-casing of the whole text. Parallel arrays rather than an
      // object per word: a long article has thousands of words, nearly all of them named nowhere.
      const lower = text.toLowerCase();
      // Lower-casing a few characters changes their length ("İ"); such a text is keyed word by word.
      const keyedWhole = lower.length === text.length && !NON_ASCII.test(lower);
      const source = keyedWhole ? lower : text;
      const starts: number[] = [];
      const ends: number[] = [];
      const keys: string[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
        keys.push(keyedWhole ? m[0] : foldWord(m[0]));
      }
      const count = keys.length;
      for (let i = 0; i < count; i++) {
        const firstKey = keys[i]!;
        // The longest name starting at this word: joined with up to as many words as such names have.
        const span = nameLengths.get(firstKey) ?? 1;
        let info = lookup(firstKey);
        let last = i;
        let key = firstKey;
        for (let j = i + 1; j < count && j < i + span; j++) {
          if (!JOINER.test(text.slice(ends[j - 1]!, starts[j]!))) break;
          key += keys[j]!;
          const longer = lookup(key);
          if (longer) {
            info = longer;
            last = j;
          }
        }
        if (!info) continue;
        const start = starts[i]!;
        const end = ends[last]!;
        const matched = text.slice(start, end);
        if (info.exact && !info.exact.some((form) => sameCase(form, matched))) continue;
        if (info.notFollowedBy && last + 1 < count && info.notFollowedBy.has(keys[last + 1]!)) {
          if (/^[\s\u00a0]+$/.test(text.slice(end, starts[last + 1]!))) continue;
        }
        if (info.notPrecededBy && i > 0 && info.notPrecededBy.has(keys[i - 1]!)) {
          if (/^[\s\u00a0-]+$/.test(text.slice(ends[i - 1]!, start))) continue;
        }
        found.push({
          start,
          end,
          id: info.entry.id,
          kind: info.entry.kind,
          weak: info.spelling === 'weak' || info.spelling === 'abbreviation',
        });
        i = last;
      }
      return found;
    },
  };
}

/** Whether a matched text is written in the case of `form` (a plural "s" may follow). */
function sameCase(form: string, matched: string): boolean {
  const letters = (s: string) => s.match(WORD)?.join('') ?? '';
  const a = letters(form);
  const b = letters(matched);
  return b === a || b === `${a}s`;
}
