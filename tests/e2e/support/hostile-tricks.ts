// What a hostile page can try against Skinmark, as tests both browsers run (issue 11): each trick
// is a visit to tests/fixtures/pages/hostile.html?trick=…, whose own script plays the page's part,
// while the test plays the reader's with real clicks and key presses. A browser's test file gives a
// driver (HostileReader) and calls hostileTricks() inside its describe block.
import { expect, it } from 'vitest';

/** A control element by test id ("skinmark-save") or, starting with "." or "[", by selector. */
export const controlSelector = (target: string): string => (/^[.[]/.test(target) ? target : `[data-testid="${target}"]`);

export interface HostilePage {
  /** Until the control's frame has claimed its ticket: its Save button is enabled then. */
  waitForControl(timeoutMs?: number): Promise<void>;
  /**
   * A real click on the control's element with this test id (or selector), inside its frame;
   * `hidden`: where a page made it all but invisible (the reader's click aimed at something else).
   */
  clickInControl(target: string, hidden?: boolean): Promise<void>;
  /** An attribute of the control's element with this test id (or selector). */
  controlAttribute(target: string, name: string): Promise<string | null>;
  /** A real click on the article's first paragraph. */
  clickText(): Promise<void>;
  /** Real key presses, as Playwright names keys ("Enter", "Shift+Tab"). */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** Runs in the page's own world. */
  evaluate<T>(work: () => T): Promise<T>;
  /** Whether the procedure list is open in the page. */
  listOpen(): Promise<boolean>;
}

export interface HostileReader {
  url(path: string): string;
  open(path: string): Promise<HostilePage>;
  /** Requests from an extension page, as the popup would send them. */
  request(...messages: object[]): Promise<unknown[]>;
}

interface Listed {
  key: string;
  url: string;
  title: string;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function library(reader: HostileReader): Promise<{ articles: Listed[]; notes: Record<string, string[]> }> {
  const [articles] = (await reader.request({ type: 'article/list' })) as [Listed[]];
  const notes: Record<string, string[]> = {};
  for (const article of articles) {
    const [list] = (await reader.request({ type: 'notes/list', url: article.key })) as [{ text: string }[]];
    notes[article.title] = list.map((n) => n.text);
  }
  return { articles, notes };
}

const hostileLog = (page: HostilePage) => page.evaluate(() => (window as unknown as { hostileLog: string[] }).hostileLog);
const procedureHighlights = (page: HostilePage) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('skinmark-procedure') as unknown as Set<Range> | undefined;
    return highlight?.size ?? 0;
  });

const TITLE = 'My first chemical peel, week by week';

