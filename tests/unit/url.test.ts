import { describe, expect, it } from 'vitest';
import { normalizeUrl, trustedCanonical } from '../../lib/shared/url';

describe('normalizeUrl', () => {
  it('drops fragments and tracking parameters and lower-cases the host', () => {
    expect(normalizeUrl('https://Blog.Example/Post?utm_source=x&id=3&fbclid=abc#comments')).toBe('https://blog.example/Post?id=3');
    expect(normalizeUrl('https://blog.example/post?gclid=1')).toBe('https://blog.example/post');
  });

  it('refuses what is not a web page', () => {
    expect(() => normalizeUrl('javascript:alert(1)')).toThrow(/web pages/);
    expect(() => normalizeUrl('not a url')).toThrow();
  });
});

describe('trustedCanonical', () => {
  it('accepts a same-site canonical and resolves it', () => {
    expect(trustedCanonical('https://www.blog.example/p?utm_source=x', '/p')).toBe('https://www.blog.example/p');
    expect(trustedCanonical('https://www.blog.example/p', 'https://blog.example/p')).toBe('https://blog.example/p');
  });

  it('ignores canonicals to other sites or to the home page', () => {
    expect(trustedCanonical('https://blog.example/p', 'https://other.example/p')).toBeUndefined();
    expect(trustedCanonical('https://blog.example/p', 'https://blog.example/')).toBeUndefined();
  });
});
