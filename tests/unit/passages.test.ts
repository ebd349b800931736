// Quoted passages in a page's DOM: a selection described over the article's text, and found again
// as a range covering exactly that passage, across text nodes and after the page changed.
import { describe, expect, it } from 'vitest';
import { anchorPassages, selectionSelectors } from '../../lib/page/passages';
import { documentFrom } from './fixture-dom';

const PAGE = `<html><body><nav><a href="/">Home</a> <a href="/peels">Peels</a></nav><article><h1>My first peel</h1>
<p>The peel itself took twenty minutes. She told me <em>not during an active breakout</em>, and to wait a month.</p>
<p>Days three to six were the flaking days. By week four the patches had faded.</p></article></body></html>`;

function select(doc: Document, text: string): Range {
  const article = doc.querySelector('article')!;
  const walker = doc.createTreeWalker(article, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const whole = nodes.map((n) => n.data).join('');
  const at = whole.indexOf(text);
  const range = doc.createRange();
  let offset = 0;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (at >= offset && at <= end && range.startContainer === doc) range.setStart(node, at - offset);
    if (at + text.length >= offset && at + text.length <= end) {
      range.setEnd(node, at + text.length - offset);
      break;
    }
    offset = end;
  }
  return range;
}

describe('passages in a page', () => {
  it('describes a selection across elements and finds it again as exactly that text', () => {
    const doc = documentFrom(PAGE);
    const article = doc.querySelector('article')!;
    const selectors = selectionSelectors(article, select(doc, 'told me not during an active breakout'))!;
    expect(selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'told me not during an active breakout' });
    const again = documentFrom(PAGE);
    const { ranges, orphans } = anchorPassages(again.querySelector('article')!, [{ id: 'n1', selectors }]);
    expect(orphans).toEqual([]);
    expect(ranges.get('n1')!.toString()).toBe('told me not during an active breakout');
  });

  it('finds it in an edited page, and calls a deleted passage an orphan', () => {
    const doc = documentFrom(PAGE);
    const selectors = selectionSelectors(doc.querySelector('article')!, select(doc, 'not during an active breakout'))!;
    const faded = selectionSelectors(doc.querySelector('article')!, select(doc, 'By week four the patches had faded.'))!;
    const edited = documentFrom(
      PAGE.replace('<p>The peel itself', '<p>Update: I booked a second one.</p><p>The peel itself').replace('<p>Days three to six were the flaking days. By week four the patches had faded.</p>', ''),
    );
    const { ranges, orphans } = anchorPassages(edited.querySelector('article')!, [
      { id: 'kept', selectors },
      { id: 'gone', selectors: faded },
    ]);
    expect(ranges.get('kept')!.toString()).toBe('not during an active breakout');
    expect(orphans).toEqual(['gone']);
  });

  it('reads words in separate elements as separate words, and one word split by markup as one', () => {
    const doc = documentFrom('<html><body><article><p>Use <b>retinol</b> <i>nightly</i>, and micro<b>needling</b> monthly.</p><p>Second paragraph here.</p></article></body></html>');
    const article = doc.querySelector('article')!;
    const range = doc.createRange();
    range.setStart(article.querySelector('b')!.firstChild!, 0);
    range.setEnd(article.querySelectorAll('p')[1]!.firstChild!, 6);
    const [quote] = selectionSelectors(article, range)!;
    expect(quote).toMatchObject({ exact: 'retinol nightly, and microneedling monthly. Second' });
  });

  it('ignores a selection outside the article', () => {
    const doc = documentFrom(PAGE);
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('nav')!);
    expect(selectionSelectors(doc.querySelector('article')!, range)).toBeUndefined();
  });
});
