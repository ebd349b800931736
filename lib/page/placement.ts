// Where the procedure card opens beside a mention: below it when there is room, above it
// otherwise, and always inside the viewport, however small, shrinking (and scrolling) when it must.

/** The card's usual size; it is never drawn larger than the viewport allows. */
export const CARD_WIDTH = 320;
export const CARD_HEIGHT = 340;
const MARGIN = 8;

export interface CardPlacement {
  x: number;
  y: number;
  width: number;
  maxHeight: number;
}

export function placeCard(anchor: { left: number; top: number; bottom: number }, viewport: { width: number; height: number }): CardPlacement {
  const width = Math.max(0, Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN));
  const x = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  const roomBelow = viewport.height - anchor.bottom - 2 * MARGIN;
  const roomAbove = anchor.top - 2 * MARGIN;
  if (roomBelow >= CARD_HEIGHT || roomBelow >= roomAbove) {
    const y = Math.max(MARGIN, Math.min(anchor.bottom + MARGIN, viewport.height - MARGIN));
    return { x, y, width, maxHeight: Math.max(0, viewport.height - y - MARGIN) };
  }
  const height = Math.min(CARD_HEIGHT, roomAbove);
  // A mention below the viewport (scrolled past): the card still opens inside it.
  const y = Math.max(MARGIN, Math.min(anchor.top - MARGIN - height, viewport.height - MARGIN - height));
  return { x, y, width, maxHeight: Math.max(0, Math.min(CARD_HEIGHT, anchor.top - MARGIN - y, viewport.height - y - MARGIN)) };
}
