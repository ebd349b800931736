// The procedure card never opens off screen: any mention, any viewport.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, placeCard } from '../../lib/page/placement';

describe('where the procedure card opens', () => {
  it('opens below a mention with room under it, above one near the bottom', () => {
    expect(placeCard({ left: 100, top: 100, bottom: 120 }, { width: 1280, height: 800 })).toEqual({ x: 100, y: 128, width: CARD_WIDTH, maxHeight: 664 });
    const above = placeCard({ left: 100, top: 700, bottom: 720 }, { width: 1280, height: 800 });
    expect(above.y + above.maxHeight).toBeLessThanOrEqual(700);
    expect(above.maxHeight).toBe(CARD_HEIGHT);
  });

  it('stays inside the viewport whatever the mention and the viewport', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 4000 }), fc.integer({ min: 40, max: 3000 }), fc.integer({ min: -500, max: 5000 }), fc.integer({ min: -500, max: 4000 }), fc.integer({ min: 0, max: 80 }), (width, height, left, top, tall) => {
        const place = placeCard({ left, top, bottom: top + tall }, { width, height });
        expect(place.x).toBeGreaterThanOrEqual(0);
        expect(place.x + place.width).toBeLessThanOrEqual(width);
        expect(place.y).toBeGreaterThanOrEqual(0);
        expect(place.y + place.maxHeight).toBeLessThanOrEqual(height);
      }),
    );
  });
});
