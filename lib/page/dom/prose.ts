// The page's own prose: the text of its main content without what a site puts around and inside
// an article. Menus, service grids, "related posts" and "other treatments" blocks, tag clouds,
// breadcrumbs, share bars and cookie banners are neither evidence nor highlighted, also where a
// site puts them inside <main> or <article>.
//
// Written here rather than taken from @mozilla/readability: Readability.parse() works on a clone
// of the whole document and rewrites it, which costs tens of milliseconds on a large page, and it
// keeps one container where a clinic page needs several blocks kept and the grid between them
// dropped. The signals are Readability's own (class and id names that mark unlikely content, and
// link density), applied block by block, with grids of teaser cards, lists of the menu's labels and
// short contact blocks, in three iterative walks of the main content.
import { NOT_CONTENT_SELECTOR, isNotContent } from './main-content';

/**
 * Readability's REGEXPS.unlikelyCandidates, with what it lacks of the chrome clinic and blog
 * templates put inside their content: cookie and consent banners, newsletter boxes, tag clouds,
 * share bars and widgets.
 */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|tagcloud|tag-cloud|share|widget/i;
/** Blocks of what clients say: read and highlighted, but the page's topic is in its own words. */
const QUOTED = /testimonial/i;
/** Readability's REGEXPS.okMaybeItsACandidate: names that also mark content. */
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Elements that hold a block of text of their own (a paragraph, an item, a heading, a cell). */
const BLOCK_TAGS = new Set([
  'P', 'LI', 'DD', 'DT', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'DIV', 'SECTION',
  'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'ASIDE', 'PRE', 'ADDRESS', 'CAPTION',
]);
/** Paragraph-like blocks: with links in them or not, they are prose, never teaser cards. */
const PROSE_TAGS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'DD', 'TD']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'MENU']);

/** Past half its text in links, a block is navigation, not prose (Readability's cut for weak blocks). */
const LINK_DENSE = 0.5;
/** A list whose items are this share link-dense is a list of links (a menu, a tag list, a link roll). */
const LINK_LIST_SHARE = 0.6;
/** Sibling blocks of one shape, each with a link, from this many on, are a grid of teasers or services. */
const GRID_MEMBERS = 3;
/** A teaser is short: past this, a sibling block is an article section with a link in it. */
const TEASER_CHARS = 600;
/** A block around a grid that is mostly the grid (its heading and a line of intro) goes with it. */
const GRID_SHARE = 0.6;
/**
 * Ways to reach or book a clinic, in the languages Skinmark reads. Two of them in one short block
 * ("Questions? Call, email or WhatsApp us", "Book online or call") make it a contact or booking
 * block: a call to action, not the page's prose.
 */
const CONTACT_WORDS =
  /\b(?:whats ?app|e-?mail|telefone|tel[eé]fono|t[eé]l[eé]phone|phone|call us|call now|ligue|llame|llámenos|appelez|chiamaci|anrufen|contact(?:ez|e|o|a|ar|e-nous)?|kontakt|contatti|book (?:now|online|an appointment|a consultation|your)|agend[ea]|agendar|reserv[ea]r?|r[ée]servez|prenota|termin vereinbaren|rendez-vous|appointment|cita|consulta gratuita|free consultation)\b/gi;
/** Past this, a block with contact words is prose that mentions them. */
const CONTACT_BLOCK_CHARS = 300;

function isContactText(text: string): boolean {
  return new Set(text.toLowerCase().match(CONTACT_WORDS) ?? []).size >= 2;
}

/** A label: a service's or a page's name, as a menu shows it. */
const LABEL_CHARS = 60;
const label = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A section headed "What our patients say" or "Contact us" is dropped unless it is this much of the page. */
const LABELLED_SECTION_SHARE = 0.4;

/** A block named as chrome but holding this share of the page's text is a wrapper, not chrome. */
const NAMED_CHROME_SHARE = 0.5;
/** A paragraph of running text: short labels, buttons and prices are not prose. */
const SENTENCE_CHARS = 60;
/** A list item or short block that still says something (a benefit, an aftercare step). */
const ITEM_CHARS = 20;

