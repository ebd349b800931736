// Main-thread time the content script spends on a page, kept in the extension's isolated world
// (the page cannot see it) so the benchmark can read it without Skinmark leaving marks behind.

export interface ContentTimings {
  /**
   * Milliseconds of synchronous work, by step, run after an await or from a timer: the benchmark
   * reads script evaluation and event callbacks from the browser's trace, which cannot tell whose
   * promise continuations are whose.
   */
  setup: number;
  firstLook: number;
  detect: number;
  highlight: number;
  /** Finding the reader's quoted passages again (a saved article with quoted notes only). */
  anchor: number;
  /** The longest single run of that, in milliseconds: a task the page waits for. */
  anchorLongest: number;
  /** Passages looked for, and found, in the last run. */
  passages: number;
  anchored: number;
  /** Set when the script has finished with the page (decided, and decorated if skincare). */
  done: boolean;
}

const KEY = Symbol.for('skinmark.timings');

export function contentTimings(): ContentTimings {
  const holder = globalThis as { [KEY]?: ContentTimings };
  holder[KEY] ??= { setup: 0, firstLook: 0, detect: 0, highlight: 0, anchor: 0, anchorLongest: 0, passages: 0, anchored: 0, done: false };
  return holder[KEY];
}

/** Runs `work` and adds its duration to `step`. */
export function timed<T>(step: 'setup' | 'firstLook' | 'detect' | 'highlight' | 'anchor', work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    const took = performance.now() - started;
    const timings = contentTimings();
    timings[step] += took;
    if (step === 'anchor') timings.anchorLongest = Math.max(timings.anchorLongest, took);
  }
}
