// Treatments a page names in its own words, found by the company they keep.
//
// Clinics and spas sell treatments under house names nobody could list ("Velvet Cloud", "Red
// Carpet Glow"), and write them into lists beside treatments the lexicon knows: "Includes LED,
// Velvet Cloud and extractions", "Micro-Dermabrasion • LED • velvet cloud". Items joined in
// one list are things of one kind, so a short noun phrase listed right beside a known procedure is
// taken as a treatment too, and then highlighted wherever this page uses it again.
//
// It only adds highlights on a page already judged a skincare article, never evidence for that
// judgement, and it is careful about what it takes: a phrase the lexicon knows as anything else
// (an ingredient, a product, a condition, another topic), a phrase with a function word, a number
// or a shop word ("Gift Cards") is never a treatment, nor is a single word (too often an adjective
// or a first name). One showing is enough for a capitalised name ("Velvet Cloud") or a step of
// a bulleted menu, in a list of three items or more of which two are known procedures; any other
// phrase needs two such lists ("Microneedling, Costa Mesa" once is a place, not a treatment).
// "&", "+" and "/" do not part items: "Laser & Skin Center" is one name.
import { NOT_A_NAME, PRODUCTS, type Matcher } from '../lexicon/matcher';
import { NAMED_TREATMENT, type Lang } from '../lexicon/types';
import { foldWord, isWordCode } from '../lexicon/fold';
import type { NodeMention } from './detector';
import { inDocumentOrder, mentionsByNode } from './node-mentions';

/** Where a list's run ends: sentence punctuation, brackets, a colon, a line break. */
const RUN_BREAKS = /[.!?:()[\]{}"“”«»\n\r\t]/g;
/** What joins the items of one list: commas, semicolons, bullets, "and" and "or" in the page's languages. */
const SEPARATOR = /(?:\s*[,;•·|]\s*|\s+(?:and|or|y|o|e|ou|et|und|oder|ed)\s+)+/giu;
/** A word of a name: letters, maybe joined by one hyphen or apostrophe inside. */
const NAME_WORD = /^[A-Za-z\u00c0-\u024f]{2,}(?:['’-][A-Za-z\u00c0-\u024f]+)*$/;

/**
 * Words that are never part of a treatment's name: the house-name grammar's (function words, a
 * menu's verbs), generic service and time words, and shop words that sit in the same lists ("Gift
 * Cards", "Free Consultation", "Packages"). Folded, as words are looked up: no accents.
 */
const NOT_IN_A_NAME = new Set([
  ...NOT_A_NAME,
  ...(
    'as be all any some more most other others also only just very much many few no not free ' +
    'i you he she we they it me us them so but if then than while up down off out over now today call ' +
    'treatment treatments procedure procedures session sessions service services option options therapy therapies ' +
    'consultation consultations appointment appointments booking package packages membership memberships ' +
    'gift gifts card cards voucher vouchers offer offers special specials price prices pricing minutes minute hour hours ' +
    'day days week weeks month months year years time times result results skin face body care ' +
    'con por para sin muy hasta au aux une et ou pour avec sans tres jusqu ' +
    'und oder mit fur di da per com sem do dos das ate muito mais'
  ).split(' '),
]);

/** An item of a list, in its block's text. */
interface Item {
  start: number;
  end: number;
  text: string;
  /** Whether a bullet (•, ·, |) parts it from the item before: a menu's steps, not a sentence's. */
  bulletBefore: boolean;
}

/** A block's text (a paragraph, a list item, a cell), joined from its text nodes, with the mentions in it. */
interface Block {
  text: string;
  mentions: { kind: string; topic?: string; start: number; end: number }[];
}

/** Elements whose text runs on inline: links and emphasis inside a list do not end it. */
const INLINE = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'SPAN', 'U', 'SMALL', 'MARK', 'ABBR', 'SUP', 'SUB', 'FONT', 'LABEL', 'BDI', 'CITE', 'Q']);

function blockOf(node: Text): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.tagName)) element = element.parentElement;
  return element;
}

/** The blocks that hold a known procedure, with their whole text: a list runs across links and bold. */
function blocksWith(procedures: readonly NodeMention[], nodes: readonly Text[], byNode: Map<Text, NodeMention[]>): Block[] {
  const wanted = new Set(procedures.map((p) => blockOf(p.node)));
  const blocks = new Map<Element, Block>();
  for (const node of nodes) {
    const element = blockOf(node);
    if (!element || !wanted.has(element)) continue;
    let block = blocks.get(element);
    if (!block) blocks.set(element, (block = { text: '', mentions: [] }));
    const offset = block.text.length;
    for (const m of byNode.get(node) ?? []) block.mentions.push({ kind: m.kind, topic: m.topic, start: offset + m.start, end: offset + m.end });
    block.text += node.data;
  }
  return [...blocks.values()];
}

/** A text's lists: runs between sentence breaks, cut into items at list separators. */
function listRuns(text: string): Item[][] {
  const runs: Item[][] = [];
  let runStart = 0;
  const addRun = (end: number) => {
    const run = itemsOf(text, runStart, end);
    if (run.length > 1) runs.push(run);
  };
  for (const m of text.matchAll(RUN_BREAKS)) {
    addRun(m.index);
    runStart = m.index + 1;
  }
  addRun(text.length);
  return runs;
}

function itemsOf(text: string, from: number, to: number): Item[] {
  const slice = text.slice(from, to);
  const items: Item[] = [];
  let last = 0;
  let bulletBefore = false;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(slice[s]!)) s++;
    while (e > s && /\s/.test(slice[e - 1]!)) e--;
    if (e > s) items.push({ start: from + s, end: from + e, text: slice.slice(s, e), bulletBefore });
  };
  for (const m of slice.matchAll(SEPARATOR)) {
    push(last, m.index);
    last = m.index + m[0].length;
    bulletBefore = /[•·|]/.test(m[0]);
  }
  push(last, slice.length);
  return items;
}

