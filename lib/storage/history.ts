/**
 * Recent outlines (issue 5): add, list, get, delete, clear, with a size limit where the oldest
 * go first. Each entry is its own immutable key (see schema.ts), so:
 * - two windows adding at once write different keys and neither add is lost;
 * - an add is one `set`: after a crash the entry is either wholly there or not at all;
 * - a quota error on that `set` leaves everything already stored untouched (issue 8), and the
 *   limit is enforced only after the new entry is safely written, so a failed add deletes nothing.
 * Listing reads the whole area (`get(null)`); with the byte cap that is a few MB at most, and the
 * history view and search need the outlines anyway. Applying the limits needs it only when the
 * area's key and byte counts say a limit is passed (or cannot say), and then goes 10% under the
 * byte cap, so a full history is read once every few dozen adds, not on every add. An older
 * copy of a page then stays stored until a trim: `list()` leaves out what a trim would drop, so
 * no view shows more than the limits, or a page twice.
 */
import type { Outline } from '../types';
import type { StorageArea } from './area';
import { entryBytes, makeEntry, parseEntry, type HistoryEntry } from './entry';
import { attempt, type StorageResult } from './errors';
import { entryKey, isEntryKey } from './schema';
import { DEFAULT_SETTINGS, settingKey } from './settings';

/**
 * Chrome's storage.local holds 10 MB without `unlimitedStorage` (a permission issue 8 does not
 * want); history stays well under it so settings and other state always fit.
 */
export const HISTORY_BYTE_CAP = 4 * 1024 * 1024;

/**
 * A trim for the byte limit goes down to this share of it, leaving room for the next adds: at
 * the limit, every add would otherwise read the whole history again (Chrome's worker took
 * ~380 ms to read 300 stored outlines, 2.9 MB; the key and byte counts, 15 ms).
 */
const TRIM_TO = 0.9;

export interface HistoryLimits {
  /** Most entries kept; 0 keeps none. */
  count: number;
  bytes: number;
}

export interface HistoryList {
  /** Newest first. */
  entries: HistoryEntry[];
  /** Stored entries that could not be read; they are left in place (and removed by `clear`). */
  skipped: number;
  /**
   * Stored entries a lowered limit leaves out of view: they go at the next outline kept (its
   * trim) or by `clear`, so "Delete history" must still be offered for them.
   */
  hidden: number;
}

export interface HistoryOptions {
  /** Read on every add, so a limit changed in the options applies at once. */
  limits?: () => Promise<HistoryLimits> | HistoryLimits;
  now?: () => number;
}

