// What a save sends for the readable copy: the article's main block only, with the page's title
// escaped, and nothing past the size a copy may have.
import { describe, expect, it } from 'vitest';
import { mainContentHtml } from '../../lib/page/page-html';
import { documentFrom } from './fixture-dom';

describe("the main block's HTML for a copy", () => {
  it('serialises the main block alone, under the page title (escaped) and language', () => {
    const doc = documentFrom('<html lang="fr"><head><title>Peels &lt;at home&gt;</title></head><body><nav>Menu</nav><article><h1>Peels</h1><p>Texte.</p></article><footer>f</footer></body></html>');
    const page = mainContentHtml(doc, doc.querySelector('article')!, 'https://a.example/p')!;
    expect(page.url).toBe('https://a.example/p');
    expect(page.html).toBe('<!doctype html><html lang="fr"><head><title>Peels &lt;at home&gt;</title></head><body><article><h1>Peels</h1><p>Texte.</p></article></body></html>');
  });

  it('sends nothing for a block larger than a copy may be', () => {
    const doc = documentFrom(`<html><body><article><p>${'x'.repeat(9 * 1024 * 1024)}</p></article></body></html>`);
    expect(mainContentHtml(doc, doc.querySelector('article')!, 'https://a.example/p')).toBeNull();
  });
});
