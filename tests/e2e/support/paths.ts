import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const FIXTURE_PAGES = resolve('tests/fixtures/pages');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBuild(dir: string): void {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}: run "npm run build" first (npm test does).`);
  }
}
