// The page's own prose: what a site puts around and inside an article is not read.
import { describe, expect, it } from 'vitest';
import { findProse } from '../../lib/page/dom/prose';
import { readHeadline } from '../../lib/page/headline';
import { guessLanguage } from '../../lib/lexicon/language';
import { documentFrom } from './fixture-dom';

const proseOf = (body: string, head = '') => {
  const doc = documentFrom(`<html><head>${head}</head><body>${body}</body></html>`);
  const heading = readHeadline(doc).heading;
  const prose = findProse(doc.body, heading);
  return { prose, text: prose.nodes.map((n) => n.data.trim()).filter(Boolean).join(' | ') };
};
const sentence = (topic: string) =>
  `<p>This is a full sentence about ${topic}, long enough to read as prose rather than a label or a button.</p>`;

describe('findProse', () => {
  it('keeps paragraphs, headings and list items of the article', () => {
    const { text } = proseOf(`<main><h1>Peels</h1>${sentence('peels')}<ul><li>Less downtime than a laser</li><li>Brighter skin</li></ul></main>`);
    expect(text).toContain('Peels');
    expect(text).toContain('Less downtime than a laser');
    expect(text).toContain('full sentence about peels');
  });

  it('drops a list of links inside <main>, where a nav element would have been dropped anyway', () => {
    const { text } = proseOf(
      `<main><div class="x"><ul><li><a href="/a">HydraFacial</a></li><li><a href="/b">Botox</a></li><li><a href="/c">Massage</a></li></ul></div><h1>Peels</h1>${sentence('peels')}</main>`,
    );
    expect(text).not.toMatch(/HydraFacial|Botox|Massage/);
  });

  it('keeps a paragraph with a link in it, and drops a line that is mostly a link', () => {
    const { text } = proseOf(
      `<article><h1>Peels</h1><p>After a <a href="/peel">chemical peel</a>, keep out of the sun and wear sunscreen for a week or two.</p><p><a href="/more">Read more about every treatment we offer</a> here</p></article>`,
    );
    expect(text).toContain('chemical peel');
    expect(text).not.toContain('Read more');
  });

  it('drops a grid of teaser cards with its heading and intro, and counts it as teasers', () => {
    const card = (name: string) => `<div class="card"><img src="x.jpg" alt=""><h3><a href="/${name}">${name}</a></h3><p>A line about ${name}.</p></div>`;
    const { text, prose } = proseOf(
      `<main><h1>Microneedling</h1>${sentence('microneedling')}<section><h2>Other treatments</h2><p>Clients also asked about:</p><div class="grid">${['Botox', 'Fillers', 'Peels', 'Lashes'].map(card).join('')}</div></section></main>`,
    );
    expect(text).not.toMatch(/Other treatments|Clients also asked|Botox|Lashes/);
    expect(prose.teaserChars).toBeGreaterThan(60);
  });

  it('keeps repeated blocks that are sections, not cards (an FAQ)', () => {
    const faq = (q: string) => `<div class="faq"><h3>${q}?</h3><p>${'An answer that explains it properly. '.repeat(2)}</p></div>`;
    const { text } = proseOf(`<main><h1>Peels</h1>${['Does it hurt', 'How long', 'Who should avoid it'].map(faq).join('')}</main>`);
    expect(text).toContain('Does it hurt?');
    expect(text).toContain('Who should avoid it?');
  });

  it('drops blocks named as chrome, but not a wrapper that holds most of the page', () => {
    const { text } = proseOf(
      `<div class="page-header-wrapper"><article><h1>Peels</h1>${sentence('peels')}${sentence('aftercare')}</article><div class="related-posts"><p>Another post about lasers, with its own long teaser sentence here.</p></div></div>`,
    );
    expect(text).toContain('aftercare');
    expect(text).not.toContain('Another post');
  });

  it('drops a short contact or booking block', () => {
    const { text } = proseOf(`<main><h1>Peels</h1>${sentence('peels')}<div>Questions? <a href="tel:+15550100">Call us</a> or <a href="/book">book online</a> today.</div></main>`);
    expect(text).not.toContain('Questions?');
  });

  it('never drops what holds the page heading', () => {
    const { text } = proseOf(`<main><div class="header-banner"><h1>Chemical peels</h1></div>${sentence('peels')}</main>`);
    expect(text).toContain('Chemical peels');
  });

  it('walks a very deep page without recursion', () => {
    // Deeper than any call stack; the headline is left out (happy-dom's own selector engine recurses).
    const depth = 20_000;
    const doc = documentFrom(`<html><body><main>${'<div>'.repeat(depth)}<p>${'Deep text about skin. '.repeat(4)}</p>${'</div>'.repeat(depth)}</main></body></html>`);
    const text = findProse(doc.body, null).nodes.map((n) => n.data).join('');
    expect(text).toContain('Deep text about skin');
  });
});

