// Treatments a page names in its own words, found by the company they keep.
//
// Clinics and spas sell treatments under house names nobody could list ("Oxygen Smoothie", "Red
// Carpet Glow"), and write them into lists beside treatments the lexicon knows: "Includes LED,
// Oxygen Smoothie and extractions", "Micro-Dermabrasion • LED • oxygen smoothie". Items joined in
// one list are things of one kind, so a short noun phrase listed right beside a known procedure is
// taken as a treatment too, and then highlighted wherever this page uses it again.
//
// It only adds highlights on a page already judged a skincare article, never evidence for that
// judgement, and it is careful about what it takes: a phrase the lexicon knows as anything else
// (an ingredient, a product, a condition, another topic), a phrase with a function word, a number
// or a shop word ("Gift Cards") is never a treatment, nor is a single word (too often an adjective
// or a first name). A capitalised name ("Oxygen Smoothie") or a step in a bulleted menu needs one
// such list; a lower-case phrase in a sentence needs two.
import { PRODUCTS, type Matcher, type TermMatch } from '../lexicon/matcher';
import { NAMED_TREATMENT, type Lang } from '../lexicon/types';
import { foldWord } from '../lexicon/fold';

export { NAMED_TREATMENT };

export interface LocatedMention extends TermMatch {
  node: Text;
}

/** Where a list's run ends: sentence punctuation, brackets, a colon, a line break. */
const RUN_BREAKS = /[.!?:()[\]{}"“”«»\n\r\t]/g;
/** What joins the items of one list: commas, bullets and slashes, "and" and "or" in the page's languages. */
const SEPARATOR = /(?:\s*[,;•·|+&/]\s*|\s+(?:and|or|y|o|e|ou|et|und|oder|ed)\s+)+/giu;
/** A word of a name: letters, maybe joined by one hyphen or apostrophe inside. */
const NAME_WORD = /^[A-Za-z\u00c0-\u024f]{2,}(?:['’-][A-Za-z\u00c0-\u024f]+)*$/;

/**
 * Words that are never part of a treatment's name: function words, generic service words, and shop
 * words that sit in the same lists ("Gift Cards", "Free Consultation", "Packages").
 */
const NOT_IN_A_NAME = new Set(
  (
    'the a an our your my this that these those his her their its with and or for of in on at to by from as is are was be ' +
    'all any some more most other others also only just very much many few each every no not new best top free ' +
    'i you he she we they it me us them who what which how when where why then than so but if ' +
    'treatment treatments procedure procedures session sessions service services option options therapy therapies ' +
    'consultation consultations appointment appointments booking package packages membership memberships ' +
    'gift gifts card cards voucher vouchers offer offers special specials price prices pricing minutes minute hour hours ' +
    'day days week weeks month months year years time times result results skin face body care ' +
    'el la los las un una mi tu su de del con por para sin muy hasta le les des du au aux un une et ou pour avec sans très jusqu ' +
    'der die das ein eine und oder mit für il lo gli di da per o os as um uma com sem do da dos das até muito mais'
  ).split(' '),
);

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
function blocksWith(procedures: readonly LocatedMention[], nodes: readonly Text[], byNode: Map<Text, LocatedMention[]>): Block[] {
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

/** Whether a procedure the lexicon knows ends or begins this item ("Includes LED", "LED Light Therapy"). */
function holdsProcedure(item: Item, mentions: Block['mentions']): boolean {
  return mentions.some((m) => m.kind === 'procedure' && !m.topic && m.start >= item.start && m.end <= item.end && (m.end === item.end || m.start === item.start));
}

function overlapsAny(item: Item, mentions: Block['mentions']): boolean {
  return mentions.some((m) => m.start < item.end && item.start < m.end);
}

/**
 * The page's own treatment names found beside known procedures, highlighted wherever the page uses
 * them. Returns `found` with them added, in document order.
 */
export function withCoordinatedNames(found: LocatedMention[], nodes: readonly Text[], matcher: Matcher, lang?: Lang): LocatedMention[] {
  const procedures = found.filter((m) => m.kind === 'procedure' && !m.topic);
  if (!procedures.length) return found;
  const byNode = new Map<Text, LocatedMention[]>();
  for (const m of found) {
    const inNode = byNode.get(m.node);
    if (inNode) inNode.push(m);
    else byNode.set(m.node, [m]);
  }

  const support = new Map<string, { count: number; named: boolean; words: number }>();
  for (const block of blocksWith(procedures, nodes, byNode)) {
    for (const run of listRuns(block.text)) {
      for (let i = 0; i < run.length; i++) {
        if (!holdsProcedure(run[i]!, block.mentions)) continue;
        for (const [neighbour, bulleted] of [
          [run[i - 1], run[i]!.bulletBefore],
          [run[i + 1], run[i + 1]?.bulletBefore],
        ] as const) {
          if (!neighbour || overlapsAny(neighbour, block.mentions)) continue;
          const name = nameShape(neighbour.text);
          if (!name || matcher.find(neighbour.text, { lang }).length) continue;
          const entry = support.get(name.key) ?? { count: 0, named: false, words: name.words };
          entry.count++;
          // A capitalised name, or any phrase in a menu's bulleted steps, is a name on one showing.
          entry.named ||= name.capitalised || !!bulleted;
          support.set(name.key, entry);
        }
      }
    }
  }
  const accepted = [...support].filter(([, s]) => s.words >= 2 && (s.named || s.count >= 2)).map(([key]) => key);
  if (!accepted.length) return found;

  const added: LocatedMention[] = [];
  const template = procedures[0]!;
  for (const node of nodes) {
    const lower = node.data.toLowerCase();
    for (const key of accepted) {
      for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
        const end = at + key.length;
        if (isLetter(lower, at - 1) || isLetter(lower, end)) continue;
        let taken = byNode.get(node);
        if (taken?.some((t) => t.start < end && at < t.end)) continue;
        const mention: LocatedMention = { ...template, node, start: at, end, id: NAMED_TREATMENT, weak: true, category: 'facial', topic: undefined, notEvidence: undefined };
        added.push(mention);
        if (!taken) byNode.set(node, (taken = []));
        taken.push(mention);
      }
    }
  }
  if (!added.length) return found;
  const order = new Map(nodes.map((n, i) => [n, i]));
  return [...found, ...added].sort((a, b) => (order.get(a.node) ?? 0) - (order.get(b.node) ?? 0) || a.start - b.start);
}

/** A short noun phrase that could be a name: one to three words of letters, none a function or shop word. */
function nameShape(text: string): { key: string; capitalised: boolean; words: number } | undefined {
  const words = text.split(/[\s\u00a0]+/);
  if (words.length > 3 || !words.every((w) => NAME_WORD.test(w))) return undefined;
  if (words.some((w) => NOT_IN_A_NAME.has(foldWord(w)))) return undefined;
  // "Nourishing mask", "night cream": a product, whatever the list.
  if (PRODUCTS.has(foldWord(words[words.length - 1]!))) return undefined;
  if (words.join('').length < 4) return undefined;
  const capitalised = words.every((w) => w[0] !== w[0]!.toLowerCase());
  // A word in capitals throughout ("LED") is an abbreviation the lexicon would know, or a shout.
  if (words.some((w) => w.length > 1 && w === w.toUpperCase())) return undefined;
  return { key: words.join(' ').toLowerCase(), capitalised, words: words.length };
}

function isLetter(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text[at]!;
  return c.toLowerCase() !== c.toUpperCase() || (c >= '0' && c <= '9');
}
