// The lexicon as one matcher: the text is split into words in a single pass, and each word is
// looked up in a table of names (joined with the next few words for names of several words).
// A table lookup per word costs the same whatever the size of the lexicon. Japanese, written
// without spaces, is searched name by name, and only in texts that have any kana or kanji.
import { WORD, foldText, foldWord, isWordCode, termKey } from './fold';
import type { EntryKind, Lang, LexiconEntry } from './types';

export { termKey };

export interface TermMatch {
  start: number;
  end: number;
  /** The lexicon entry named. */
  id: string;
  kind: EntryKind;
  /** A generic word or ambiguous abbreviation: it counts only on a page already about skin. */
  weak: boolean;
  /** Off-topic words: the topic (hair, nails, massage…); page-kind words: the kind of page. */
  category?: string;
  /** A word too common to say what a page is about ("body"): it only marks a procedure next to it. */
  notEvidence?: boolean;
  /** A procedure about another topic ("laser hair removal"): evidence for that topic, not for skin. */
  topic?: string;
}

export interface FindOptions {
  /** The page's language: names that mean this thing in one language only are read in that one. */
  lang?: Lang;
}

export interface Matcher {
  /** Every mention in `text`, left to right, longest name first where two overlap. */
  find(text: string, options?: FindOptions): TermMatch[];
}

type Spelling = 'term' | 'abbreviation' | 'exact' | 'weak';

interface CompiledEntry {
  id: string;
  name: string;
  kind: EntryKind;
  category: string;
  notFollowedBy?: string[];
  notPrecededBy?: string[];
  area?: boolean;
  notEvidence?: boolean;
  onlyFollowedBy?: string[];
  topic?: string;
}

/** [entry index, spelling, exact forms for capitalised spellings, only in these languages] */
type KeyTuple = [number, Spelling, string[]?, Lang[]?];

/**
 * The lexicon as lookup tables, plain data so the background can build it once and hand it to
 * the scanner. They are plain objects keyed by name, used as they arrive: the scanner builds
 * nothing from them up front, and decodes a name only when a page uses it.
 */
export interface CompiledLexicon {
  entries: CompiledEntry[];
  /** Name key → what it names (a list where one key names things in different languages). */
  keys: Record<string, KeyTuple | KeyTuple[]>;
  /** Key of a name's first word → words in the longest name starting with it (more than one). */
  starts: Record<string, number>;
  /** Names in Japanese script: [name, entry index, spelling], longest first. */
  cjk: [string, number, Spelling][];
}

