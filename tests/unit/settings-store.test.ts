// The settings as one versioned storage item, on WXT's fake browser: read in one place, changes
// merged, and every watcher told at once.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, settingsFromStorageChange, type Settings } from '../../lib/shared/settings';
import { readSettings, updateSettings, watchSettings } from '../../lib/shared/settings-store';

// The storage library reads the global `browser` when it loads: set it before anything is imported.
await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
});

beforeEach(() => fakeBrowser.reset());

describe('the settings store', () => {
  it('reads the defaults from empty storage, and what earlier versions stored under "settings"', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { highlightIngredients: false, useConditions: true, blockedSites: ['a.example'] } });
    // Version 1 had no readable copies: they are on, their images off, after the upgrade.
    expect(await readSettings()).toEqual({ highlightIngredients: false, useConditions: true, blockedSites: ['a.example'], keepCopies: true, readerImages: false });
  });

  it('keeps what version 2 stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, keepCopies: false, readerImages: true }, settings$: { v: 2 } });
    expect(await readSettings()).toMatchObject({ keepCopies: false, readerImages: true });
  });

  it('falls back to the defaults for whatever is malformed in storage', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlightIngredients: 'no', blockedSites: 'everything' } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges quick changes: two at once never undo each other', async () => {
    await Promise.all([updateSettings({ highlightIngredients: false }), updateSettings({ useConditions: false })]);
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    expect(stored).toMatchObject({ highlightIngredients: false, useConditions: false });
    // Versioned: the library keeps the item's version beside it for later migrations.
    expect(await fakeBrowser.storage.local.get(`${SETTINGS_KEY}$`)).toEqual({ [`${SETTINGS_KEY}$`]: { v: 2 } });
  });

  it('tells watchers of each change, and the same change read by a web page’s script agrees', async () => {
    const heard: Settings[] = [];
    const pageHeard: Settings[] = [];
    const stop = watchSettings((settings) => heard.push(settings));
    const pageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = settingsFromStorageChange(changes, area);
      if (next) pageHeard.push(next);
    };
    fakeBrowser.storage.onChanged.addListener(pageListener);
    await updateSettings({ blockedSites: ['b.example'] });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toMatchObject({ blockedSites: ['b.example'] });
    expect(pageHeard).toEqual(heard);
    stop();
    await updateSettings({ blockedSites: [] });
    expect(heard).toHaveLength(1);
  });
});