export interface HistoryStore {
  /** Save an outline; `null` when history is turned off (limit 0). */
  add(outline: Outline): Promise<StorageResult<HistoryEntry | null>>;
  list(): Promise<HistoryList>;
  get(id: string): Promise<HistoryEntry | null>;
  /** Delete an entry, with the older copies of its page that `list()` leaves out. */
  remove(id: string): Promise<StorageResult<void>>;
  clear(): Promise<StorageResult<void>>;
  /** Apply the limits now (after the reader lowers them); resolves to how many were dropped. */
  trim(): Promise<StorageResult<number>>;
  /** Call `listener` whenever any window changes the history; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.savedAt - a.savedAt || (b.id < a.id ? -1 : 1);

function toEntry(key: string, value: unknown): HistoryEntry | null {
  const stored = parseEntry(value);
  if (!stored || entryKey(stored.id) !== key) return null;
  // The bytes of the value as stored (an older entry's points have no links there).
  return { ...stored, bytes: entryBytes(key, value) };
}

/**
 * Which entries to drop so that what remains fits the limits: older copies of the same page
 * first (outlining a page again replaces it), then the oldest beyond the count, then the oldest
 * until the bytes fit. The bytes never push out the newest entry on its own.
 */
export function entriesToDrop(entries: HistoryEntry[], limits: HistoryLimits): HistoryEntry[] {
  const sorted = [...entries].sort(newestFirst);
  const seen = new Set<string>();
  const kept: HistoryEntry[] = [];
  const drop: HistoryEntry[] = [];
  for (const e of sorted) {
    if (seen.has(e.url)) {
      drop.push(e);
    } else {
      seen.add(e.url);
      kept.push(e);
    }
  }
  let bytes = kept.reduce((n, e) => n + e.bytes, 0);
  while (kept.length > Math.max(0, limits.count) || (kept.length > 1 && bytes > limits.bytes)) {
    const oldest = kept.pop()!;
    bytes -= oldest.bytes;
    drop.push(oldest);
  }
  return drop;
}

export function createHistory(area: StorageArea, options: HistoryOptions = {}): HistoryStore {
  const now = options.now ?? Date.now;
  const defaults: HistoryLimits = { count: DEFAULT_SETTINGS.historyLimit, bytes: HISTORY_BYTE_CAP };
  // Settings that cannot be read must not stop an outline from being kept.
  const limits = async () =>
    options.limits
      ? await Promise.resolve()
          .then(options.limits)
          .catch(() => defaults)
      : defaults;

  async function readAll(): Promise<{ list: HistoryList; keys: string[] }> {
    const all = await area.get(null);
    const keys = Object.keys(all).filter(isEntryKey);
    const entries: HistoryEntry[] = [];
    for (const key of keys) {
      const entry = toEntry(key, all[key]);
      if (entry) entries.push(entry);
    }
    return {
      list: { entries: entries.sort(newestFirst), skipped: keys.length - entries.length, hidden: 0 },
      keys,
    };
  }

  /** Whether a limit may be passed, asked without reading an outline when the area can count. */
  async function mayPass(lim: HistoryLimits): Promise<boolean> {
    if (!area.getKeys || !area.getBytesInUse) return true;
    const keys = (await area.getKeys()).filter(isEntryKey);
    return keys.length > lim.count || (keys.length > 1 && (await area.getBytesInUse(keys)) > lim.bytes);
  }

  const trimTo = (lim: HistoryLimits) =>
    attempt(async () => {
      if (!(await mayPass(lim))) return 0;
      const drop = entriesToDrop((await readAll()).list.entries, { ...lim, bytes: lim.bytes * TRIM_TO });
      if (drop.length) await area.remove(drop.map((e) => entryKey(e.id)));
      return drop.length;
    });

  return {
    async add(outline) {
      const lim = await limits();
      if (lim.count <= 0) {
        // History turned off: what it kept goes now, as a lowered limit's excess goes at the next
        // add (it stayed stored, out of view, for good). Not when the limit changes: arrowing
        // through the options' list would delete on the way.
        await trimTo(lim);
        return { ok: true, value: null };
      }
      const stored = makeEntry(outline, now());
      const key = entryKey(stored.id);
      const written = await attempt(() => area.set({ [key]: stored }));
      if (!written.ok) return written;
      // Trimming may fail (or the worker die) without harm: the entry is saved; the next add trims.
      await trimTo(lim);
      return { ok: true, value: { ...stored, bytes: entryBytes(key, stored) } };
    },
    async list() {
      const { list } = await readAll();
      const drop = new Set(entriesToDrop(list.entries, await limits()).map((e) => e.id));
      return drop.size
        ? { ...list, entries: list.entries.filter((e) => !drop.has(e.id)), hidden: drop.size }
        : list;
    },
    async get(id) {
      const key = entryKey(id);
      return toEntry(key, (await area.get(key))[key]);
    },
    // An older copy of the page, kept until a trim and left out of `list()`, must not come back
    // into view when the reader deletes the one shown.
    remove: (id) =>
      attempt(async () => {
        const { entries } = (await readAll()).list;
        const url = entries.find((e) => e.id === id)?.url;
        const copies = entries.filter((e) => e.url === url && e.id !== id).map((e) => entryKey(e.id));
        await area.remove([entryKey(id), ...copies]);
      }),
    clear: () =>
      attempt(async () => {
        const { keys } = await readAll();
        if (keys.length) await area.remove(keys);
      }),
    trim: async () => trimTo(await limits()),
    subscribe(listener) {
      const onChanged = area.onChanged;
      if (!onChanged) return () => {};
      // `list()` leaves out what the limit drops, so a new limit in the options changes the list
      // too: without it, views kept showing (and counting) the old list until reopened.
      const limitKey = settingKey('historyLimit');
      const l = (changes: Record<string, unknown>) => {
        if (Object.keys(changes).some((k) => isEntryKey(k) || k === limitKey)) listener();
      };
      onChanged.addListener(l);
      return () => onChanged.removeListener(l);
    },
  };
}