interface Stats {
  element: Element;
  /** The element's tag, upper case, read in the first walk. */
  tag: string;
  /** Its class and id, read when first asked (most elements never are): see namesOf. */
  names: string | undefined;
  parent: Stats | undefined;
  /** Child elements read by the first walk (page chrome is not), in document order. */
  children: Stats[];
  /** All child elements, page chrome included. */
  childElements: number;
  /** Where the element opens and closes in the first walk's stream of elements and texts. */
  open: number;
  close: number;
  chars: number;
  linkChars: number;
  /** Some element below is a block of its own. */
  hasBlocks: boolean;
  /** Has a heading, an image or a link to a page: what a teaser card is made of. */
  heading: boolean;
  image: boolean;
  links: number;
  /** A heading or a picture that links somewhere: a teaser's title, not a section's. */
  linkedTitle: boolean;
}

export interface Prose {
  /** Text nodes of the page's own prose, in document order. */
  nodes: Text[];
  /** Those of them that others wrote (testimonials): highlighted, but not evidence of the topic. */
  quoted: Set<Text>;
  /** The page's own heading, if it has one. */
  heading: Element | null;
  /** Characters of running text (blocks of sentence length). */
  sentenceChars: number;
  /** Characters of shorter blocks that still say something: list items, steps, FAQ questions. */
  itemChars: number;
  /** Characters dropped as grids of teasers: high on listings and service indexes. */
  teaserChars: number;
  /** Characters of all text kept. */
  chars: number;
}

const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u9fff]/;
const EVERY_KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u9fff]/g;
/**
 * A text's length in Latin-script characters: a kana or kanji carries about what three Latin
 * letters do, so a Japanese paragraph counts as the paragraph it is.
 */
const textLength = (node: Text) => {
  const text = node.data.trim();
  if (!text || !KANA_OR_KANJI.test(text)) return text.length;
  return text.length + (text.match(EVERY_KANA_OR_KANJI)?.length ?? 0) * 2;
};

/**
 * An element's class and id, as one string, read once: " #" when it has neither (what the rules
 * below read the same as no names at all). Two reflected properties, each a call into the browser:
 * one call fewer than hasAttributes(), getAttribute() and id for an element with attributes (most
 * blocks of a themed page), one more for a bare one. An SVG element's className is not a string:
 * its attribute is read instead.
 */
function namesOf(s: Stats): string {
  if (s.names === undefined) {
    const { element } = s;
    const className: unknown = element.className;
    s.names = `${typeof className === 'string' ? className : (element.getAttribute('class') ?? '')} #${element.id}`;
  }
  return s.names;
}

/** Whether class and id names mark an element as chrome (and not also as content), as Readability reads them. */
const unlikelyByName = (names: string) => names.length > 1 && UNLIKELY.test(names) && !MAYBE.test(names);

/**
 * A shape shared by siblings of one grid: the tag and the class names, without those that number
 * or stagger the cards ("col-4", "delay-2", "item-3").
 */
const shapeOf = (s: Stats) => `${s.tag} ${namesOf(s).replace(/\S*\d\S*|#.*$/g, '').replace(/\s+/g, ' ').trim()}`;

/**
 * The page's own prose under `root`. `heading` is the page's own heading: nothing that holds it is
 * ever dropped, so a page header styled like a banner keeps its title.
 *
 * Only the first walk reads the DOM. It records every element it enters as a tree of statistics
 * and, in document order, a stream of those elements and of the text nodes with their lengths; the
 * later walks read those instead. Each step into the DOM from a content script crosses into the
 * browser, and on a large article three walks of it cost more than all the matching.
 */
