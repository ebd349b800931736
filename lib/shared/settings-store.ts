// The reader's settings as one typed, versioned storage item (@wxt-dev/storage), for extension
// pages and the background: the only place that reads or writes them. Web pages never load this
// module; see ./settings.
import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, SETTINGS_AREA, SETTINGS_KEY, parseSettings, type Settings } from './settings';

/**
 * The stored settings. Version 1 is the shape of ./settings, as Skinmark has always stored it
 * under "settings" (unversioned values count as version 1); each later shape adds a step to
 * `migrations`. Defined on first use: defining it reads storage, which a view that never asks
 * should not pay.
 */
let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;
function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  item ??= storage.defineItem<Settings>(`${SETTINGS_AREA}:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: 2,
    // 2: readable copies (kept unless turned off) and their images (not loaded unless allowed).
    migrations: { 2: (old: Record<string, unknown>) => ({ ...old, keepCopies: true, readerImages: false }) },
  });
  return item;
}

/** The reader's settings, whatever storage holds (malformed values fall back to the defaults). */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem().getValue());
}

/** The last update asked for: each one reads what the one before it wrote. */
let updating: Promise<unknown> = Promise.resolve();

/**
 * Applies a change on top of the latest stored settings. Updates run one after another, so two
 * quick changes (two checkboxes ticked at once) never undo each other. Only the options page writes.
 */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const update = updating.then(async () => {
    const next = parseSettings({ ...(await readSettings()), ...change });
    await settingsItem().setValue(next);
    return next;
  });
  updating = update.catch(() => undefined);
  return update;
}

/** Calls `listener` with the settings each time they change; returns what stops it. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return storage.watch<Settings>(`${SETTINGS_AREA}:${SETTINGS_KEY}`, (value) => listener(parseSettings(value)));
}
