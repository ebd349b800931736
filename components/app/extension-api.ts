// How extension pages talk to the background, and follow changes to the library.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request, type RequestOf, type RequestType, type ResponseOf } from '../../lib/messaging/client';
import { isLibraryChanged } from '../../lib/messaging/events';

export function ask<T extends RequestType>(message: RequestOf<T>): Promise<ResponseOf<T>> {
  return request((m) => browser.runtime.sendMessage(m), message);
}

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: string };

/** Runs `load` now, again whenever `deps` change, and again after every change to the library. */
export function useLiveQuery<T>(load: () => Promise<T>, deps: unknown[]): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if (isLibraryChanged(message)) setGeneration((g) => g + 1);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: Error) => current && setResult({ state: 'error', error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [...deps, generation]);
  return [result, () => setGeneration((g) => g + 1)];
}
