// The background's connection to the library: opened on first use, so a service worker woken by a
// message just works, and opened again after it closes (an upgrade elsewhere, storage trouble).
import { openLibrary, type LibraryDB } from '../library/database';

let library: Promise<LibraryDB> | undefined;

export function libraryConnection(): Promise<LibraryDB> {
  library ??= openLibrary(undefined, () => (library = undefined)).catch((error) => {
    library = undefined;
    throw error;
  });
  return library;
}
