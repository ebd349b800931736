import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isBlocked, parseSettings, siteFromInput } from '../../lib/shared/settings';

describe('settings', () => {
  it('falls back to the defaults for anything missing or malformed', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ highlightIngredients: 'yes', blockedSites: ['ok.example', 42, 'not a host'] })).toEqual({
      ...DEFAULT_SETTINGS,
      blockedSites: ['ok.example'],
    });
  });

  it('reads the site a reader typed, however they typed it', () => {
    expect(siteFromInput('www.Example.com/blog')).toEqual({ ok: true, site: 'example.com' });
    expect(siteFromInput('https://news.example.co.uk/a?b=c')).toEqual({ ok: true, site: 'news.example.co.uk' });
    expect(siteFromInput('  ')).toMatchObject({ ok: false, error: expect.stringContaining('Type a site') });
    expect(siteFromInput('not a site')).toMatchObject({ ok: false, error: expect.stringContaining('is not a site name') });
    expect(siteFromInput('localhost')).toMatchObject({ ok: false });
  });

  it('blocks a site and its subdomains, nothing else', () => {
    expect(isBlocked('example.com', ['example.com'])).toBe(true);
    expect(isBlocked('blog.example.com', ['example.com'])).toBe(true);
    expect(isBlocked('notexample.com', ['example.com'])).toBe(false);
    expect(isBlocked('example.com.evil.test', ['example.com'])).toBe(false);
  });
});
