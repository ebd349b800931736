import { describe, expect, it } from 'vitest';
import { FIRST_LOOK_PREFIXES, FIRST_LOOK_STEMS, FIRST_LOOK_WORDS, LONGEST_STEM, mayBeAboutSkin } from '../../lib/lexicon/first-look';
import { LEXICON } from '../../lib/lexicon/index';
import { NOT_CONTENT_SELECTOR, notContentSelectorOfRules } from '../../lib/page/dom/main-content';

describe('the first look', () => {
  it('catches every name in the lexicon that can make a page count as skin care', () => {
    const missed: string[] = [];
    for (const entry of LEXICON) {
      // Words of other topics and page kinds never make a page count as skin care.
      if (entry.kind === 'offtopic' || entry.kind === 'pagekind') continue;
      for (const term of [...entry.terms, ...(entry.exactCaseTerms ?? [])]) {
        if (!mayBeAboutSkin(`… ${term} …`)) missed.push(`${entry.id}: ${term}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('has its prefix table and longest stem written out to match the stems', () => {
    const stems = FIRST_LOOK_STEMS.split(' ');
    const prefixes = [...new Set(stems.filter((stem) => stem.length >= 4).map((stem) => stem.slice(0, 4)))].sort();
    expect(FIRST_LOOK_PREFIXES.split(' ').sort()).toEqual(prefixes);
    expect(LONGEST_STEM).toBe(Math.max(...stems.map((stem) => stem.length)));
  });

  it('has the page-chrome selector written out to match the rules', () => {
    expect(NOT_CONTENT_SELECTOR).toBe(notContentSelectorOfRules());
  });

  it('keeps its lists as single spaces between entries, as they are searched', () => {
    // Folded words: lower case, no accents (German ß has no plain form and stays).
    for (const list of [FIRST_LOOK_STEMS, FIRST_LOOK_PREFIXES, FIRST_LOOK_WORDS]) expect(list).toMatch(/^[a-z0-9ß]+( [a-z0-9ß]+)*$/);
  });

  it('lets a page with no skin words go', () => {
    expect(mayBeAboutSkin('Council approves new budget after marathon session')).toBe(false);
  });
});