export function hostileTricks(reader: () => HostileReader): void {
  const open = (trick: string) => reader().open(`hostile.html?trick=${trick}`);

  it('a page that scripts the control can neither read, fill nor press it: the note saved is the reader’s', async () => {
    const page = await open('script-the-control');
    await page.waitForControl();
    await pause(600);
    expect((await library(reader())).articles).toEqual([]);
    await page.clickInControl('skinmark-note');
    await pause(400);
    await page.type('Ask about downtime before the wedding.');
    await pause(400);
    await page.clickInControl('skinmark-note-add');
    await expect.poll(async () => (await library(reader())).notes[TITLE], { timeout: 5000 }).toEqual(['Ask about downtime before the wedding.']);
    const log = await hostileLog(page);
    expect(log).not.toContain('filled');
    expect(log.filter((entry) => entry.startsWith('blocked')).length).toBeGreaterThan(0);
  });

  it('a page that moves focus into the control before the reader’s next key press presses nothing', async () => {
    const page = await open('steal-focus');
    await page.waitForControl();
    // The reader opens the note form and closes it: focus is back on "Note"; Shift+Tab puts it on Save.
    await page.clickInControl('skinmark-note');
    await page.press('Escape');
    await page.press('Shift+Tab');
    // The reader goes back to reading; the page brings focus back into the control's frame.
    await page.clickText();
    await pause(400);
    expect((await hostileLog(page)).length).toBeGreaterThan(0);
    await page.press('Enter');
    await page.press('Space');
    await pause(800);
    expect((await library(reader())).articles).toEqual([]);
    // The reader's own click still saves.
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
  });

  it('a page that makes the control invisible under its own button gets no save from the reader’s click', async () => {
    const page = await open('invisible-frame');
    await page.waitForControl();
    await expect.poll(() => hostileLog(page), { timeout: 5000 }).toContain('hid the control');
    await pause(800);
    await page.clickInControl('skinmark-save', true);
    await pause(800);
    expect((await library(reader())).articles).toEqual([]);
    // Shown again as Skinmark drew it, the same click saves.
    await page.evaluate(() => (window as unknown as { showControl(): void }).showControl());
    await pause(800);
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
  });

  it('a page whose canonical link names another saved article on its host takes over nothing', async () => {
    const victim = reader().url('victim-article/');
    await reader().request(
      { type: 'article/save', article: { url: victim, title: 'Victim article', siteName: 'Skin Diary', excerpt: '', readingMinutes: 3, procedures: [] } },
      { type: 'note/add', url: victim, text: 'victim note' },
    );
    const page = await open('canonical');
    await page.waitForControl();
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
    await page.clickInControl('skinmark-note');
    await page.type('A note on the page I am reading.');
    await page.clickInControl('skinmark-note-add');
    await expect.poll(async () => (await library(reader())).notes[TITLE], { timeout: 5000 }).toEqual(['A note on the page I am reading.']);
    const { articles, notes } = await library(reader());
    expect(articles.map((a) => a.title).sort()).toEqual([TITLE, 'Victim article']);
    expect(notes['Victim article']).toEqual(['victim note']);
  });

  it('a page with an address over 4,096 characters can be saved, noted, found and deleted', async () => {
    const page = await open('long-address');
    await page.waitForControl();
    const address = await page.evaluate(() => location.href);
    expect(address.length).toBeGreaterThan(5000);
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
    await page.clickInControl('skinmark-note');
    await page.type('Noted on a very long address.');
    await page.clickInControl('skinmark-note-add');
    await expect.poll(async () => (await library(reader())).notes[TITLE], { timeout: 5000 }).toEqual(['Noted on a very long address.']);
    const [found] = (await reader().request({ type: 'article/get', url: address })) as [Listed];
    expect(found.url).toBe(address);
    expect(found.key.length).toBeLessThanOrEqual(4096);
    await reader().request({ type: 'article/delete', key: found.key });
    expect((await library(reader())).articles).toEqual([]);
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('false');
  });

  it('a page whose content-security policy allows no frames still gets a control that saves', async () => {
    const page = await open('strict-csp');
    await page.waitForControl();
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
  });

  it('a page with JSON-LD thousands deep is saved all the same', async () => {
    const page = await open('deep-json-ld');
    await page.waitForControl();
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
    expect((await library(reader())).articles.map((a) => a.title)).toEqual([TITLE]);
  });

  it('a page that took the control’s element name, its shadow root and the DOM’s methods still gets the control', async () => {
    const page = await open('take-the-host');
    await page.waitForControl();
    expect(await procedureHighlights(page)).toBeGreaterThan(0);
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
  });

  it('events and messages forged by the page, and taking the control out, retire nothing, open nothing and write nothing', async () => {
    const page = await open('forged-events');
    await page.waitForControl();
    await pause(1500);
    expect(await hostileLog(page)).toContain('removed the control');
    await page.waitForControl();
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).not.toBe('function');
    expect(await procedureHighlights(page)).toBeGreaterThan(0);
    expect(await page.listOpen()).toBe(false);
    expect((await library(reader())).articles).toEqual([]);
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 5000 }).toBe('true');
    expect((await library(reader())).articles.map((a) => a.title)).toEqual([TITLE]);
  });

  it('a page with 120,000 mentions gets a bounded number of highlights, and keeps answering', async () => {
    const page = await open('many-mentions');
    await page.waitForControl(60_000);
    const painted = await procedureHighlights(page);
    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThanOrEqual(1_000 + 10);
    expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBeGreaterThan(1000);
    // Every name is still counted, in the procedures button.
    expect(await page.controlAttribute('.sm-brand', 'aria-label')).toMatch(/^[2-9] procedures/);
    await page.clickInControl('skinmark-save');
    await expect.poll(() => page.controlAttribute('skinmark-save', 'aria-pressed'), { timeout: 10_000 }).toBe('true');
  });
}
