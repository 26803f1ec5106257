/**
 * The storage area Lede writes to, shaped like `browser.storage.local` so lib/glue.ts (or an
 * entrypoint) passes that object straight in, while Node and tests use `createMemoryArea()`.
 * Keeping the area injected is what keeps lib/storage pure (house rule: no `browser.*` in lib).
 */

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type ChangeListener = (changes: Record<string, StorageChange>) => void;

export interface StorageArea {
  /** `null` reads every key, like `browser.storage.local.get(null)`. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /**
   * Every key, without the values (Chrome 130+); and the bytes `keys` take (Chrome; `null`: the
   * whole area). With both, the history knows whether it is over its limits without reading
   * every stored outline (lib/storage/history.ts).
   */
  getKeys?(): Promise<string[]>;
  getBytesInUse?(keys: string[] | null): Promise<number>;
  /** Present on `browser.storage.local` (Chrome 73+, Firefox 79+); lets views follow other windows. */
  onChanged?: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}
