// The reader's choices: what Skinmark highlights, what counts as evidence, and where it never runs.
// Their shape and rules, shared by every world. They are stored as one typed, versioned item,
// read and written only through ./settings-store (extension pages and the background); scripts in
// web pages receive them with the first look's answer and follow changes with
// `settingsFromStorageChange`, without bundling the storage library.
import type { Settings } from '../model';

export type { Settings };

/** Where the settings are stored: under "settings" in local storage, as they always were. */
export const SETTINGS_AREA = 'local';
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { highlightIngredients: true, useConditions: true, blockedSites: [], keepCopies: true, readerImages: false };

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whatever storage holds, as settings: unknown or malformed values fall back to the defaults. */
export function parseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    highlightIngredients: typeof value.highlightIngredients === 'boolean' ? value.highlightIngredients : DEFAULT_SETTINGS.highlightIngredients,
    useConditions: typeof value.useConditions === 'boolean' ? value.useConditions : DEFAULT_SETTINGS.useConditions,
    blockedSites: Array.isArray(value.blockedSites)
      ? value.blockedSites.filter((s): s is string => typeof s === 'string' && HOST.test(s)).slice(0, 1000)
      : [],
    keepCopies: typeof value.keepCopies === 'boolean' ? value.keepCopies : DEFAULT_SETTINGS.keepCopies,
    readerImages: typeof value.readerImages === 'boolean' ? value.readerImages : DEFAULT_SETTINGS.readerImages,
  };
}

/**
 * The host name a reader means by what they typed ("www.Example.com/blog", "https://example.com"),
 * or an error that says what is wrong with it.
 */
export function siteFromInput(input: string): { ok: true; site: string } | { ok: false; error: string } {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Type a site, such as example.com' };
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return { ok: false, error: `"${text.slice(0, 80)}" is not a site name` };
  }
  host = host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  if (!HOST.test(host) || !host.includes('.')) return { ok: false, error: `"${text.slice(0, 80)}" is not a site name` };
  return { ok: true, site: host };
}

/** Whether Skinmark must stay off a page on `hostname`: the site itself or any of its subdomains. */
export function isBlocked(hostname: string, blockedSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return blockedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The new settings in a storage.onChanged event, if the event changed them. */
export function settingsFromStorageChange(changes: Record<string, { newValue?: unknown }>, area: string): Settings | undefined {
  if (area !== SETTINGS_AREA || !Object.prototype.hasOwnProperty.call(changes, SETTINGS_KEY)) return undefined;
  return parseSettings(changes[SETTINGS_KEY]!.newValue);
}