describe('readHeadline', () => {
  it("separates the page's own title from the site's name in either order", () => {
    const a = readHeadline(documentFrom('<html><head><title>Peels | Glow Skin Clinic</title><meta property="og:site_name" content="Glow Skin Clinic"></head><body><h1>Peels</h1></body></html>'));
    expect(a.title).toBe('Peels');
    expect(a.siteNames).toContain('glow skin clinic');
    const b = readHeadline(documentFrom('<html><head><title>Skin by Oksana | Peels</title></head><body><div class="logo"><a href="/"><img alt="Logo, Oksana Skin Esthetics" src="l.png"></a></div><h1>Peels</h1></body></html>'));
    expect(b.title).toBe('Peels');
    expect(b.siteNames).toContain('skin by oksana');
  });

  it('takes the first segment as the page when nothing names the site', () => {
    const h = readHeadline(documentFrom('<html><head><title>Botox - Aesthetic Clinic - Bella - Aesthetics</title></head><body><h2>Botulinum toxin - Botox</h2></body></html>'));
    expect(h.title).toBe('Botox');
    expect(h.headingText).toBe('Botulinum toxin - Botox');
  });

  it('skips an h1 that is the site name (a logo) for the next one', () => {
    const h = readHeadline(documentFrom("<html><head><title>Mammy's Blog</title></head><body><h1>Mammy's Blog</h1><h1>Review of an exfoliating gel</h1></body></html>"));
    expect(h.headingText).toBe('Review of an exfoliating gel');
  });
});

describe('guessLanguage', () => {
  it('reads the language from the text, not the theme', () => {
    expect(guessLanguage('A limpeza de pele remove os cravos e deixa a pele pronta para outros tratamentos. Não é dolorosa, e a pele fica mais limpa depois das sessões do mês.', 'en')).toBe('pt');
    expect(guessLanguage('La limpieza facial es por lo general el primer paso, pero también depende del tipo de piel y de los productos que usas para el cuidado diario.', 'en')).toBe('es');
    expect(guessLanguage('Le peeling chimique est un soin qui exfolie la peau avec des acides, mais il faut éviter le soleil pendant les semaines qui suivent le soin.', 'en')).toBe('fr');
    expect(guessLanguage('Das Peeling ist nicht für jede Haut geeignet, und die Haut wird danach empfindlich. Auch ein Sonnenschutz ist wichtig, wenn die Haut gerötet ist.', 'en')).toBe('de');
    expect(guessLanguage('Il peeling chimico è un trattamento per la pelle che si fa anche per le macchie, e sono molto utili le creme della sera.', 'en')).toBe('it');
    expect(guessLanguage('冬になると肌がつっぱり、粉をふくことがあります。乾燥肌の人は保湿が大切です。', 'en')).toBe('ja');
  });

  it('falls back to the page attribute when the text says too little', () => {
    expect(guessLanguage('Botox', 'fr-CH')).toBe('fr');
    expect(guessLanguage('Botox', undefined)).toBe('en');
  });
});

describe('findProse on repeated labels', () => {
  it('drops a list of the service names the menu already links to', () => {
    const { text } = proseOf(
      `<nav><a href="/hydrafacial">HydraFacial</a><a href="/peels">Chemical Peels</a><a href="/botox">Botox</a></nav><main><h1>Microneedling</h1>${sentence('microneedling')}<div class="services"><h3>Our services</h3><ul><li>HydraFacial</li><li>Chemical Peels</li><li>Botox</li></ul></div></main>`,
    );
    expect(text).not.toMatch(/HydraFacial|Chemical Peels/);
    expect(text).toContain('Microneedling');
  });

  it('keeps a list of benefits, even when one item matches a menu link', () => {
    const { text } = proseOf(
      `<nav><a href="/acne">Acne scars</a></nav><main><h1>Microneedling</h1>${sentence('microneedling')}<ul><li>Acne scars</li><li>Fine lines around the eyes</li><li>Enlarged pores on the nose</li></ul></main>`,
    );
    expect(text).toContain('Fine lines around the eyes');
  });
});