export function findProse(
  root: Element,
  heading: Element | null,
  /** Judge `root` itself as well (content added later): a list of links added is not prose either. */
  {
    judgeRoot = false,
    trace,
    judgeSectionHeading,
  }: {
    judgeRoot?: boolean;
    /** Told of every block dropped and why: for the eval's page report, never used in pages. */
    trace?: (element: Element, why: string, chars: number) => void;
    /**
     * What a heading's text says of the block it heads: not the page's prose ("Meet the team",
     * "Contact us": dropped with it), or quoted ("What our patients say": read and highlighted,
     * but not evidence of the page's topic).
     */
    judgeSectionHeading?: (text: string) => 'not-prose' | 'quoted' | undefined;
  } = {},
): Prose {
  // The heading and every element above it: nothing that holds the page's heading is dropped.
  const headingHolders = new Set<Element>();
  for (let e: Element | null = heading; e; e = e.parentElement) headingHolders.add(e);
  const holdsHeading = (s: Stats) => headingHolders.has(s.element);

  // First walk, children before parents: text and link characters of every element, and the
  // elements that are page chrome by their tag, role or name (a header outside any article is the
  // site's masthead). The stream holds each element read twice (where it opens and where it
  // closes) and each text node, whose length is in `lengths`: 0 for an element, and -1 for a text
  // of white space only (not prose, but it still parts the words around it).
  const stream: (Stats | Text)[] = [];
  const lengths: number[] = [];
  const frames: Stats[] = [];
  // Page chrome by tag, role or name, found by the browser in one native pass: matching each
  // element from script would cost a call into the browser per element. (A DOM whose selector
  // engine recurses, as happy-dom's does, can overflow on a very deep page: then element by element.)
  let chromeElements: { has(element: Element): boolean };
  try {
    chromeElements = new Set(root.querySelectorAll(NOT_CONTENT_SELECTOR));
  } catch {
    chromeElements = { has: isNotContent };
  }
  let rootStats: Stats | undefined;
  let node: Node = root;
  walk: for (;;) {
    let child: Node | null = null;
    const type = node.nodeType;
    if (type === 1) {
      const element = node as Element;
      const parent = frames[frames.length - 1];
      if (parent) parent.childElements++;
      const tag = element.tagName.toUpperCase();
      const chrome = element !== root && !headingHolders.has(element) && (chromeElements.has(element) || (tag === 'HEADER' && !element.closest('article')));
      if (chrome) {
        trace?.(element, 'page chrome', -1);
      } else {
        const own: Stats = {
          element, tag, names: undefined, parent, children: [], childElements: 0, open: stream.length, close: -1,
          chars: 0, linkChars: 0, hasBlocks: false, heading: false, image: false, links: 0, linkedTitle: false,
        };
        parent?.children.push(own);
        rootStats ??= own;
        stream.push(own);
        lengths.push(0);
        frames.push(own);
        child = element.firstChild;
        if (!child) closeFrame();
      }
    } else if (type === 3 && frames.length) {
      const length = textLength(node as Text);
      frames[frames.length - 1]!.chars += length;
      stream.push(node as Text);
      lengths.push(length || -1);
    }
    if (child) {
      node = child;
      continue;
    }
    // Each step into the DOM is read once: a crossing into the browser per call.
    for (;;) {
      if (node === root) break walk;
      const next = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode!;
      closeFrame();
    }
  }

  function closeFrame() {
    const own = frames.pop()!;
    own.close = stream.length;
    stream.push(own);
    lengths.push(0);
    const { tag } = own;
    if (tag === 'A' && own.element.hasAttribute('href')) {
      own.linkChars = own.chars;
      own.links++;
      own.linkedTitle ||= own.heading || own.image;
    }
    if (HEADING_TAGS.has(tag)) {
      own.heading = true;
      own.linkedTitle ||= own.links > 0;
    }
    if (tag === 'IMG' || tag === 'PICTURE') own.image = true;
    const parent = own.parent;
    if (!parent) return;
    parent.chars += own.chars;
    parent.linkChars += own.linkChars;
    parent.links += own.links;
    parent.heading ||= own.heading;
    parent.image ||= own.image;
    parent.linkedTitle ||= own.linkedTitle;
    parent.hasBlocks ||= own.hasBlocks || BLOCK_TAGS.has(tag);
  }

  const prose: Prose = { nodes: [], quoted: new Set(), heading, sentenceChars: 0, itemChars: 0, teaserChars: 0, chars: 0 };
  if (!rootStats) return prose;

  /** An element's text as read by the first walk (page chrome inside it left out), up to about `max` characters. */
  const textOf = (s: Stats, max: number) => {
    let text = '';
    for (let i = s.open + 1; i < s.close && text.length < max; i++) if (lengths[i] !== 0) text += (stream[i] as Text).data;
    return text;
  };
  // The short texts of the page's links (its menus wherever they are), read once when a list asks.
  let labels: Set<string> | undefined;
  const linkLabels = () => {
    if (labels) return labels;
    labels = new Set();
    for (const link of (root.ownerDocument ?? document).querySelectorAll('a[href]')) {
      const text = link.textContent ?? '';
      if (text.length <= LABEL_CHARS) labels.add(label(text));
    }
    return labels;
  };
  const linkDense = (s: Stats) => s.chars > 0 && s.linkChars / s.chars > LINK_DENSE;

  /** Whether a block, by its own text, is navigation rather than prose. */
  function isLinkBlock(s: Stats): boolean {
    const { tag } = s;
    // Inline elements (a link inside a sentence) are judged with their block, never alone.
    if (!BLOCK_TAGS.has(tag) || holdsHeading(s)) return false;
    if (LIST_TAGS.has(tag)) {
      // A list of links, or of the same short labels the site's links use elsewhere (a service
      // menu written out again without links): navigation, not prose.
      let items = 0;
      let linkItems = 0;
      for (const item of s.children) {
        if (!item.chars) continue;
        items++;
        if (linkDense(item) || (item.chars <= LABEL_CHARS && linkLabels().has(label(textOf(item, LABEL_CHARS + 1))))) linkItems++;
      }
      return items > 0 && linkItems / items >= LINK_LIST_SHARE;
    }
    // A container is judged by its blocks; a block of its own text, by its links.
    return !s.hasBlocks && linkDense(s);
  }

  /** The children of a block that form grids of teaser cards ("other treatments", "related posts"). */
  function gridMembers(s: Stats): Stats[] {
    // A grid has three cards at least, two of them with a link.
    if (s.links < 2 || s.childElements < GRID_MEMBERS) return [];
    // A group is a grid only with two thirds of its three or more members linked, so two children
    // with links at least: without them no shape need be worked out (most blocks have none).
    let linked = 0;
    for (const child of s.children) if (child.chars && child.links > 0) linked++;
    if (linked < 2) return [];
    const groups = new Map<string, Stats[]>();
    for (const child of s.children) {
      if (!child.chars) continue;
      const shape = shapeOf(child);
      const group = groups.get(shape);
      if (group) group.push(child);
      else groups.set(shape, [child]);
    }
    const grid: Stats[] = [];
    for (const members of groups.values()) {
      if (members.length < GRID_MEMBERS || PROSE_TAGS.has(members[0]!.tag)) continue;
      let cards = 0;
      for (const member of members) {
        // A card: a title or picture that links to the page it teases, with a line of text, or
        // little but the link. A section with its own heading and a "Book" link is no teaser.
        if (member.links > 0 && member.chars <= TEASER_CHARS && (member.linkedTitle || linkDense(member))) cards++;
      }
      if (cards * 3 >= members.length * 2) grid.push(...members);
    }
    return grid;
  }

  // Second walk, parents before children: blocks of links, and grids of teasers with the block
  // they fill (its heading, "Other treatments", and a line of intro), are dropped whole.
  const skipped = new Set<Stats>();
  /** Dropped as teasers: what a listing or a service index is made of. */
  const teasers = new Set<Stats>();
  /** Read, but what others say (testimonials): not evidence of the page's topic. */
  const quoted = new Set<Stats>();
  const rootChars = rootStats.chars;
  const isRoot = (s: Stats) => s === rootStats;
  // Each entry carries whether a block above it was already read for contact words: a short
  // block is read once, not again for every element nested in it.
  const pending: [Stats, boolean][] = [[rootStats, false]];
  while (pending.length) {
    const [s, contactRead] = pending.pop()!;
    if (skipped.has(s)) continue;
    const { element, tag } = s;
    // Named as chrome ("sidebar", "related-posts"): dropped, unless it holds most of the page,
    // which makes it a wrapper with an unlucky name (Readability retries without this rule when
    // it leaves too little; here the share is known before anything is dropped).
    // Inline elements are never judged by name (Readability spares links too): a link styled as a
    // "popup" inside a sentence is part of the sentence.
    const block = BLOCK_TAGS.has(tag);
    if (!isRoot(s) && block && unlikelyByName(namesOf(s)) && s.chars < rootChars * NAMED_CHROME_SHARE && !holdsHeading(s)) {
      skipped.add(s);
      trace?.(element, 'named as chrome', s.chars);
      continue;
    }
    // A call to action has a link to act on ("book online", a phone or mail link).
    const readForContact = !contactRead && !isRoot(s) && block && s.links > 0 && s.chars <= CONTACT_BLOCK_CHARS;
    if (readForContact && !holdsHeading(s) && isContactText(textOf(s, CONTACT_BLOCK_CHARS * 2))) {
      skipped.add(s);
      trace?.(element, 'contact or booking block', s.chars);
      continue;
    }
    if ((!isRoot(s) || judgeRoot) && isLinkBlock(s)) {
      skipped.add(s);
      trace?.(element, 'links', s.chars);
      continue;
    }
    if (block && !isRoot(s) && QUOTED.test(namesOf(s)) && !holdsHeading(s)) quoted.add(s);
    if (judgeSectionHeading && HEADING_TAGS.has(tag) && element !== heading && s.chars <= LABEL_CHARS) {
      const verdict = judgeSectionHeading(textOf(s, LABEL_CHARS + 1));
      if (verdict) {
        // The block this heading heads: its parent, past wrappers that hold nothing else.
        let owner = s;
        for (let up = s.parent; up && !isRoot(up); up = up.parent) {
          owner = up;
          if (up.chars > s.chars + ITEM_CHARS) break;
        }
        const section = !isRoot(owner) && !holdsHeading(owner) && owner.chars < rootChars * LABELLED_SECTION_SHARE ? owner : s;
        if (verdict === 'quoted') quoted.add(section);
        else {
          skipped.add(section);
          trace?.(section.element, 'a section headed as not the page’s own', section.chars);
          continue;
        }
      }
    }
    const grid = holdsHeading(s) ? [] : gridMembers(s);
    if (grid.length) {
      const gridChars = grid.reduce((sum, member) => sum + member.chars, 0);
      if ((!isRoot(s) || judgeRoot) && gridChars >= s.chars * GRID_SHARE) {
        // The block is the grid: it goes whole, and so do the blocks around it that are mostly
        // this grid (its heading, "Other treatments", and a line of intro).
        let owner = s;
        for (let up = isRoot(s) ? undefined : s.parent; up && !isRoot(up) && !holdsHeading(up); up = up.parent) {
          if (gridChars < up.chars * GRID_SHARE) break;
          owner = up;
        }
        skipped.add(owner);
        teasers.add(owner);
        trace?.(owner.element, `grid of teasers (${gridChars} characters)`, owner.chars);
        continue;
      }
      for (const member of grid) {
        skipped.add(member);
        teasers.add(member);
        trace?.(member.element, 'teaser in a grid', member.chars);
      }
    }
    const contactReadBelow = contactRead || (readForContact && !holdsHeading(s));
    for (let i = s.children.length - 1; i >= 0; i--) pending.push([s.children[i]!, contactReadBelow]);
  }

  // Third walk, in document order over the stream: the text of what is left, block by block.
  let quoting = 0;
  let blockChars = 0;
  const endBlock = () => {
    prose.chars += blockChars;
    if (blockChars >= SENTENCE_CHARS) prose.sentenceChars += blockChars;
    else if (blockChars >= ITEM_CHARS) prose.itemChars += blockChars;
    blockChars = 0;
  };
  for (let i = 0; i < stream.length; i++) {
    const length = lengths[i]!;
    if (length < 0) continue;
    if (length > 0) {
      const text = stream[i] as Text;
      prose.nodes.push(text);
      if (quoting) prose.quoted.add(text);
      blockChars += length;
      continue;
    }
    const s = stream[i] as Stats;
    const opens = s.open === i;
    if (opens && skipped.has(s)) {
      if (teasers.has(s)) prose.teaserChars += s.chars;
      i = s.close;
      continue;
    }
    if (BLOCK_TAGS.has(s.tag) || s.tag === 'BR') endBlock();
    if (quoted.has(s)) quoting += opens ? 1 : -1;
  }
  endBlock();
  return prose;
}
