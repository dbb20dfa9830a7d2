// Reading and writing the autosave's IndexedDB store from a test, as another program (or damage) would.
import type { Page } from 'playwright-core';

/** Puts `value` under `key` in the `charter` database's `autosave` store; `clear` empties the store first. */
export async function putAutosaveRecord(
  page: Page,
  key: string,
  value: unknown,
  clear = false,
): Promise<void> {
  await page.evaluate(
    ([key, value, clear]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('charter');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('autosave', 'readwrite');
          const store = transaction.objectStore('autosave');
          if (clear) store.clear();
          store.put(value, key as string);
          transaction.oncomplete = () => {
            open.result.close();
            resolve(undefined);
          };
          transaction.onabort = () => reject(transaction.error);
        };
      }),
    [key, value, clear] as const,
  );
}

/** Every key of the autosave store with its value. */
export async function autosaveRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('charter');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('autosave').objectStore('autosave');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            open.result.close();
            resolve(Object.fromEntries(keys.result.map((key, index) => [String(key), values.result[index]])));
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );
}
