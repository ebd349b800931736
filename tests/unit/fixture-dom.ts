// Loads a fixture page into a fresh document at a given URL, as the content script would see it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

// Tests run from the project root (vitest's root); happy-dom replaces the global URL class.
const PAGES = resolve('tests/fixtures/pages') + '/';

export function fixtureHtml(name: string): string {
  return readFileSync(`${PAGES}${name}`, 'utf8');
}

export function documentFrom(html: string, url = 'https://blog.example/post/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function fixtureDocument(name: string, url?: string): Document {
  return documentFrom(fixtureHtml(name), url);
}
