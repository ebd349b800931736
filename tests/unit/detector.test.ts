import { describe, expect, it } from 'vitest';
import { detectOnFreshPage } from '../../lib/page/fresh-page';
import { lexiconMatcher } from '../../lib/lexicon/index';
import { documentFrom, fixtureDocument } from './fixture-dom';

const detect = (doc: Document) => detectOnFreshPage(doc, lexiconMatcher());
const mentionTexts = (doc: Document) =>
  detect(doc).mentions.map((m) => m.node.data.slice(m.start, m.end));

describe('detectOnFreshPage', () => {
  it('takes the WordPress-style microneedling post as a skincare article', () => {
    const result = detect(fixtureDocument('wordpress-post.html'));
    expect(result.isArticle).toBe(true);
    expect(result.isSkincare).toBe(true);
    expect(result.procedures).toEqual(
      expect.arrayContaining(['microneedling', 'hydrafacial', 'tca-cross', 'subcision', 'rf-microneedling', 'laser-resurfacing', 'chemical-peel']),
    );
  });

  it('highlights every spelling of microneedling in the article body', () => {
    const texts = mentionTexts(fixtureDocument('wordpress-post.html'));
    for (const spelling of ['microneedling', 'micro-needling', 'Microneedling', 'collagen induction therapy', 'SkinPen', 'Dermapen', 'MicroPen']) {
      expect(texts).toContain(spelling);
    }
  });

  it('leaves the nav menu, the comment form and the footer alone', () => {
    const doc = fixtureDocument('wordpress-post.html');
    const result = detect(doc);
    for (const mention of result.mentions) {
      const element = mention.node.parentElement!;
      expect(element.closest('nav, form, footer, .comment-respond, .site-header')).toBeNull();
    }
    // "Botox" appears only in the menu and the comment form.
    expect(result.procedures).not.toContain('neuromodulators');
  });

  it('keeps each mention to exactly one name', () => {
    const doc = fixtureDocument('wordpress-post.html');
    for (const m of detect(doc).mentions) {
      const text = m.node.data.slice(m.start, m.end);
      expect(text).not.toMatch(/^\s|\s$/);
      expect(m.end).toBeGreaterThan(m.start);
    }
  });

  it('stays quiet on a news story that uses "Botox" as a metaphor', () => {
    const result = detect(fixtureDocument('news-article.html', 'https://courier.example/news/budget'));
    expect(result.isArticle).toBe(true);
    expect(result.isSkincare).toBe(false);
    expect(result.mentions).toEqual([]);
  });

  it('does not treat a blog home page full of skincare teasers as an article', () => {
    const result = detect(fixtureDocument('blog-home.html', 'https://blog.example/'));
    expect(result.isArticle).toBe(false);
    expect(result.isSkincare).toBe(false);
    expect(result.mentions).toEqual([]);
  });

  it('does not fire on search result pages', () => {
    const result = detect(fixtureDocument('wordpress-post.html', 'https://blog.example/?s=microneedling'));
    expect(result.isSkincare).toBe(false);
  });

  it('needs more than a single passing mention in a long unrelated article', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) =>
      `<p>Paragraph ${i} about planting tomatoes, watering schedules, compost and the long summer evenings in the garden with friends and neighbours who come over.</p>`,
    ).join('');
    const doc = documentFrom(`<html><head><title>Garden diary</title></head><body><article><h1>Garden diary</h1>${paragraphs}<p>My neighbour had a chemical peel last week.</p></article></body></html>`);
    expect(detect(doc).isSkincare).toBe(false);
  });
});
