import type { SettingName, Settings, SettingsStore } from '../storage/settings';

/**
 * One of the reader's settings, read once per worker start and then followed through changes
 * made in any window, so an outline (a cached re-open above all, issue 7) waits on no storage
 * read. Undefined when the store cannot be opened or read: the pipeline's default then.
 */
export function followSetting<K extends SettingName>(
  settings: Promise<SettingsStore | null | undefined>,
  name: K,
  /** Called after each change has been taken in. */
  changed?: () => void,
): () => Promise<Settings[K] | undefined> {
  let value: Promise<Settings[K] | undefined> = settings
    .then((s) => s?.load())
    .then((l) => l?.settings[name])
    .catch(() => undefined);
  void settings
    .then((s) =>
      s?.subscribe((patch) => {
        if (patch[name] === undefined) return;
        value = Promise.resolve(patch[name]);
        changed?.();
      }),
    )
    .catch(() => undefined);
  return () => value;
}
