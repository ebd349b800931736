// The control frames' tickets and claims: good once, for one tab, for a minute, and kept across a
// service worker that stops and starts again.
import { describe, expect, it } from 'vitest';
import { createControlFrames } from '../../lib/background/control-frames';

/** A storage area as the browser's session storage behaves: values survive, copies come back. */
function sessionArea() {
  const data: Record<string, unknown> = {};
  return {
    get: async (key: string): Promise<Record<string, unknown>> => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('control frames', () => {
  it('gives a claim for a ticket once, to a frame of the tab it was issued to', async () => {
    const frames = createControlFrames(sessionArea());
    const ticket = await frames.issue(7, 0, 'https://glow.example/post');
    expect(ticket).toMatch(/^[0-9a-f]{32}$/);
    expect(await frames.claim(ticket, 8, 3)).toBeUndefined();
    expect(await frames.claim(ticket, 7, 3)).toMatchObject({ tabId: 7, frameId: 3, articleFrameId: 0, pageUrl: 'https://glow.example/post' });
    expect(await frames.claim(ticket, 7, 4)).toBeUndefined();
    expect(await frames.claimOf(7, 3)).toMatchObject({ articleFrameId: 0 });
    expect(await frames.claimOf(7, 4)).toBeUndefined();
    expect(await frames.claim('0'.repeat(32), 7, 5)).toBeUndefined();
  });

  it('lets a ticket expire after a minute', async () => {
    let now = 1_000;
    const frames = createControlFrames(sessionArea(), () => now);
    const ticket = await frames.issue(7, 0, 'https://glow.example/post');
    now += 61_000;
    expect(await frames.claim(ticket, 7, 3)).toBeUndefined();
  });

  it('keeps claims when the background starts again, and forgets a closed tab', async () => {
    const area = sessionArea();
    const before = createControlFrames(area);
    await before.claim(await before.issue(7, 2, 'https://glow.example/post'), 7, 3);
    const after = createControlFrames(area);
    expect(await after.claimOf(7, 3)).toMatchObject({ articleFrameId: 2 });
    await after.forgetTab(7);
    expect(await after.claimOf(7, 3)).toBeUndefined();
  });

  it('issues distinct tickets for tickets asked at once', async () => {
    const frames = createControlFrames(sessionArea());
    const tickets = await Promise.all(Array.from({ length: 20 }, (_, i) => frames.issue(i, 0, 'https://glow.example/post')));
    expect(new Set(tickets).size).toBe(20);
    const claims = await Promise.all(tickets.map((t, i) => frames.claim(t, i, 1)));
    expect(claims.every(Boolean)).toBe(true);
  });
});
