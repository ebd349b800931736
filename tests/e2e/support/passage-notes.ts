// Notes on a passage, as tests both browsers run (issue 12): the reader selects a sentence, notes it
// from the control, and finds it highlighted again on the next visit, after the page was edited,
// and listed as not found once the passage is gone. A browser's test file gives the driver.
import { expect, it } from 'vitest';
import type { HostilePage, HostileReader } from './hostile-tricks';

export interface PassagePage extends HostilePage {
  /** Selects `text` in the article (as a reader's drag would), then clicks the page's note button. */
  noteSelection(text: string): Promise<void>;
  /** The text of each range of the skinmark-note highlight. */
  notePassages(): Promise<string[]>;
  goto(path: string): Promise<void>;
}

export interface PassageReader extends Omit<HostileReader, 'open'> {
  open(path: string): Promise<PassagePage>;
}

const QUOTE = 'not during an active breakout';

export function passageNotes(reader: () => PassageReader): void {
  const notesOfArticle = async () => {
    const [list] = (await reader().request({ type: 'notes/list', url: reader().url('passages.html') })) as [{ text: string; selectors?: { type: string; exact?: string }[] }[]];
    return list;
  };

  it('notes a selected passage, and finds it highlighted again on the next visit, after an edit, and not when it is gone', async () => {
    const page = await reader().open('passages.html');
    await page.waitForControl();
    await page.noteSelection(QUOTE);
    await page.clickInControl('note-input');
    await page.type('Ask whether a cold sore counts.');
    await page.clickInControl('note-add');
    await expect.poll(async () => (await notesOfArticle()).map((n) => n.text), { timeout: 5000 }).toEqual(['Ask whether a cold sore counts.']);
    const [note] = await notesOfArticle();
    expect(note!.selectors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'TextQuoteSelector', exact: QUOTE }),
        expect.objectContaining({ type: 'TextPositionSelector' }),
      ]),
    );
    await expect.poll(() => page.notePassages(), { timeout: 5000 }).toEqual([QUOTE]);

    // The next visit: found where it was.
    await page.goto('passages.html');
    await page.waitForControl();
    await expect.poll(() => page.notePassages(), { timeout: 5000 }).toEqual([QUOTE]);
    // The page was edited around the passage: found all the same, exactly.
    await page.goto('passages.html#edited');
    await page.waitForControl();
    await expect.poll(() => page.notePassages(), { timeout: 5000 }).toEqual([QUOTE]);
    // The passage is gone: nothing is painted anywhere else.
    await page.goto('passages.html#deleted');
    await page.waitForControl();
    await new Promise((done) => setTimeout(done, 1000));
    expect(await page.notePassages()).toEqual([]);
  });
}
