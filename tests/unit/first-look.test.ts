import { describe, expect, it } from 'vitest';
import { mayBeAboutSkin } from '../../lib/lexicon/first-look';
import { LEXICON } from '../../lib/lexicon/index';

describe('the first look', () => {
  it('catches every name in the lexicon that can make a page count as skin care', () => {
    const missed: string[] = [];
    for (const entry of LEXICON) {
      if (entry.kind === 'offtopic') continue;
      for (const term of [...entry.terms, ...(entry.exactCaseTerms ?? [])]) {
        if (!mayBeAboutSkin(`… ${term} …`)) missed.push(`${entry.id}: ${term}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('lets a page with no skin words go', () => {
    expect(mayBeAboutSkin('Council approves new budget after marathon session')).toBe(false);
  });
});
