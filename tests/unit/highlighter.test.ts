import { describe, expect, it } from 'vitest';
import { detectOnFreshPage } from '../../lib/page/fresh-page';
import { INGREDIENT_HIGHLIGHT, PROCEDURE_HIGHLIGHT, HIGHLIGHT_CAP, clearHighlights, indexByNode, mentionRanges, registerHighlights, stillInPage, withinCap } from '../../lib/page/highlighter';
import { lexiconMatcher } from '../../lib/lexicon/index';
import { documentFrom, fixtureDocument } from './fixture-dom';

/** A window with just enough of the Custom Highlight API to see what gets registered. */
function highlightWindow() {
  const registry = new Map<string, { ranges: Range[] }>();
  class Highlight {
    ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const win = { Highlight, CSS: { highlights: registry } } as unknown as Window & typeof globalThis;
  return { win, registry };
}

describe('highlighting mentions', () => {
  const doc = fixtureDocument('wordpress-post.html');
  const detection = detectOnFreshPage(doc, lexiconMatcher());

  it('makes one range per mention, covering exactly its text', () => {
    const highlighted = mentionRanges(detection.mentions);
    expect(highlighted.length).toBe(detection.mentions.length);
    for (const { mention, range } of highlighted) {
      expect(range.toString()).toBe(mention.node.data.slice(mention.start, mention.end));
    }
  });

  it('registers them under one skinmark name and clears them again, leaving the text as it was', () => {
    const before = doc.body.textContent;
    const { win, registry } = highlightWindow();
    registerHighlights(win, mentionRanges(detection.mentions));
    expect([...registry.keys()].sort()).toEqual([INGREDIENT_HIGHLIGHT, PROCEDURE_HIGHLIGHT]);
    expect([...registry.keys()].every((name) => name.startsWith('skinmark'))).toBe(true);
    const procedures = detection.mentions.filter((m) => m.kind === 'procedure').length;
    expect(registry.get(PROCEDURE_HIGHLIGHT)!.ranges).toHaveLength(procedures);
    expect(registry.get(INGREDIENT_HIGHLIGHT)!.ranges).toHaveLength(detection.mentions.length - procedures);
    clearHighlights(win);
    expect(registry.size).toBe(0);
    expect(doc.body.textContent).toBe(before);
  });

  it('does nothing where the browser has no highlight API', () => {
    const win = {} as Window & typeof globalThis;
    expect(registerHighlights(win, mentionRanges(detection.mentions))).toBe(0);
  });

  it('drops mentions whose text left the page', () => {
    const other = fixtureDocument('wordpress-post.html');
    const found = detectOnFreshPage(other, lexiconMatcher());
    const highlighted = mentionRanges(found.mentions);
    const gone = found.mentions[0]!.node;
    gone.parentElement!.remove();
    const left = stillInPage(highlighted);
    expect(left.length).toBeLessThan(highlighted.length);
    expect(left.every((h) => h.mention.node.isConnected)).toBe(true);
  });

  it('indexes mentions by text node for hover lookups', () => {
    const byNode = indexByNode(mentionRanges(detection.mentions));
    const total = [...byNode.values()].reduce((sum, list) => sum + list.length, 0);
    expect(total).toBe(detection.mentions.length);
  });

  it('paints at most the cap on a page with a hundred thousand mentions, and still the first of every name', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => (i % 997 === 0 ? 'a chemical peel' : 'microneedling')).join(', ');
    const page = documentFrom(`<html><body><article><h1>Microneedling</h1><p>${words}.</p><p>${words}.</p><p>${words}.</p><p>${words}.</p><p>${words}, and one dermaplaning.</p></article></body></html>`);
    const found = lexiconMatcher();
    const mentions = Array.from(page.querySelectorAll('p')).flatMap((p) => {
      const node = p.firstChild as Text;
      return found.find(node.data).map((m) => ({ ...m, node }));
    });
    expect(mentions.length).toBeGreaterThan(100_000);
    const kept = withinCap(mentions);
    const ids = new Set(mentions.map((m) => m.id));
    expect(kept.length).toBeLessThanOrEqual(HIGHLIGHT_CAP + ids.size);
    expect(new Set(kept.map((m) => m.id))).toEqual(ids);
    expect(kept.map((m) => m.id)).toContain('dermaplaning');
    const { win, registry } = highlightWindow();
    expect(registerHighlights(win, mentionRanges(kept))).toBe(kept.length);
    expect(registry.get(PROCEDURE_HIGHLIGHT)!.ranges.length).toBeLessThanOrEqual(HIGHLIGHT_CAP + ids.size);
    // Content added later fills only what room is left.
    const first = mentionRanges(kept);
    expect(withinCap(mentions.slice(0, 50), first)).toEqual([]);
  });
});
