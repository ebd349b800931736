import { describe, expect, it } from 'vitest';
import { scanAddedNodes } from '../../lib/page/detector';
import { watchAddedContent } from '../../lib/page/dom/watch';
import { lexiconMatcher } from '../../lib/lexicon/index';
import { documentFrom } from './fixture-dom';

const texts = (nodes: Node[]) =>
  scanAddedNodes(nodes, lexiconMatcher()).map((m) => m.node.data.slice(m.start, m.end));

describe('content added later', () => {
  it('reads only the added nodes, skipping page chrome', () => {
    const doc = documentFrom('<html><body><article><p>First part about microneedling.</p></article><footer></footer></body></html>');
    const more = doc.createElement('p');
    more.textContent = 'Then a round of Morpheus8 and some retinol.';
    doc.querySelector('article')!.append(more);
    const widget = doc.createElement('p');
    widget.textContent = 'Footer link: Botox offers';
    doc.querySelector('footer')!.append(widget);
    expect(texts([more, widget])).toEqual(['Morpheus8', 'retinol']);
  });

  it('collects added nodes once the page is quiet, outermost only, ignoring its own UI', async () => {
    const doc = documentFrom('<html><body><main></main></body></html>');
    const batches: Node[][] = [];
    const watcher = watchAddedContent(doc.body, (nodes) => batches.push(nodes), {
      quietMs: 20,
      ignore: (node) => (node as Element).localName === 'skinmark-page-control',
    });
    const section = doc.createElement('section');
    doc.querySelector('main')!.append(section);
    section.append(doc.createElement('p'));
    doc.body.append(doc.createElement('skinmark-page-control'));
    await new Promise((done) => setTimeout(done, 80));
    watcher.stop();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual([section]);
  });
});

describe('a page that never goes quiet', () => {
  it('still hands over added content after the longest wait', async () => {
    const doc = documentFrom('<html><body><main></main><span id="clock"></span></body></html>');
    const batches: Node[][] = [];
    const watcher = watchAddedContent(doc.body, (nodes) => batches.push(nodes), { quietMs: 50, maxWaitMs: 120 });
    const clock = doc.getElementById('clock')!;
    const ticking = setInterval(() => clock.replaceChildren(doc.createTextNode(String(Date.now()))), 20);
    const paragraph = doc.createElement('p');
    doc.querySelector('main')!.append(paragraph);
    await new Promise((done) => setTimeout(done, 300));
    clearInterval(ticking);
    watcher.stop();
    expect(batches.flat()).toContain(paragraph);
  });
});
