import { describe, expect, it } from 'vitest';
import { PROCEDURE_CARDS } from '../../lib/lexicon/cards';
import { compileMatcher, termKey } from '../../lib/lexicon/matcher';
import { PROCEDURES } from '../../lib/lexicon/procedures';
import { procedureMatcher } from '../../lib/lexicon/index';

const found = (text: string) => procedureMatcher().find(text).map((m) => [text.slice(m.start, m.end), m.procedureId]);
const ids = (text: string) => procedureMatcher().find(text).map((m) => m.procedureId);

describe('the procedure lexicon', () => {
  it('has at least 25 procedures, each with a unique id and at least two names', () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(PROCEDURES.map((p) => p.id)).size).toBe(PROCEDURES.length);
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

  it('says so when two procedures claim the same name', () => {
    expect(() =>
      compileMatcher([
        { id: 'a', name: 'A', category: 'peel', terms: ['glow peel'] },
        { id: 'b', name: 'B', category: 'peel', terms: ['Glow-Peel'] },
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

  it('matches abbreviations only in capitals', () => {
    expect(ids('IPL and PRP')).toEqual(['ipl', 'prp']);
    expect(ids('the ipl cricket final, a prp file')).toEqual([]);
  });

  it('does not match inside other words', () => {
    expect(ids('botoxed? unpeeled lasering microneedlingx')).toEqual([]);
  });

  it('drops weak names followed by words that show another meaning', () => {
    expect(ids('facial recognition software and a laser printer')).toEqual([]);
    expect(ids('a facial, then laser resurfacing')).toEqual(['facial', 'laser-resurfacing']);
  });

  it('marks generic words as weak', () => {
    const kinds = procedureMatcher().find('a peel, a laser, some filler, a facial').map((m) => m.kind);
    expect(kinds).toEqual(['weak', 'weak', 'weak', 'weak']);
  });

  it('keys spellings the same way', () => {
    expect(termKey('Micro-Needling')).toBe(termKey('micro needling'));
    expect(termKey('Juvéderm')).toBe('juvederm');
  });
});
