import { describe, expect, it } from 'vitest';
import { PROCEDURE_CARDS } from '../../lib/lexicon/cards';
import { WORD, isWordCode } from '../../lib/lexicon/fold';
import { compileMatcher, termKey } from '../../lib/lexicon/matcher';
import { CONDITIONS, INGREDIENTS, LEXICON, PROCEDURES, lexiconMatcher } from '../../lib/lexicon/index';

/** Mentions of procedures, ingredients and conditions (not topic words), as [text, id]. */
const found = (text: string) =>
  lexiconMatcher()
    .find(text)
    .filter((m) => m.kind !== 'skin' && m.kind !== 'offtopic')
    .map((m) => [text.slice(m.start, m.end), m.id]);
const ids = (text: string) => found(text).map(([, id]) => id);

describe('the lexicon', () => {
  it('has at least 45 procedures, 40 ingredients and 20 conditions, with unique ids', () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(45);
    expect(INGREDIENTS.length).toBeGreaterThanOrEqual(40);
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(LEXICON.map((e) => e.id)).size).toBe(LEXICON.length);
  });

  it('gives every entry an id, a display name, a category and at least one name to match', () => {
    for (const entry of [...PROCEDURES, ...INGREDIENTS, ...CONDITIONS]) {
      expect(entry.id, entry.id).toMatch(/^[a-z0-9-]+$/);
      expect(entry.name.length, entry.id).toBeGreaterThan(1);
      expect(entry.category.length, entry.id).toBeGreaterThan(1);
      const names = entry.terms.length + (entry.abbreviations?.length ?? 0) + (entry.weakTerms?.length ?? 0) + (entry.exactCaseTerms?.length ?? 0);
      expect(names, entry.id).toBeGreaterThanOrEqual(1);
    }
    for (const p of PROCEDURES) {
      const names = p.terms.length + (p.abbreviations?.length ?? 0) + (p.weakTerms?.length ?? 0);
      expect(names, p.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every procedure a complete card with a named source', () => {
    for (const p of PROCEDURES) {
      const card = PROCEDURE_CARDS[p.id];
      expect(card, p.id).toBeDefined();
      expect(card!.whatItIs.length, p.id).toBeGreaterThan(30);
      expect(card!.sessions, p.id).not.toBe('');
      expect(card!.downtime, p.id).not.toBe('');
      expect(card!.cautions.length, p.id).toBeGreaterThan(0);
      expect(card!.source.name, p.id).not.toBe('');
      expect(card!.source.url, p.id).toMatch(/^https:\/\//);
    }
    expect(Object.keys(PROCEDURE_CARDS).sort()).toEqual(PROCEDURES.map((p) => p.id).sort());
  });

  it('says so when two entries claim the same name', () => {
    expect(() =>
      compileMatcher([
        { id: 'a', name: 'A', kind: 'procedure', category: 'peel', terms: ['glow peel'] },
        { id: 'b', name: 'B', kind: 'procedure', category: 'peel', terms: ['Glow-Peel'] },
      ]),
    ).toThrow(/names both a and b/);
  });
});

describe('matching names in text', () => {
  it('finds microneedling in every spelling, device and brand', () => {
    for (const spelling of [
      'microneedling',
      'Microneedling',
      'MICRONEEDLING',
      'micro-needling',
      'micro needling',
      'micro‑needling',
      'collagen induction therapy',
      'dermaroller',
      'derma roller',
      'derma-rollers',
      'Dermapen',
      'SkinPen',
      'MicroPen',
      'microagujas',
    ]) {
      expect(ids(`I tried ${spelling} last week.`), spelling).toEqual(['microneedling']);
    }
  });

  it('knows the devices and brands by name', () => {
    expect(ids('Morpheus8, Fraxel, Halo laser, BBL, HydraFacial, DiamondGlow')).toEqual([
      'rf-microneedling',
      'fractional-laser',
      'fractional-laser',
      'ipl',
      'hydrafacial',
      'microdermabrasion',
    ]);
    expect(ids('Botox, Dysport, Xeomin, Juvéderm, Restylane, Sculptra')).toEqual([
      'neuromodulators',
      'neuromodulators',
      'neuromodulators',
      'dermal-fillers',
      'dermal-fillers',
      'biostimulators',
    ]);
  });

  it('takes the longest name where names overlap', () => {
    expect(found('A TCA peel, then RF microneedling and a chemical peel.')).toEqual([
      ['TCA peel', 'chemical-peel'],
      ['RF microneedling', 'rf-microneedling'],
      ['chemical peel', 'chemical-peel'],
    ]);
  });

  it('matches plurals, accents and run-together forms', () => {
    expect(ids('three chemical peels')).toEqual(['chemical-peel']);
    expect(ids('Juvederm and Juvéderm')).toEqual(['dermal-fillers', 'dermal-fillers']);
    expect(ids('a photofacial or a photo-facial')).toEqual(['ipl', 'ipl']);
    expect(ids('Morpheus8 or Morpheus 8')).toEqual(['rf-microneedling', 'rf-microneedling']);
  });

  it('matches abbreviations only in capitals, and only as weak evidence', () => {
    const matches = lexiconMatcher().find('IPL and PRP');
    expect(matches.map((m) => [m.id, m.weak])).toEqual([
      ['ipl', true],
      ['prp', true],
    ]);
    expect(ids('an ipl, a prp file, an aha')).toEqual([]);
  });

  it('does not match inside other words', () => {
    expect(ids('botoxed? unpeeled lasering microneedlingx')).toEqual([]);
  });

  it('drops weak names whose neighbours show another meaning', () => {
    expect(ids('facial recognition software, a laser printer, filler words')).toEqual([]);
    expect(ids('a banana peel, an orange peel, a tooth extraction')).toEqual([]);
    expect(ids('a facial, then laser resurfacing')).toEqual(['facial', 'laser-resurfacing']);
  });

  it('marks generic words as weak', () => {
    const weak = lexiconMatcher().find('a peel, a laser, some filler, a facial, a little tox').map((m) => m.weak);
    expect(weak).toEqual([true, true, true, true, true]);
  });

  it('keeps capitalised foreign words to their own case', () => {
    const kinds = (text: string) => lexiconMatcher().find(text).map((m) => m.kind);
    expect(kinds('Die Haut braucht Pflege')).toEqual(['skin']);
    expect(kinds('tout en haut de la page')).toEqual([]);
  });

  it('splits words by character code exactly as the word expression does', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      WORD.lastIndex = 0;
      if (isWordCode(code) !== WORD.test(char)) throw new Error(`U+${code.toString(16)} differs`);
    }
  });

  it('keys spellings the same way', () => {
    expect(termKey('Micro-Needling')).toBe(termKey('micro needling'));
    expect(termKey('Juvéderm')).toBe('juvederm');
  });
});
