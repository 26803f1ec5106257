/**
 * Bring whatever layout is stored up to SCHEMA_VERSION (issue 5: history survives extension
 * updates). Safe to run from every window at every start: each step is idempotent, and the
 * order of writes means a crash at any point leaves data a rerun finishes migrating:
 *   1. write all new keys in one `set` (all-or-nothing),
 *   2. remove the old keys,
 *   3. record the new version.
 * A crash between 2 and 3 leaves no old keys and no version, which reads as a fresh install
 * whose only step is 3, so nothing is lost. A newer layout than this code knows is left alone.
 */
import type { StorageArea } from './area';
import { attempt, type StorageResult } from './errors';
import { entryKey, KEYS, SCHEMA_VERSION } from './schema';
import { settingKey, type SettingName } from './settings';
import { entriesFromV1, settingsFromV1, V1_KEYS } from './v1';

export interface MigrationReport {
  from: number;
  to: number;
  /** Old entries that could not be read and were not carried over. */
  skipped: number;
}

/** 0: nothing stored yet; 1: the v1 blobs; otherwise the recorded version. */
export async function storedVersion(area: StorageArea): Promise<number> {
  const got = await area.get([KEYS.schema, V1_KEYS.settings, V1_KEYS.history]);
  const recorded = got[KEYS.schema];
  if (typeof recorded === 'number' && Number.isInteger(recorded)) return recorded;
  return V1_KEYS.settings in got || V1_KEYS.history in got ? 1 : 0;
}

async function fromV1(area: StorageArea): Promise<number> {
  const old = await area.get([V1_KEYS.settings, V1_KEYS.history]);
  const { entries, skipped } = entriesFromV1(old[V1_KEYS.history]);
  const items: Record<string, unknown> = {};
  for (const e of entries) items[entryKey(e.id)] = e;
  for (const [name, value] of Object.entries(settingsFromV1(old[V1_KEYS.settings]))) {
    items[settingKey(name as SettingName)] = value;
  }
  if (Object.keys(items).length) await area.set(items);
  await area.remove([V1_KEYS.settings, V1_KEYS.history]);
  return skipped;
}

/** The step from version N to N+1; each resolves to how many old entries it skipped. */
const STEPS: Record<number, (area: StorageArea) => Promise<number>> = { 1: fromV1 };

export async function migrate(area: StorageArea): Promise<StorageResult<MigrationReport>> {
  return attempt(async () => {
    const from = await storedVersion(area);
    if (from >= SCHEMA_VERSION) return { from, to: from, skipped: 0 };
    let skipped = 0;
    // v0 jumps straight to the current layout: a fresh store has nothing to convert.
    for (let v = from === 0 ? SCHEMA_VERSION : from; v < SCHEMA_VERSION; v++) skipped += await STEPS[v](area);
    await area.set({ [KEYS.schema]: SCHEMA_VERSION });
    return { from, to: SCHEMA_VERSION, skipped };
  });
}
