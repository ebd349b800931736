// What Skinmark's scripts in a page share: its own elements are known by identity, not by anything
// a page could copy.
import { describe, expect, it } from 'vitest';
import { isOwnNode, markOwn } from '../../lib/page/handoff';
import { documentFrom } from './fixture-dom';

describe('own nodes', () => {
  it('knows the elements Skinmark put in, and not a page element dressed as one', () => {
    const doc = documentFrom('<html><body><div id="host"><p>inside</p></div><div data-skinmark="control"><p>page text</p></div></body></html>');
    const host = doc.getElementById('host')!;
    markOwn(host);
    expect(isOwnNode(host)).toBe(true);
    expect(isOwnNode(host.querySelector('p')!.firstChild!)).toBe(true);
    const dressed = doc.querySelector('[data-skinmark]')!;
    expect(isOwnNode(dressed)).toBe(false);
    expect(isOwnNode(dressed.querySelector('p')!)).toBe(false);
  });
});
