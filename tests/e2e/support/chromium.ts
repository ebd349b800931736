// Real Chromium with the unpacked Skinmark build, on a profile that can be reopened.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { emptyExtensionState, sendRequests } from './extension-state';
import { CHROME_BUILD, CHROMIUM_PATH, requireBuild } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionPage(path: string): Promise<Page>;
  /**
   * Back to a fresh install, without restarting the browser: every tab closed, the library and
   * the settings emptied. Each test that calls it first starts from its own state.
   */
  reset(): Promise<void>;
  /** Requests sent from an extension page, as the popup would: to put a library in place. */
  request(...messages: object[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function launchChromium(
  userDataDir: string,
  {
    build = CHROME_BUILD,
    headless = true,
    alongside = [],
  }: { build?: string; headless?: boolean; /** Other unpacked extensions to load too (the benchmark's floor). */ alongside?: string[] } = {},
): Promise<ChromiumSession> {
  requireBuild(build);
  const extensions = [build, ...alongside].join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Fixture pages are local; anything remote would only hang on this offline machine.
  await context.route(/^https?:\/\//, (route) => {
    const { hostname } = new URL(route.request().url());
    return hostname === '127.0.0.1' ? route.continue() : route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };
  /** Runs `work` in a blank extension page (the options page's origin, nothing rendered that matters), then closes it. */
  const inExtension = async <T>(work: (page: Page) => Promise<T>): Promise<T> => {
    const page = await extensionPage('options.html');
    try {
      return await work(page);
    } finally {
      await page.close();
    }
  };
  return {
    context,
    worker,
    extensionId,
    extensionPage,
    async reset() {
      for (const page of context.pages()) await page.close();
      await inExtension((page) => page.evaluate(emptyExtensionState));
    },
    request: (...messages) => inExtension((page) => page.evaluate(sendRequests, messages)),
    close: () => context.close(),
  };
}
