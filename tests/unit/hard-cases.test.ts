// The pages a skincare detector is most easily fooled by, and the languages it must not miss.
import { describe, expect, it } from 'vitest';
import { detectOnFreshPage } from '../../lib/page/fresh-page';
import { lexiconMatcher } from '../../lib/lexicon/index';
import { fixtureDocument } from './fixture-dom';

const detect = (file: string) => detectOnFreshPage(fixtureDocument(file), lexiconMatcher());

describe('hard negatives stay quiet', () => {
  it.each([
    ['negatives/banana-bread.html', 'a cooking page with a banana peel'],
    ['negatives/laser-printer-review.html', 'a laser printer review'],
    ['negatives/politics-botox.html', '"Botox" as a metaphor in politics'],
    ['news-article.html', '"Botox" as a metaphor in local news'],
    ['negatives/ipl-cricket.html', 'IPL the cricket league'],
    ['negatives/aha-moments.html', '"aha moments"'],
    ['negatives/filler-words.html', 'filler words'],
    ['negatives/facial-recognition.html', 'facial recognition'],
    ['negatives/body-contouring.html', 'body contouring'],
    ['negatives/hair-care.html', 'hair care'],
    ['negatives/teeth-whitening.html', 'dental care'],
    ['negatives/weight-loss-clinic.html', 'a weight loss clinic'],
    ['negatives/tca-cycle.html', 'the TCA cycle in biochemistry'],
    ['negatives/prp-knee.html', 'PRP injections for knees'],
    ['negatives/tooth-extraction.html', 'a tooth extraction'],
    ['negatives/collagen-for-joints.html', 'collagen and hyaluronic acid taken for the joints'],
    ['negatives/collagen-jelly-recipe.html', 'a recipe for collagen jelly'],
  ])('%s (%s)', (file) => {
    const result = detect(file);
    expect(result.isSkincare, result.reason).toBe(false);
    expect(result.mentions).toEqual([]);
  });
});

describe('ambiguous names on a skincare page', () => {
  const result = detect('ambiguous-terms.html');
  const named = (id: string) =>
    result.mentions.filter((m) => m.id === id).map((m) => m.node.data.slice(m.start, m.end));

  it('takes the page as skin care', () => {
    expect(result.isSkincare, result.reason).toBe(true);
  });

  it.each([
    ['chemical-peel', 'peel'],
    ['chemical-peel', 'TCA peel'],
    ['ipl', 'IPL'],
    ['aha', 'AHA'],
    ['prp', 'PRP'],
    ['facial', 'facial'],
    ['extractions', 'extractions'],
    ['laser-resurfacing', 'laser treatment'],
    ['dermal-fillers', 'filler'],
    ['neuromodulators', 'tox'],
  ])('reads %s in "%s"', (id, text) => {
    expect(named(id)).toContain(text);
  });
});

describe('other languages', () => {
  it.each([
    ['languages/es-microagujas.html', ['microneedling', 'chemical-peel']],
    ['languages/de-gesichtsbehandlung.html', ['microneedling', 'facial']],
    ['languages/fr-peeling-chimique.html', ['chemical-peel']],
  ])('detects %s', (file, procedures) => {
    const result = detect(file);
    expect(result.isSkincare, result.reason).toBe(true);
    expect(result.procedures).toEqual(expect.arrayContaining(procedures));
  });

  it('reads German "Peeling" as a scrub, not a chemical peel', () => {
    const result = detect('languages/de-peeling-scrub.html');
    expect(result.isSkincare, result.reason).toBe(true);
    expect(result.procedures).not.toContain('chemical-peel');
    expect(result.mentions.map((m) => m.node.data.slice(m.start, m.end))).not.toContain('Peeling');
  });
});
