// Detection on whole sites: a clinic's pages and a beauty blog's posts on one template each, in
// several languages. Menus, service grids, related posts and the site's name are the same on every
// page; only each page's own title and prose say what it is about.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/article-meta';
import { detectOnFreshPage } from '../../lib/page/fresh-page';
import { lexiconMatcher } from '../../lib/lexicon/index';
import { documentFrom, fixtureDocument } from './fixture-dom';

const detect = (file: string, url?: string) => {
  const doc = fixtureDocument(`sites/${file}`, url);
  return { doc, result: detectOnFreshPage(doc, lexiconMatcher()) };
};
const texts = (result: ReturnType<typeof detectOnFreshPage>) => result.mentions.map((m) => m.node.data.slice(m.start, m.end));

describe("a clinic's treatment page", () => {
  const { doc, result } = detect('clinic-microneedling.html', 'https://lumen.example/microneedling/');

  it('is a skincare article, even with no byline and short prose plus lists', () => {
    expect(result.isSkincare, result.reason).toBe(true);
  });

  it("counts and highlights the page's own procedures only, not the menu, grid, booking block or footer", () => {
    // "unlike some lasers" is the page's own mention; the menu's peels, Botox and fillers are not.
    expect(result.procedures).toEqual(['microneedling', 'laser-resurfacing']);
    for (const m of result.mentions) {
      expect(m.node.parentElement!.closest('.service-menu, .other-treatments, .cta, footer, .cookie-notice')).toBeNull();
    }
    expect(texts(result)).toEqual(expect.arrayContaining(['Microneedling', 'collagen induction therapy']));
  });

  it("saves the page's title, not the site's name that its og:title repeats", () => {
    expect(extractArticle(doc, 'https://lumen.example/microneedling/').title).toBe('Microneedling');
  });
});

describe('pages of the same clinic that are not skincare articles', () => {
  it.each([
    ['clinic-scalp-microneedling.html', 'a hair-loss treatment, though it names microneedling'],
    ['clinic-massage.html', 'a massage'],
    ['clinic-about.html', 'the about page'],
  ])('%s (%s): no decision for skin, no highlight', (file) => {
    const { result } = detect(file);
    expect(result.isSkincare, result.reason).toBe(false);
    expect(result.mentions).toEqual([]);
  });

  it('knows the about page by its own name, not by its words', () => {
    expect(detect('clinic-about.html', 'https://lumen.example/about-us/').result.reason).toMatch(/^about page/);
  });
});

describe('a procedure named by its brand', () => {
  const { result } = detect('clinic-cosmelan.html');

  it('reads "Cosmelan Peel" and "Keep Calm Facial" whole, as the procedures they are', () => {
    expect(result.isSkincare, result.reason).toBe(true);
    const named = result.mentions.map((m) => [m.node.data.slice(m.start, m.end), m.id]);
    expect(named).toContainEqual(['Cosmelan Peel', expect.any(String)]);
    expect(named).toContainEqual(['Keep Calm Facial', 'facial']);
  });

  it('does not read goals used as service names as procedures', () => {
    expect(texts(result).join(' ')).not.toMatch(/Dark Circle|Brightening/);
  });
});

describe('a beauty blog', () => {
  it('leaves a makeup post alone, whatever its sidebar, tags and related posts say', () => {
    const { result } = detect('blog-lipstick-review.html');
    expect(result.isSkincare, result.reason).toBe(false);
    expect(result.mentions).toEqual([]);
  });

  it('takes a skincare product review on the same template, with no procedure to list', () => {
    const { result } = detect('blog-oat-cleanser-review.html');
    expect(result.isSkincare, result.reason).toBe(true);
    expect(result.procedures).toEqual([]);
    expect(result.ingredients).toEqual(expect.arrayContaining(['colloidal-oatmeal', 'ceramides', 'niacinamide']));
  });
});

describe('other languages and names', () => {
  it('reads a Portuguese clinic post, and not its menu', () => {
    const { result } = detect('pt-limpeza-de-pele.html');
    expect(result.isSkincare, result.reason).toBe(true);
    expect(result.lang).toBe('pt');
    expect(result.procedures).toEqual(expect.arrayContaining(['microneedling', 'facial', 'chemical-peel']));
    expect(result.procedures).not.toContain('neuromodulators');
  });

  it('reads a Japanese skincare post, written without spaces', () => {
    const { result } = detect('ja-skincare.html');
    expect(result.isSkincare, result.reason).toBe(true);
    expect(result.lang).toBe('ja');
    expect(result.ingredients).toEqual(expect.arrayContaining(['ceramides', 'hyaluronic-acid']));
  });

  it("does not count the site's own name as evidence", () => {
    const { result } = detect('news-on-skin-named-site.html');
    expect(result.isSkincare, result.reason).toBe(false);
    expect(result.mentions).toEqual([]);
  });
});

describe('more pages of the clinic that are about something else', () => {
  it.each([
    ['clinic-gel-nails.html', 'nails'],
    ['clinic-lash-lift.html', 'lashes and brows'],
    ['clinic-iv-drip.html', 'an IV drip that promises radiant skin'],
    ['clinic-weight-loss.html', 'weight loss'],
    ['clinic-vaginal-rejuvenation.html', 'intimate health, with radiofrequency and collagen'],
    ['clinic-body-contouring.html', 'body contouring that "tightens the skin"'],
    ['clinic-team-doctor.html', 'a page about the clinic’s dermatologist'],
  ])('%s (%s) is not a skincare article and gets no highlight', (file) => {
    const { result } = detect(file);
    expect(result.isSkincare, result.reason).toBe(false);
    expect(result.mentions).toEqual([]);
  });

  it('knows a page titled with a doctor’s name as a team page', () => {
    expect(detect('clinic-team-doctor.html').result.reason).toMatch(/^team page/);
  });
});

describe('abbreviations a page defines', () => {
  it('reads "M-D" as microdermabrasion once the page says "Microdermabrasion (M-D)"', () => {
    const doc = documentFrom(
      `<html><head><title>Microdermabrasion</title></head><body><article><h1>Microdermabrasion</h1><p>Microdermabrasion (M-D) buffs away the dull outer layer of the skin with a diamond tip. After one M-D session the skin feels smoother; a series of M-D treatments softens fine lines and acne scars.</p><p>We pair it with an enzyme mask for sensitive skin, and follow with sunscreen and a gentle moisturizer for a week.</p></article></body></html>`,
    );
    const result = detectOnFreshPage(doc, lexiconMatcher());
    expect(result.isSkincare, result.reason).toBe(true);
    const named = result.mentions.filter((m) => m.id === 'microdermabrasion').map((m) => m.node.data.slice(m.start, m.end));
    expect(named).toEqual(['Microdermabrasion', 'Microdermabrasion', 'M-D', 'M-D', 'M-D']);
  });
});
