/**
 * Lede's stored state: settings and history over any `browser.storage.local`-shaped area.
 * `openStorage(area)` migrates whatever layout is stored and returns both stores, wired so the
 * history limit follows the settings. Every window may call it; migrations are idempotent.
 */
import type { StorageArea } from './area';
import type { StorageError } from './errors';
import { createHistory, HISTORY_BYTE_CAP, type HistoryStore } from './history';
import { migrate, type MigrationReport } from './migrate';
import { createSettings, type SettingsStore } from './settings';

export * from './area';
export * from './entry';
export * from './errors';
export * from './export';
export * from './history';
export * from './memory';
export * from './migrate';
export * from './search';
export * from './settings';
export { SCHEMA_VERSION } from './schema';

export interface LedeStorage {
  settings: SettingsStore;
  history: HistoryStore;
  /** What the migration did, or why it failed (the stores still work on what is readable). */
  migration: { ok: true; value: MigrationReport } | { ok: false; error: StorageError };
}

export async function openStorage(
  area: StorageArea,
  options: { now?: () => number } = {},
): Promise<LedeStorage> {
  const migration = await migrate(area);
  const settings = createSettings(area);
  const history = createHistory(area, {
    now: options.now,
    limits: async () => ({ count: (await settings.load()).settings.historyLimit, bytes: HISTORY_BYTE_CAP }),
  });
  return { settings, history, migration };
}
