import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask, useLiveQuery } from '../../components/app/extension-api';
import { LibraryTransfer } from '../../components/app/LibraryTransfer';
import { DEFAULT_SETTINGS, siteFromInput, type Settings } from '../../lib/shared/settings';
import { readSettings, updateSettings, watchSettings } from '../../lib/shared/settings-store';
import '../../components/app/app.css';
import './options.css';

/** The stored settings, following every change (from this page or any other). */
function useSettings(): [Settings | null, (change: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    readSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    return watchSettings(setSettings);
  }, []);
  const save = async (change: Partial<Settings>) => setSettings(await updateSettings(change));
  return [settings, save];
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** How much the library takes, readable copies on or off, and the browser asked to keep it. */
function StorageSection({ settings, update }: { settings: Settings | null; update(change: Partial<Settings>): void }) {
  const [usage, setUsage] = useState<{ usage?: number; quota?: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  const [copies] = useLiveQuery(() => ask({ type: 'library/copies' }), []);
  useEffect(() => {
    navigator.storage?.estimate().then(setUsage, () => setUsage(null));
    navigator.storage?.persisted().then(setPersisted, () => setPersisted(null));
  }, [copies]);
  const keep = async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    setPersisted(granted);
    setMessage(granted ? 'The browser will keep your library even when space runs low.' : 'The browser did not agree; it may clear the library only if the disk is nearly full.');
  };
  return (
    <section class="options__storage" aria-label="Storage">
      <p data-testid="storage-usage">
        {usage?.usage !== undefined ? `Skinmark takes ${megabytes(usage.usage)} of this computer’s storage` : 'Measuring storage…'}
        {copies.state === 'ready' && copies.value.count > 0
          ? `, of which ${copies.value.count} readable cop${copies.value.count === 1 ? 'y' : 'ies'} take about ${megabytes(copies.value.bytes)}.`
          : '.'}
      </p>
      {settings && (
        <fieldset class="options__group">
          <label>
            <input type="checkbox" checked={settings.keepCopies} onChange={(e) => update({ keepCopies: (e.target as HTMLInputElement).checked })} data-testid="option-copies" />{' '}
            Keep a readable copy of each article I save, to read and search it even when the page changes or disappears
          </label>
          <label>
            <input type="checkbox" checked={settings.readerImages} onChange={(e) => update({ readerImages: (e.target as HTMLInputElement).checked })} data-testid="option-reader-images" />{' '}
            Show pictures in readable copies (loads them from their sites; off, a copy makes no network request)
          </label>
        </fieldset>
      )}
      <p>
        {persisted ? (
          <span data-testid="storage-persisted">The browser keeps your library even when space runs low.</span>
        ) : (
          <>
            <button type="button" class="quiet" onClick={() => void keep()} data-testid="storage-persist">
              Ask the browser to keep my library
            </button>{' '}
            <span class="muted">Without this, a browser short of disk space may clear it.</span>
          </>
        )}
      </p>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function Options() {
  const [counts, refreshCounts] = useLiveQuery(() => ask({ type: 'library/counts' }), []);
  const [settings, saveSettings] = useSettings();
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);

  const update = (change: Partial<Settings>) => {
    if (!settings) return;
    saveSettings(change).catch((e: Error) => setError(e.message));
  };
  const addSite = (event: Event) => {
    event.preventDefault();
    if (!settings) return;
    const parsed = siteFromInput(site);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    setSite('');
    if (!settings.blockedSites.includes(parsed.site)) update({ blockedSites: [...settings.blockedSites, parsed.site].sort() });
  };

  return (
    <main class="options">
      <h1>
        <span class="logo" aria-hidden="true">
          ✦
        </span>
        Skinmark
      </h1>

      <h2>Highlights</h2>
      {settings && (
        <fieldset class="options__group">
          <label>
            <input
              type="checkbox"
              checked={settings.highlightIngredients}
              onChange={(e) => update({ highlightIngredients: (e.target as HTMLInputElement).checked })}
              data-testid="option-ingredients"
            />{' '}
            Underline active ingredients (retinol, niacinamide…) as well as procedures
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.useConditions}
              onChange={(e) => update({ useConditions: (e.target as HTMLInputElement).checked })}
              data-testid="option-conditions"
            />{' '}
            Count skin conditions (acne, rosacea…) when deciding whether a page is about skin care
          </label>
        </fieldset>
      )}

      <h2>Sites where Skinmark never runs</h2>
      <p class="muted">
        On these sites, and their subdomains, Skinmark does not look at pages at all. Pages already open keep what
        they show until they are reloaded.
      </p>
      {settings && (
        <>
          <ul class="options__sites" data-testid="blocked-sites">
            {settings.blockedSites.map((blocked) => (
              <li key={blocked}>
                <span>{blocked}</span>
                <button
                  type="button"
                  class="danger"
                  aria-label={`Let Skinmark run on ${blocked} again`}
                  onClick={() => update({ blockedSites: settings.blockedSites.filter((s) => s !== blocked) })}
                >
                  Remove
                </button>
              </li>
            ))}
            {settings.blockedSites.length === 0 && <li class="muted">None yet.</li>}
          </ul>
          <form class="options__add" onSubmit={addSite}>
            <label for="blocked-site">Add a site</label>
            <input
              id="blocked-site"
              value={site}
              placeholder="example.com"
              onInput={(e) => setSite((e.target as HTMLInputElement).value)}
              data-testid="blocked-site-input"
            />
            <button type="submit" class="primary" data-testid="blocked-site-add">
              Add
            </button>
          </form>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </>
      )}

      <h2>Your library</h2>
      <p data-testid="library-counts">
        {counts.state === 'ready'
          ? `${counts.value.articles} saved article${counts.value.articles === 1 ? '' : 's'}, ${counts.value.notes} note${counts.value.notes === 1 ? '' : 's'}.`
          : counts.state === 'error'
            ? counts.error
            : 'Counting…'}
      </p>
      <p>
        Everything Skinmark keeps stays in this browser, in the extension&apos;s own IndexedDB database. Nothing is
        sent anywhere: Skinmark has no account and no server.
      </p>
      <h2>Storage and readable copies</h2>
      <StorageSection settings={settings} update={update} />
      <h2>Export and import</h2>
      <LibraryTransfer onImported={refreshCounts} />
      <h2>What Skinmark reads</h2>
      <p>
        On every page it takes a quick, local look at the headline and opening. Only when they might be about skin
        does it read the article, and only on skincare articles does it highlight procedures and show its control.
      </p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
