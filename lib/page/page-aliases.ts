// The shortenings a page uses for procedures it has named in full: an abbreviation it defines
// ("Microdermabrasion (M-D)"), the initials of a name of several parts ("M-D" after
// "Micro-Dermabrasion"), and a brand written alone after its full name ("the Lumina" after "Lumina
// Peel"). On that page they name the same procedure; they are highlighted, never evidence, so they
// are read only once the page is taken as a skincare article.
import { WORD, escapeRegExp } from '../lexicon/fold';
import type { Matcher } from '../lexicon/matcher';
import type { Lang } from '../lexicon/types';
import type { NodeMention } from './detector';
import { inDocumentOrder, mentionsByNode } from './node-mentions';

/** One character of the lexicon's words: WORD's class, without its repetition. */
const WORD_CHAR = WORD.source.replace(/\+$/, '');

/** `text` as a whole word: no character of the lexicon's words right before or after it. */
const wholeWord = (text: string, flags?: string) =>
  new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(text)}(?!${WORD_CHAR})`, flags);

/** An abbreviation in brackets right after a name: "Microdermabrasion (M-D)", "Light Emitting Diode (LED)". */
const DEFINED_ABBREVIATION = /^\s*\(([A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*)\)/;

/**
 * The initials of a procedure's name of several parts, as a page may shorten it once it has named
 * it in full: "Micro-Dermabrasion" → "M-D", "Radio Frequency Microneedling" → "RFM". Initials are
 * hyphenated only where the name's parts are ("M-F" after "Medical Facial" is Monday to Friday),
 * and run together only from three parts on ("MD" is a doctor).
 */
export function initialismsOf(name: string): string[] {
  const parts = name.split(/[\s\u00a0\-\u2010\u2011]+/).filter((p) => /^[A-Za-z\u00c0-\u024f]/.test(p));
  if (parts.length < 2 || parts.length > 5) return [];
  const letters = parts.map((p) => p[0]!.toUpperCase());
  if (letters.some((l) => !/[A-Z]/.test(l))) return [];
  const forms: string[] = [];
  if (/^[^\s\u00a0]+$/.test(name.trim())) forms.push(letters.join('-'));
  if (letters.length >= 3) forms.push(letters.join(''));
  return forms;
}

/** Words that make a brand a device or a treatment when they follow it: "Forma RF", "Cosmelan Peel", "Icon 1540". */
function isQualifier(word: string, matcher: Matcher, lang: Lang): boolean {
  return /^\d{3,4}$/.test(word) || matcher.find(word, { lang }).some((m) => m.kind === 'procedure' && m.start === 0 && m.end === word.length);
}

/**
 * The brand part of a procedure's name that is a brand and a qualifier ("Forma RF" → "Forma",
 * "Cosmelan Peel" → "Cosmelan"): once a page has given the full name, it often writes the brand
 * alone, and on that page the brand names the same treatment. Brands that are everyday words are
 * listed only with their qualifier for that reason; a capitalised brand of four letters or more,
 * not itself a name of anything in the lexicon, is taken.
 */
function shortNameOf(name: string, matcher: Matcher, lang: Lang): string | undefined {
  const words = name.split(/[\s\u00a0]+/);
  if (words.length < 2 || words.length > 3) return undefined;
  const brand = words.slice(0, -1).join(' ');
  if (!isQualifier(words[words.length - 1]!, matcher, lang)) return undefined;
  if (!/^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f0-9]{3,}(?: [A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f0-9]+)?$/.test(brand)) return undefined;
  if (matcher.find(brand, { lang }).length) return undefined;
  return brand;
}

/**
 * Abbreviations a page defines for a procedure ("Microdermabrasion (M-D)"), and the initials of a
 * procedure's name it gives in full, name that procedure wherever the page uses them. They are as
 * weak as any abbreviation: highlighted, not evidence.
 */
export function withPageAliases(found: NodeMention[], nodes: readonly Text[], matcher: Matcher, lang: Lang): NodeMention[] {
  const defined = new Map<string, NodeMention>();
  const shortNames = new Map<string, NodeMention>();
  // A name's initials and brand are worked out once: its first mention defines them either way.
  const namesRead = new Set<string>();
  for (const m of found) {
    if (m.kind !== 'procedure' || m.topic) continue;
    const abbreviation = DEFINED_ABBREVIATION.exec(m.node.data.slice(m.end))?.[1];
    if (abbreviation && abbreviation.length >= 2 && abbreviation.length <= 8 && !defined.has(abbreviation)) defined.set(abbreviation, m);
    const name = m.node.data.slice(m.start, m.end);
    if (namesRead.has(name)) continue;
    namesRead.add(name);
    for (const initials of initialismsOf(name)) if (!defined.has(initials)) defined.set(initials, m);
    const short = shortNameOf(name, matcher, lang);
    if (short && !shortNames.has(short)) shortNames.set(short, m);
  }
  if (!defined.size && !shortNames.size) return found;
  const added: NodeMention[] = [];
  const taken = mentionsByNode(found);
  const search = (alias: string, definition: NodeMention, counts: (node: Text, start: number) => boolean) => {
    const pattern = wholeWord(alias, 'g');
    for (const node of nodes) {
      if (!node.data.includes(alias)) continue;
      for (const hit of node.data.matchAll(pattern)) {
        const start = hit.index;
        const end = start + alias.length;
        if (!counts(node, start)) continue;
        let inNode = taken.get(node);
        if (inNode?.some((t) => t.start < end && start < t.end)) continue;
        const mention: NodeMention = { ...definition, node, start, end, weak: true };
        added.push(mention);
        if (!inNode) taken.set(node, (inNode = []));
        inNode.push(mention);
      }
    }
  };
  for (const [abbreviation, definition] of defined) search(abbreviation, definition, () => true);
  for (const [short, definition] of shortNames) {
    // A word the page also writes in lower case ("medical", "deep", "express") is an ordinary word
    // that the page capitalises in names, not a brand.
    const lowerCase = wholeWord(short.toLowerCase());
    if (nodes.some((node) => lowerCase.test(node.data))) continue;
    search(short, definition, (node, start) => {
      const before = node.data.slice(0, start).trimEnd();
      const after = node.data.slice(start + short.length);
      // Standing alone (a heading) it is the name.
      if (!before && !after.trim()) return true;
      // At a sentence's start it may be any word; inside a longer capitalised name ("Medical
      // Director", "British Medical") it is part of that name.
      return !/(?:^|[.!?:•])$/.test(before) && !/[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’-]*$/.test(before) && !/^[ \u00a0]+[A-Z\u00c0-\u00de]/.test(after);
    });
  }
  return inDocumentOrder(found, added, nodes);
}