/** Numbers, prices and durations left in an item once its procedures are taken out: "$200 with LED". */
const NOT_A_WORD = /^[\d$€£¥%.,:\-–+/]+$/;

/**
 * Each item's mentions, for items and mentions both in text order: one sweep, not a search per
 * item (a block can list thousands of items).
 */
function mentionsByItem(run: readonly Item[], mentions: Block['mentions']): Block['mentions'][] {
  const out: Block['mentions'][] = [];
  let j = 0;
  for (const item of run) {
    while (j < mentions.length && mentions[j]!.end <= item.start) j++;
    const inItem: Block['mentions'] = [];
    for (let k = j; k < mentions.length && mentions[k]!.start < item.end; k++) inItem.push(mentions[k]!);
    out.push(inItem);
  }
  return out;
}

/**
 * Whether an item ends in a known procedure: what follows its last procedure is at most function
 * words, numbers and prices. "Includes LED", "$200 with LED therapy" and "Classic Facial with
 * Ultra-Sonic Exfoliation" do; "Microneedling Specialist" (a person's title) does not.
 */
function isProcedureItem(item: Item, mentions: Block['mentions']): boolean {
  const last = mentions[mentions.length - 1];
  if (!last || last.kind !== 'procedure' || last.topic) return false;
  const rest = item.text.slice(Math.max(0, last.end - item.start));
  return rest.split(/[\s\u00a0]+/).every((w) => !w || NOT_A_WORD.test(w) || NOT_IN_A_NAME.has(foldWord(w)));
}

/**
 * The page's own treatment names found beside known procedures, highlighted wherever the page uses
 * them. Returns `found` with them added, in document order.
 */
export function withCoordinatedNames(found: NodeMention[], nodes: readonly Text[], matcher: Matcher, lang?: Lang): NodeMention[] {
  const procedures = found.filter((m) => m.kind === 'procedure' && !m.topic);
  if (!procedures.length) return found;
  const byNode = mentionsByNode(found);

  const support = new Map<string, { count: number; named: boolean }>();
  for (const block of blocksWith(procedures, nodes, byNode)) {
    for (const run of listRuns(block.text)) {
      const inItems = mentionsByItem(run, block.mentions);
      const known = run.map((item, i) => isProcedureItem(item, inItems[i]!));
      const knownCount = known.filter(Boolean).length;
      if (!knownCount) continue;
      for (let i = 0; i < run.length; i++) {
        const item = run[i]!;
        if (known[i] || inItems[i]!.length || !(known[i - 1] || known[i + 1])) continue;
        const name = nameShape(item.text);
        if (!name || matcher.find(item.text, { lang }).length) continue;
        const entry = support.get(name.key) ?? { count: 0, named: false };
        entry.count++;
        // In a list of treatments (three items, two of them known), a capitalised name or a step of
        // a bulleted menu is a name on one showing.
        const bulleted = (!!known[i - 1] && item.bulletBefore) || (!!known[i + 1] && run[i + 1]!.bulletBefore);
        entry.named ||= run.length >= 3 && knownCount >= 2 && (name.capitalised || bulleted);
        support.set(name.key, entry);
      }
    }
  }
  const accepted = [...support].filter(([, s]) => s.named || s.count >= 2).map(([key]) => key);
  if (!accepted.length) return found;

  const added: NodeMention[] = [];
  for (const node of nodes) {
    const lower = node.data.toLowerCase();
    // A letter whose lower case is longer ("İ") would shift every offset after it.
    if (lower.length !== node.data.length) continue;
    const hits: NodeMention[] = [];
    for (const key of accepted) {
      for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
        const end = at + key.length;
        if (isLetter(lower, at - 1) || isLetter(lower, end)) continue;
        hits.push({ node, start: at, end, id: NAMED_TREATMENT, kind: 'procedure', weak: true, category: NAMED_TREATMENT });
      }
    }
    if (!hits.length) continue;
    // Against the node's own mentions and each other, both in text order: one sweep.
    hits.sort((a, b) => a.start - b.start);
    const existing = byNode.get(node) ?? [];
    let j = 0;
    let reach = -1;
    for (const hit of hits) {
      while (j < existing.length && existing[j]!.end <= hit.start) j++;
      if (hit.start < reach || (j < existing.length && existing[j]!.start < hit.end)) continue;
      reach = hit.end;
      added.push(hit);
    }
  }
  return inDocumentOrder(found, added, nodes);
}

/** A short noun phrase that could be a name: two or three words of letters, none a function or shop word. */
function nameShape(text: string): { key: string; capitalised: boolean } | undefined {
  const words = text.split(/[\s\u00a0]+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return undefined;
  if (words.some((w) => NOT_IN_A_NAME.has(foldWord(w)))) return undefined;
  // "Nourishing mask", "night cream": a product, whatever the list.
  if (PRODUCTS.has(foldWord(words[words.length - 1]!))) return undefined;
  if (words.join('').length < 4) return undefined;
  const capitalised = words.every((w) => w[0] !== w[0]!.toLowerCase());
  // A word in capitals throughout ("LED") is an abbreviation the lexicon would know, or a shout.
  if (words.some((w) => w.length > 1 && w === w.toUpperCase())) return undefined;
  return { key: words.join(' ').toLowerCase(), capitalised };
}

/** A character of the lexicon's words (./fold), as the matcher reads them. */
const isLetter = (text: string, at: number) => at >= 0 && at < text.length && isWordCode(text.charCodeAt(at));
