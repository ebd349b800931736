import { describe, expect, it } from 'vitest';
import { MAX_KEY_CHARS, mayBeKeyOf, normalizeUrl, normalizedAddress, trustedCanonical } from '../../lib/shared/url';

describe('normalizeUrl', () => {
  it('drops fragments and tracking parameters and lower-cases the host', () => {
    expect(normalizeUrl('https://Blog.Example/Post?utm_source=x&id=3&fbclid=abc#comments')).toBe('https://blog.example/Post?id=3');
    expect(normalizeUrl('https://blog.example/post?gclid=1')).toBe('https://blog.example/post');
  });

  it('keeps keys bounded for addresses of megabytes, one key per address', () => {
    const long = (tail: string) => `https://blog.example/post?state=${'x'.repeat(2_000_000)}${tail}`;
    const a = normalizeUrl(long('a'));
    const b = normalizeUrl(long('b'));
    expect(a.length).toBeLessThanOrEqual(MAX_KEY_CHARS);
    expect(a).not.toBe(b);
    expect(normalizeUrl(`${long('a')}&utm_source=feed#top`)).toBe(a);
    expect(a).toMatch(/^https:\/\/blog\.example\/post\?state=x+ sha256:[0-9a-f]{64}$/);
    // A key is its own key; an address made to look like one is not.
    expect(normalizeUrl(a)).toBe(a);
    expect(normalizeUrl(a.replace(' ', '%20'))).not.toBe(a);
    // Addresses that were keys before keep being their own keys.
    const short = `https://blog.example/${'y'.repeat(4_000)}`;
    expect(normalizeUrl(short)).toBe(short);
  });

  it('refuses what is not a web page', () => {
    expect(() => normalizeUrl('javascript:alert(1)')).toThrow(/web pages/);
    expect(() => normalizeUrl('not a url')).toThrow();
    expect(() => normalizedAddress('javascript:alert(1)')).toThrow(/web pages/);
  });
});

describe('mayBeKeyOf (a page telling whether a change may concern it, without hashing)', () => {
  it('matches its own key, short or bounded, and no other short key', () => {
    const page = 'https://Blog.Example/post?utm_source=x&id=3#top';
    expect(mayBeKeyOf(normalizeUrl(page), normalizedAddress(page))).toBe(true);
    expect(mayBeKeyOf(normalizeUrl('https://blog.example/post?id=4'), normalizedAddress(page))).toBe(false);
    const long = `https://blog.example/post?state=${'x'.repeat(10_000)}`;
    expect(mayBeKeyOf(normalizeUrl(long), normalizedAddress(`${long}&fbclid=1#end`))).toBe(true);
    expect(mayBeKeyOf(normalizeUrl(long), normalizedAddress('https://blog.example/other'))).toBe(false);
    // Either side of the bound: the address itself, then its bounded key.
    const at = (length: number) => `https://blog.example/${'z'.repeat(length - 'https://blog.example/'.length)}`;
    for (const length of [MAX_KEY_CHARS, MAX_KEY_CHARS + 1]) {
      expect(normalizeUrl(at(length)).length).toBeLessThanOrEqual(MAX_KEY_CHARS);
      expect(mayBeKeyOf(normalizeUrl(at(length)), normalizedAddress(at(length)))).toBe(true);
    }
    expect(normalizeUrl(at(MAX_KEY_CHARS + 1))).toContain(' sha256:');
    // A short page is never taken for a bounded key that starts like it.
    const short = `https://blog.example/post?state=${'x'.repeat(100)}`;
    expect(mayBeKeyOf(normalizeUrl(long), normalizedAddress(short))).toBe(false);
  });
});

describe('trustedCanonical', () => {
  it('accepts a same-site canonical and resolves it', () => {
    expect(trustedCanonical('https://www.blog.example/p?utm_source=x', '/p')).toBe('https://www.blog.example/p');
    expect(trustedCanonical('https://www.blog.example/p', 'https://blog.example/p')).toBe('https://blog.example/p');
  });

  it('trusts a canonical only for the same page by another address: AMP, print, a short link', () => {
    expect(trustedCanonical('https://blog.example/p/amp/', 'https://blog.example/p/')).toBe('https://blog.example/p/');
    expect(trustedCanonical('https://blog.example/amp/p', 'https://blog.example/p')).toBe('https://blog.example/p');
    expect(trustedCanonical('https://blog.example/p/print', 'https://blog.example/p')).toBe('https://blog.example/p');
    expect(trustedCanonical('https://blog.example/?p=42', 'https://blog.example/2026/03/p/')).toBe('https://blog.example/2026/03/p/');
    // On a shared host, one author's page naming another's is not believed.
    expect(trustedCanonical('https://blogs.example/mallory/spam', 'https://blogs.example/ana/microneedling')).toBeUndefined();
  });

  it('ignores canonicals to other sites or to the home page', () => {
    expect(trustedCanonical('https://blog.example/p', 'https://other.example/p')).toBeUndefined();
    expect(trustedCanonical('https://blog.example/p', 'https://blog.example/')).toBeUndefined();
  });
});
