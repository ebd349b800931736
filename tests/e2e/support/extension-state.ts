// What both browsers' harnesses run inside an extension page (each function is sent to the page
// whole, so it names nothing from outside itself).

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  storage: { local: { clear(): Promise<void> } };
}

/** Runs in an extension page: settings cleared and every store of the library emptied. */
export async function emptyExtensionState(): Promise<void> {
  const globals = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  await (globals.browser ?? globals.chrome)!.storage.local.clear();
  // Emptied, not deleted: the background keeps its connection, and the schema stays.
  if (!(await indexedDB.databases()).some((d) => d.name === 'skinmark')) return;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('skinmark');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) tx.objectStore(store).clear();
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Runs in an extension page: the requests sent in turn, as the popup sends them; their answers. */
export async function sendRequests(all: object[]): Promise<unknown[]> {
  const globals = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const runtime = (globals.browser ?? globals.chrome)!.runtime;
  const answers: unknown[] = [];
  for (const message of all) {
    const result = await runtime.sendMessage(message);
    if (!result.ok) throw new Error(result.error);
    answers.push(result.value);
  }
  return answers;
}
