/**
 * Opens Lede's storage (migrating it first) once per storage area, for any view that needs
 * settings or history. The area is injected — `browser.storage.local` from an entrypoint,
 * `createMemoryArea()` in tests — so these components never touch `browser.*` themselves.
 */
import { useEffect, useState } from 'react';
import { openStorage, type LedeStorage, type StorageArea } from '../../lib/storage';

const opened = new WeakMap<StorageArea, Promise<LedeStorage>>();

/** One migration and one pair of stores per area, however many views ask. */
export function openStorageOnce(area: StorageArea): Promise<LedeStorage> {
  let storage = opened.get(area);
  if (!storage) {
    storage = openStorage(area);
    opened.set(area, storage);
  }
  return storage;
}

/** The opened storage, or null while it opens. */
export function useLedeStorage(area: StorageArea): LedeStorage | null {
  const [storage, setStorage] = useState<{ area: StorageArea; value: LedeStorage } | null>(null);
  useEffect(() => {
    let live = true;
    openStorageOnce(area).then((value) => live && setStorage({ area, value }));
    return () => {
      live = false;
    };
  }, [area]);
  return storage?.area === area ? storage.value : null;
}
