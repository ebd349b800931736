// Names a page gives its own treatments, and the shortenings it uses once it has named them:
// house names beside known procedures, initials, a brand without its qualifier, Romance names
// without their preposition. And the pages whose skin talk is about food.
import { describe, expect, it } from 'vitest';
import { detectOnFreshPage } from '../../lib/page/fresh-page';
import { initialismsOf } from '../../lib/page/detector';
import { NAMED_TREATMENT } from '../../lib/page/coordinated-names';
import { lexiconMatcher } from '../../lib/lexicon/index';
import type { Lang } from '../../lib/lexicon/types';
import { documentFrom, fixtureDocument } from './fixture-dom';

const detect = (file: string) => detectOnFreshPage(fixtureDocument(file), lexiconMatcher());
const find = (text: string, lang: Lang = 'en') => lexiconMatcher().find(text, { lang }).map((m) => ({ id: m.id, text: text.slice(m.start, m.end), weak: m.weak }));

describe("a spa's own names for its treatments", () => {
  const result = detect('sites/spa-house-names.html');
  const highlighted = result.mentions.map((m) => m.node.data.slice(m.start, m.end));
  const named = (text: string) => result.mentions.filter((m) => m.node.data.slice(m.start, m.end) === text).map((m) => m.id);

  it('is a skincare article', () => {
    expect(result.isSkincare, result.reason).toBe(true);
  });

  it('reads "M-D" as Micro-Dermabrasion once the page has named it, and "MD" after a name as a doctor', () => {
    expect(named('M-D')).toEqual(['microdermabrasion', 'microdermabrasion', 'microdermabrasion']);
    expect(highlighted).not.toContain('MD');
  });

  it('takes a house name listed beside known treatments, and finds it again in any case', () => {
    expect(named('Velvet Cloud')).toEqual([NAMED_TREATMENT, NAMED_TREATMENT]);
    expect(named('velvet cloud')).toEqual([NAMED_TREATMENT]);
    // A step of a bulleted menu, beside "LED Light Therapy".
    expect(named('cloud infusion')).toEqual([NAMED_TREATMENT]);
  });

  it('does not take products, shop words or function words listed beside treatments', () => {
    expect(highlighted).not.toContain('nourishing mask');
    expect(highlighted).not.toContain('moisturizer');
    expect(highlighted).not.toContain('Gift Cards');
    expect(highlighted).not.toContain('prep toner');
  });

  it('keeps treatments only the page names out of its list of procedures, which have cards', () => {
    expect(result.procedures).not.toContain(NAMED_TREATMENT);
    expect(result.procedures).toEqual(expect.arrayContaining(['microdermabrasion', 'led-therapy', 'chemical-peel', 'extractions']));
  });

  it('reads a brand alone after its full name, inside a sentence, not at its start', () => {
    expect(named('Lumina Peel')).toEqual(['chemical-peel']);
    const lumina = result.mentions.filter((m) => m.node.data.slice(m.start, m.end) === 'Lumina');
    expect(lumina).toHaveLength(1);
    expect(lumina[0]!.node.data.slice(0, lumina[0]!.start)).toMatch(/the $/);
  });

  it('reads "an alternative to peels" as peels, where "to peel" would be a verb', () => {
    expect(named('peels')).toEqual(['chemical-peel']);
    expect(find('Learn to peel off the film.')).toEqual([]);
  });
});

describe('initials of a procedure named in full', () => {
  it.each([
    ['Micro-Dermabrasion', ['M-D']],
    ['Radio Frequency Microneedling', ['R-F-M', 'RFM']],
    ['Intense Pulsed Light', ['I-P-L', 'IPL']],
    ['microneedling', []],
    ['Dr. Pen', ['D-P']],
  ])('%s → %j', (name, forms) => {
    expect(initialismsOf(name)).toEqual(forms);
  });
});

describe('names across languages and markets', () => {
  it('reads a Romance name without its preposition ("Jato Plasma" for "jato de plasma")', () => {
    expect(find('O Jato Plasma ainda possui a vantagem', 'pt')).toEqual([{ id: 'plasma-pen', text: 'Jato Plasma', weak: true }]);
  });

  it('reads a device brand that is a word elsewhere only on English pages, as written, and weak', () => {
    expect(find('Forma heats it gently.')).toEqual([{ id: 'rf-skin-tightening', text: 'Forma', weak: true }]);
    expect(find('Forma parte de la rutina.', 'es')).toEqual([]);
    expect(find('in great forma today')).toEqual([]);
  });

  it('reads filler brands of Korea and a non-surgical nose job as fillers, not surgery', () => {
    expect(find('Revolax and Yvoire are hyaluronic fillers.').map((m) => m.id)).toEqual(['dermal-fillers', 'dermal-fillers', 'dermal-fillers']);
    expect(find('A non-surgical rhinoplasty takes fifteen minutes.').map((m) => m.id)).toEqual(['dermal-fillers']);
  });
});

describe('recipes that promise the skin', () => {
  it('takes a recipe for collagen jelly as food: no card, no highlight', () => {
    const result = detect('negatives/collagen-jelly-recipe.html');
    expect(result.isSkincare, result.reason).toBe(false);
    expect(result.reason).toMatch(/recipe/);
    expect(result.mentions).toEqual([]);
  });

  it('still reads a face mask made at home, whose title says what it is for, as skin care', () => {
    const result = detect('sites/diy-clay-mask-recipe.html');
    expect(result.isSkincare, result.reason).toBe(true);
  });
});

describe('Japanese pages', () => {
  it('count their words at two characters each, not six', () => {
    const sentence = 'レチノールは夜だけ使い、朝は日焼け止めを必ず塗るようにしています。';
    const html = `<html lang="ja"><head><title>私のスキンケア</title></head><body><main><article><h1>レチノールとビタミンCの使い方</h1>${`<p>${sentence.repeat(8)}</p>`.repeat(6)}</article></main></body></html>`;
    const result = detectOnFreshPage(documentFrom(html), lexiconMatcher());
    const japanese = (sentence.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length * 8 * 6;
    expect(result.evidence?.words).toBeGreaterThan(japanese / 2 - 10);
  });
});
