/**
 * The reader's settings as React state: loaded from the injected storage area, saved on every
 * change, and kept in step with changes made in other windows (storage `onChanged`).
 */
import { useCallback, useEffect, useState } from 'react';
import {
  DEFAULT_SETTINGS,
  type LoadedSettings,
  type Settings,
  type SettingName,
  type StorageArea,
  type StorageError,
  type StorageResult,
} from '../../lib/storage';
import { useLedeStorage } from './useLedeStorage';

export interface SettingsState {
  /** Null while loading. */
  settings: Settings | null;
  /** Stored settings that could not be read and are at their default (lib/storage/settings.ts). */
  unreadable: SettingName[];
  /** The last failed save (e.g. storage full); cleared by the next successful one. */
  error: StorageError | null;
  /** Storage could not be read: the defaults are shown and nothing is written until a change. */
  loadFailed: boolean;
  save(patch: Partial<Settings>): Promise<StorageResult<void>>;
  reset(): Promise<StorageResult<void>>;
}

const NOT_OPEN: StorageResult<void> = {
  ok: false,
  error: { code: 'failed', detail: 'storage is not open yet' },
};

/**
 * `initial`: settings already read by the page (the popup reads them before React loads,
 * issue 7), shown from the first render; null means that read failed. They are read again
 * here all the same, so a change made in between is not missed.
 */
export function useSettings(area: StorageArea, initial?: LoadedSettings | null): SettingsState {
  const storage = useLedeStorage(area);
  const [settings, setSettings] = useState<Settings | null>(
    initial === undefined ? null : (initial?.settings ?? { ...DEFAULT_SETTINGS }),
  );
  const [unreadable, setUnreadable] = useState<SettingName[]>(initial?.unreadable ?? []);
  const [error, setError] = useState<StorageError | null>(null);
  const [loadFailed, setLoadFailed] = useState(initial === null);

  const reload = useCallback(async () => {
    if (!storage) return;
    const loaded = await storage.settings.load().catch(() => null);
    if (!loaded) return setLoadFailed(true);
    setSettings(loaded.settings);
    setUnreadable(loaded.unreadable);
    setLoadFailed(false);
  }, [storage]);

  useEffect(() => {
    if (!storage) return;
    let live = true;
    storage.settings.load().then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded.settings);
        setUnreadable(loaded.unreadable);
      },
      () => {
        if (!live) return;
        // Settings the popup read before React are still the reader's: a failed read again
        // must not turn its language and theme back to the defaults mid-view.
        setSettings((s) => s ?? { ...DEFAULT_SETTINGS });
        setLoadFailed(true);
      },
    );
    const stop = storage.settings.subscribe((patch) => {
      setSettings((s) => s && { ...s, ...patch });
      // A setting just stored (here or in another window) reads again: "could not be read"
      // stayed on the options page until it was reopened.
      setUnreadable((u) => u.filter((name) => !(name in patch)));
    });
    return () => {
      live = false;
      stop();
    };
  }, [storage]);

  const settle = useCallback(
    async (r: StorageResult<void>) => {
      setError(r.ok ? null : r.error);
      // A failed write changed nothing in storage: show what is really stored again.
      if (!r.ok) await reload();
      return r;
    },
    [reload],
  );

  const save = useCallback(
    async (patch: Partial<Settings>) => {
      if (!storage) return NOT_OPEN;
      setSettings((s) => s && { ...s, ...patch }); // at once, so the control never lags the click
      return settle(await storage.settings.save(patch));
    },
    [storage, settle],
  );

  const reset = useCallback(async () => {
    if (!storage) return NOT_OPEN;
    const r = await settle(await storage.settings.reset());
    if (r.ok) await reload();
    return r;
  }, [storage, settle, reload]);

  return { settings, unreadable, error, loadFailed, save, reset };
}