interface KeyInfo {
  entry: CompiledEntry;
  spelling: Spelling;
  /** For capitalised spellings: the exact forms that count. */
  exact?: readonly string[];
  langs?: readonly Lang[];
  notFollowedBy?: ReadonlySet<string>;
  notPrecededBy?: ReadonlySet<string>;
  onlyFollowedBy?: ReadonlySet<string>;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** A hyphen (or a non-breaking one) alone between two words. */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

/** What may stand between the words of one name: spaces, hyphens, apostrophes, "+" or ":". */
const JOINER = /^[\s\u00a0\-\u2010\u2011\u2013'\u2019+:&]{1,3}$/;

/**
 * Words that end a procedure's name and may take a brand or a house name before them: "Cosmelan
 * Peel", "Keep Calm Facial", "Fotona Laser". Such a capitalised phrase names that procedure.
 */
const HEADS = new Set(['peel', 'peels', 'facial', 'facials', 'laser', 'lasers', 'resurfacing', 'microneedling']);
/** Heads that only name skin treatments: a house name before them names one. */
const SKIN_HEADS = new Set(['peel', 'peels', 'facial', 'facials', 'microneedling']);
/** Capitalised words that never belong to a procedure's house name (sentence starts, determiners, verbs of a menu). */
export const NOT_A_NAME = new Set(
  ('the a an our your my this that these those his her their its with and or for of in on at to by from ' +
    'what why how when which who where is are was were be been do does did can could will would should may might ' +
    'try get book new best top about after before during every each includes include including plus add ' +
    'el la los las un una mi tu su o le les des du de mon ma ton ta der die das ein eine il lo gli o os as um uma').split(' '),
);
/** What may stand between the words of a house name: spaces on one line, a hyphen or "&". */
const NAME_JOINER = /^[ \u00a0\-\u2010\u2011\u2013'\u2019+&]{1,3}$/;
/** What may stand between a procedure and an area word that makes it about that area ("PRP for hair loss"). */
const AREA_GAP = /^[\s\u00a0\-\u2010\u2011\u2013]*(?:(?:for|of|on|the|de|do|da|dos|das|del|des|du|für|per|para|pour|sur|na|no|en|au|the)[\s\u00a0]+){0,2}$/i;

/** Products named after a procedure: a word of these right after a procedure's name makes it a product. */
export const PRODUCTS = new Set(
  ('mask masks cream creams serum serums gel gels lotion lotions toner toners cleanser cleansers pads pad kit kits ' +
    'mascarilla mascarillas mascara crema cremas creme cremes siero maschera masque masques maske').split(' '),
);

/**
 * Where a name after "to" is a plural, it is the name, not the infinitive ("an alternative to peels"
 * names them; "to peel" is a verb). Only "to": after an adverb ("gently", "then") a plural-looking
 * word is the verb's third person ("she then massages").
 */
const INFINITIVE_MARKER = 'to';

/** A name of two words joined by a Romance preposition: "jato de plasma", "peeling de fenol". */
const WITHOUT_PREPOSITION = /^(\S+) (?:de|do|da|di|du|del|des|della) (\S+)$/i;

/** A word's key without a plural -s ("peelings" → "peeling"); short words are left as they are. */
const singular = (key: string) => (key.length > 3 && key.endsWith('s') ? key.slice(0, -1) : key);

const wordSet = (list?: readonly string[]) => (list?.length ? new Set(list.map((w) => foldWord(w))) : undefined);

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const keys = new Map<string, [string, number, Spelling, string[]?, Lang[]?][]>();

  const starts = new Map<string, number>();
  const cjk: [string, number, Spelling][] = [];
  const addName = (index: number, term: string, spelling: Spelling, langs?: Lang[]) => {
    const entry = entries[index]!;
    if (CJK.test(term)) {
      cjk.push([term, index, spelling]);
      return;
    }
    const key = termKey(term);
    if (!key) return;
    const existing = keys.get(key) ?? [];
    for (const other of existing) {
      const otherEntry = entries[other[1]]!;
      const disjoint = langs && other[4] && !langs.some((l) => other[4]!.includes(l));
      if (otherEntry.id !== entry.id && !disjoint) throw new Error(`Lexicon: "${term}" names both ${otherEntry.id} and ${entry.id}`);
    }
    const capitalised = spelling === 'abbreviation' || spelling === 'exact';
    const same = existing.find((k) => k[1] === index && String(k[4]) === String(langs));
    if (same) {
      if (capitalised) same[3] = [...(same[3] ?? []), term];
    } else {
      existing.push(capitalised ? [key, index, spelling, [term], langs] : [key, index, spelling, undefined, langs]);
    }
    keys.set(key, existing);
    const words = term.match(WORD) ?? [];
    const first = foldWord(words[0] ?? '');
    starts.set(first, Math.max(starts.get(first) ?? 1, words.length));
  };
  entries.forEach((entry, index) => {
    const add = (term: string, spelling: Spelling, langs?: Lang[]) => addName(index, term, spelling, langs);
    for (const term of entry.terms) add(term, 'term');
    for (const term of entry.abbreviations ?? []) add(term, 'abbreviation');
    for (const [lang, terms] of Object.entries(entry.brandsIn ?? {}) as [Lang, string[]][]) {
      for (const term of terms) add(term, 'abbreviation', [lang]);
    }
    for (const term of entry.exactCaseTerms ?? []) add(term, 'exact');
    for (const term of entry.weakTerms ?? []) add(term, 'weak');
    for (const [lang, terms] of Object.entries(entry.weakTermsIn ?? {}) as [Lang, string[]][]) {
      for (const term of terms) add(term, 'weak', [lang]);
    }
  });
  // Procedures' Romance names drop their preposition in menus and headings: "Jato Plasma" for "jato
  // de plasma", "Peeling Fenol" for "peeling de fenol". The shorter form names the same thing, once
  // every name is in, and only where it names nothing else.
  entries.forEach((entry, index) => {
    if (entry.kind !== 'procedure') return;
    for (const [list, spelling] of [
      [entry.terms, 'term'],
      [entry.weakTerms ?? [], 'weak'],
    ] as const) {
      for (const term of list) {
        const bare = WITHOUT_PREPOSITION.exec(term);
        if (!bare || CJK.test(term)) continue;
        const short = `${bare[1]} ${bare[2]}`;
        const taken = keys.get(termKey(short));
        if (!taken || taken.every((k) => k[1] === index)) addName(index, short, spelling);
      }
    }
  });
  cjk.sort((a, b) => b[0].length - a[0].length);
  return {
    entries: entries.map(({ id, name, kind, category, notFollowedBy, notPrecededBy, area, notEvidence, onlyFollowedBy, topic }) => ({
      id,
      name,
      kind,
      category,
      notFollowedBy,
      notPrecededBy,
      area,
      notEvidence,
      onlyFollowedBy,
      topic,
    })),
    keys: Object.fromEntries(
      [...keys].map(([key, tuples]) => {
        const compact = tuples.map(([, index, spelling, exact, langs]): KeyTuple => (langs ? [index, spelling, exact, langs] : exact ? [index, spelling, exact] : [index, spelling]));
        return [key, compact.length === 1 ? compact[0]! : compact];
      }),
    ),
    starts: Object.fromEntries([...starts].filter(([, words]) => words > 1)),
    cjk,
  };
}

export function compileMatcher(entries: readonly LexiconEntry[]): Matcher {
  return matcherFrom(compileLexicon(entries));
}

export function matcherFrom(compiled: CompiledLexicon): Matcher {
  // A name is decoded the first time a page uses it; the word sets of an entry are built once.
  const decoded = new Map<string, KeyInfo[]>();
  const sets = new Map<number, Pick<KeyInfo, 'notFollowedBy' | 'notPrecededBy' | 'onlyFollowedBy'>>();
  const setsOf = (index: number) => {
    let found = sets.get(index);
    if (!found) {
      const entry = compiled.entries[index]!;
      found = { notFollowedBy: wordSet(entry.notFollowedBy), notPrecededBy: wordSet(entry.notPrecededBy), onlyFollowedBy: wordSet(entry.onlyFollowedBy) };
      sets.set(index, found);
    }
    return found;
  };
  const infoOf = ([index, spelling, exact, langs]: KeyTuple): KeyInfo => {
    const guarded = spelling === 'weak' || spelling === 'abbreviation';
    const words = guarded ? setsOf(index) : undefined;
    return {
      entry: compiled.entries[index]!,
      spelling,
      exact,
      langs,
      notFollowedBy: words?.notFollowedBy,
      notPrecededBy: words?.notPrecededBy,
      onlyFollowedBy: spelling === 'weak' ? words?.onlyFollowedBy : undefined,
    };
  };
  const namesOf = (key: string): KeyInfo[] | undefined => {
    let found = decoded.get(key);
    if (found) return found;
    if (!Object.hasOwn(compiled.keys, key)) return undefined;
    const raw = compiled.keys[key]!;
    found = (typeof raw[0] === 'number' ? [raw as KeyTuple] : (raw as KeyTuple[])).map(infoOf);
    decoded.set(key, found);
    return found;
  };
  const longestName = (key: string): number => (Object.hasOwn(compiled.starts, key) ? compiled.starts[key]! : 1);
  const startsName = (key: string): boolean => Object.hasOwn(compiled.starts, key);
  let cjkNames: { name: string; entry: CompiledEntry; spelling: Spelling }[] | undefined;
  return {
    find(text, options = {}) {
      const lang = options.lang ?? 'en';
      const inLanguage = (found: KeyInfo[] | undefined): KeyInfo | undefined => {
        if (!found) return undefined;
        for (const info of found) if (!info.langs || info.langs.includes(lang)) return info;
        return undefined;
      };
      const lookup = (key: string): KeyInfo | undefined =>
        inLanguage(namesOf(key)) ??
        (key.endsWith('s')
          ? (inLanguage(namesOf(key.slice(0, -1))) ?? (key.endsWith('es') ? inLanguage(namesOf(key.slice(0, -2))) : undefined))
          : undefined);

      const found: TermMatch[] = [];
      // The words' keys, from one folding of the whole text (lower case, no accents, every offset
      // kept); a text whose lower case changes length is keyed word by word. Parallel arrays
      // rather than an object per word: a long article has thousands of words, nearly all of
      // them named nowhere.
      const folded = foldText(text);
      const source = folded ?? text;
      const starts: number[] = [];
      const ends: number[] = [];
      const wordKeys: string[] = [];
      // Words as WORD defines them, found by character codes: a regular expression's match
      // object per word cost more than the rest of the loop, on a text of thousands of words.
      const length = source.length;
      for (let at = 0; at < length; ) {
        if (!isWordCode(source.charCodeAt(at))) {
          at++;
          continue;
        }
        const start = at;
        while (++at < length && isWordCode(source.charCodeAt(at)));
        starts.push(start);
        ends.push(at);
        const word = source.slice(start, at);
        wordKeys.push(folded !== undefined ? word : foldWord(word));
      }
      const count = wordKeys.length;
      for (let i = 0; i < count; i++) {
        let firstKey = wordKeys[i]!;
        let first = i;
        // A word split by a hyphen ("Ultra-Sonic", "Micro-Current") is read as one when joined it
        // starts a name.
        if (i + 1 < count && starts[i + 1]! === ends[i]! + 1 && isHyphen(text.charCodeAt(ends[i]!))) {
          const joined = firstKey + wordKeys[i + 1]!;
          if (startsName(joined) || lookup(joined)) {
            firstKey = joined;
            first = i + 1;
          }
        }
        // The longest name starting at this word: joined with up to as many words as such names have.
        const span = longestName(firstKey);
        let info = lookup(firstKey);
        let last = first;
        let key = firstKey;
        // Romance languages put every word of a name in the plural ("peelings chimiques",
        // "rellenos dérmicos"): the same name with each word's plural -s dropped is tried too.
        let singularKey = singular(firstKey);
        for (let j = first + 1; j < count && j < first + span; j++) {
          if (!JOINER.test(text.slice(ends[j - 1]!, starts[j]!))) break;
          key += wordKeys[j]!;
          singularKey += singular(wordKeys[j]!);
          const longer = lookup(key) ?? (singularKey.length < key.length ? inLanguage(namesOf(singularKey)) : undefined);
          if (longer) {
            info = longer;
            last = j;
          }
        }
        if (!info) continue;
        let start = starts[i]!;
        const end = ends[last]!;
        const matched = text.slice(start, end);
        if (info.exact && !info.exact.some((form) => sameCase(form, matched))) continue;
        if (info.notFollowedBy && last + 1 < count && info.notFollowedBy.has(wordKeys[last + 1]!)) {
          if (/^[\s\u00a0]+$/.test(text.slice(end, starts[last + 1]!))) continue;
        }
        // A house name before a procedure's head word ("Cosmelan Peel") names that procedure: the
        // highlight covers it. It stays as weak as its head: a house name says nothing of the topic.
        const named = info.entry.kind === 'procedure' && HEADS.has(wordKeys[last]!) ? houseNameStart(text, starts, ends, wordKeys, i, found[found.length - 1]?.end ?? 0) : i;
        if (named < i) start = starts[named]!;
        else if (info.onlyFollowedBy && last + 1 < count && !info.onlyFollowedBy.has(wordKeys[last + 1]!)) {
          if (/^[\s\u00a0]+$/.test(text.slice(end, starts[last + 1]!))) continue;
        }
        if (info.notPrecededBy && i > 0 && info.notPrecededBy.has(wordKeys[i - 1]!)) {
          const pluralAfterTo = wordKeys[i - 1] === INFINITIVE_MARKER && last === i && wordKeys[i]!.length > 3 && wordKeys[i]!.endsWith('s') && !namesOf(wordKeys[i]!);
          if (!pluralAfterTo && /^[\s\u00a0-]+$/.test(text.slice(ends[i - 1]!, start))) continue;
        }
        // A product named after a procedure ("Botox mask", "peel pads") is a product.
        if (info.entry.kind === 'procedure' && last + 1 < count && PRODUCTS.has(wordKeys[last + 1]!)) {
          if (/^[\s\u00a0-]+$/.test(text.slice(end, starts[last + 1]!))) continue;
        }
        // A house name makes a facial or a peel a named treatment, strong evidence; "X Laser" may
        // be a laser for fat, hair or tattoos, and stays as weak as "laser".
        const weak = (info.spelling === 'weak' || info.spelling === 'abbreviation') && !(named < i && SKIN_HEADS.has(wordKeys[last]!));
        found.push({
          start,
          end,
          id: info.entry.id,
          kind: info.entry.kind,
          weak,
          category: info.entry.category,
          notEvidence: info.entry.notEvidence,
          topic: info.entry.topic,
        });
        i = last;
      }
      if (compiled.cjk.length && CJK.test(text)) {
        cjkNames ??= compiled.cjk.map(([name, index, spelling]) => ({ name, entry: compiled.entries[index]!, spelling }));
        addJapanese(text, found, cjkNames);
      }
      return markAreas(text, found, compiled.entries);
    },
  };
}

/**
 * Where the house name before the head word at `head` starts: up to three capitalised words
 * ("Classic European Facial", "Fire & Ice Facial"), none of them a determiner or a sentence's
 * first word when the head itself is in lower case. Returns `head` when there is none.
 */
function houseNameStart(text: string, starts: number[], ends: number[], keys: string[], head: number, floor: number): number {
  const headCapitalised = isCapitalised(text, starts[head]!);
  let first = head;
  for (let j = head - 1; j >= 0 && head - j <= 3; j--) {
    // One line only: a heading above ("Clinical Benefits") is not part of the name below it.
    if (starts[j]! < floor || !NAME_JOINER.test(text.slice(ends[j]!, starts[j + 1]!))) break;
    if (!isCapitalised(text, starts[j]!) || NOT_A_NAME.has(keys[j]!)) break;
    first = j;
  }
  if (first === head) return head;
  if (!headCapitalised) {
    // "… results. Glycolic peel" is a sentence start, not a name.
    const before = text.slice(Math.max(0, starts[first]! - 3), starts[first]!);
    if (first === 0 || /[.!?:]\s*$|^\s*$/.test(before)) return head;
  }
  return first;
}

/** Starts with a capital letter: "Fotona4D" does, "00" does not. */
function isCapitalised(text: string, at: number): boolean {
  const c = text[at]!;
  return c !== c.toLowerCase();
}

/** Names in Japanese script, searched one by one; a place already named keeps its first (longer) name. */
function addJapanese(text: string, found: TermMatch[], names: { name: string; entry: CompiledEntry; spelling: Spelling }[]): void {
  const taken: TermMatch[] = [];
  for (const { name, entry, spelling } of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.some((t) => t.start < end && at < t.end) || found.some((t) => t.start < end && at < t.end)) continue;
      taken.push({ start: at, end, id: entry.id, kind: entry.kind, weak: spelling === 'weak', category: entry.category, notEvidence: entry.notEvidence, topic: entry.topic });
    }
  }
  if (!taken.length) return;
  found.push(...taken);
  found.sort((a, b) => a.start - b.start);
}

/**
 * A procedure named right next to an area word is about that area, not the skin: "scalp
 * microneedling", "mesoterapia capilar", "PRP for hair loss" are hair treatments.
 */
function markAreas(text: string, found: TermMatch[], entries: readonly CompiledEntry[]): TermMatch[] {
  if (found.length < 2) return found;
  let areas: Set<string> | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (m.kind !== 'procedure') continue;
    areas ??= new Set(entries.filter((e) => e.area).map((e) => e.id));
    const before = found[i - 1];
    const after = found[i + 1];
    const area =
      (after && areas.has(after.id) && AREA_GAP.test(text.slice(m.end, after.start)) && after) ||
      (before && areas.has(before.id) && AREA_GAP.test(text.slice(before.end, m.start)) && before);
    if (area) found[i] = { ...m, kind: 'offtopic', id: area.id, category: area.category, weak: false, notEvidence: false };
  }
  return found;
}

/** Whether a matched text is written in the case of `form` (a plural "s" may follow). */
function sameCase(form: string, matched: string): boolean {
  const letters = (s: string) => s.match(WORD)?.join('') ?? '';
  const a = letters(form);
  const b = letters(matched);
  return b === a || b === `${a}s`;
}
