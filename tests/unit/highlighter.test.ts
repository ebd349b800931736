import { describe, expect, it } from 'vitest';
import { detectSkincareArticle } from '../../lib/detector';
import { PROCEDURE_HIGHLIGHT, clearHighlights, indexByNode, mentionRanges, registerHighlights } from '../../lib/highlighter';
import { lexiconMatcher } from '../../lib/lexicon/index';
import { fixtureDocument } from './fixture-dom';

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
  const detection = detectSkincareArticle(doc, lexiconMatcher());

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
    expect([...registry.keys()]).toEqual([PROCEDURE_HIGHLIGHT]);
    expect(PROCEDURE_HIGHLIGHT.startsWith('skinmark')).toBe(true);
    expect(registry.get(PROCEDURE_HIGHLIGHT)!.ranges).toHaveLength(detection.mentions.length);
    clearHighlights(win);
    expect(registry.size).toBe(0);
    expect(doc.body.textContent).toBe(before);
  });

  it('does nothing where the browser has no highlight API', () => {
    const win = {} as Window & typeof globalThis;
    expect(() => registerHighlights(win, mentionRanges(detection.mentions))).not.toThrow();
  });

  it('indexes mentions by text node for hover lookups', () => {
    const byNode = indexByNode(mentionRanges(detection.mentions));
    const total = [...byNode.values()].reduce((sum, list) => sum + list.length, 0);
    expect(total).toBe(detection.mentions.length);
  });
});
