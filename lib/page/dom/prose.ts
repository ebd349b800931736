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
import { isNotContent } from './main-content';

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

function isContactBlock(element: Element): boolean {
  const words = new Set(textOf(element, CONTACT_BLOCK_CHARS * 2).toLowerCase().match(CONTACT_WORDS) ?? []);
  return words.size >= 2;
}

/** Up to `max` characters of an element's text, read by an iterative walk (a page's nesting is the page's to choose). */
function textOf(element: Element, max: number): string {
  let text = '';
  for (let node: Node | null = element.firstChild; node && text.length < max; ) {
    if (node.nodeType === 3) text += (node as Text).data;
    if (node.firstChild && node.nodeType === 1) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== element && !node.nextSibling) node = node.parentNode;
    node = node && node !== element ? node.nextSibling : null;
  }
  return text;
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
  /** The element's tag, upper case, and its class and id: read once, in the first walk. */
  tag: string;
  names: string;
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

/** Whether class and id names mark an element as chrome (and not also as content), as Readability reads them. */
const unlikelyByName = (names: string) => names.length > 1 && UNLIKELY.test(names) && !MAYBE.test(names);

/**
 * A shape shared by siblings of one grid: the tag and the class names, without those that number
 * or stagger the cards ("col-4", "delay-2", "item-3").
 */
const shapeOf = (s: Stats) => `${s.tag} ${s.names.replace(/\S*\d\S*|#.*$/g, '').replace(/\s+/g, ' ').trim()}`;

/**
 * The page's own prose under `root`. `heading` is the page's own heading: nothing that holds it is
 * ever dropped, so a page header styled like a banner keeps its title.
 */
