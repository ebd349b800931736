import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/article-meta';
import { ArticleInputSchema } from '../../lib/library/fields';
import * as v from 'valibot';
import { documentFrom, fixtureDocument } from './fixture-dom';

describe('extractArticle', () => {
  it('reads what the WordPress post says about itself', () => {
    const url = 'https://glownotes.example/2026/03/microneedling-acne-scars/?utm_source=feed#comments';
    const article = extractArticle(fixtureDocument('wordpress-post.html', url), url, ['microneedling']);
    expect(article).toMatchObject({
      url: 'https://glownotes.example/2026/03/microneedling-acne-scars/?utm_source=feed',
      canonicalUrl: 'https://glownotes.example/2026/03/microneedling-acne-scars/',
      title: 'Three rounds of microneedling for my acne scars',
      siteName: 'Glow Notes',
      author: 'Dana Whitfield',
      publishedAt: '2026-03-14T09:30:00+00:00',
      procedures: ['microneedling'],
    });
    expect(article.excerpt).toMatch(/^What microneedling did/);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(2);
    expect(v.safeParse(ArticleInputSchema, article).success).toBe(true);
  });

  it('falls back to JSON-LD, the first heading and the host name', () => {
    const html = `<html><head><title>t</title><script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","author":{"name":"Ana Ruiz"},"datePublished":"2025-01-02"}]}</script><script type="application/ld+json">{broken</script></head>
      <body><h1>Peeling químico en casa</h1><p>${'Texto largo sobre la piel. '.repeat(10)}</p></body></html>`;
    const article = extractArticle(documentFrom(html, 'https://www.piel.example/a'), 'https://www.piel.example/a');
    expect(article).toMatchObject({ title: 'Peeling químico en casa', author: 'Ana Ruiz', publishedAt: '2025-01-02', siteName: 'piel.example' });
    expect(article.canonicalUrl).toBeUndefined();
  });

  it('reads a hostile page\'s JSON-LD without overflowing: an author thousands deep, arrays inside arrays', () => {
    const deepAuthor = '{"@type":"Person","author":'.repeat(5000) + '{"name":"x"}' + '}'.repeat(5000);
    const deepArray = '['.repeat(5000) + '{"@type":"Thing"}' + ']'.repeat(5000);
    const html = `<html><head><title>Peeling</title>
      <script type="application/ld+json">{"@type":"BlogPosting","author":${deepAuthor},"datePublished":"2025-01-02"}</script>
      <script type="application/ld+json">${deepArray}</script>
      <script type="application/ld+json">{"@type":${'['.repeat(90_000)}${']'.repeat(90_000)}}</script>
      <script type="application/ld+json">{"@graph":${'{"@graph":'.repeat(3000)}[]${'}'.repeat(3000)}}</script>
      </head><body><h1>Peeling químico en casa</h1><p>${'Texto largo sobre la piel. '.repeat(10)}</p></body></html>`;
    const article = extractArticle(documentFrom(html, 'https://www.piel.example/a'), 'https://www.piel.example/a');
    expect(article.title).toBe('Peeling químico en casa');
    expect(article.author).toBeUndefined();
    expect(v.safeParse(ArticleInputSchema, article).success).toBe(true);
  });
});
