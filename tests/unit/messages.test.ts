import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../lib/messages';
import { request } from '../../lib/protocol';

const article = {
  url: 'https://a.example/p',
  title: 'T',
  siteName: 'S',
  excerpt: '',
  readingMinutes: 3,
  procedures: ['microneedling'],
};

describe('parseRequest', () => {
  it('accepts well-formed requests', () => {
    expect(parseRequest({ type: 'article/list' })).toEqual({ ok: true, value: { type: 'article/list' } });
    expect(parseRequest({ type: 'article/save', article }).ok).toBe(true);
    expect(parseRequest({ type: 'note/add', url: 'https://a.example/p', text: '  hi  ' })).toMatchObject({
      ok: true,
      value: { text: 'hi' },
    });
  });

  it('refuses unknown types and non-objects with a clear sentence', () => {
    expect(parseRequest({ type: 'db/drop' })).toEqual({ ok: false, error: 'Unknown request type "db/drop"' });
    expect(parseRequest('hello')).toMatchObject({ ok: false });
    expect(parseRequest(null)).toMatchObject({ ok: false });
  });

  it('names the field that is wrong', () => {
    const bad = parseRequest({ type: 'article/save', article: { ...article, url: 'javascript:alert(1)' } });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('article.url') });
    const empty = parseRequest({ type: 'note/add', url: 'https://a.example/p', text: '   ' });
    expect(empty).toMatchObject({ ok: false, error: expect.stringContaining('cannot be empty') });
    const procedure = parseRequest({ type: 'page/detected', skincare: true, procedures: ['<script>'] });
    expect(procedure).toMatchObject({ ok: false, error: expect.stringContaining('procedures') });
  });

  it('refuses oversized payloads before looking inside', () => {
    const huge = parseRequest({ type: 'note/add', url: 'https://a.example/p', text: 'x'.repeat(600_000) });
    expect(huge).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
  });

  it('refuses what is not plain data', () => {
    const cyclic: Record<string, unknown> = { type: 'article/list' };
    cyclic.self = cyclic;
    expect(parseRequest(cyclic)).toEqual({ ok: false, error: 'Message is not plain data' });
  });
});

describe('request', () => {
  it('unwraps a success and throws the error sentence of a failure', async () => {
    await expect(request(async () => ({ ok: true, value: [] }), { type: 'article/list' })).resolves.toEqual([]);
    await expect(request(async () => ({ ok: false, error: 'Nope' }), { type: 'article/list' })).rejects.toThrow('Nope');
    await expect(request(async () => undefined, { type: 'article/list' })).rejects.toThrow(/did not answer/);
  });
});