export function findProse(
  root: Element,
  heading: Element | null,
  isChrome: (e: Element) => boolean = isNotContent,
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
  const stats = new Map<Element, Stats>();
  const dropped = new Set<Element>();
  const holdsHeading = (element: Element) => !!heading && element.contains(heading);

  // First walk, children before parents: text and link characters of every element, and the
  // elements that are page chrome by their tag, role or name (a header outside any article is the
  // site's masthead).
  const frames: { element: Element; stats: Stats }[] = [];
  const chrome = (element: Element) =>
    element !== root &&
    !holdsHeading(element) &&
    (isChrome(element) || (element.tagName.toUpperCase() === 'HEADER' && !element.closest('article')));
  let node: Node = root;
  for (;;) {
    let descend = false;
    if (node.nodeType === 1) {
      const element = node as Element;
      if (chrome(element)) {
        dropped.add(element);
        trace?.(element, 'page chrome', -1);
      } else {
        // Class and id, read once: the named-chrome check and the grid's shapes both use them.
        const names = element.hasAttributes() ? `${element.getAttribute('class') ?? ''} #${element.id}` : '';
        const tag = element.tagName.toUpperCase();
        frames.push({ element, stats: { tag, names, chars: 0, linkChars: 0, hasBlocks: false, heading: false, image: false, links: 0, linkedTitle: false } });
        if (element.firstChild) descend = true;
        else closeFrame();
      }
    } else if (node.nodeType === 3 && frames.length) {
      frames[frames.length - 1]!.stats.chars += textLength(node as Text);
    }
    if (descend) {
      node = node.firstChild!;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      closeFrame();
    }
    if (node === root) break;
    node = node.nextSibling!;
  }

  function closeFrame() {
    const { element, stats: own } = frames.pop()!;
    const { tag } = own;
    if (tag === 'A' && element.hasAttribute('href')) {
      own.linkChars = own.chars;
      own.links++;
      own.linkedTitle ||= own.heading || own.image;
    }
    if (HEADING_TAGS.has(tag)) {
      own.heading = true;
      own.linkedTitle ||= own.links > 0;
    }
    if (tag === 'IMG' || tag === 'PICTURE') own.image = true;
    stats.set(element, own);
    const parent = frames[frames.length - 1]?.stats;
    if (!parent) return;
    parent.chars += own.chars;
    parent.linkChars += own.linkChars;
    parent.links += own.links;
    parent.heading ||= own.heading;
    parent.image ||= own.image;
    parent.linkedTitle ||= own.linkedTitle;
    parent.hasBlocks ||= own.hasBlocks || BLOCK_TAGS.has(tag);
  }

  const statsOf = (element: Element) => stats.get(element);
  // The short texts of the page's links (its menus wherever they are), read once when a list asks.
  let labels: Set<string> | undefined;
  const linkLabels = () => {
    if (labels) return labels;
    labels = new Set();
    for (const link of (root.ownerDocument ?? document).querySelectorAll('a[href]')) {
      const text = textOf(link, LABEL_CHARS + 1);
      if (text.length <= LABEL_CHARS) labels.add(label(text));
    }
    return labels;
  };
  const linkDense = (s: Stats) => s.chars > 0 && s.linkChars / s.chars > LINK_DENSE;

  /** Whether a block, by its own text, is navigation rather than prose. */
  function isLinkBlock(element: Element, s: Stats): boolean {
    const { tag } = s;
    // Inline elements (a link inside a sentence) are judged with their block, never alone.
    if (!BLOCK_TAGS.has(tag) || holdsHeading(element)) return false;
    if (LIST_TAGS.has(tag)) {
      // A list of links, or of the same short labels the site's links use elsewhere (a service
      // menu written out again without links): navigation, not prose.
      let items = 0;
      let linkItems = 0;
      for (const item of element.children) {
        const itemStats = statsOf(item);
        if (!itemStats || !itemStats.chars) continue;
        items++;
        if (linkDense(itemStats) || (itemStats.chars <= LABEL_CHARS && linkLabels().has(label(textOf(item, LABEL_CHARS + 1))))) linkItems++;
      }
      return items > 0 && linkItems / items >= LINK_LIST_SHARE;
    }
    // A container is judged by its blocks; a block of its own text, by its links.
    return !s.hasBlocks && linkDense(s);
  }

  /** The children of `element` that form grids of teaser cards ("other treatments", "related posts"). */
  function gridMembers(element: Element, s: Stats): Element[] {
    // A grid has three cards at least, two of them with a link.
    if (s.links < 2 || element.childElementCount < GRID_MEMBERS) return [];
    const groups = new Map<string, Element[]>();
    for (const child of element.children) {
      const childStats = statsOf(child);
      if (!childStats || !childStats.chars) continue;
      const shape = shapeOf(childStats);
      const group = groups.get(shape);
      if (group) group.push(child);
      else groups.set(shape, [child]);
    }
    const grid: Element[] = [];
    for (const members of groups.values()) {
      if (members.length < GRID_MEMBERS || PROSE_TAGS.has(statsOf(members[0]!)!.tag)) continue;
      let cards = 0;
      for (const member of members) {
        const s = statsOf(member)!;
        // A card: a title or picture that links to the page it teases, with a line of text, or
        // little but the link. A section with its own heading and a "Book" link is no teaser.
        if (s.links > 0 && s.chars <= TEASER_CHARS && (s.linkedTitle || linkDense(s))) cards++;
      }
      if (cards * 3 >= members.length * 2) grid.push(...members);
    }
    return grid;
  }

  // Second walk, parents before children: blocks of links, and grids of teasers with the block
  // they fill (its heading, "Other treatments", and a line of intro), are dropped whole.
  const skipped = new Set<Element>();
  /** Dropped as teasers: what a listing or a service index is made of. */
  const teasers = new Set<Element>();
  /** Read, but what others say (testimonials): not evidence of the page's topic. */
  const quoted = new Set<Element>();
  const rootChars = statsOf(root)?.chars ?? 0;
  // Each entry carries whether a block above it was already read for contact words: a short
  // block is read once, not again for every element nested in it.
  const pending: [Element, boolean][] = [[root, false]];
  while (pending.length) {
    const [element, contactRead] = pending.pop()!;
    const s = statsOf(element);
    if (!s || dropped.has(element) || skipped.has(element)) continue;
    // Named as chrome ("sidebar", "related-posts"): dropped, unless it holds most of the page,
    // which makes it a wrapper with an unlucky name (Readability retries without this rule when
    // it leaves too little; here the share is known before anything is dropped).
    // Inline elements are never judged by name (Readability spares links too): a link styled as a
    // "popup" inside a sentence is part of the sentence.
    const block = BLOCK_TAGS.has(s.tag);
    if (element !== root && block && unlikelyByName(s.names) && s.chars < rootChars * NAMED_CHROME_SHARE && !holdsHeading(element)) {
      skipped.add(element);
      trace?.(element, 'named as chrome', s.chars);
      continue;
    }
    // A call to action has a link to act on ("book online", a phone or mail link).
    const readForContact = !contactRead && element !== root && block && s.links > 0 && s.chars <= CONTACT_BLOCK_CHARS;
    if (readForContact && !holdsHeading(element) && isContactBlock(element)) {
      skipped.add(element);
      trace?.(element, 'contact or booking block', s.chars);
      continue;
    }
    if ((element !== root || judgeRoot) && isLinkBlock(element, s)) {
      skipped.add(element);
      trace?.(element, 'links', s.chars);
      continue;
    }
    const { tag } = s;
    if (block && element !== root && QUOTED.test(s.names) && !holdsHeading(element)) quoted.add(element);
    if (judgeSectionHeading && HEADING_TAGS.has(tag) && element !== heading && s.chars <= LABEL_CHARS) {
      const verdict = judgeSectionHeading(textOf(element, LABEL_CHARS + 1));
      if (verdict) {
        // The block this heading heads: its parent, past wrappers that hold nothing else.
        let owner: Element = element;
        for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
          owner = up;
          if ((statsOf(up)?.chars ?? 0) > s.chars + ITEM_CHARS) break;
        }
        const ownerChars = statsOf(owner)?.chars ?? 0;
        const section = owner !== root && !holdsHeading(owner) && ownerChars < rootChars * LABELLED_SECTION_SHARE ? owner : element;
        if (verdict === 'quoted') quoted.add(section);
        else {
          skipped.add(section);
          trace?.(section, 'a section headed as not the page’s own', statsOf(section)?.chars ?? 0);
          continue;
        }
      }
    }
    const grid = holdsHeading(element) ? [] : gridMembers(element, s);
    if (grid.length) {
      const gridChars = grid.reduce((sum, member) => sum + statsOf(member)!.chars, 0);
      if ((element !== root || judgeRoot) && gridChars >= s.chars * GRID_SHARE) {
        // The block is the grid: it goes whole, and so do the blocks around it that are mostly
        // this grid (its heading, "Other treatments", and a line of intro).
        let owner = element;
        for (let up = element === root ? null : element.parentElement; up && up !== root && !holdsHeading(up); up = up.parentElement) {
          const upStats = statsOf(up);
          if (!upStats || gridChars < upStats.chars * GRID_SHARE) break;
          owner = up;
        }
        skipped.add(owner);
        teasers.add(owner);
        trace?.(owner, `grid of teasers (${gridChars} characters)`, statsOf(owner)?.chars ?? 0);
        continue;
      }
      for (const member of grid) {
        skipped.add(member);
        teasers.add(member);
        trace?.(member, 'teaser in a grid', statsOf(member)?.chars ?? 0);
      }
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) pending.push([child, contactRead || (readForContact && !holdsHeading(element))]);
  }

  // Third walk, in document order: the text of what is left, block by block.
  const prose: Prose = { nodes: [], quoted: new Set(), heading, sentenceChars: 0, itemChars: 0, teaserChars: 0, chars: 0 };
  let quoting = 0;
  let blockChars = 0;
  const endBlock = () => {
    prose.chars += blockChars;
    if (blockChars >= SENTENCE_CHARS) prose.sentenceChars += blockChars;
    else if (blockChars >= ITEM_CHARS) prose.itemChars += blockChars;
    blockChars = 0;
  };
  // Iterative: a page's nesting depth is the page's to choose.
  const stack: (Node | typeof END_BLOCK | typeof END_QUOTE)[] = [root];
  while (stack.length) {
    const current = stack.pop()!;
    if (current === END_BLOCK) {
      endBlock();
      continue;
    }
    if (current === END_QUOTE) {
      quoting--;
      continue;
    }
    if (current.nodeType === 3) {
      const length = textLength(current as Text);
      if (length) {
        prose.nodes.push(current as Text);
        if (quoting) prose.quoted.add(current as Text);
        blockChars += length;
      }
      continue;
    }
    if (current.nodeType !== 1) continue;
    const element = current as Element;
    if (dropped.has(element)) continue;
    if (skipped.has(element)) {
      if (teasers.has(element)) prose.teaserChars += statsOf(element)?.chars ?? 0;
      continue;
    }
    // Elements the first walk entered have their tag read already; a <br> has no children to enter.
    const tag = statsOf(element)?.tag ?? element.tagName.toUpperCase();
    if (BLOCK_TAGS.has(tag) || tag === 'BR') {
      endBlock();
      stack.push(END_BLOCK);
    }
    if (quoted.has(element)) {
      quoting++;
      stack.push(END_QUOTE);
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  endBlock();
  return prose;
}

/** Marks the end of a block in the text walk. */
const END_BLOCK = Symbol('end of block');
/** Marks the end of a quoted block in the text walk. */
const END_QUOTE = Symbol('end of quote');
