// Names a page gives its own treatments, and the shortenings it uses once it has named them:
// house names beside known procedures, initials, a brand without its qualifier, Romance names
// without their preposition. And the pages whose skin talk is about food.
import { describe, expect, it, vi } from 'vitest';
import { startPageController } from '../../lib/page/controller';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { detectOnFreshPage } from '../../lib/page/fresh-page';
import { initialismsOf } from '../../lib/page/page-aliases';
import { NAMED_TREATMENT } from '../../lib/lexicon/types';
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

  it('reports only procedures Skinmark knows to the background, for the badge and the control', async () => {
    const doc = fixtureDocument('sites/spa-house-names.html');
    const send = vi.fn(async () => null);
    const controller = startPageController({
      window: doc.defaultView as unknown as Window & typeof globalThis,
      matcher: lexiconMatcher(),
      names: new Map(),
      settings: DEFAULT_SETTINGS,
      send,
      watchSettings: () => undefined,
    });
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    const report = (send.mock.calls as unknown as [{ type: string; procedures: string[] }][]).find(([m]) => m.type === 'page/detected')![0];
    expect(report.procedures).toContain('microdermabrasion');
    expect(report.procedures).not.toContain(NAMED_TREATMENT);
    controller.stop();
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
    expect(find('Reviews compare the studio to massages at home.').map((m) => m.id)).toEqual(['massage']);
  });

  it('reads a plural after an adverb as the verb it is: "she then massages", "gently massages"', () => {
    expect(find('She then massages each cheek for a minute.')).toEqual([]);
    expect(find('The therapist gently massages each cheek.')).toEqual([]);
  });
});

describe('names that are not treatments, beside treatments', () => {
  const page = (body: string, title = 'Microneedling in Costa Mesa') =>
    detectOnFreshPage(
      documentFrom(`<html lang="en"><head><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}</article></main></body></html>`),
      lexiconMatcher(),
    );
  const prose =
    '<p>Microneedling makes tiny channels in the skin that prompt new collagen. It treats acne scars, fine lines and enlarged pores, and pairs well with a chemical peel or a HydraFacial a few weeks later.</p>' +
    '<p>Expect redness for a day or two after microneedling, and wear sunscreen every day. Most people need three to six sessions of microneedling, a month apart, for acne scars.</p>';
  const named = (result: ReturnType<typeof page>) => result.mentions.filter((m) => m.id === NAMED_TREATMENT).map((m) => m.node.data.slice(m.start, m.end));

  it('leaves places, people, companies and a Medical Director alone', () => {
    const result = page(
      `${prose}<p>Microneedling, Costa Mesa.</p><p>Sarah Jones, Microneedling Specialist, will see you.</p>` +
        '<p>Book at Laser & Skin Center or with our Medical Director. We offer Medical Facials, and the Medical Facial suits every skin type.</p>' +
        '<p>Ask about microneedling and cover up with makeup the next day.</p>',
    );
    expect(result.isSkincare, result.reason).toBe(true);
    expect(named(result)).toEqual([]);
    const texts = result.mentions.map((m) => m.node.data.slice(m.start, m.end));
    expect(texts).not.toContain('Medical');
    expect(texts).not.toContain('Costa Mesa');
  });

  it('takes a name seen once in a list of treatments, or twice in shorter lists', () => {
    const once = page(`${prose}<p>The glow ritual: microneedling, Silk Mist and a chemical peel.</p><p>Silk Mist is also sold on its own.</p>`);
    expect(named(once)).toEqual(['Silk Mist', 'Silk Mist']);
    const shortList = page(`${prose}<p>After microneedling, Silk Mist.</p>`);
    expect(named(shortList)).toEqual([]);
  });
});

describe('initials of a procedure named in full', () => {
  it.each([
    ['Micro-Dermabrasion', ['M-D']],
    ['Radio Frequency Microneedling', ['RFM']],
    ['Intense Pulsed Light', ['IPL']],
    ['Photo-Dynamic-Therapy', ['P-D-T', 'PDT']],
    ['microneedling', []],
    ['Medical Facial', []],
    ['Dr. Pen', []],
  ])('%s → %j', (name, forms) => {
    expect(initialismsOf(name)).toEqual(forms);
  });
});

describe('names across languages and markets', () => {
  it('reads a Romance name without its preposition ("Jato Plasma" for "jato de plasma")', () => {
    expect(find('Depois do Jato Plasma o resultado dura meses', 'pt')).toEqual([{ id: 'plasma-pen', text: 'Jato Plasma', weak: true }]);
  });

  it('reads a device brand that is a word elsewhere only on English pages, as written, and weak', () => {
    expect(find('Forma heats it gently.')).toEqual([{ id: 'rf-skin-tightening', text: 'Forma', weak: true }]);
    expect(find('Forma parte de la rutina.', 'es')).toEqual([]);
    expect(find('in great forma today')).toEqual([]);
  });

  it('keeps a longer name whole and leaves a given name alone', () => {
    expect(find('Q-switched laser toning').map((m) => [m.id, m.text])).toEqual([['q-switched-laser', 'Q-switched laser']]);
    expect(find('Gouri Kishan signs a new film')).toEqual([]);
    expect(find('Gouri PCL is injected').map((m) => m.id)).toEqual(['biostimulators']);
  });

  it('reads psoriatic arthritis as part of psoriasis, not as the topic of joints', () => {
    expect(find('people with psoriatic arthritis').map((m) => m.id)).toEqual(['psoriasis']);
    expect(find('osteoarthritis of the knee').map((m) => m.id)).toEqual(['joints']);
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

describe('skin pages with numbers in their lists are not recipes', () => {
  const page = (lang: string, title: string, items: string[]) =>
    detectOnFreshPage(
      documentFrom(
        `<html lang="${lang}"><head><title>${title}</title></head><body><main><article><h1>${title}</h1>` +
          `<p>Retinol is the best studied ingredient for fine lines, acne and uneven tone. Start slowly, twice a week at night, and use sunscreen every morning; expect some dryness and peeling at first.</p>` +
          `<p>Vitamin C serums brighten dull skin and fade dark spots. Apply them in the morning under sunscreen; keep them away from heat and light, and pair them with niacinamide if your skin is sensitive.</p>` +
          `<p>Both can sting on skin with eczema or rosacea. Patch test first, on the inside of the arm, and stop if redness lasts; a dermatologist can suggest a gentler routine or a prescription retinoid.</p>` +
          `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></article></main></body></html>`,
      ),
      lexiconMatcher(),
    );

  it.each([
    ['es', 'Cómo introducir el retinol', ['al principio, dos noches por semana', 'al mes, cada noche', 'al final, con hidratante']],
    ['en', 'The best vitamin C serums, tested', ['50 ml, $45: light and fast', '30 ml, $60: for dry skin', '15 ml, $25: a first try']],
    ['en', 'Vitamin C serums for dull skin', ['Size: 50 ml', 'Size: 30 ml', 'Size: 15 ml']],
  ])('%s: %s', (lang, title, items) => {
    const result = page(lang, title, items);
    expect(result.isSkincare, result.reason).toBe(true);
  });

  it('but a serum made at home, written as a recipe, stays skin care by its title', () => {
    const result = page('en', 'How to make a DIY vitamin C serum', ['1 tsp vitamin C powder', '2 tbsp rose water', '1 tsp glycerin']);
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
