// Real Firefox ESR with the Skinmark build installed over WebDriver BiDi, on a reopenable profile.
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { emptyExtensionState, sendRequests } from './extension-state';
import { FIREFOX_BUILD, FIREFOX_PATH, requireBuild } from './paths';

const GECKO_ID = 'skinmark@skinmark.invalid';
/** A fixed internal UUID, so the tests know the moz-extension:// origin of the extension's pages. */
export const FIREFOX_EXTENSION_UUID = '6c1f5f8e-2b7d-4f3e-9a51-5d0c2a7b9e10';

export interface FirefoxSession {
  browser: Browser;
  extensionPage(path: string): Promise<Page>;
  newPage(url: string): Promise<Page>;
  /** Back to a fresh install without a restart: other tabs closed, the library and settings emptied. */
  reset(): Promise<void>;
  /** Requests sent from an extension page, as the popup would: to put a library in place. */
  request(...messages: object[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function launchFirefox(userDataDir: string, build = FIREFOX_BUILD): Promise<FirefoxSession> {
  requireBuild(build);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir,
    defaultViewport: { width: 1280, height: 800 },
    // Lets WebDriver BiDi open the extension's own moz-extension:// pages (popup, sidebar page).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // A test install is temporary: keep its storage and origin across the reinstall after a restart,
      // as a regular install keeps them across browser restarts.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'network.proxy.type': 0,
      'network.dns.disablePrefetch': true,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(build);
  const newPage = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const extensionPage = (path: string) => openExtensionPage(browser, `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`);
  const inExtension = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const page = await extensionPage('options.html');
    try {
      return await work(page);
    } finally {
      await page.close();
    }
  };
  return {
    browser,
    newPage,
    extensionPage,
    async reset() {
      // One blank tab stays: Firefox quits with its last window.
      const blank = await browser.newPage();
      for (const page of await browser.pages()) if (page !== blank) await page.close();
      await inExtension((page) => page.evaluate(emptyExtensionState));
    },
    request: (...messages) => inExtension((page) => page.evaluate(sendRequests, messages)),
    close: () => browser.close(),
  };
}

/**
 * Extension pages load in the extension process, where puppeteer's navigation tracking never
 * sees them finish: start the navigation, then wait for the document itself to be complete.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => `${document.readyState} ${location.href}`)
      .catch(() => 'navigating');
    if (state === `complete ${url}`) return page;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Extension page ${url} did not load`);
}

/**
 * The in-page control's frame (an extension page inside the article), once it has claimed its
 * ticket: its Save button is enabled then. Puppeteer over BiDi may still report such a frame as
 * about:blank, so each child frame is asked where it is.
 */
export async function controlFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const ready = await frame
        .evaluate(() => location.pathname.endsWith('/control-frame.html') && document.querySelector<HTMLButtonElement>('[data-testid="skinmark-save"]')?.disabled === false)
        .catch(() => false);
      if (ready) return frame;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The control frame did not appear');
}
