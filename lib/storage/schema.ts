/**
 * Where Lede keeps things in `storage.local`, and which layout version is stored.
 *
 * v2 (current) stores one key per fact: one per setting and one per history entry. Two windows
 * therefore never read-modify-write the same key (storage.local has no compare-and-swap, so a
 * shared index or settings object would lose one window's update), and every write is a single
 * `set`, which the browser applies all-or-nothing, so a crash leaves the old or the new value.
 * v1 kept everything in two blobs (`settings`, `history`); see v1.ts and migrate.ts.
 */

export const SCHEMA_VERSION = 2;

export const KEYS = {
  schema: 'lede:schema',
  /** + setting name, e.g. `lede:setting:theme`. */
  settingPrefix: 'lede:setting:',
  /** + entry id, e.g. `lede:history:0mhx2k3b4-9f1c2a`. */
  entryPrefix: 'lede:history:',
} as const;

export const entryKey = (id: string) => KEYS.entryPrefix + id;
export const isEntryKey = (key: string) => key.startsWith(KEYS.entryPrefix);
