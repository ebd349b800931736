// Real Chromium with the unpacked Skinmark build, on a profile that can be reopened.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_PATH, requireBuild } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionPage(path: string): Promise<Page>;
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
  return {
    context,
    worker,
    extensionId,
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}
