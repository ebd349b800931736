// The connection to the reader's library: opened at the schema's version, each upgrade step run in
// order inside the one upgrade transaction.
import { openDB, type IDBPDatabase } from 'idb';
import { SkinmarkError } from '../shared/errors';
import { DB_NAME, DB_VERSION, MIGRATIONS, type SkinmarkDB } from './schema';

export type LibraryDB = IDBPDatabase<SkinmarkDB>;

/**
 * `onClosed` hears when the connection goes (a newer version wants the database, or it failed).
 * `migrations` are the schema's own, but for tests of a failing step.
 */
export async function openLibrary(
  name = DB_NAME,
  onClosed: () => void = () => {},
  migrations: typeof MIGRATIONS = MIGRATIONS,
): Promise<LibraryDB> {
  if (typeof indexedDB === 'undefined' || !indexedDB) {
    throw new SkinmarkError('storage-unavailable', 'IndexedDB is not available in this browser window; Skinmark cannot store anything.');
  }
  try {
    return await openDB<SkinmarkDB>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // Steps run in order inside the one upgrade transaction: a failing step aborts it, and the
        // library stays as it was, at its old version.
        tx.done.catch(() => undefined); // the open itself reports the failure
        let steps = Promise.resolve();
        for (const migrate of migrations.slice(oldVersion, DB_VERSION)) steps = steps.then(() => migrate(db, tx));
        steps.catch(() => {
          try {
            tx.abort();
          } catch {
            // Already over.
          }
        });
      },
      blocking(_current, _next, event) {
        // A newer Skinmark wants to upgrade: step aside rather than block it.
        (event.target as IDBDatabase).close();
        onClosed();
      },
      terminated: onClosed,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new SkinmarkError('newer-library', 'This library was written by a newer Skinmark; update the extension to open it.');
    }
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw new SkinmarkError('storage-unavailable', 'Skinmark could not bring your library up to date, so it left it as it was. Try again later.');
    }
    throw error;
  }
}
