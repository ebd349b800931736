// @vitest-environment jsdom
// Readable copies: what Readability keeps of a page, and what DOMPurify lets through to be shown
// again in the extension's origin (nothing that runs, posts, frames, styles or loads).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyFromHtml, extractReadableCopy, sanitizeCopyHtml } from '../../lib/library/readable';
import { FIXTURE_PAGES } from '../e2e/support/paths';

const URL_ = 'https://glownotes.example/microneedling/';

describe('readable copies', () => {
  it('keeps the article of a blog post without its comment form, menus or footer', () => {
    const html = readFileSync(`${FIXTURE_PAGES}/wordpress-post.html`, 'utf8');
    const copy = extractReadableCopy(html, URL_, URL_, 1000)!;
    expect(copy.html).toContain('collagen induction therapy');
    expect(copy.html).not.toContain('Leave a Reply');
    expect(copy.html).not.toMatch(/<form|<textarea|<input/);
    expect(copy.words).toEqual(expect.arrayContaining(['elastin', 'microneedling', 'collagen']));
    expect(copy.size).toBeGreaterThan(copy.html.length);
    expect(copy).toMatchObject({ key: URL_, savedAt: 1000 });
  });

  it('takes out scripts, handlers, forms, frames, styles and anything that would load', () => {
    const clean = sanitizeCopyHtml(
      `<p onclick="steal()" style="color:red" class="x">Text <a href="/next" onmouseover="x()">next</a> <a href="javascript:alert(1)">bad</a></p>
       <script>steal()</script><style>p{}</style><iframe src="https://evil.example"></iframe>
       <form action="https://evil.example"><input name="q"><button>Go</button></form>
       <img src="/pic.jpg" srcset="/big.jpg 2x" onerror="x()" alt="Before"><img src="data:image/png;base64,AAAA">
       <svg><script>x()</script></svg><object data="x.swf"></object><video src="v.mp4"></video>
       <link rel="stylesheet" href="https://evil.example/a.css"><meta http-equiv="refresh" content="0;url=https://evil.example">`,
      URL_,
    );
    expect(clean).not.toMatch(/onclick|onmouseover|onerror|style=|class=|<script|<style|<iframe|<form|<input|<button|<svg|<object|<video|<link|<meta|javascript:|srcset/i);
    // Images keep their address aside, loaded only if the reader allows; links point at the site, outside.
    expect(clean).toContain('<img alt="Before" data-skinmark-src="https://glownotes.example/pic.jpg">');
    expect(clean).not.toContain('data:image');
    expect(clean).toContain('href="https://glownotes.example/next"');
    expect(clean).toContain('target="_blank"');
    expect(clean).toContain('rel="noopener noreferrer"');
  });

  it('keeps no copy of an empty article', () => {
    expect(copyFromHtml('<script>x()</script>', URL_, URL_)).toBeNull();
  });
});
