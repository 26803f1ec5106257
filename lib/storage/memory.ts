/**
 * An in-memory StorageArea with the behaviour of `browser.storage.local` that Lede relies on:
 * values are stored as JSON (so callers never share objects with the store), every call is
 * asynchronous and yields to the event loop (so two "windows" in one test really interleave),
 * one `set` is all-or-nothing, and a quota is enforced with Chrome's error message.
 */
import type { ChangeListener, StorageArea, StorageChange } from './area';

export interface MemoryAreaOptions {
  /** Total bytes (UTF-8 of key + JSON value), like Chrome's `QUOTA_BYTES`; unlimited by default. */
  quotaBytes?: number;
}

export interface MemoryArea extends StorageArea {
  /** Raw JSON text per key, for tests that corrupt or inspect what is stored. */
  readonly raw: Map<string, string>;
  bytesInUse(): number;
  getKeys(): Promise<string[]>;
  getBytesInUse(keys: string[] | null): Promise<number>;
  onChanged: NonNullable<StorageArea['onChanged']>;
}

const encoder = new TextEncoder();
const byteSize = (key: string, json: string) => encoder.encode(key).length + encoder.encode(json).length;
/** A macrotask, not a microtask: lets any other pending call run between our read and write. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createMemoryArea(options: MemoryAreaOptions = {}): MemoryArea {
  const raw = new Map<string, string>();
  const listeners = new Set<ChangeListener>();
  const parse = (json: string | undefined) => (json === undefined ? undefined : JSON.parse(json));
  const bytesInUse = () => [...raw].reduce((n, [k, v]) => n + byteSize(k, v), 0);

  function emit(changes: Record<string, StorageChange>) {
    if (Object.keys(changes).length === 0) return;
    for (const l of listeners) l(changes);
  }

  return {
    raw,
    bytesInUse,
    async getKeys() {
      await tick();
      return [...raw.keys()];
    },
    async getBytesInUse(keys) {
      await tick();
      const wanted = keys && new Set(keys);
      return [...raw].reduce((n, [k, v]) => n + (!wanted || wanted.has(k) ? byteSize(k, v) : 0), 0);
    },
    async get(keys) {
      await tick();
      const wanted = keys === null ? [...raw.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of wanted) if (raw.has(k)) out[k] = parse(raw.get(k));
      return out;
    },
    async set(items) {
      await tick();
      const next = Object.entries(items).map(([k, v]) => [k, JSON.stringify(v)] as const);
      if (options.quotaBytes !== undefined) {
        const after = new Map(raw);
        for (const [k, json] of next) after.set(k, json);
        const total = [...after].reduce((n, [k, v]) => n + byteSize(k, v), 0);
        // Chrome's wording, so quota detection is tested against what the browser really says.
        if (total > options.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
      }
      const changes: Record<string, StorageChange> = {};
      for (const [k, json] of next) {
        changes[k] = { oldValue: parse(raw.get(k)), newValue: JSON.parse(json) };
        raw.set(k, json);
      }
      emit(changes);
    },
    async remove(keys) {
      await tick();
      const changes: Record<string, StorageChange> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!raw.has(k)) continue;
        changes[k] = { oldValue: parse(raw.get(k)) };
        raw.delete(k);
      }
      emit(changes);
    },
    onChanged: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
    },
  };
}
