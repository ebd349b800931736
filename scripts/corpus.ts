// Reading a folder of labelled pages (labels.jsonl beside them) into documents the detector can take.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export interface Label {
  file: string;
  is_article: boolean | null;
  skincare: boolean | 'unsure';
  title?: string;
}

export function readLabels(folder: string): Label[] {
  return readFileSync(join(folder, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line) as Label;
      } catch {
        throw new Error(`${folder}/labels.jsonl line ${index + 1} is not JSON`);
      }
    });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain-text pages become a minimal article: first line as title, blank-line blocks as paragraphs. */
export function textToHtml(text: string): string {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const title = escapeHtml(blocks[0]?.split('\n')[0] ?? '');
  const paragraphs = blocks.map((b) => `<p>${escapeHtml(b)}</p>`).join('\n');
  return `<!doctype html><html><head><title>${title}</title></head><body><article>${paragraphs}</article></body></html>`;
}

/** The page as a document at a plausible URL (its canonical link, else a made-up one). */
export function loadPage(folder: string, file: string): { document: Document; url: string; close(): void } {
  const raw = readFileSync(join(folder, file), 'utf8');
  const html = file.endsWith('.txt') ? textToHtml(raw) : raw;
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
  let url = `https://corpus.invalid/${file}`;
  if (canonical && /^https?:\/\//.test(canonical)) url = canonical;
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, url, close: () => void window.happyDOM.close() };
}
