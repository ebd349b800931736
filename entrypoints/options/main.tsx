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
