// Injected by the background when the reader notes a selection from the context menu or a keyboard
// command, on any page: the selection's passage as W3C selectors over the text of the page's main
// content (the same text the in-page control quotes and finds passages in), or null.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findMainContent } from '../lib/page/dom/main-content';
import { handoff } from '../lib/page/handoff';
import { selectionSelectors } from '../lib/page/passages';

export default defineUnlistedScript(() => {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const root = handoff().session?.root ?? findMainContent(document) ?? document.body;
  return (root && selectionSelectors(root, range)) ?? (document.body && selectionSelectors(document.body, range)) ?? null;
});
