/**
 * Typed storage failures (issue 8, "nothing lost"): a write that fails is reported, never
 * thrown past the caller, and never followed by a clean-up that could destroy stored data.
 */

export type StorageErrorCode = 'quota' | 'failed';

export interface StorageError {
  code: StorageErrorCode;
  /** The browser's own message, for logs; the reader sees lib/ui-strings.ts `storageErrors`. */
  detail: string;
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/**
 * Chrome rejects with "QUOTA_BYTES quota exceeded" (older: "Resource::kQuotaBytes quota
 * exceeded"); Firefox's IndexedDB-backed storage.local with a `QuotaExceededError` DOMException.
 */
export function toStorageError(e: unknown): StorageError {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const detail = e instanceof Error ? e.message : String(e);
  return { code: /quota/i.test(`${name} ${detail}`) ? 'quota' : 'failed', detail };
}

/** Run a write and turn any rejection into a typed result. */
export async function attempt<T>(write: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (e) {
    return { ok: false, error: toStorageError(e) };
  }
}
