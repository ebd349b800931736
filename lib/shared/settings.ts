// The reader's choices: what Skinmark highlights, what counts as evidence, and where it never runs.
// One typed, versioned storage item, read and written here only; every view and page that uses
// the settings watches it, so a change on the options page reaches them at once.
import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import type { Settings } from '../model';

export type { Settings };

/** Where the settings are stored (as they always were, under "settings" in local storage). */
const SETTINGS_KEY = 'local:settings';

export const DEFAULT_SETTINGS: Settings = { highlightIngredients: true, useConditions: true, blockedSites: [] };

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

/**
 * The stored settings. Version 1 is the shape above, as Skinmark has always stored it under
 * "settings" (unversioned values count as version 1); a later shape adds a step to `migrations`.
 * Defined on first use: defining it reads storage, which a page that never asks should not pay.
 */
let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;
function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  item ??= storage.defineItem<Settings>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS, version: 1, migrations: {} });
  return item;
}

/** The reader's settings, whatever storage holds (malformed values fall back to the defaults). */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem().getValue());
}

/** Applies a change on top of the latest stored settings, so two quick changes never undo each other. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...change });
  await settingsItem().setValue(next);
  return next;
}

/**
 * Calls `listener` with the settings each time they change; returns what stops it. It watches the
 * key without defining the item, which would read storage first: a page pays nothing until a change.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return storage.watch<Settings>(SETTINGS_KEY, (value) => listener(parseSettings(value)));
}
